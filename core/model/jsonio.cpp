// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the interchange format against its schema, with errors that say
// where (pointer, line and column); writing it is in jsonwrite.cpp.
#include "jsonio.h"

#include "fields.h"
#include "jsonpointer.h"
#include "jsonscan.h"
#include "listtree.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <vector>

namespace jixiao {

namespace {

constexpr int MaxTextLength = 20000; // schema: $defs/text maxLength

// Where in the raw text the value at a pointer starts, so that errors about a
// value (not only syntax errors) can say line and column. Walks the JSON
// lexically; returns -1 if it cannot follow the pointer.
class Locator
{
public:
    explicit Locator(const QByteArray &json)
        : m_s(json)
    { }

    qsizetype find(const QStringList &tokens)
    {
        m_i = 0;
        skipWs();
        for (const QString &token : tokens) {
            if (m_i >= m_s.size())
                return -1;
            if (m_s[m_i] == '{') {
                ++m_i;
                bool found = false;
                while (true) {
                    skipWs();
                    if (m_i >= m_s.size() || m_s[m_i] == '}')
                        return -1;
                    const qsizetype keyStart = m_i;
                    if (!skipString())
                        return -1;
                    const QByteArray raw = m_s.mid(keyStart, m_i - keyStart);
                    const QString key = QJsonDocument::fromJson("[" + raw + "]").array().at(0).toString();
                    skipWs();
                    if (m_i >= m_s.size() || m_s[m_i] != ':')
                        return -1;
                    ++m_i;
                    skipWs();
                    if (key == token) {
                        found = true;
                        break;
                    }
                    if (!skipValue())
                        return -1;
                    skipWs();
                    if (m_i < m_s.size() && m_s[m_i] == ',')
                        ++m_i;
                }
                if (!found)
                    return -1;
            } else if (m_s[m_i] == '[') {
                bool ok = false;
                const int index = token.toInt(&ok);
                if (!ok)
                    return -1;
                ++m_i;
                for (int k = 0; k < index; ++k) {
                    skipWs();
                    if (!skipValue())
                        return -1;
                    skipWs();
                    if (m_i >= m_s.size() || m_s[m_i] != ',')
                        return -1;
                    ++m_i;
                }
                skipWs();
            } else {
                return -1;
            }
        }
        return m_i;
    }

private:
    void skipWs()
    {
        while (m_i < m_s.size() && (m_s[m_i] == ' ' || m_s[m_i] == '\n' || m_s[m_i] == '\r' || m_s[m_i] == '\t'))
            ++m_i;
    }
    bool skipString()
    {
        if (m_i >= m_s.size() || m_s[m_i] != '"')
            return false;
        for (++m_i; m_i < m_s.size(); ++m_i) {
            if (m_s[m_i] == '\\')
                ++m_i;
            else if (m_s[m_i] == '"') {
                ++m_i;
                return true;
            }
        }
        return false;
    }
    bool skipValue()
    {
        if (m_i >= m_s.size())
            return false;
        const char c = m_s[m_i];
        if (c == '"')
            return skipString();
        if (c == '{' || c == '[') {
            // The document already parsed, so brackets balance outside strings.
            int depth = 0;
            while (m_i < m_s.size()) {
                const char d = m_s[m_i];
                if (d == '"') {
                    if (!skipString())
                        return false;
                    continue;
                }
                if (d == '{' || d == '[')
                    ++depth;
                else if (d == '}' || d == ']') {
                    if (--depth == 0) {
                        ++m_i;
                        return true;
                    }
                }
                ++m_i;
            }
            return false;
        }
        while (m_i < m_s.size() && m_s[m_i] != ',' && m_s[m_i] != '}' && m_s[m_i] != ']')
            ++m_i;
        return true;
    }

    const QByteArray &m_s;
    qsizetype m_i = 0;
};

void lineColumn(const QByteArray &json, qsizetype offset, int *line, int *column)
{
    *line = 1;
    *column = 1;
    offset = qBound<qsizetype>(0, offset, json.size());
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (json[i] == '\n') {
            ++*line;
            lineStart = i + 1;
        }
    }
    // Columns count characters, not UTF-8 bytes.
    *column = int(QString::fromUtf8(json.constData() + lineStart, offset - lineStart).size()) + 1;
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return FilingJson::tr("null");
    case QJsonValue::Bool:
        return FilingJson::tr("true/false");
    case QJsonValue::Double:
        return FilingJson::tr("a number");
    case QJsonValue::String:
        return FilingJson::tr("text");
    case QJsonValue::Array:
        return FilingJson::tr("a list");
    case QJsonValue::Object:
        return FilingJson::tr("an object");
    default:
        return FilingJson::tr("nothing");
    }
}

// Reads the document against the schema; stops at the first error.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(jixiao::FilingJson)

public:
    explicit Reader(ImportError *error)
        : m_error(error)
    { }

    bool fail(const QString &ptr, const QString &message)
    {
        if (m_error) {
            m_error->pointer = ptr;
            m_error->message = message;
        }
        return false;
    }

    bool object(const QJsonValue &v, const QString &ptr, const std::vector<const char *> &required,
        const std::vector<const char *> &optional, QJsonObject *out)
    {
        if (!v.isObject())
            return fail(ptr, tr("Expected an object here, found %1.").arg(typeName(v)));
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool known = false;
            for (const char *k : required)
                known = known || it.key() == QLatin1String(k);
            for (const char *k : optional)
                known = known || it.key() == QLatin1String(k);
            if (!known)
                return fail(pointer::join(ptr, it.key()),
                    tr("Unknown field “%1”: this version of the format does not have it.").arg(it.key()));
        }
        for (const char *k : required)
            if (!o.contains(QLatin1String(k)))
                return fail(ptr, tr("The required field “%1” is missing.").arg(QLatin1String(k)));
        *out = o;
        return true;
    }

    // An object holding a row's fields (optional texts may be absent) and the
    // given lists; reads the fields into *out.
    template<typename Row>
    bool row(const QJsonValue &v, const QString &ptr, Row *out, const std::vector<const char *> &lists,
        QJsonObject *object_ = nullptr)
    {
        std::vector<const char *> required, optional;
        for (const Field<Row> &f : fieldsOf<Row>())
            (f.kind == ValueKind::OptionalText ? optional : required).push_back(f.key);
        required.insert(required.end(), lists.begin(), lists.end());
        QJsonObject o;
        if (!object(v, ptr, required, optional, &o))
            return false;
        if (!fields(o, ptr, out))
            return false;
        if (object_)
            *object_ = o;
        return true;
    }

    template<typename Row> bool fields(const QJsonObject &o, const QString &ptr, Row *out)
    {
        for (const Field<Row> &f : fieldsOf<Row>()) {
            bool ok = false;
            switch (f.kind) {
            case ValueKind::Text:
                ok = text(o, f.key, ptr, &(out->*f.text));
                break;
            case ValueKind::OptionalText:
                ok = optionalText(o, f.key, ptr, &(out->*f.optionalText));
                break;
            case ValueKind::Amount:
                ok = amount(o, f.key, ptr, &(out->*f.amount));
                break;
            }
            if (!ok)
                return false;
        }
        return true;
    }

    // The rows of list L in `o` (the object of the row holding them), each
    // with its own lists. A list newer than format 1 may be absent (empty).
    template<typename L> bool list(const QJsonObject &o, const QString &ptr, QList<typename L::Row> *out)
    {
        const ListInfo &info = L::info();
        if (info.since > 1 && !o.contains(QLatin1String(info.key))) {
            out->clear();
            return true;
        }
        QJsonArray a;
        if (!array(o, info.key, ptr, &a))
            return false;
        const QString base = pointer::join(ptr, QLatin1String(info.key));
        static const std::vector<const char *> childKeys = tree::childKeys<L>();
        out->resize(a.size());
        for (int i = 0; i < a.size(); ++i) {
            const QString p = pointer::join(base, i);
            typename L::Row &r = (*out)[i];
            QJsonObject ro;
            if (!row(a.at(i), p, &r, childKeys, &ro))
                return false;
            bool ok = true;
            tree::forEach(typename L::Children {},
                [&](auto child) { ok = ok && list<decltype(child)>(ro, p, &decltype(child)::rows(r)); });
            if (!ok)
                return false;
        }
        return true;
    }

    bool array(const QJsonObject &o, const char *key, const QString &ptr, QJsonArray *out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isArray())
            return fail(pointer::join(ptr, QLatin1String(key)), tr("Expected a list here, found %1.").arg(typeName(v)));
        *out = v.toArray();
        return true;
    }

    bool text(const QJsonObject &o, const char *key, const QString &ptr, QString *out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString p = pointer::join(ptr, QLatin1String(key));
        if (!v.isString())
            return fail(p, tr("Expected text here, found %1.").arg(typeName(v)));
        QString s = v.toString();
        if (s.size() > MaxTextLength && s.toUcs4().size() > MaxTextLength)
            return fail(p, tr("The text is longer than %1 characters.").arg(MaxTextLength));
        *out = std::move(s);
        return true;
    }

    bool optionalText(const QJsonObject &o, const char *key, const QString &ptr, std::optional<QString> *out)
    {
        if (!o.contains(QLatin1String(key))) {
            out->reset();
            return true;
        }
        QString s;
        if (!text(o, key, ptr, &s))
            return false;
        *out = std::move(s);
        return true;
    }

    bool amount(const QJsonObject &o, const char *key, const QString &ptr, Amount *out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString p = pointer::join(ptr, QLatin1String(key));
        if (!v.isString())
            return fail(p, tr("Expected an amount as text (such as \"19.54\"), found %1.").arg(typeName(v)));
        const QString s = v.toString();
        if (s.isEmpty()) {
            out->reset();
            return true;
        }
        Money m;
        QString why;
        if (!Money::parseCanonical(s, &m, &why))
            return fail(p,
                tr("“%1” is not an amount of the interchange format (digits with at most 6 decimals, "
                   "no unit, such as 19.54): %2")
                    .arg(s, why));
        *out = m;
        return true;
    }

    bool filing(const QJsonValue &root, Filing *f)
    {
        if (!root.isObject())
            return fail(
                QString(), tr("This is not a Jixiao filing: the file holds %1, not an object.").arg(typeName(root)));
        const QJsonObject r = root.toObject();
        // Format and version first, so a newer file says so instead of
        // complaining about fields this version does not know.
        const QJsonValue format = r.value(QLatin1String("format"));
        if (format != QJsonValue(QStringLiteral("jixiao-filing")))
            return fail(
                QStringLiteral("/format"), tr("This is not a Jixiao filing (“format” must be “jixiao-filing”)."));
        const QJsonValue version = r.value(QLatin1String("formatVersion"));
        const qint64 ver = version.isDouble() ? version.toInteger(-1) : -1;
        if (ver > Filing::FormatVersion)
            return fail(QStringLiteral("/formatVersion"),
                tr("This filing was written by a newer version of Jixiao (format version %1); this version "
                   "reads format version %2. Update Jixiao to open it.")
                    .arg(ver)
                    .arg(Filing::FormatVersion));
        if (ver < 1)
            return fail(QStringLiteral("/formatVersion"),
                tr("“formatVersion” must be a whole number from 1 to %1.").arg(Filing::FormatVersion));

        QJsonObject o;
        if (!object(root, QString(),
                {"format", "formatVersion", "fiscalYear", "amountUnit", "department", "overview", "funds"},
                {"fundLevel", "indicatorScheme", "projects", "projectsComplete"}, &o))
            return false;

        const QJsonValue year = o.value(QLatin1String("fiscalYear"));
        const qint64 y = year.isDouble() ? year.toInteger(-1) : -1;
        if (y < 2000 || y > 2100)
            return fail(QStringLiteral("/fiscalYear"), tr("The fiscal year must be a whole year from 2000 to 2100."));
        f->fiscalYear = int(y);

        const QJsonValue unit = o.value(QLatin1String("amountUnit"));
        const auto u = unit.isString() ? amountUnitFromName(unit.toString()) : std::nullopt;
        if (!u)
            return fail(QStringLiteral("/amountUnit"), tr("The amount unit must be “万元” or “元”."));
        f->amountUnit = *u;

        if (o.contains(QLatin1String("fundLevel"))) {
            const QJsonValue v = o.value(QLatin1String("fundLevel"));
            if (!v.isString())
                return fail(QStringLiteral("/fundLevel"), tr("Expected text here, found %1.").arg(typeName(v)));
            f->fundLevel = v.toString();
        }
        if (o.contains(QLatin1String("indicatorScheme"))) {
            const QJsonValue v = o.value(QLatin1String("indicatorScheme"));
            const auto s = v.isString() ? indicatorSchemeFromKey(v.toString()) : std::nullopt;
            if (!s)
                return fail(QStringLiteral("/indicatorScheme"),
                    tr("Unknown indicator scheme; expected hunan-2023, mof-2015 or mof-2021."));
            f->indicatorScheme = *s;
        }
        if (o.contains(QLatin1String("projectsComplete"))) {
            const QJsonValue v = o.value(QLatin1String("projectsComplete"));
            if (!v.isBool())
                return fail(
                    QStringLiteral("/projectsComplete"), tr("Expected true or false here, found %1.").arg(typeName(v)));
            f->projectsComplete = v.toBool();
        }

        if (!row(o.value(QLatin1String("department")), QStringLiteral("/department"), &f->department, {}))
            return false;

        QJsonObject ov;
        const QString ovPtr = QStringLiteral("/overview");
        if (!row(o.value(QLatin1String("overview")), ovPtr, &f->overview,
                {"budget", lists::WorkPlan.key, lists::OverviewIndicators.key}, &ov)
            || !row(ov.value(QLatin1String("budget")), QStringLiteral("/overview/budget"), &f->overview.budget, {}))
            return false;
        // The filing's own lists: the overview's in its object, the others in the filing's.
        bool ok = true;
        tree::forEach(tree::FilingLists {}, [&](auto l) {
            using L = decltype(l);
            ok = ok && list<L>(tree::inOverview<L> ? ov : o, tree::inOverview<L> ? ovPtr : QString(), &L::rows(*f));
        });
        return ok;
    }

private:
    ImportError *m_error;
};

} // namespace

QString ImportError::toString() const
{
    QString s = pointer.isEmpty() ? message : pointer + QStringLiteral(": ") + message;
    if (line > 0)
        s += QLatin1Char(' ') + FilingJson::tr("(line %1, column %2)").arg(line).arg(column);
    return s;
}

bool FilingJson::fromJson(const QByteArray &json, Filing *out, ImportError *error)
{
    ImportError scratch;
    ImportError *err = error ? error : &scratch;
    *err = ImportError();
    if (json.size() > MaxFileSize) {
        err->message = tr("The file is larger than %1 MB; a filing is never that large.").arg(MaxFileSize >> 20);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        lineColumn(json, parseError.offset, &err->line, &err->column);
        err->message = parseError.error == QJsonParseError::DeepNesting
            ? tr("The file is nested too deeply to be a filing.")
            : tr("The file is not valid JSON: %1.").arg(parseError.errorString());
        return false;
    }
    json::ScanError scan;
    if (!json::strictScan(json, &scan)) {
        err->pointer = scan.pointer;
        err->message = scan.message;
        lineColumn(json, scan.offset, &err->line, &err->column);
        return false;
    }
    Filing f;
    Reader reader(err);
    const QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    if (!reader.filing(root, &f)) {
        const qsizetype at = Locator(json).find(pointer::split(err->pointer));
        if (at >= 0)
            lineColumn(json, at, &err->line, &err->column);
        return false;
    }
    *out = std::move(f);
    return true;
}

bool FilingJson::readFile(const QString &path, Filing *out, ImportError *error)
{
    ImportError scratch;
    ImportError *err = error ? error : &scratch;
    *err = ImportError();
    // Never blocks: a FIFO or device is refused, not waited on.
    QFile file;
    QString why;
    if (!files::openInput(path, &file, &why)) {
        err->message = why;
        return false;
    }
    if (file.size() > MaxFileSize) {
        err->message = tr("The file is larger than %1 MB; a filing is never that large.").arg(MaxFileSize >> 20);
        return false;
    }
    // read() with a bound, in case the file grew after the size check.
    const QByteArray data = file.read(MaxFileSize + 1);
    return fromJson(data, out, err);
}

QString sampleFilingResourcePath()
{
    return QStringLiteral(":/jixiao/samples/shifeng-keji-gongxin-2023.json");
}

Filing sampleFiling()
{
    Filing f;
    ImportError error;
    if (!FilingJson::readFile(sampleFilingResourcePath(), &f, &error))
        qWarning("jixiao: the bundled sample does not load: %s", qUtf8Printable(error.toString()));
    return f;
}

} // namespace jixiao

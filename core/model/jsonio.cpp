// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonio.h"

#include "jsonpointer.h"
#include "jsonscan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <initializer_list>

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
    {
    }

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
    {
    }

    bool fail(const QString &ptr, const QString &message)
    {
        if (m_error) {
            m_error->pointer = ptr;
            m_error->message = message;
        }
        return false;
    }

    bool object(const QJsonValue &v, const QString &ptr, std::initializer_list<const char *> required,
                std::initializer_list<const char *> optional, QJsonObject *out)
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
            return fail(p, tr("“%1” is not an amount of the interchange format (digits with at most 6 decimals, "
                              "no unit, such as 19.54): %2")
                               .arg(s, why));
        *out = m;
        return true;
    }

    bool indicator(const QJsonValue &v, const QString &ptr, Indicator *out)
    {
        QJsonObject o;
        return object(v, ptr, {"level1", "level2", "name", "value"}, {"standard"}, &o)
            && text(o, "level1", ptr, &out->level1) && text(o, "level2", ptr, &out->level2)
            && text(o, "name", ptr, &out->name) && text(o, "value", ptr, &out->value)
            && optionalText(o, "standard", ptr, &out->standard);
    }

    bool indicators(const QJsonObject &o, const QString &ptr, QList<Indicator> *out)
    {
        QJsonArray a;
        if (!array(o, "indicators", ptr, &a))
            return false;
        const QString base = pointer::join(ptr, QLatin1String("indicators"));
        out->resize(a.size());
        for (int i = 0; i < a.size(); ++i)
            if (!indicator(a.at(i), pointer::join(base, i), &(*out)[i]))
                return false;
        return true;
    }

    bool filing(const QJsonValue &root, Filing *f)
    {
        if (!root.isObject())
            return fail(QString(), tr("This is not a Jixiao filing: the file holds %1, not an object.").arg(typeName(root)));
        const QJsonObject r = root.toObject();
        // Format and version first, so a newer file says so instead of
        // complaining about fields this version does not know.
        const QJsonValue format = r.value(QLatin1String("format"));
        if (format != QJsonValue(QStringLiteral("jixiao-filing")))
            return fail(QStringLiteral("/format"), tr("This is not a Jixiao filing (“format” must be “jixiao-filing”)."));
        const QJsonValue version = r.value(QLatin1String("formatVersion"));
        const qint64 ver = version.isDouble() ? version.toInteger(-1) : -1;
        if (ver > Filing::FormatVersion)
            return fail(QStringLiteral("/formatVersion"),
                        tr("This filing was written by a newer version of Jixiao (format version %1); this version "
                           "reads format version %2. Update Jixiao to open it.")
                            .arg(ver)
                            .arg(Filing::FormatVersion));
        if (ver != Filing::FormatVersion)
            return fail(QStringLiteral("/formatVersion"),
                        tr("“formatVersion” must be %1.").arg(Filing::FormatVersion));

        QJsonObject o;
        if (!object(root, QString(),
                    {"format", "formatVersion", "fiscalYear", "amountUnit", "department", "overview", "funds"},
                    {"fundLevel", "indicatorScheme"}, &o))
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

        QJsonObject dep;
        const QString depPtr = QStringLiteral("/department");
        if (!object(o.value(QLatin1String("department")), depPtr, {"name"}, {"head", "preparers", "phone"}, &dep)
            || !text(dep, "name", depPtr, &f->department.name)
            || !optionalText(dep, "head", depPtr, &f->department.head)
            || !optionalText(dep, "preparers", depPtr, &f->department.preparers)
            || !optionalText(dep, "phone", depPtr, &f->department.phone))
            return false;

        QJsonObject ov;
        const QString ovPtr = QStringLiteral("/overview");
        if (!object(o.value(QLatin1String("overview")), ovPtr, {"budget", "duties", "workPlan", "indicators"},
                    {"attachmentLabel"}, &ov))
            return false;
        if (ov.contains(QLatin1String("attachmentLabel"))) {
            const QJsonValue v = ov.value(QLatin1String("attachmentLabel"));
            if (!v.isString())
                return fail(QStringLiteral("/overview/attachmentLabel"),
                            tr("Expected text here, found %1.").arg(typeName(v)));
            f->overview.attachmentLabel = v.toString();
        }
        QJsonObject b;
        const QString bPtr = QStringLiteral("/overview/budget");
        Budget &bud = f->overview.budget;
        if (!object(ov.value(QLatin1String("budget")), bPtr,
                    {"total", "generalPublic", "governmentFund", "other", "basic", "project"}, {}, &b)
            || !amount(b, "total", bPtr, &bud.total) || !amount(b, "generalPublic", bPtr, &bud.generalPublic)
            || !amount(b, "governmentFund", bPtr, &bud.governmentFund) || !amount(b, "other", bPtr, &bud.other)
            || !amount(b, "basic", bPtr, &bud.basic) || !amount(b, "project", bPtr, &bud.project))
            return false;
        if (!text(ov, "duties", ovPtr, &f->overview.duties))
            return false;
        QJsonArray wp;
        if (!array(ov, "workPlan", ovPtr, &wp))
            return false;
        f->overview.workPlan.resize(wp.size());
        for (int i = 0; i < wp.size(); ++i) {
            const QString p = pointer::workPlan(i);
            QJsonObject w;
            WorkPlanItem &item = f->overview.workPlan[i];
            if (!object(wp.at(i), p, {"item", "owner", "goal"}, {}, &w) || !text(w, "item", p, &item.item)
                || !text(w, "owner", p, &item.owner) || !text(w, "goal", p, &item.goal))
                return false;
        }
        if (!indicators(ov, ovPtr, &f->overview.indicators))
            return false;

        QJsonArray funds;
        if (!array(o, "funds", QString(), &funds))
            return false;
        f->funds.resize(funds.size());
        for (int fi = 0; fi < funds.size(); ++fi) {
            const QString fp = pointer::fund(fi);
            QJsonObject fo;
            Fund &fund = f->funds[fi];
            QJsonArray dirs;
            if (!object(funds.at(fi), fp, {"name", "amount", "directions"}, {}, &fo) || !text(fo, "name", fp, &fund.name)
                || !amount(fo, "amount", fp, &fund.amount) || !array(fo, "directions", fp, &dirs))
                return false;
            fund.directions.resize(dirs.size());
            for (int di = 0; di < dirs.size(); ++di) {
                const QString dp = pointer::direction(fi, di);
                QJsonObject d;
                Direction &dir = fund.directions[di];
                QJsonArray details;
                if (!object(dirs.at(di), dp,
                            {"name", "amount", "period", "periodGoal", "annualGoal", "indicators", "details"}, {}, &d)
                    || !text(d, "name", dp, &dir.name) || !amount(d, "amount", dp, &dir.amount)
                    || !text(d, "period", dp, &dir.period) || !text(d, "periodGoal", dp, &dir.periodGoal)
                    || !text(d, "annualGoal", dp, &dir.annualGoal) || !indicators(d, dp, &dir.indicators)
                    || !array(d, "details", dp, &details))
                    return false;
                dir.details.resize(details.size());
                for (int i = 0; i < details.size(); ++i) {
                    const QString p = pointer::detail(fi, di, i);
                    QJsonObject lo;
                    DetailLine &line = dir.details[i];
                    if (!object(details.at(i), p, {"content", "item", "amount", "basis"}, {}, &lo)
                        || !text(lo, "content", p, &line.content) || !text(lo, "item", p, &line.item)
                        || !amount(lo, "amount", p, &line.amount) || !text(lo, "basis", p, &line.basis))
                        return false;
                }
            }
        }
        return true;
    }

private:
    ImportError *m_error;
};

// JSON writer with the schema's key order and the sample's layout (two-space
// indent, non-ASCII kept as UTF-8), so exported files diff well.
class Writer
{
public:
    QByteArray out;

    void str(const QString &s)
    {
        out += '"';
        const QByteArray utf8 = s.toUtf8();
        for (char c : utf8) {
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    out += "\\u00";
                    out += QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
                } else {
                    out += c;
                }
            }
        }
        out += '"';
    }
    void indent() { out += QByteArray(m_depth * 2, ' '); }
    void key(const char *k)
    {
        if (!m_first.back())
            out += ',';
        m_first.back() = false;
        out += '\n';
        indent();
        out += '"';
        out += k;
        out += "\": ";
    }
    void item()
    {
        if (!m_first.back())
            out += ',';
        m_first.back() = false;
        out += '\n';
        indent();
    }
    void open(char c)
    {
        out += c;
        ++m_depth;
        m_first.push_back(true);
    }
    void close(char c)
    {
        const bool empty = m_first.back();
        m_first.pop_back();
        --m_depth;
        if (!empty) {
            out += '\n';
            indent();
        }
        out += c;
    }
    void field(const char *k, const QString &v)
    {
        key(k);
        str(v);
    }
    void field(const char *k, const std::optional<QString> &v)
    {
        if (v)
            field(k, *v);
    }
    void field(const char *k, const Amount &v) { field(k, amountToString(v)); }

    void indicators(const QList<Indicator> &list)
    {
        key("indicators");
        open('[');
        for (const Indicator &i : list) {
            item();
            open('{');
            field("level1", i.level1);
            field("level2", i.level2);
            field("name", i.name);
            field("value", i.value);
            field("standard", i.standard);
            close('}');
        }
        close(']');
    }

    void filing(const Filing &f)
    {
        open('{');
        field("format", QStringLiteral("jixiao-filing"));
        key("formatVersion");
        out += QByteArray::number(Filing::FormatVersion);
        key("fiscalYear");
        out += QByteArray::number(f.fiscalYear);
        field("fundLevel", f.fundLevel);
        field("amountUnit", amountUnitName(f.amountUnit));
        if (f.indicatorScheme)
            field("indicatorScheme", indicatorSchemeKey(*f.indicatorScheme));
        key("department");
        open('{');
        field("name", f.department.name);
        field("head", f.department.head);
        field("preparers", f.department.preparers);
        field("phone", f.department.phone);
        close('}');
        key("overview");
        open('{');
        field("attachmentLabel", f.overview.attachmentLabel);
        key("budget");
        open('{');
        const Budget &b = f.overview.budget;
        field("total", b.total);
        field("generalPublic", b.generalPublic);
        field("governmentFund", b.governmentFund);
        field("other", b.other);
        field("basic", b.basic);
        field("project", b.project);
        close('}');
        field("duties", f.overview.duties);
        key("workPlan");
        open('[');
        for (const WorkPlanItem &w : f.overview.workPlan) {
            item();
            open('{');
            field("item", w.item);
            field("owner", w.owner);
            field("goal", w.goal);
            close('}');
        }
        close(']');
        indicators(f.overview.indicators);
        close('}');
        key("funds");
        open('[');
        for (const Fund &fund : f.funds) {
            item();
            open('{');
            field("name", fund.name);
            field("amount", fund.amount);
            key("directions");
            open('[');
            for (const Direction &d : fund.directions) {
                item();
                open('{');
                field("name", d.name);
                field("amount", d.amount);
                field("period", d.period);
                field("periodGoal", d.periodGoal);
                field("annualGoal", d.annualGoal);
                indicators(d.indicators);
                key("details");
                open('[');
                for (const DetailLine &l : d.details) {
                    item();
                    open('{');
                    field("content", l.content);
                    field("item", l.item);
                    field("amount", l.amount);
                    field("basis", l.basis);
                    close('}');
                }
                close(']');
                close('}');
            }
            close(']');
            close('}');
        }
        close(']');
        close('}');
        out += '\n';
    }

private:
    int m_depth = 0;
    std::vector<bool> m_first;
};

} // namespace

QString ImportError::toString() const
{
    QString s = pointer.isEmpty() ? message : pointer + QStringLiteral(": ") + message;
    if (line > 0)
        s += QLatin1Char(' ')
           + FilingJson::tr("(line %1, column %2)").arg(line).arg(column);
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

QByteArray FilingJson::toJson(const Filing &filing)
{
    Writer w;
    w.filing(filing);
    return w.out;
}

bool FilingJson::writeFile(
    const QString &path, const Filing &filing, QString *error, const files::WriteOptions &options)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const QString name = QDir::toNativeSeparators(path);
    const QByteArray data = toJson(filing);
    // What we write, we read: the limits of the reader hold for the writer.
    if (data.size() > MaxFileSize) {
        *error = tr("Cannot write “%1”: as an interchange file the filing would have %2 MB, more than the %3 MB that "
                    "can be read back. Keep it as a draft (.jixiao) instead.")
                     .arg(name)
                     .arg((data.size() + (1 << 20) - 1) >> 20)
                     .arg(MaxFileSize >> 20);
        return false;
    }
    Filing back;
    ImportError readError;
    if (!fromJson(data, &back, &readError)) {
        *error = tr("Cannot write “%1”: it could not be read back (%2). Nothing was written.")
                     .arg(name, readError.toString());
        return false;
    }
    if (!(back == filing)) {
        // Text that UTF-8 cannot carry (half of a UTF-16 pair) would change.
        *error = tr("Cannot write “%1”: it would not read back the same (a text holds a character that cannot be "
                    "written). Nothing was written.")
                     .arg(name);
        return false;
    }
    files::SafeOutput out(path, options);
    if (!out.prepare(error))
        return false;
    if (out.device()->write(data) != data.size()) {
        *error = tr("Cannot write “%1”: %2").arg(name, out.device()->errorString());
        return false;
    }
    return out.commit(error);
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

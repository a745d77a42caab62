// SPDX-License-Identifier: GPL-3.0-or-later
// Writing the interchange format; reading it is in jsonio.cpp.
#include "fields.h"
#include "jsonio.h"
#include "listtree.h"

#include <QDir>

#include <vector>

namespace jixiao {

namespace {

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

    template<typename Row> void field(const Row &row, const Field<Row> &f)
    {
        switch (f.kind) {
        case ValueKind::Text:
            field(f.key, row.*f.text);
            break;
        case ValueKind::OptionalText:
            field(f.key, row.*f.optionalText);
            break;
        case ValueKind::Amount:
            field(f.key, row.*f.amount);
            break;
        }
    }
    template<typename Row> void fields(const Row &row)
    {
        for (const Field<Row> &f : fieldsOf<Row>())
            field(row, f);
    }
    // The rows of list L in `owner`, each an object of its fields and its own
    // lists. A list newer than format 1 is left out when empty (so a filing
    // that does not use it reads in the programs before it).
    template<typename L, typename Owner> void list(const Owner &owner)
    {
        const auto &rows = L::rows(owner);
        if (L::info().since > 1 && rows.isEmpty())
            return;
        key(L::info().key);
        open('[');
        for (const auto &r : rows) {
            item();
            open('{');
            fields(r);
            tree::forEach(typename L::Children {}, [&](auto child) { list<decltype(child)>(r); });
            close('}');
        }
        close(']');
    }

    void filing(const Filing &f)
    {
        open('{');
        field("format", QStringLiteral("jixiao-filing"));
        key("formatVersion");
        out += QByteArray::number(formatVersionNeeded(f));
        key("fiscalYear");
        out += QByteArray::number(f.fiscalYear);
        field("fundLevel", f.fundLevel);
        field("amountUnit", amountUnitName(f.amountUnit));
        if (f.indicatorScheme)
            field("indicatorScheme", indicatorSchemeKey(*f.indicatorScheme));
        key("department");
        open('{');
        fields(f.department);
        close('}');
        key("overview");
        open('{');
        // The budget sits between the overview's two own fields.
        const auto overviewFields = fieldsOf<Overview>();
        field(f.overview, overviewFields[0]);
        key("budget");
        open('{');
        fields(f.overview.budget);
        close('}');
        for (const Field<Overview> &of : overviewFields.subspan(1))
            field(f.overview, of);
        tree::forEach(tree::FilingLists {}, [&](auto l) {
            if constexpr (tree::inOverview<decltype(l)>)
                list<decltype(l)>(f);
        });
        close('}');
        tree::forEach(tree::FilingLists {}, [&](auto l) {
            if constexpr (!tree::inOverview<decltype(l)>)
                list<decltype(l)>(f);
        });
        if (f.projectsComplete) {
            key("projectsComplete");
            out += "true";
        }
        close('}');
        out += '\n';
    }

private:
    int m_depth = 0;
    std::vector<bool> m_first;
};

} // namespace

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
    return files::SafeOutput::writeFile(path, data, options, error);
}

} // namespace jixiao

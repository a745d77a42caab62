// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonscan.h"

#include "jsonio.h"
#include "jsonpointer.h"

#include <deque>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace jixiao::json {

namespace {

// Byte classes, looked up once per byte in the loops that skip.
enum : uchar { Structural = 1, Special = 2 };
struct ByteClasses
{
    uchar table[256] {};
    constexpr ByteClasses()
    {
        for (const char c : {'"', '{', '}', '[', ']', ','})
            table[uchar(c)] |= Structural;
        for (int c = 0; c < 0x20; ++c)
            table[c] |= Special;
        table[0x7F] |= Special; // DEL
        table[0xC2] |= Special; // starts U+0080…U+009F (C1 controls), and U+00A0…U+00BF
        table[uchar('"')] |= Special;
        table[uchar('\\')] |= Special;
    }
};
constexpr ByteClasses Classes;

class Scanner
{
    Q_DECLARE_TR_FUNCTIONS(jixiao::FilingJson)

public:
    Scanner(const QByteArray &json, ScanError *error)
        : m_s(json.constData())
        , m_n(json.size())
        , m_error(error)
    { }

    bool run()
    {
        if (m_n >= 3 && std::string_view(m_s, 3) == "\xEF\xBB\xBF")
            m_i = 3;
        while (m_i < m_n) {
            const char c = m_s[m_i];
            switch (c) {
            case '{':
                push(true);
                ++m_i;
                break;
            case '[':
                push(false);
                ++m_i;
                break;
            case '}':
            case ']':
                if (m_depth > 0)
                    --m_depth;
                ++m_i;
                break;
            case ',':
                if (m_depth > 0) {
                    Frame &f = m_frames[m_depth - 1];
                    if (f.object)
                        f.wantKey = true;
                    else
                        ++f.index;
                }
                ++m_i;
                break;
            case '"': {
                Frame *f = m_depth > 0 ? &m_frames[m_depth - 1] : nullptr;
                if (f && f->object && f->wantKey) {
                    f->wantKey = false;
                    if (!key(*f))
                        return false;
                } else if (!string(nullptr)) {
                    return false;
                }
                break;
            }
            default: // whitespace, ':', numbers, true/false/null
                ++m_i;
                while (m_i < m_n && !structural(m_s[m_i]))
                    ++m_i;
                break;
            }
        }
        return true;
    }

private:
    static bool structural(char c) { return Classes.table[uchar(c)] & Structural; }

    struct Frame
    {
        bool object = false;
        bool wantKey = false;
        int index = 0;
        std::string_view key; // the current member's (decoded) key
        std::vector<std::string_view> keys; // few: compared one by one
        std::unordered_set<std::string_view> many; // once there are many
    };

    void push(bool object)
    {
        if (m_depth == m_frames.size())
            m_frames.emplace_back();
        Frame &f = m_frames[m_depth++];
        f.object = object;
        f.wantKey = object;
        f.index = 0;
        f.key = {};
        f.keys.clear();
        f.many.clear();
    }

    // The pointer of the value now being read (its key or index included
    // when `inner` is true).
    QString pointerHere(size_t depth, bool inner) const
    {
        QString p;
        for (size_t k = 0; k < depth; ++k) {
            const Frame &f = m_frames[k];
            if (k + 1 == depth && !inner)
                break;
            p = f.object ? pointer::join(p, QString::fromUtf8(f.key.data(), qsizetype(f.key.size())))
                         : pointer::join(p, f.index);
        }
        return p;
    }

    bool fail(qsizetype at, const QString &ptr, const QString &message)
    {
        if (m_error) {
            m_error->offset = at;
            m_error->pointer = ptr;
            m_error->message = message;
        }
        return false;
    }

    bool key(Frame &f)
    {
        std::string_view k;
        const qsizetype start = m_i;
        if (!string(&k))
            return false;
        f.key = k;
        bool duplicate = false;
        if (f.many.empty()) {
            for (const std::string_view &seen : f.keys)
                duplicate = duplicate || seen == k;
            f.keys.push_back(k);
            if (f.keys.size() > 32)
                f.many.insert(f.keys.begin(), f.keys.end());
        } else {
            duplicate = !f.many.insert(k).second;
        }
        if (duplicate)
            return fail(start, pointerHere(m_depth, true),
                tr("The field “%1” appears twice in the same object; it must appear once.")
                    .arg(QString::fromUtf8(k.data(), qsizetype(k.size()))));
        return true;
    }

    // Control characters other than tab, line feed and carriage return (C0,
    // DEL, C1): a filing's text never holds them, written as they are or
    // escaped; on a terminal they would be commands.
    static bool refusedControl(char32_t c)
    {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }
    static QString hex4(char32_t c)
    {
        return QString::number(uint(c), 16).rightJustified(4, QLatin1Char('0')).toUpper();
    }
    static QString controlCharacter(char32_t c, bool escaped)
    {
        return escaped ? tr("The text holds the control character U+%1 (written as an escape, \\u%2); a filing's text "
                            "cannot hold control characters other than tab, line feed and carriage return. Remove it.")
                             .arg(hex4(c), hex4(c).toLower())
                       : tr("The text holds the control character U+%1; a filing's text cannot hold control "
                            "characters other than tab, line feed and carriage return. Remove it.")
                             .arg(hex4(c));
    }

    // Ends a run of plain text in a string: the quote, an escape, a control character.
    static bool special(char c) { return Classes.table[uchar(c)] & Special; }

    static int hex(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    // \uXXXX at m_i (the backslash); -1 if it is not one.
    int escapedUnit(qsizetype at) const
    {
        if (at + 5 >= m_n + 0 || m_s[at] != '\\' || m_s[at + 1] != 'u')
            return -1;
        int v = 0;
        for (int k = 2; k < 6; ++k) {
            const int h = hex(m_s[at + k]);
            if (h < 0)
                return -1;
            v = v * 16 + h;
        }
        return v;
    }

    static void appendUtf8(std::string &out, char32_t c)
    {
        if (c < 0x80) {
            out += char(c);
        } else if (c < 0x800) {
            out += char(0xC0 | (c >> 6));
            out += char(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += char(0xE0 | (c >> 12));
            out += char(0x80 | ((c >> 6) & 0x3F));
            out += char(0x80 | (c & 0x3F));
        } else {
            out += char(0xF0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3F));
            out += char(0x80 | ((c >> 6) & 0x3F));
            out += char(0x80 | (c & 0x3F));
        }
    }

    // The string at m_i (its opening quote); its decoded text into *decoded
    // when asked for (keys), as a view of the raw bytes if nothing is escaped.
    bool string(std::string_view *decoded)
    {
        const qsizetype open = m_i++;
        bool escaped = false;
        std::string text;
        const auto where = [&]() { return pointerHere(m_depth, decoded == nullptr); };
        const auto badEscape = [&]() {
            return fail(m_i, where(),
                tr("The text holds a backslash that does not start an escape of JSON (\\n, \\\", \\\\, \\uXXXX, …); "
                   "write a backslash as \\\\."));
        };
        while (m_i < m_n) {
            const uchar c = uchar(m_s[m_i]);
            if (c == '"')
                break;
            if (c < 0x20 || c == 0x7F) {
                return fail(m_i, where(),
                    c == 0 ? tr("The text holds a NUL character (a zero byte), which a filing's text cannot hold.")
                        : c == '\t' || c == '\n' || c == '\r'
                        ? tr("The text holds the control character U+%1 as it is; write it as \\t, \\n or \\r.")
                              .arg(hex4(c))
                        : controlCharacter(c, false));
            }
            if (c == 0xC2 && m_i + 1 < m_n && uchar(m_s[m_i + 1]) >= 0x80 && uchar(m_s[m_i + 1]) <= 0x9F)
                return fail(m_i, where(), controlCharacter(uchar(m_s[m_i + 1]), false));
            if (c == '\\') {
                if (decoded && !escaped) {
                    text.assign(m_s + open + 1, size_t(m_i - open - 1));
                    escaped = true;
                }
                const char e = m_i + 1 < m_n ? m_s[m_i + 1] : 0;
                if (e != 'u') {
                    // QJsonDocument takes any character after a backslash
                    // (even half of a UTF-8 sequence); JSON allows these.
                    static const std::string_view from = "\"\\/bfnrt", to = "\"\\/\b\f\n\r\t";
                    const size_t k = e == 0 ? std::string_view::npos : from.find(e);
                    if (k == std::string_view::npos)
                        return badEscape();
                    if (e == 'b' || e == 'f')
                        return fail(m_i, where(), controlCharacter(uchar(to[k]), true));
                    if (escaped)
                        text += to[k];
                    m_i += 2;
                    continue;
                }
                const int unit = escapedUnit(m_i);
                if (unit < 0)
                    return badEscape();
                char32_t code = char32_t(unit);
                qsizetype length = 6;
                if (unit >= 0xD800 && unit <= 0xDBFF) {
                    const int low = escapedUnit(m_i + 6);
                    if (low < 0xDC00 || low > 0xDFFF)
                        return fail(m_i, where(),
                            tr("The text holds half of a character (\\u%1 without its second half); it cannot be "
                               "read as text.")
                                .arg(unit, 4, 16, QLatin1Char('0')));
                    code = 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
                    length = 12;
                } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
                    return fail(m_i, where(),
                        tr("The text holds half of a character (\\u%1 without its first half); it cannot be read as "
                           "text.")
                            .arg(unit, 4, 16, QLatin1Char('0')));
                }
                if (refusedControl(code))
                    return fail(m_i, where(), controlCharacter(code, true));
                if (escaped)
                    appendUtf8(text, code);
                m_i += length;
                continue;
            }
            // Anything else is text (QJsonDocument has refused bad UTF-8).
            const qsizetype from = m_i;
            if (c == 0xC2)
                ++m_i; // U+00A0…U+00BF: text
            while (m_i < m_n && !special(m_s[m_i]))
                ++m_i;
            if (escaped)
                text.append(m_s + from, size_t(m_i - from));
        }
        if (decoded) {
            if (escaped) {
                m_decodedKeys.push_back(std::move(text));
                *decoded = m_decodedKeys.back();
            } else {
                *decoded = std::string_view(m_s + open + 1, size_t(m_i - open - 1));
            }
        }
        ++m_i; // the closing quote
        return true;
    }

    const char *m_s;
    qsizetype m_n;
    qsizetype m_i = 0;
    ScanError *m_error;
    std::vector<Frame> m_frames;
    size_t m_depth = 0;
    std::deque<std::string> m_decodedKeys; // keys that had escapes, decoded (stable addresses)
};

} // namespace

bool strictScan(const QByteArray &json, ScanError *error)
{
    return Scanner(json, error).run();
}

} // namespace jixiao::json

// SPDX-License-Identifier: GPL-3.0-or-later
#include "textscan.h"

namespace jixiao::text {

namespace {

constexpr qint64 pow10(int n)
{
    qint64 r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

// Mantissas stay below this so that scaling by 10^12 cannot overflow.
constexpr qint64 MantissaLimit = 1'000'000'000'000'000LL; // 10^15

bool isRangeDash(QChar c)
{
    const char16_t u = fold(c);
    return u == u'-' || u == u'~' || c == u'—' || c == u'–' || c == u'～' || c == u'至' || c == u'到';
}

} // namespace

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || u == 0x3007;
}

bool isClauseBreak(QChar c)
{
    switch (c.unicode()) {
    case u'，':
    case u'。':
    case u'；':
    case u'：':
    case u'、':
    case u'！':
    case u'？':
    case u',':
    case u';':
    case u':':
    case u'!':
    case u'?':
    case u'\n':
    case u'\r':
    case u'\t':
        return true;
    default:
        return false;
    }
}

bool isPunctuation(QChar c)
{
    if (isClauseBreak(c))
        return true;
    switch (c.unicode()) {
    case u'.':
    case u'“':
    case u'”':
    case u'‘':
    case u'’':
    case u'"':
    case u'\'':
    case u'（':
    case u'）':
    case u'(':
    case u')':
    case u'【':
    case u'】':
    case u'[':
    case u']':
    case u'《':
    case u'》':
    case u'—':
    case u'-':
    case u'…':
    case u'·':
        return true;
    default:
        return false;
    }
}

bool Number::sameValue(const Number &o) const
{
    // Compare as exact decimals: 9.30 == 9.3.
    int p = qMax(places, o.places);
    if (p > 12)
        return mantissa == o.mantissa && places == o.places;
    return mantissa * pow10(p - places) == o.mantissa * pow10(p - o.places);
}

Number scanNumber(QStringView s, qsizetype pos)
{
    Number n;
    n.begin = pos;
    qsizetype i = pos;
    const qsizetype size = s.size();
    auto digitAt = [&](qsizetype k) { return k < size && isDigit(s[k]); };
    while (i < size) {
        if (digitAt(i)) {
            if (n.mantissa < MantissaLimit)
                n.mantissa = n.mantissa * 10 + (fold(s[i]) - u'0');
            else
                n.overflow = true;
            ++n.integerDigits;
            ++i;
        } else if (fold(s[i]) == u',' && n.integerDigits > 0 && digitAt(i + 1) && digitAt(i + 2) && digitAt(i + 3)
            && !digitAt(i + 4)) {
            ++i; // thousands separator: exactly three digits follow
        } else {
            break;
        }
    }
    if (i + 1 < size && fold(s[i]) == u'.' && digitAt(i + 1)) {
        ++i;
        while (digitAt(i)) {
            if (n.mantissa < MantissaLimit && n.places < 12) {
                n.mantissa = n.mantissa * 10 + (fold(s[i]) - u'0');
                ++n.places;
            } else if (fold(s[i]) != u'0') {
                n.overflow = true;
            }
            ++i;
        }
    }
    n.end = i;
    return n;
}

MoneyUnit moneyUnitAt(QStringView s, qsizetype pos)
{
    if (pos >= s.size())
        return {};
    const QStringView rest = s.mid(pos);
    for (const MoneyUnitName &u : moneyUnitNames())
        if (rest.startsWith(u.text))
            return {u.exponent, u.text.size()};
    // "0.2万/次": a lone 万 is 万元 unless a measure word follows ("1万人").
    if (s[pos] == u'万' && measureWordAt(s, pos + 1) == 0 && !(pos + 1 < s.size() && isDigit(s[pos + 1])))
        return {4, 1};
    return {};
}

bool toMoney(qint64 mantissa, int places, int fromExponent, AmountUnit unit, Money *out)
{
    // micros = mantissa × 10^(6 − places + shift)
    const int e = Money::Decimals - places + fromExponent - exponentOf(unit);
    qint64 micros = 0;
    if (e >= 0) {
        if (e > 15)
            return false;
        const qint64 f = pow10(e);
        if (mantissa > Money::MaxMicros / f)
            return false;
        micros = mantissa * f;
    } else {
        if (-e > 18)
            return false;
        const qint64 d = pow10(-e);
        micros = mantissa / d + ((mantissa % d) * 2 >= d ? 1 : 0);
    }
    if (micros > Money::MaxMicros)
        return false;
    *out = Money::fromMicros(micros);
    return true;
}

qsizetype measureWordAt(QStringView s, qsizetype pos)
{
    if (pos >= s.size())
        return 0;
    const QChar next = pos + 1 < s.size() ? s[pos + 1] : QChar();
    switch (s[pos].unicode()) {
    case u'个':
        return 1 + (next == u'月' || next == u'人');
    case u'人':
    case u'批':
    case u'周':
    case u'场':
    case u'期':
        return 1 + (next == u'次');
    case u'课':
        return 1 + (next == u'时');
    case u'学':
    case u'小':
        return next == u'时' ? 2 : 0;
    case u'季':
        return next == u'度' ? 2 : 0;
    case u'公':
    case u'千':
        return next == u'里' || (s[pos] == u'千' && next == u'米') ? 2 : 0;
    case u'平':
        return next == u'方' ? 2 : 0;
    case u'次':
    case u'月':
    case u'天':
    case u'日':
    case u'年':
    case u'名':
    case u'家':
    case u'项':
    case u'台':
    case u'套':
    case u'份':
    case u'本':
    case u'辆':
    case u'户':
    case u'所':
    case u'间':
    case u'处':
    case u'件':
    case u'张':
    case u'册':
    case u'块':
    case u'座':
    case u'趟':
    case u'轮':
    case u'届':
    case u'节':
    case u'盒':
    case u'箱':
    case u'只':
    case u'条':
    case u'株':
    case u'棵':
    case u'亩':
    case u'篇':
    case u'部':
    case u'组':
    case u'吨':
    case u'米':
    case u'页':
    case u'位':
    case u'幅':
    case u'晚':
    case u'餐':
    case u'单':
    case u'宗':
    case u'例':
        return 1;
    default:
        return 0;
    }
}

qsizetype skipSpaces(QStringView s, qsizetype pos)
{
    while (pos < s.size() && isSpace(s[pos]))
        ++pos;
    return pos;
}

bool startsWithAt(QStringView s, qsizetype pos, QStringView word)
{
    return pos + word.size() <= s.size() && s.sliced(pos, word.size()) == word;
}

bool isDatePart(QStringView s, const Number &n)
{
    const qsizetype after = skipSpaces(s, n.end);
    const QChar next = after < s.size() ? s[after] : QChar();
    if (next == u'月' || next == u'日' || next == u'号')
        return true;
    auto isDateSign = [](QChar c) {
        const char16_t u = fold(c);
        return u == u'.' || u == u'/' || u == u'-';
    };
    const qint64 scale = n.places == 1 ? 10 : n.places == 2 ? 100 : 1;
    const qint64 whole = n.mantissa / scale;
    if (n.integerDigits == 4 && whole >= 1900 && whole <= 2099 && n.places <= 2) {
        // "2023.07", "2023.1" (not "2023.5万元"); "2023/01", "2023-01".
        if (n.places > 0) {
            const qint64 month = n.mantissa % scale;
            if (month >= 1 && month <= 12 && moneyUnitAt(s, after).length == 0 && fold(next) != u'%'
                && measureWordAt(s, after) == 0)
                return true;
        } else if (n.end + 1 < s.size() && isDateSign(s[n.end]) && isDigit(s[n.end + 1])) {
            const Number m = scanNumber(s, n.end + 1);
            if (m.integerDigits <= 2 && m.places == 0)
                return true;
        }
    }
    // The month or day of "2023/01", "2023-01-31", "2023.1.1".
    if (n.places == 0 && n.integerDigits <= 2 && n.begin >= 2 && isDateSign(s[n.begin - 1])
        && isDigit(s[n.begin - 2])) {
        qsizetype k = n.begin - 2;
        int digits = 0;
        while (k >= 0 && (isDigit(s[k]) || isDateSign(s[k])) && digits < 12) {
            ++digits;
            --k;
        }
        const Number first = scanNumber(s, k + 1);
        const qint64 firstWhole = first.mantissa / (first.places == 1 ? 10 : first.places == 2 ? 100 : 1);
        if (first.integerDigits == 4 && firstWhole >= 1900 && firstWhole <= 2099)
            return true;
    }
    qsizetype yearEnd = 0;
    if (yearAt(s, n.begin, &yearEnd) != 0)
        return true;
    // "1-12月": the first number of a month range.
    if (after < s.size() && isRangeDash(next)) {
        qsizetype k = skipSpaces(s, after + 1);
        if (k < s.size() && isDigit(s[k])) {
            const Number m = scanNumber(s, k);
            const qsizetype a2 = skipSpaces(s, m.end);
            if (a2 < s.size() && (s[a2] == u'月' || s[a2] == u'日'))
                return true;
        }
    }
    return false;
}

int yearAt(QStringView s, qsizetype pos, qsizetype *end)
{
    if (pos >= s.size())
        return 0;
    qint64 year = 0;
    qsizetype stop = pos;
    if (isDigit(s[pos])) {
        if (pos > 0 && (isDigit(s[pos - 1]) || fold(s[pos - 1]) == u'.'))
            return 0;
        const Number n = scanNumber(s, pos);
        if (n.places != 0 || n.integerDigits != 4 || n.mantissa < 1900 || n.mantissa > 2099)
            return 0;
        year = n.mantissa;
        stop = n.end;
    } else {
        // 二〇二三年: four Chinese digits written one by one.
        qsizetype k = pos;
        while (k < s.size() && k - pos < 4) {
            const char16_t u = s[k].unicode();
            int d = -1;
            switch (u) {
            case u'〇':
            case u'零':
            case u'○':
            case u'Ｏ':
                d = 0;
                break;
            case u'一':
                d = 1;
                break;
            case u'二':
                d = 2;
                break;
            case u'三':
                d = 3;
                break;
            case u'四':
                d = 4;
                break;
            case u'五':
                d = 5;
                break;
            case u'六':
                d = 6;
                break;
            case u'七':
                d = 7;
                break;
            case u'八':
                d = 8;
                break;
            case u'九':
                d = 9;
                break;
            default:
                break;
            }
            if (d < 0)
                break;
            year = year * 10 + d;
            ++k;
        }
        if (k - pos != 4 || year < 1900 || year > 2099)
            return 0;
        stop = k;
    }
    qsizetype after = skipSpaces(s, stop);
    if (after < s.size() && s[after] == u'年') {
        *end = after + 1;
        return int(year);
    }
    // "2023-2025年", "2023至2025年": the first year of a range.
    if (after < s.size() && isRangeDash(s[after])) {
        qsizetype k = skipSpaces(s, after + 1);
        qsizetype e2 = 0;
        if (yearAt(s, k, &e2) != 0) {
            *end = stop;
            return int(year);
        }
    }
    return 0;
}

namespace {

bool isLatin(QChar c)
{
    const char16_t u = fold(c);
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool startsWithCi(QStringView s, qsizetype pos, QLatin1String word)
{
    return pos + word.size() <= s.size() && s.sliced(pos, word.size()).compare(word, Qt::CaseInsensitive) == 0;
}

// The first leftover in a text: its span, or begin < 0.
} // namespace

std::pair<qsizetype, qsizetype> findLeftover(QStringView s)
{
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = s[i];
        const char16_t u = c.unicode();
        // Most characters are ideographs that start no leftover: skip them fast.
        if (u >= 0x4E00 && u <= 0x9FFF && u != u'请' && u != u'待')
            continue;
        switch (u) {
        case u'[':
            if (startsWithCi(s, i, QLatin1String("[bookmark"))) {
                const qsizetype close = s.indexOf(u']', i);
                return {i, close < 0 ? n : close + 1};
            }
            break;
        case u'_':
            for (QLatin1String w :
                {QLatin1String("_GoBack"), QLatin1String("_Toc"), QLatin1String("_Hlk"), QLatin1String("_Ref")})
                if (startsWithCi(s, i, w))
                    return {i, i + w.size()};
            break;
        case u'*':
        case u'＊':
        case u'×':
            if (i + 1 < n && s[i + 1] == c)
                return {i, i + 2};
            break;
        case u'…':
        case u'□':
            return {i, i + 1};
        case u'.':
            if (i + 2 < n && s[i + 1] == u'.' && s[i + 2] == u'.')
                return {i, i + 3};
            break;
        case u'X':
        case u'x':
        case u'Ｘ':
        case u'ｘ': {
            qsizetype k = i;
            while (k < n && (fold(s[k]) == u'X' || fold(s[k]) == u'x'))
                ++k;
            const bool alone = (i == 0 || !isLatin(s[i - 1])) && (k == n || !isLatin(s[k]));
            if (k - i >= 2 && alone)
                return {i, k};
            i = k - 1;
            break;
        }
        case u'请':
            for (const char16_t *w : {u"请填写", u"请输入", u"请选择"})
                if (startsWithAt(s, i, QStringView(w)))
                    return {i, i + 3};
            break;
        case u'待':
            for (const char16_t *w : {u"待定", u"待补充", u"待填"})
                if (startsWithAt(s, i, QStringView(w)))
                    return {i, i + QStringView(w).size()};
            break;
        case u'H':
        case u'M':
        case u'P':
        case u'F':
        case u'T':
            for (QLatin1String w : {QLatin1String("HYPERLINK"), QLatin1String("MERGEFIELD"), QLatin1String("PAGEREF"),
                     QLatin1String("FORMTEXT"), QLatin1String("TODO")})
                if (i + w.size() <= n && s.sliced(i, w.size()) == w && (i + w.size() == n || !isLatin(s[i + w.size()])))
                    return {i, i + w.size()};
            break;
        default:
            break;
        }
    }
    return {-1, -1};
}

bool isNonAnswer(QStringView s)
{
    qsizetype b = 0, e = s.size();
    while (b < e && isSpace(s[b]))
        ++b;
    // Trailing full stops and spaces do not make an answer: "略。", "无 ".
    while (e > b && (isSpace(s[e - 1]) || s[e - 1] == u'。' || s[e - 1] == u'.' || s[e - 1] == u'；'))
        --e;
    if (b == e)
        return false; // empty: required.empty's
    const QStringView t = s.sliced(b, e - b);
    // Every non-answer starts with one of these: most cells are rejected here.
    switch (t.front().unicode()) {
    case u'略':
    case u'无':
    case u'同':
    case u'如':
    case u'/':
    case u'／':
    case u'\\':
    case u'-':
    case u'－':
    case u'—':
    case u'待':
    case u'后':
    case u'另':
    case u'暂':
    case u'空':
    case u'不':
    case u'附':
    case u'见':
    case u'详':
    case u'参':
    case u'具':
    case u'N':
    case u'n':
    case u'T':
        break;
    default:
        return false;
    }
    static constexpr QStringView whole[]
        = {u"略", u"无", u"同上", u"同前", u"同左", u"同右", u"如上", u"同上表", u"/", u"／", u"\\", u"-", u"－", u"—",
            u"——", u"--", u"待定", u"待补充", u"待补", u"后补", u"另定", u"另行确定", u"暂无", u"暂缺", u"空",
            u"无数据", u"不详", u"附后", u"见后", u"见上", u"见下", u"N/A", u"n/a", u"NA", u"null", u"TBD"};
    for (QStringView w : whole)
        if (t == w)
            return true;
    // A reference to elsewhere standing for the content: "详见附件1", "见附表",
    // "参见《实施方案》". Long texts that mention an attachment say something.
    if (t.size() > 30)
        return false;
    static constexpr QStringView references[] = {u"详见", u"参见", u"具体见", u"详情见", u"具体详见"};
    for (QStringView r : references)
        if (t.startsWith(r))
            return true;
    if (t.startsWith(u'见') && t.size() > 1) {
        static constexpr QStringView targets[]
            = {u"附", u"表", u"《", u"上", u"下", u"后", u"前", u"申报", u"方案", u"文件", u"说明", u"明细", u"清单"};
        for (QStringView w : targets)
            if (startsWithAt(t, 1, w))
                return true;
    }
    return false;
}

quint64 textFingerprint(QStringView s, quint64 seed)
{
    qsizetype e = s.size();
    while (
        e > 0 && (isSpace(s[e - 1]) || s[e - 1] == u'。' || s[e - 1] == u'.' || s[e - 1] == u'；' || s[e - 1] == u';'))
        --e;
    quint64 h = 14695981039346656037ULL ^ seed; // FNV-1a
    for (qsizetype i = 0; i < e; ++i) {
        if (isSpace(s[i]))
            continue;
        h ^= fold(s[i]);
        h *= 1099511628211ULL;
    }
    return h;
}

std::pair<qsizetype, qsizetype> clauseAround(QStringView s, qsizetype begin, qsizetype end)
{
    while (begin > 0 && !isClauseBreak(s[begin - 1]))
        --begin;
    while (end < s.size() && !isClauseBreak(s[end]))
        ++end;
    while (begin < end && isSpace(s[begin]))
        ++begin;
    while (end > begin && (isSpace(s[end - 1]) || s[end - 1] == u'。' || s[end - 1] == u'.'))
        --end;
    return {begin, end};
}

} // namespace jixiao::text

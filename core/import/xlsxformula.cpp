// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxformula.h"

#include "sourcegrid.h"

namespace jixiao::office {

bool parseCellReference(QStringView ref, int *row, int *column)
{
    int c = 0, i = 0;
    if (i < ref.size() && ref[i] == u'$')
        ++i;
    const int lettersFrom = i;
    while (i < ref.size() && ((ref[i] >= u'A' && ref[i] <= u'Z') || (ref[i] >= u'a' && ref[i] <= u'z'))) {
        c = c * 26 + (ref[i].toUpper().unicode() - 'A' + 1);
        if (c > 16384)
            return false;
        ++i;
    }
    if (i == lettersFrom)
        return false;
    if (i < ref.size() && ref[i] == u'$')
        ++i;
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (!ok || r < 1 || r > 1048576 || !ref[i].isDigit())
        return false;
    *row = r - 1;
    *column = c - 1;
    return true;
}

QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

namespace {

// Products of two amounts need 128 bits (GCC and MinGW-w64 on x86-64 have them).
__extension__ typedef __int128 Int;

// Divides with rounding half to even.
Int divideHalfEven(Int a, Int b)
{
    const bool negative = (a < 0) != (b < 0);
    if (a < 0)
        a = -a;
    if (b < 0)
        b = -b;
    Int q = a / b;
    const Int r = a % b;
    if (2 * r > b || (2 * r == b && q % 2 == 1))
        ++q;
    return negative ? -q : q;
}

class Parser
{
public:
    Parser(QStringView text, FormulaCells &cells)
        : s(text)
        , cells(cells)
    { }

    bool run(Money *out, QString *why)
    {
        Int v = 0;
        if (!expression(&v))
            return fail(why);
        skipSpace();
        if (i < s.size()) {
            error = XlsxFormula::tr("“%1” is not understood").arg(s.mid(i).toString());
            return fail(why);
        }
        *out = Money::fromMicros(qint64(v));
        return true;
    }

private:
    bool fail(QString *why)
    {
        *why = error.isEmpty() ? XlsxFormula::tr("not understood") : error;
        return false;
    }
    void skipSpace()
    {
        while (i < s.size() && s[i].isSpace())
            ++i;
    }
    bool eat(QChar c)
    {
        skipSpace();
        if (i < s.size() && s[i] == c) {
            ++i;
            return true;
        }
        return false;
    }
    bool inRange(Int v)
    {
        if (v > Money::MaxMicros || v < -Money::MaxMicros) {
            error = XlsxFormula::tr("the result is too large to be an amount");
            return false;
        }
        return true;
    }

    bool expression(Int *v)
    {
        if (++depth > 64) {
            error = XlsxFormula::tr("nested too deeply");
            return false;
        }
        if (!term(v))
            return false;
        for (;;) {
            if (eat(u'+')) {
                Int w;
                if (!term(&w) || !inRange(*v += w))
                    return false;
            } else if (eat(u'-')) {
                Int w;
                if (!term(&w) || !inRange(*v -= w))
                    return false;
            } else {
                break;
            }
        }
        --depth;
        return true;
    }

    bool term(Int *v)
    {
        if (!unary(v))
            return false;
        for (;;) {
            if (eat(u'*')) {
                Int w;
                if (!unary(&w) || !inRange(*v = divideHalfEven(*v * w, Money::Scale)))
                    return false;
            } else if (eat(u'/')) {
                Int w;
                if (!unary(&w))
                    return false;
                if (w == 0) {
                    error = XlsxFormula::tr("division by zero");
                    return false;
                }
                if (!inRange(*v = divideHalfEven(*v * Money::Scale, w)))
                    return false;
            } else {
                break;
            }
        }
        return true;
    }

    bool unary(Int *v)
    {
        if (eat(u'-')) {
            if (!unary(v))
                return false;
            *v = -*v;
            return true;
        }
        if (eat(u'+'))
            return unary(v);
        if (!primary(v))
            return false;
        while (eat(u'%'))
            *v = divideHalfEven(*v, 100);
        return true;
    }

    // A number: digits, a point, an exponent.
    bool number(Int *v)
    {
        const qsizetype from = i;
        while (i < s.size() && (s[i].isDigit() || s[i] == u'.'))
            ++i;
        if (i < s.size() && (s[i] == u'E' || s[i] == u'e')) {
            ++i;
            if (i < s.size() && (s[i] == u'+' || s[i] == u'-'))
                ++i;
            while (i < s.size() && s[i].isDigit())
                ++i;
        }
        const QString text = s.mid(from, i - from).toString();
        Money m;
        QString why;
        if (!Money::parseCanonical(excelNumberText(text), &m, &why)) {
            error = XlsxFormula::tr("the number “%1” is not understood").arg(text);
            return false;
        }
        *v = m.micros();
        return true;
    }

    // A name: a function, a sheet or a cell reference.
    QString name()
    {
        skipSpace();
        const qsizetype from = i;
        static const QString stops = QStringLiteral("+-*/%^&=<>(),:!'\" \t\r\n");
        while (i < s.size() && !stops.contains(s[i]))
            ++i;
        return s.mid(from, i - from).toString();
    }

    // [sheet!]A1[:B2]
    bool reference(QString sheet, const QString &first, Int *v, bool inSum)
    {
        int r0, c0;
        if (!parseCellReference(first, &r0, &c0)) {
            error = XlsxFormula::tr("“%1” is not understood").arg(first);
            return false;
        }
        if (eat(u':')) {
            int r1, c1;
            const QString second = name();
            if (!parseCellReference(second, &r1, &c1)) {
                error = XlsxFormula::tr("“%1” is not understood").arg(second);
                return false;
            }
            if (!inSum) {
                error = XlsxFormula::tr("a range outside SUM");
                return false;
            }
            Money m;
            if (!cells.sum(sheet, qMin(r0, r1), qMin(c0, c1), qMax(r0, r1), qMax(c0, c1), &m, &error))
                return false;
            *v = m.micros();
            return true;
        }
        std::optional<Money> m;
        if (!cells.number(sheet, r0, c0, &m, &error))
            return false;
        *v = m ? m->micros() : 0;
        return true;
    }

    bool primary(Int *v, bool inSum = false)
    {
        skipSpace();
        if (i >= s.size()) {
            error = XlsxFormula::tr("it ends too early");
            return false;
        }
        if (eat(u'(')) {
            if (!expression(v))
                return false;
            if (!eat(u')')) {
                error = XlsxFormula::tr("a parenthesis is not closed");
                return false;
            }
            return true;
        }
        if (s[i].isDigit() || s[i] == u'.')
            return number(v);
        QString sheet;
        if (s[i] == u'\'') { // 'Sheet name'!A1, '' inside for a quote
            ++i;
            while (i < s.size()) {
                if (s[i] == u'\'') {
                    if (i + 1 < s.size() && s[i + 1] == u'\'') {
                        sheet += u'\'';
                        i += 2;
                        continue;
                    }
                    break;
                }
                sheet += s[i++];
            }
            if (!eat(u'\'') || !eat(u'!')) {
                error = XlsxFormula::tr("a sheet name is not closed");
                return false;
            }
            return reference(sheet, name(), v, inSum);
        }
        const QString word = name();
        if (word.isEmpty()) {
            error = XlsxFormula::tr("“%1” is not understood").arg(s.mid(i).toString());
            return false;
        }
        if (eat(u'!'))
            return reference(word, name(), v, inSum);
        skipSpace();
        if (i < s.size() && s[i] == u'(') {
            ++i;
            const QString function = word.toUpper();
            if (function == u"SUM")
                return sum(v);
            if (function == u"ROUND")
                return round(v);
            error = XlsxFormula::tr("the function %1 is not computed").arg(word);
            return false;
        }
        return reference(QString(), word, v, inSum);
    }

    // An argument of SUM: an expression, or a range (alone).
    bool sumArgument(Int *v)
    {
        const qsizetype start = i;
        // A range is a reference followed by ':'; try that first.
        Int w;
        if (primary(&w, true)) {
            skipSpace();
            if (i >= s.size() || s[i] == u',' || s[i] == u')') {
                *v = w;
                return true;
            }
        }
        i = start;
        error.clear();
        return expression(v);
    }

    bool sum(Int *v)
    {
        *v = 0;
        if (eat(u')'))
            return true;
        do {
            Int w;
            if (!sumArgument(&w) || !inRange(*v += w))
                return false;
        } while (eat(u','));
        if (!eat(u')')) {
            error = XlsxFormula::tr("a parenthesis is not closed");
            return false;
        }
        return true;
    }

    bool round(Int *v)
    {
        Int places;
        if (!expression(v) || !eat(u',') || !expression(&places) || !eat(u')')) {
            error = XlsxFormula::tr("ROUND needs a number and the places");
            return false;
        }
        const Int p = places / Money::Scale;
        if (p >= Money::Decimals)
            return true;
        if (p < 0) {
            error = XlsxFormula::tr("ROUND to negative places is not computed");
            return false;
        }
        Int unit = 1;
        for (Int k = p; k < Money::Decimals; ++k)
            unit *= 10;
        // Excel's ROUND rounds half away from zero.
        const Int a = *v < 0 ? -*v : *v;
        Int q = (a + unit / 2) / unit * unit;
        *v = *v < 0 ? -q : q;
        return true;
    }

    QStringView s;
    FormulaCells &cells;
    qsizetype i = 0;
    int depth = 0;
    QString error;
};

} // namespace

bool XlsxFormula::evaluate(QStringView formula, FormulaCells &cells, Money *out, QString *why)
{
    Parser p(formula.startsWith(u'=') ? formula.mid(1) : formula, cells);
    return p.run(out, why);
}

} // namespace jixiao::office

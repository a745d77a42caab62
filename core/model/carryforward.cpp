// SPDX-License-Identifier: GPL-3.0-or-later
#include "carryforward.h"

#include "listtree.h"

#include <QRegularExpression>

namespace jixiao {

void forEachText(Filing &f, unsigned trait, const std::function<void(QString &text, const QString &pointer)> &visit)
{
    tree::forEachTextWith(f, FieldTrait(trait), visit);
}

namespace {

// A four-digit year standing alone (not part of a longer number or amount).
QRegularExpression yearPattern(const QList<int> &years)
{
    QStringList alternatives;
    for (int y : years)
        alternatives.append(QString::number(y));
    return QRegularExpression(
        QStringLiteral("(?<![0-9.])(") + alternatives.join(QLatin1Char('|')) + QStringLiteral(")(?![0-9])"));
}

// Visiting a text would detach every list; touch only those that change.
bool mentions(const QString &text, const QRegularExpression &re)
{
    return text.contains(re);
}

} // namespace

Filing carryForward(const Filing &lastYear, const CarryForwardOptions &options)
{
    Filing f = lastYear;
    const int oldYear = lastYear.fiscalYear;
    const int newYear = options.newYear > 0 ? options.newYear : oldYear + 1;
    f.fiscalYear = newYear;
    if (!options.keepAmounts) {
        // Every amount cell, wherever the field tables have one.
        auto clear = [](auto &row) {
            using Row = std::remove_reference_t<decltype(row)>;
            for (const Field<Row> &field : fieldsOf<Row>())
                if (field.kind == ValueKind::Amount)
                    (row.*field.amount).reset();
        };
        clear(f.overview.budget);
        tree::forEachRow(f, [&](auto, auto &row, const QList<int> &) { clear(row); });
    }
    if (options.replaceYears && newYear != oldYear) {
        // The filing's year and the one before it ("较2022年") move together.
        const int delta = newYear - oldYear;
        const QRegularExpression re = yearPattern({oldYear, oldYear - 1});
        forEachText(f, CarriesYears, [&](QString &text, const QString &) {
            if (!mentions(text, re))
                return;
            QString out;
            qsizetype last = 0;
            auto it = re.globalMatch(text);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                out += QStringView(text).mid(last, m.capturedStart() - last);
                out += QString::number(m.captured(1).toInt() + delta);
                last = m.capturedEnd();
            }
            out += QStringView(text).mid(last);
            text = out;
        });
    }
    return f;
}

QList<YearMention> findYearMentions(const Filing &filing, int year)
{
    QList<YearMention> list;
    const QRegularExpression re = yearPattern({year});
    tree::forEachTextWith(filing, CarriesYears, [&](const QString &text, const QString &p) {
        if (mentions(text, re))
            list.append({p, text});
    });
    return list;
}

} // namespace jixiao

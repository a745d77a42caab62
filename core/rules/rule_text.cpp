// SPDX-License-Identifier: GPL-3.0-or-later
// Text hygiene: leftovers of the Word file the filing was copied from,
// placeholders nobody replaced, and indicator texts cut off while copying.
#include "rule.h"

#include "textscan.h"

#include <QHash>
#include <QSet>

namespace jixiao::rules {

namespace {

using namespace text;

void leftover(const CheckContext &c, Sink &sink)
{
    for (const CheckContext::TextHit &hit : c.texts().leftover) {
        const QStringView text = hit.text;
        const auto [begin, end] = findLeftover(text);
        Finding &f = sink.add(hit.ref.pointer(),
            Checks::tr("“%1” looks like a leftover of the Word file or a "
                       "placeholder: remove it or fill in the real text.")
                .arg(text.sliced(begin, end - begin).toString()));
        f.actual = text.toString();
    }
}

// An indicator text that is another one with its last character missing,
// as the seed's "…推动工业高质量发" next to "…推动工业高质量发展".
void truncated(const CheckContext &c, Sink &sink)
{
    constexpr qsizetype MinLength = 8; // shorter texts are often complete words
    // Distinct names first: the same few texts repeat on thousands of rows.
    QHash<QString, int> names;
    forEachIndicatorTable(c.filing, [&](const TableRef &, const QList<Indicator> &indicators) {
        for (const Indicator &ind : indicators)
            if (ind.name.size() >= MinLength)
                names.insert(ind.name, 0);
    });
    QHash<QString, QString> cut; // name without its last character → the name
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        const QString &name = it.key();
        if (name.size() > MinLength && !isPunctuation(name.back()) && !isSpace(name.back()))
            cut.insert(name.chopped(1), name);
    }
    QHash<QString, QString> found; // truncated → full
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        const auto full = cut.constFind(it.key());
        if (full != cut.cend() && !isPunctuation(it.key().back()))
            found.insert(it.key(), *full);
    }
    if (found.isEmpty())
        return;
    // Where the full texts first are, for `related`.
    QSet<QString> fullTexts;
    for (const QString &full : std::as_const(found))
        fullTexts.insert(full);
    QHash<QString, QString> fullAt;
    forEachIndicatorTable(c.filing, [&](const TableRef &table, const QList<Indicator> &indicators) {
        for (int i = 0; i < indicators.size(); ++i)
            if (fullTexts.contains(indicators[i].name) && !fullAt.contains(indicators[i].name))
                fullAt.insert(indicators[i].name, table.indicator(i, QLatin1String("name")));
    });
    forEachIndicatorTable(c.filing, [&](const TableRef &table, const QList<Indicator> &indicators) {
        for (int i = 0; i < indicators.size(); ++i) {
            const auto full = found.constFind(indicators[i].name);
            if (full == found.cend())
                continue;
            Finding &f = sink.add(table.indicator(i, QLatin1String("name")),
                Checks::tr("“%1” looks cut off: elsewhere the same text reads “%2”.")
                    .arg(indicators[i].name.simplified(), full->simplified()));
            f.related = {fullAt.value(*full)};
            f.expected = *full;
            f.actual = indicators[i].name;
        }
    });
}

} // namespace

const QList<Rule> &textRules()
{
    static const QList<Rule> rules {
        {"text.leftover", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "Word bookmarks, field codes and placeholders (**, …, XX) must not reach the printed form."),
            leftover},
        {"text.truncated", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks", "Text copied from elsewhere must not be cut off mid-word."), truncated},
    };
    return rules;
}

} // namespace jixiao::rules

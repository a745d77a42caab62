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

// The cells where a non-answer is text.non-answer's: the header, the
// scheme's labels and the 绩效标准 have rules of their own.
bool nonAnswerApplies(const TextRef &ref)
{
    return ref.scope != TextRef::Department && ref.field != QLatin1String("level1")
        && ref.field != QLatin1String("level2") && ref.field != QLatin1String("standard")
        && ref.field != QLatin1String("attachmentLabel");
}

void leftover(const CheckContext &c, Sink &sink)
{
    for (const CheckContext::TextHit &hit : c.texts().leftover) {
        const QStringView text = hit.text;
        if (nonAnswerApplies(hit.ref) && isNonAnswer(text))
            continue; // a whole cell of "待定": text.non-answer says what to write instead
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

// "无" is a target where the indicator counts what must not happen
// (安全事故 — 无): then it says "none", not "nothing to say".
bool namesAnEventToAvoid(QStringView name)
{
    static constexpr QStringView words[]
        = {u"事故", u"投诉", u"违规", u"违纪", u"违法", u"差错", u"失误", u"纠纷", u"上访", u"信访", u"问题", u"风险",
            u"隐患", u"损失", u"污染", u"浪费", u"挪用", u"舆情", u"案件", u"事件", u"不良", u"负面", u"处罚", u"整改"};
    for (QStringView w : words)
        if (name.contains(w))
            return true;
    return false;
}

QString whatToWrite(const TextRef &ref)
{
    const QLatin1String field = ref.field;
    switch (ref.scope) {
    case TextRef::OverviewIndicator:
    case TextRef::DirectionIndicator:
    case TextRef::ProjectIndicator:
        if (field == QLatin1String("value"))
            return Checks::tr("write the target itself, with a comparator and unit where it is a number (“≥95%”, "
                              "“10家”) or as a checkable statement");
        return Checks::tr("name what is measured");
    case TextRef::Detail:
        if (field == QLatin1String("basis"))
            return Checks::tr("write the calculation itself (quantity × rate = amount, e.g. “4次×0.2万元=0.8万元”)");
        return Checks::tr("say what the money pays for");
    case TextRef::WorkPlan:
        if (field == QLatin1String("goal"))
            return Checks::tr("write the work goal itself, measurable where possible");
        return Checks::tr("fill in the row");
    case TextRef::Overview:
        return Checks::tr("summarise the department's duties in the form itself");
    case TextRef::Direction:
    case TextRef::Project:
        if (field == QLatin1String("period"))
            return Checks::tr("write the implementation period, e.g. “2023年1-12月”");
        return Checks::tr("write the goal itself in the form");
    default:
        return Checks::tr("fill in the content itself");
    }
}

void nonAnswer(const CheckContext &c, Sink &sink)
{
    for (const CheckContext::TextHit &hit : c.texts().nonAnswer) {
        const TextRef &ref = hit.ref;
        if (!nonAnswerApplies(ref))
            continue;
        // An indicator's target (the field tables mark where "无" may be one).
        const Field<Indicator> *indicatorField = ref.scope == TextRef::OverviewIndicator
                || ref.scope == TextRef::DirectionIndicator || ref.scope == TextRef::ProjectIndicator
            ? findField<Indicator>(QString(ref.field))
            : nullptr;
        if (indicatorField && indicatorField->has(MayBeNone) && hit.text.trimmed() == u"无") {
            const QList<Indicator> &list = ref.scope == TextRef::OverviewIndicator ? c.filing.overview.indicators
                : ref.scope == TextRef::ProjectIndicator
                ? c.filing.projects[ref.project].indicators
                : c.filing.funds[ref.fund].directions[ref.direction].indicators;
            if (namesAnEventToAvoid(list[ref.index].name))
                continue;
        }
        Finding &f = sink.add(ref.pointer(),
            Checks::tr("“%1” is no answer: the reviewer reads only the form, so %2.")
                .arg(hit.text.toString().simplified(), whatToWrite(ref)));
        f.actual = hit.text.toString();
    }
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
        {"text.non-answer", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks",
                "“详见附件”, “见附表”, “略”, “无”, “同上”, “/”, “待定” are not answers: the form states the content."),
            nonAnswer},
    };
    return rules;
}

} // namespace jixiao::rules

// SPDX-License-Identifier: GPL-3.0-or-later
// Empty required cells: what the printed form has a box for and a reviewer
// expects filled in. Amounts are not here: an empty amount counts as 0 and
// the sums say when that does not add up.
#include "rule.h"

#include "textscan.h"

namespace jixiao::rules {

namespace {

bool blank(const QString &s)
{
    for (QChar c : s)
        if (!text::isSpace(c))
            return false;
    return true;
}

void requiredEmpty(const CheckContext &c, Sink &sink)
{
    const QString message = Checks::tr("This cell of the form is empty.");
    for (const CheckContext::TextHit &hit : c.texts().blank) {
        const TextRef &ref = hit.ref;
        bool required = false;
        switch (ref.scope) {
        case TextRef::Department: // the header's own rules
            break;
        case TextRef::Overview:
            required = ref.field == QLatin1String("duties");
            break;
        case TextRef::WorkPlan:
            required = true;
            break;
        case TextRef::OverviewIndicator:
        case TextRef::DirectionIndicator:
            required = ref.field != QLatin1String("standard") && ref.field != QLatin1String("midTermValue");
            break;
        case TextRef::Project: // the project rules' own (per layout and scheme)
        case TextRef::ProjectIndicator:
            break;
        case TextRef::Fund:
            required = ref.field == QLatin1String("name");
            break;
        case TextRef::Direction:
            required = true;
            break;
        case TextRef::Detail:
            if (ref.field == QLatin1String("basis")) {
                required = true;
            } else if (ref.field == QLatin1String("content")) {
                // 支出内容简介 and 支出明细: one of the two says what the money is for.
                const DetailLine &l = c.filing.funds[ref.fund].directions[ref.direction].details[ref.index];
                required = blank(l.item);
            }
            break;
        }
        if (required)
            sink.add(ref.pointer(), message);
    }
}

} // namespace

const QList<Rule> &requiredRules()
{
    static const QList<Rule> rules {
        {"required.empty", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks", "Every box of the printed form is filled in before it is signed."),
            requiredEmpty},
    };
    return rules;
}

} // namespace jixiao::rules

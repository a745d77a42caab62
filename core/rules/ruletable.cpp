// SPDX-License-Identifier: GPL-3.0-or-later
// The one table of rule families, in the order they run and are listed. A
// new rule goes into its family's file; a new family adds one line here.
#include "rule.h"

namespace jixiao::rules {

const QList<Rule> &allRules()
{
    static const QList<Rule> all = [] {
        QList<Rule> list;
        for (const QList<Rule> *family : {
                 &sumRules(), // what must add up
                 &projectRules(), // the project forms' funding, medium-term and attribute
                 &basisRules(), // 支出测算依据及过程说明
                 &costRules(), // 成本指标 against the money
                 &indicatorRules(), // completeness per scheme
                 &qualityRules(), // names, comparators, units, share
                 &valueRules(), // values that make no sense for their indicator
                 &kindRules(), // the value's unit fits the kind of indicator
                 &targetRules(), // same target, two values
                 &crossRules(), // numbers that contradict other cells
                 &duplicateRules(), // the same row twice in one table
                 &yearRules(), // stale years
                 &dateRules(), // dates that contradict each other
                 &headerRules(), // department, preparer, phone
                 &requiredRules(), // empty cells
                 &textRules(), // Word leftovers, cut-off text, non-answers
             })
            list += *family;
        return list;
    }();
    return all;
}

} // namespace jixiao::rules

// SPDX-License-Identifier: GPL-3.0-or-later
#include "form.h"

#include "model/indicatorscheme.h"

#include <algorithm>

namespace jixiao::form {

QList<IndicatorLine> indicatorLines(const QList<Indicator> &indicators, IndicatorSchemeId schemeId)
{
    const IndicatorScheme &scheme = indicatorScheme(schemeId);
    struct Keyed
    {
        int l1, l2;
        QString l1Norm, l2Norm, l1Text;
        const Indicator *ind;
        int index;
    };
    QList<Keyed> keyed;
    keyed.reserve(indicators.size());
    QStringList unknownL1; // first-appearance order of 一级 the scheme does not know
    for (int i = 0; i < indicators.size(); ++i) {
        const Indicator &ind = indicators[i];
        Keyed k {-1, -1, normalizeIndicatorName(ind.level1), normalizeIndicatorName(ind.level2), ind.level1, &ind, i};
        k.l1 = scheme.level1Index(ind.level1);
        if (k.l1 < 0 && k.l1Norm.isEmpty()) {
            // A blank 一级 goes where the scheme puts its 二级.
            const auto [l1, l2] = scheme.findLevel2(ind.level2);
            if (l1 >= 0) {
                k.l1 = l1;
                k.l1Norm = normalizeIndicatorName(scheme.level1[l1].name);
                k.l1Text = scheme.level1[l1].name;
                k.l2 = l2;
            }
        }
        if (k.l1 < 0) {
            if (!unknownL1.contains(k.l1Norm))
                unknownL1.append(k.l1Norm);
            k.l1 = int(scheme.level1.size()) + int(unknownL1.indexOf(k.l1Norm));
        } else if (k.l2 < 0) {
            k.l2 = scheme.level2Index(k.l1, ind.level2);
        }
        if (k.l2 < 0)
            k.l2 = 1000; // unknown 二级 after the known ones, in written order
        keyed.append(k);
    }
    std::stable_sort(keyed.begin(), keyed.end(),
        [](const Keyed &a, const Keyed &b) { return a.l1 != b.l1 ? a.l1 < b.l1 : a.l2 < b.l2; });

    QList<IndicatorLine> out;
    out.reserve(keyed.size());
    for (int i = 0; i < keyed.size(); ++i) {
        IndicatorLine line;
        line.indicator = keyed[i].ind;
        line.index = keyed[i].index;
        line.level1Text = keyed[i].l1Text;
        const bool newL1 = i == 0 || keyed[i].l1Norm != keyed[i - 1].l1Norm || keyed[i].l1 != keyed[i - 1].l1;
        if (newL1) {
            int j = i + 1;
            while (j < keyed.size() && keyed[j].l1 == keyed[i].l1 && keyed[j].l1Norm == keyed[i].l1Norm)
                ++j;
            line.level1Span = j - i;
        }
        const bool newL2 = newL1 || keyed[i].l2Norm != keyed[i - 1].l2Norm;
        if (newL2) {
            int j = i + 1;
            while (j < keyed.size() && keyed[j].l1 == keyed[i].l1 && keyed[j].l1Norm == keyed[i].l1Norm
                && keyed[j].l2Norm == keyed[i].l2Norm)
                ++j;
            line.level2Span = j - i;
        }
        out.append(line);
    }
    return out;
}

} // namespace jixiao::form

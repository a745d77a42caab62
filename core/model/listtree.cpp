// SPDX-License-Identifier: GPL-3.0-or-later
#include "listtree.h"

#include <algorithm>

namespace jixiao {

namespace {

template<typename Row> int versionOfFields(const Row &row, int atLeast)
{
    int v = atLeast;
    for (const Field<Row> &f : fieldsOf<Row>())
        if (f.since > v && f.isSet(row))
            v = f.since;
    return v;
}

} // namespace

int formatVersionNeeded(const Filing &filing)
{
    int v = 1;
    if (filing.projectsComplete) // the filing's own value of format 2
        v = 2;
    v = versionOfFields(filing.department, v);
    v = versionOfFields(filing.overview, v);
    v = versionOfFields(filing.overview.budget, v);
    tree::forEachRow(filing, [&v](auto list, const auto &row, const QList<int> &) {
        v = versionOfFields(row, std::max(v, decltype(list)::info().since));
    });
    return v;
}

} // namespace jixiao

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/filing.h"

#include <QString>

namespace jixiao {

// Who fills in a new filing, from the editor's settings ("" = not known).
struct Preparer
{
    QString name; // 填表人
    QString phone; // 联系电话
};

// What a new, empty filing starts with: the given year, the current
// indicator framework made explicit, the overview's standard indicator rows
// of that framework (the paper form's rows, ready to fill in), and the
// preparer's name and phone where known.
Filing newFiling(int fiscalYear, const Preparer &preparer = {});

} // namespace jixiao

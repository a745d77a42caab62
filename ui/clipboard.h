// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Cell ranges as tab-separated text, the way Excel and WPS put them on the
// clipboard: a cell holding a tab, a line break or a quote is quoted, with
// quotes doubled.
namespace jixiao::ui::tsv {

QString encode(const QList<QStringList> &rows);
QList<QStringList> decode(const QString &text);

} // namespace jixiao::ui::tsv

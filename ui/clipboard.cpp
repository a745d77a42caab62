// SPDX-License-Identifier: GPL-3.0-or-later
#include "clipboard.h"

namespace jixiao::ui::tsv {

QString encode(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &row : rows) {
        for (int c = 0; c < row.size(); ++c) {
            if (c)
                out += QLatin1Char('\t');
            QString cell = row[c];
            if (cell.contains(QLatin1Char('\t')) || cell.contains(QLatin1Char('\n'))
                || cell.contains(QLatin1Char('"'))) {
                cell.replace(QLatin1String("\""), QLatin1String("\"\""));
                cell = QLatin1Char('"') + cell + QLatin1Char('"');
            }
            out += cell;
        }
        out += QLatin1Char('\n');
    }
    return out;
}

QList<QStringList> decode(const QString &input)
{
    QString text = input;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false; // inside a quoted cell
    bool cellStart = true; // nothing read of this cell yet
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (quoted) {
            if (ch == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += ch;
            }
            continue;
        }
        if (ch == u'"' && cellStart) {
            quoted = true;
            cellStart = false;
        } else if (ch == u'\t') {
            row.append(cell);
            cell.clear();
            cellStart = true;
        } else if (ch == u'\n') {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            cellStart = true;
        } else {
            cell += ch;
            cellStart = false;
        }
    }
    // Excel ends the block with a line break; text without one still counts.
    if (!cell.isEmpty() || !row.isEmpty() || !cellStart)
        rows.append(row << cell);
    return rows;
}

} // namespace jixiao::ui::tsv

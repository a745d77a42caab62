// SPDX-License-Identifier: GPL-3.0-or-later
#include "officialtables.h"

namespace jixiao::print {

namespace {

CellStyle styleOf(form::Look look)
{
    using S = TableBuilder;
    switch (look) {
    case form::Look::Label:
    case form::Look::Centre:
        return S::centre();
    case form::Look::Amount:
        return S::figure();
    case form::Look::Heading:
        return S::heading();
    case form::Look::GroupLabel:
        return S::groupLabel();
    case form::Look::Text:
        return S::left();
    case form::Look::TopText:
        return {Qt::AlignLeft | Qt::AlignTop, false, false, false};
    }
    return S::centre();
}

Table::Kind tableKind(form::Kind kind)
{
    switch (kind) {
    case form::Kind::Overview:
        return Table::Overview;
    case form::Kind::Summary:
        return Table::Summary;
    case form::Kind::Direction:
        return Table::Direction;
    case form::Kind::Project:
        return Table::Project;
    }
    return Table::Custom;
}

} // namespace

Table tableOf(const form::Form &form)
{
    TableBuilder b(form.width);
    for (int r = 0; r < form.rows.size(); ++r) {
        for (const form::Section &s : form.sections)
            if (s.firstRow == r)
                b.beginSection(s.headerRows);
        if (r == form.footerStart)
            b.markFooterFromHere();
        const form::Row &row = form.rows[r];
        b.beginRow(row.minHeight);
        if (row.keepWithNext)
            b.keepWithNext();
        if (row.keepWithPrevious)
            b.keepWithPrevious();
        for (const form::Cell &c : row.cells) {
            const int i = b.cell(c.right, c.text, styleOf(c.look), c.rowSpan);
            if (c.identifying)
                b.markIdentifying(i);
            if (c.type == form::Cell::Label
                && (c.look == form::Look::Label || c.look == form::Look::Heading || c.look == form::Look::GroupLabel))
                b.markWords(i, c.breaks);
        }
        for (const form::Section &s : form.sections)
            if (s.firstRow + s.rowCount - 1 == r)
                b.endSection();
    }
    Table t;
    t.kind = tableKind(form.kind);
    t.attachmentLabel = form.attachmentLabel;
    t.title = form.title;
    t.sealCaption = form.sealCaption;
    t.unitCaption = form.unitCaption;
    return b.finish(t);
}

QList<PlacedCell> placeCells(const form::Form &form, const Table &table)
{
    QList<PlacedCell> out;
    out.reserve(table.cells.size());
    for (int r = 0; r < form.rows.size(); ++r)
        for (const form::Cell &c : form.rows[r].cells)
            out.append({r, &c, &table.cells[out.size()]});
    Q_ASSERT(out.size() == table.cells.size());
    return out;
}

Table buildOverviewTable(const Filing &filing)
{
    return tableOf(form::overview(filing, form::Media::Paper));
}

Table buildSummaryTable(const Filing &filing)
{
    return tableOf(form::summary(filing, form::Media::Paper));
}

Table buildDirectionTable(const Filing &filing, int fund, int direction, bool amountsWithUnit)
{
    return tableOf(form::direction(filing, fund, direction, form::Media::Paper, amountsWithUnit));
}

} // namespace jixiao::print

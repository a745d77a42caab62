// SPDX-License-Identifier: GPL-3.0-or-later
// Empty required cells: what the printed form has a box for and a reviewer
// expects filled in. Amounts are not here: an empty amount counts as 0 and
// the sums say when that does not add up.
#include "rule.h"

#include "textscan.h"

#include "form/form.h"
#include "model/fields.h"
#include "model/jsonpointer.h"

#include <QSet>

namespace jixiao::rules {

namespace {

bool blank(const QString &s)
{
    for (QChar c : s)
        if (!text::isSpace(c))
            return false;
    return true;
}

// The boxes a project's form has for the department to type in: its layout's
// text fields (form::project), not those with rules of their own (绩效标准,
// 中期指标值) and not the amounts (the sums').
QSet<QString> projectBoxes(const Filing &filing, int p)
{
    QSet<QString> boxes;
    for (const form::Row &row : form::project(filing, p, form::Media::Screen).rows)
        for (const form::Cell &cell : row.cells)
            if (cell.type == form::Cell::Field && cell.input != form::Input::Money
                && !cell.pointer.endsWith(QLatin1String("/standard"))
                && !cell.pointer.endsWith(QLatin1String("/midTermValue")))
                boxes.insert(cell.pointer);
    return boxes;
}

void requiredEmpty(const CheckContext &c, Sink &sink)
{
    const QString message = Checks::tr("This cell of the form is empty.");
    QList<QSet<QString>> boxes;
    for (int p = 0; p < c.filing.projects.size(); ++p) {
        boxes.append(projectBoxes(c.filing, p));
        // A box of the layout whose optional field is absent altogether (the
        // walk of the texts sees only those present).
        const Project &project = c.filing.projects[p];
        for (const Field<Project> &f : fieldsOf<Project>()) {
            const QString pointer = pointer::project(p) + QLatin1Char('/') + QLatin1String(f.key);
            if (f.kind == ValueKind::OptionalText && !(project.*f.optionalText) && boxes[p].contains(pointer))
                sink.add(pointer, message);
        }
    }
    for (const CheckContext::TextHit &hit : c.texts().blank) {
        const TextRef &ref = hit.ref;
        bool required = false;
        switch (ref.scope) {
        case TextRef::Department: // the header's own rules
            break;
        case TextRef::Overview:
            required = ref.field == QLatin1String("duties") && c.filing.hasOverview();
            break;
        case TextRef::WorkPlan:
            required = true;
            break;
        case TextRef::OverviewIndicator:
        case TextRef::DirectionIndicator:
            required = ref.field != QLatin1String("standard") && ref.field != QLatin1String("midTermValue")
                && (ref.scope == TextRef::DirectionIndicator || c.filing.hasOverview());
            break;
        case TextRef::Project: // the boxes of its layout
        case TextRef::ProjectIndicator:
            required = boxes[ref.project].contains(ref.pointer());
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

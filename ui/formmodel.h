// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "form/form.h"
#include "form/registry.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>

namespace jixiao::ui {

class Document;

// What a cell of a paper-form grid is.
enum class CellType { Blank, Label, Value, Derived };
// Which editor a value cell gets: as the form's description says.
using EditorKind = form::Input;

struct FormCell
{
    CellType type = CellType::Blank;
    QString text; // labels: the form's words; values: words shown before the value ("资金总额：")
    QString pointer; // values: the JSON pointer; derived: the field shown, or the list summed
    bool sum = false; // derived: the total of the list's amounts
    // Derived: a field of the table's own row (a direction's, a project's)
    // that the form shows but the department does not fill in (财政部门审核意见),
    // rather than one repeated from another table.
    bool othersField = false;
    bool leftAligned = false; // labels the paper sets flush left ("其中：一般公共预算拨款")
    EditorKind editor = EditorKind::None;
    int rowSpan = 1;
    int colSpan = 1;
    bool covered = false; // inside another cell's span
    // On an empty list's blank row, where the list's first row has a field:
    // `pointer` and `editor` are that field's; what is typed here adds the row.
    bool startsList = false;
};

struct FormRow
{
    QList<FormCell> cells;
    // Rows that show a list element (work plan, indicators, detail lines)
    // name the list; its header row has listIndex -1.
    QString listPointer;
    int listIndex = -1;
    bool placeholder = false; // an empty list's blank row (listIndex -1)
};

// A finding's mark on a cell: severity 0 info, 1 warning, 2 error.
struct CellMark
{
    int severity = 0;
    QString text;
};

// One table of the filing (a form::Instance: the overview, the summary, a
// direction's or a project's table) laid out like the paper form, over a
// Document: the form's description from the registry (core/form) for the
// screen, placed on the same grid as the printed table. One model for every
// form. Never changes the filing itself: setData() pushes undo commands
// through the Document.
class FormModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        PointerRole = Qt::UserRole + 1,
        EditorRole,
        CellTypeRole,
        ListPointerRole,
        ListIndexRole,
        ChoicesRole, // QStringList for combo editors
        MarkRole, // int severity, -1 none
        PrefixRole, // the form's words drawn before a value ("资金总额：")
        OthersFieldRole, // bool: FormCell::othersField
    };
    struct Span
    {
        int row, column, rowSpan, columnSpan;
    };

    explicit FormModel(Document *doc, const form::Instance &instance = {}, QObject *parent = nullptr);

    // Which table it shows; setting another rebuilds it.
    const form::Instance &instance() const { return m_instance; }
    void setInstance(const form::Instance &instance);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Document *document() const { return m_doc; }
    const FormCell *cell(const QModelIndex &index) const;
    const FormRow *formRow(int row) const;
    QList<Span> spans() const;
    // Relative widths of the columns: the paper form's, in tenths of a millimetre.
    QList<int> columnStretch() const { return m_stretch; }
    // The printed title, "2023年部门整体支出绩效目标表".
    QString title() const;
    // The lines above the table: "填报单位：（盖章）" and "金额单位：万元", as the form has them.
    QString sealCaption() const { return m_sealCaption; }
    QString unitCaption() const { return m_unitCaption; }

    // The cell showing `pointer`, or the nearest one (the row of a list
    // element, the list's header); invalid when this table does not show it.
    QModelIndex indexForPointer(const QString &pointer) const;

    // The value cells the first row of `list` would have (its column,
    // pointer and editor), for a paste onto an empty list's blank row.
    struct NewCell
    {
        int column;
        QString pointer;
        EditorKind editor;
    };
    QList<NewCell> firstRowOf(const QString &list) const;

    void setMarks(const QHash<QString, CellMark> &marks);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

Q_SIGNALS:
    // Bad input for a cell: the cell keeps its value, the message says why.
    void inputRejected(const QModelIndex &index, const QString &message);

private:
    // The form as the screen shows `filing` (form::Media::Screen).
    form::Form describe(const Filing &filing) const;
    // Whether adding, removing or moving rows of the list changes this table:
    // a list inside it, or the list its own row is in.
    bool showsList(const QString &listPointer) const;
    void rebuild();

    QPointer<Document> m_doc;
    form::Instance m_instance;
    QString derivedText(const FormCell &cell) const;
    // The pointer of the list element a row shows, "" for other rows.
    QString rowPointer(int row) const;
    // What belongs in a 一级/二级 cell, from the filing's indicator scheme.
    QString indicatorHint(const FormCell &cell, const QString &row) const;
    void onValueChanged(const QString &pointer);
    void onRowsAboutToChange(const QString &listPointer);
    void onRowsChanged(const QString &listPointer);
    QString markFor(const FormCell &cell, int *severity) const;
    // Adds the first row of the list of `row` (a blank row) with `text` in `cell`: one undo step.
    bool startList(const QModelIndex &index, const FormCell &cell, const QString &text);

    QString m_sealCaption, m_unitCaption;
    QList<FormRow> m_rows;
    int m_columns = 0;
    QList<int> m_stretch;
    QHash<QString, QList<QModelIndex>> m_byPointer;
    QList<QModelIndex> m_sums; // derived totals, repainted when an amount changes
    QHash<QString, CellMark> m_marks;
    bool m_resetting = false;
    bool m_readOnly = false;
};

// The 一级 names of the filing's scheme; the 二级 names under a 一级 (all of
// them when the 一级 is unknown); the 绩效标准 choices.
QStringList level1Choices(const Document &doc);
QStringList level2Choices(const Document &doc, const QString &level1);
QStringList standardChoices();

} // namespace jixiao::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
// Which editor a value cell gets.
enum class EditorKind { None, Text, MultiLine, Money, Level1, Level2, Standard };

struct FormCell
{
    CellType type = CellType::Blank;
    QString text; // labels: the form's words
    QString pointer; // values: the JSON pointer; derived: what they are computed from
    EditorKind editor = EditorKind::None;
    int rowSpan = 1;
    int colSpan = 1;
    bool covered = false; // inside another cell's span
};

struct FormRow
{
    QList<FormCell> cells;
    // Rows that show a list element (work plan, indicators, detail lines)
    // name the list; its header row has listIndex -1.
    QString listPointer;
    int listIndex = -1;
};

// A finding's mark on a cell: severity 0 info, 1 warning, 2 error.
struct CellMark
{
    int severity = 0;
    QString text;
};

// A table laid out like the paper form, over a Document. Never changes the
// filing itself: setData() pushes undo commands through the Document.
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
    };
    struct Span
    {
        int row, column, rowSpan, columnSpan;
    };

    explicit FormModel(Document *doc, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Document *document() const { return m_doc; }
    const FormCell *cell(const QModelIndex &index) const;
    const FormRow *formRow(int row) const;
    QList<Span> spans() const;
    // Relative widths of the columns, as the paper form has them.
    virtual QList<int> columnStretch() const = 0;
    // The printed title, "2023年部门整体支出绩效目标表".
    virtual QString title() const = 0;

    // The cell showing `pointer`, or the nearest one (the row of a list
    // element, the list's header); invalid when this table does not show it.
    QModelIndex indexForPointer(const QString &pointer) const;

    void setMarks(const QHash<QString, CellMark> &marks);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

Q_SIGNALS:
    // Bad input for a cell: the cell keeps its value, the message says why.
    void inputRejected(const QModelIndex &index, const QString &message);

protected:
    virtual void build(QList<FormRow> *rows) const = 0;
    // Text of a derived cell.
    virtual QString derivedText(const FormCell &cell) const;
    virtual bool showsList(const QString &listPointer) const = 0;
    virtual bool derivesFrom(const QString &pointer) const;
    void rebuild();

    // Helpers for build().
    static FormRow makeRow(int columns);
    static void label(FormRow &row, int column, const QString &text, int colSpan = 1);
    static void value(FormRow &row, int column, const QString &pointer, EditorKind editor, int colSpan = 1);
    static void derived(FormRow &row, int column, const QString &key, int colSpan = 1);
    static void rowSpanColumn(QList<FormRow> &rows, int firstRow, int count, int column);
    QString amountText(const QString &pointer) const;

    QPointer<Document> m_doc;

private:
    // What belongs in a 一级/二级 cell, from the filing's indicator scheme.
    QString indicatorHint(const FormCell &cell) const;
    void onValueChanged(const QString &pointer);
    void onRowsAboutToChange(const QString &listPointer);
    void onRowsChanged(const QString &listPointer);
    QString markFor(const FormCell &cell, int *severity) const;

    QList<FormRow> m_rows;
    QHash<QString, QList<QModelIndex>> m_byPointer;
    QHash<QString, CellMark> m_marks;
    bool m_resetting = false;
    bool m_readOnly = false;
};

// 部门整体支出绩效目标表.
class OverviewModel : public FormModel
{
    Q_OBJECT
public:
    explicit OverviewModel(Document *doc, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QList<int> columnStretch() const override { return {3, 3, 3, 6, 3}; }
    QString title() const override;

protected:
    void build(QList<FormRow> *rows) const override;
    bool showsList(const QString &listPointer) const override;
};

// 专项资金绩效目标汇总表: read-only, derived live from funds and directions.
class SummaryModel : public FormModel
{
    Q_OBJECT
public:
    explicit SummaryModel(Document *doc, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QList<int> columnStretch() const override { return {1, 3, 2, 6, 6}; }
    QString title() const override;

protected:
    void build(QList<FormRow> *rows) const override;
    QString derivedText(const FormCell &cell) const override;
    bool showsList(const QString &listPointer) const override;
    bool derivesFrom(const QString &pointer) const override;
};

// 支出方向绩效目标表 of one direction.
class DirectionModel : public FormModel
{
    Q_OBJECT
public:
    explicit DirectionModel(Document *doc, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QList<int> columnStretch() const override { return {3, 3, 3, 5, 3, 3}; }
    QString title() const override;

    void setDirection(int fund, int direction);
    int fund() const { return m_fund; }
    int direction() const { return m_direction; }

protected:
    void build(QList<FormRow> *rows) const override;
    QString derivedText(const FormCell &cell) const override;
    bool showsList(const QString &listPointer) const override;
    bool derivesFrom(const QString &pointer) const override;

private:
    int m_fund = -1;
    int m_direction = -1;
};

// The 一级 names of the filing's scheme; the 二级 names under a 一级 (all of
// them when the 一级 is unknown); the 绩效标准 choices.
QStringList level1Choices(const Document &doc);
QStringList level2Choices(const Document &doc, const QString &level1);
QStringList standardChoices();

} // namespace jixiao::ui

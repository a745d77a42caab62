// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filingfields.h"
#include "model/filing.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

class QUndoStack;

namespace jixiao::ui {

// One open filing: the Filing, its undo stack and where it is kept. Every edit
// goes through an undo command (commands.h) that calls the apply*() mutators,
// which emit fine-grained signals the item models and panels follow.
class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(const Filing &filing = Filing(), QObject *parent = nullptr);
    ~Document() override;

    const Filing &filing() const { return m_filing; }
    QUndoStack *undoStack() const { return m_undo; }

    QString filePath() const { return m_path; }
    void setFilePath(const QString &path);
    // Modified = not in the undo stack's clean state (set after each save).
    bool isModified() const;
    // "file name" or "Untitled", for titles.
    QString displayName() const;

    FieldValue value(const QString &pointer) const;

    // Edits, each one undoable step. setValue merges successive edits of the
    // same cell into one step when `merge` is true.
    bool setValue(const QString &pointer, const FieldValue &value, bool merge = true);
    // Parses what a person typed into an amount cell (filing's unit, "0.8万元",
    // full-width digits). On bad input returns false with the parser's reason
    // and changes nothing.
    bool setAmountInput(const QString &pointer, const QString &input, QString *error);
    bool insertRows(const QString &listPointer, int row, const QList<RowValue> &rows);
    bool insertEmptyRow(const QString &listPointer, int row);
    bool removeRows(const QString &listPointer, int row, int count);
    bool moveRow(const QString &listPointer, int from, int to);

    // Used by the undo commands only.
    bool applyValue(const QString &pointer, const FieldValue &value);
    bool applyInsert(const ListRef &list, int row, const RowValue &value);
    bool applyRemove(const ListRef &list, int row, RowValue *removed);
    bool applyMove(const ListRef &list, int from, int to);

Q_SIGNALS:
    void valueChanged(const QString &pointer);
    // Around any change of a list's rows (insert, remove, move): models
    // showing that list reset between the two.
    void rowsAboutToChange(const QString &listPointer);
    void rowsChanged(const QString &listPointer);
    // After every change of the filing's content.
    void changed();
    void filePathChanged();

private:
    Filing m_filing;
    QUndoStack *m_undo = nullptr;
    QString m_path;
};

} // namespace jixiao::ui

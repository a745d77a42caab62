// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filingfields.h"
#include "model/filing.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QUndoStack;

namespace jixiao {
class Draft;
}

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
    // "file name" or "Untitled" (or the name set here), for titles.
    QString displayName() const;
    void setUntitledName(const QString &name) { m_untitledName = name; }

    FieldValue value(const QString &pointer) const;

    // Autosave: every completed undo step is written to the draft
    // (core/storage) at once, before the next event is handled. An untitled
    // document gets a new draft in the draft folder at its first change. A
    // failed save is retried a few seconds later and at the next change.
    void attachDraft(std::unique_ptr<Draft> draft);
    Draft *draft() const { return m_draft.get(); }
    void setDraftFolder(const QString &folder) { m_draftFolder = folder; }
    // True after a failed save until a save succeeds.
    bool isSavePending() const { return m_retry.isActive(); }
    // Writes pending changes now. True when everything is safe on disk.
    bool saveNow(QString *error);
    // Read-only (a draft locked by someone else, a read-only file): no edits.
    void setReadOnly(bool readOnly, const QString &reason);
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    // The draft file name of a filing in `folder`: "2024年民政局.jixiao".
    static QString draftPathFor(const Filing &filing, const QString &folder);
    // A file name for a new draft of this filing in `folder` that is not taken
    // yet ("… (2).jixiao" when the first is).
    QString newDraftPath(const QString &folder) const;
    static QString newDraftPathFor(const Filing &filing, const QString &folder);

    // Edits, each one undoable step. setValue merges successive edits of the
    // same cell into one step when `merge` is true.
    bool setValue(const QString &pointer, const FieldValue &value, bool merge = true);
    // Parses what a person typed into an amount cell (filing's unit, "0.8万元",
    // full-width digits). On bad input returns false with the parser's reason
    // and changes nothing.
    bool setAmountInput(const QString &pointer, const QString &input, QString *error, bool merge = true);
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
    void saved();
    void saveFailed(const QString &message);

private:
    bool saveOnce(QString *error);

    Filing m_filing;
    QUndoStack *m_undo = nullptr;
    QString m_path;
    std::unique_ptr<Draft> m_draft;
    QString m_draftFolder;
    QString m_untitledName;
    QTimer m_retry;
    bool m_saving = false;
    bool m_saveAgain = false;
    bool m_readOnly = false;
    QString m_readOnlyReason;
};

} // namespace jixiao::ui

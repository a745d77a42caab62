// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/carryforward.h"
#include "model/filing.h"

#include <QObject>

namespace jixiao::ui {

class MainWindow;

// The File menu's filing commands: new, open, the sample, next year from
// last year, save as, JSON and Word/Excel in and out. Each opens or writes
// through the window's one document (MainWindow::setDocument, which asks
// before unsaved work is left).
class FileActions : public QObject
{
    Q_OBJECT
public:
    explicit FileActions(MainWindow *window);

    // Opens a draft (.jixiao, autosaved; read-only when locked elsewhere) or
    // imports an interchange file (.json, into a new draft at the first
    // change). On failure *error says why.
    bool openFile(const QString &path, QString *error);
    void openSample();
    void newFiling();
    // Starts next year's filing from the draft or file at `path`, as a new draft.
    bool newFromLastYear(const QString &path, const CarryForwardOptions &options, QString *error);
    // The same from a filing in memory. When that year's draft of the
    // department exists, offers to open it instead (never a second draft);
    // afterwards tells what changed and what still names last year.
    bool newFromFiling(const Filing &last, const CarryForwardOptions &options, QString *error);
    // 由上年度填报新建 as the menu and the start page start it ("" = no file chosen yet).
    void carryForwardDialog(const QString &given);
    QString lastCarryForwardLabel() const { return m_lastCarryForwardLabel; }
    // Saves the filing under a new name: .jixiao becomes the draft edited from
    // now on, .json is an export.
    bool saveAs(const QString &path, QString *error);
    bool exportJson(const QString &path, QString *error);

    void openDialog();
    void saveAsDialog();
    void exportJsonDialog();
    void importOfficeDialog(); // last year's Word/Excel forms
    void exportExcelDialog();
    // The shared store: a filing pulled into a new draft and opened; the
    // open draft sent back (an update of the filing it came from, or, asked
    // first, a new filing).
    void openFromSharedStoreDialog();
    void sendToSharedStoreDialog();

private:
    void showMessage(const QString &text, int timeout = 0);

    MainWindow *m_window;
    QString m_lastCarryForwardLabel;
};

} // namespace jixiao::ui

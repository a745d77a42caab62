// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

// Every message box, file dialog and modal dialog of the editor goes through
// here, so that tests answer them and no test ever waits for a person. The
// editor's code is the same under test: only who answers differs.
namespace jixiao::ui::dialogs {

// Who answers what no next answer (below) was set for. None installed: a
// person, in the real dialogs.
class Answerer
{
public:
    virtual ~Answerer() = default;
    virtual QMessageBox::StandardButton question(
        const QString &text, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
        = 0;
    virtual void tell(const QString &text) = 0; // a warning or an information
    virtual QString fileName(const QString &proposal) = 0; // "" = cancelled
    virtual int exec(QDialog &dialog) = 0; // what QDialog::exec() returns
};
// Installed by tests and unattended runs (screenshots, benchmarks): a
// question gets its default button, a file dialog is cancelled, a dialog
// is rejected; what was said is only recorded (lastText).
Answerer *unattended();
void setAnswerer(Answerer *answerer); // nullptr: a person answers
Answerer *answerer();

// The answer the next question() gets, whoever would answer it.
void setNextAnswer(QMessageBox::StandardButton answer);
// The next file dialog's answer ("" = the user cancels).
void setNextFileName(const QString &path);
// The next exec()'s answer: it may fill in the dialog as a person would, and
// returns what exec() returns (QDialog::Accepted, …).
using DialogAnswer = std::function<int(QDialog &)>;
void setNextDialogAnswer(DialogAnswer answer);
void setNextDialogAnswer(QDialog::DialogCode result);
// What the last question, warning or information said (for tests).
QString lastText();
// The folder or file name the last file dialog proposed (for tests).
QString lastProposal();

// `labels` renames buttons ("查看错误" instead of "Open").
QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
    const QList<QPair<QMessageBox::StandardButton, QString>> &labels = {});
void warning(QWidget *parent, const QString &title, const QString &text);
void information(QWidget *parent, const QString &title, const QString &text);
QString openFileName(QWidget *parent, const QString &title, const QString &dir, const QString &filter);
QString saveFileName(QWidget *parent, const QString &title, const QString &dir, const QString &filter);
// Runs a modal dialog to its end (QDialog::exec) and returns its result.
int exec(QDialog &dialog);

} // namespace jixiao::ui::dialogs

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

// Every message box and file dialog of the editor goes through here, so that
// tests answer them (setNextAnswer, setNextFileName) and no test ever waits
// for a person. In test mode nothing modal is ever shown.
namespace jixiao::ui::dialogs {

void setTestMode(bool on);
bool testMode();

// The answer the next question() gets without asking; in test mode a
// question with no answer set gets its default button.
void setNextAnswer(QMessageBox::StandardButton answer);
void setNextFileName(const QString &path); // "" = the user cancels
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

} // namespace jixiao::ui::dialogs

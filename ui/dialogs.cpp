// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs.h"

#include <QAbstractButton>
#include <QFileDialog>

#include <optional>

namespace jixiao::ui::dialogs {

namespace {
bool s_testMode = false;
std::optional<QMessageBox::StandardButton> s_nextAnswer;
std::optional<QString> s_nextFileName;
QString s_lastText;
QString s_lastProposal;
} // namespace

void setTestMode(bool on)
{
    s_testMode = on;
}

bool testMode()
{
    return s_testMode;
}

void setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

void setNextFileName(const QString &path)
{
    s_nextFileName = path;
}

QString lastText()
{
    return s_lastText;
}

QString lastProposal()
{
    return s_lastProposal;
}

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
    const QList<QPair<QMessageBox::StandardButton, QString>> &labels)
{
    s_lastText = text;
    if (s_nextAnswer) {
        const auto a = *s_nextAnswer;
        s_nextAnswer.reset();
        return a;
    }
    if (s_testMode)
        return defaultButton;
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    for (const auto &[button, label] : labels)
        if (QAbstractButton *b = box.button(button))
            b->setText(label);
    return QMessageBox::StandardButton(box.exec());
}

void warning(QWidget *parent, const QString &title, const QString &text)
{
    s_lastText = text;
    if (!s_testMode)
        QMessageBox::warning(parent, title, text);
}

void information(QWidget *parent, const QString &title, const QString &text)
{
    s_lastText = text;
    if (!s_testMode)
        QMessageBox::information(parent, title, text);
}

QString openFileName(QWidget *parent, const QString &title, const QString &dir, const QString &filter)
{
    s_lastProposal = dir;
    if (s_nextFileName) {
        const QString p = *s_nextFileName;
        s_nextFileName.reset();
        return p;
    }
    if (s_testMode)
        return QString();
    return QFileDialog::getOpenFileName(parent, title, dir, filter);
}

QString saveFileName(QWidget *parent, const QString &title, const QString &dir, const QString &filter)
{
    s_lastProposal = dir;
    if (s_nextFileName) {
        const QString p = *s_nextFileName;
        s_nextFileName.reset();
        return p;
    }
    if (s_testMode)
        return QString();
    return QFileDialog::getSaveFileName(parent, title, dir, filter);
}

} // namespace jixiao::ui::dialogs

// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs.h"

#include <QAbstractButton>
#include <QFileDialog>

#include <optional>

namespace jixiao::ui::dialogs {

namespace {
Answerer *s_answerer = nullptr;
std::optional<QMessageBox::StandardButton> s_nextAnswer;
std::optional<QString> s_nextFileName;
DialogAnswer s_nextDialog;
QString s_lastText;
QString s_lastProposal;

class Unattended final : public Answerer
{
public:
    QMessageBox::StandardButton question(
        const QString &, QMessageBox::StandardButtons, QMessageBox::StandardButton defaultButton) override
    {
        return defaultButton;
    }
    void tell(const QString &) override { }
    QString fileName(const QString &) override { return QString(); }
    int exec(QDialog &) override { return QDialog::Rejected; }
};

enum class FileMode { Open, Save };

// The one file dialog: an answer set for it, the answerer, or a person.
QString fileName(FileMode mode, QWidget *parent, const QString &title, const QString &dir, const QString &filter)
{
    s_lastProposal = dir;
    if (s_nextFileName)
        return *std::exchange(s_nextFileName, std::nullopt);
    if (s_answerer)
        return s_answerer->fileName(dir);
    return mode == FileMode::Open ? QFileDialog::getOpenFileName(parent, title, dir, filter)
                                  : QFileDialog::getSaveFileName(parent, title, dir, filter);
}

void tell(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text)
{
    s_lastText = text;
    if (s_answerer) {
        s_answerer->tell(text);
        return;
    }
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.exec();
}
} // namespace

Answerer *unattended()
{
    static Unattended answerer;
    return &answerer;
}

void setAnswerer(Answerer *answerer)
{
    s_answerer = answerer;
}

Answerer *answerer()
{
    return s_answerer;
}

void setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

void setNextFileName(const QString &path)
{
    s_nextFileName = path;
}

void setNextDialogAnswer(DialogAnswer answer)
{
    s_nextDialog = std::move(answer);
}

void setNextDialogAnswer(QDialog::DialogCode result)
{
    s_nextDialog = [result](QDialog &) { return int(result); };
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
    if (s_nextAnswer)
        return *std::exchange(s_nextAnswer, std::nullopt);
    if (s_answerer)
        return s_answerer->question(text, buttons, defaultButton);
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    for (const auto &[button, label] : labels)
        if (QAbstractButton *b = box.button(button))
            b->setText(label);
    return QMessageBox::StandardButton(box.exec());
}

void warning(QWidget *parent, const QString &title, const QString &text)
{
    tell(QMessageBox::Warning, parent, title, text);
}

void information(QWidget *parent, const QString &title, const QString &text)
{
    tell(QMessageBox::Information, parent, title, text);
}

QString openFileName(QWidget *parent, const QString &title, const QString &dir, const QString &filter)
{
    return fileName(FileMode::Open, parent, title, dir, filter);
}

QString saveFileName(QWidget *parent, const QString &title, const QString &dir, const QString &filter)
{
    return fileName(FileMode::Save, parent, title, dir, filter);
}

int exec(QDialog &dialog)
{
    if (s_nextDialog)
        return std::exchange(s_nextDialog, nullptr)(dialog);
    if (s_answerer)
        return s_answerer->exec(dialog);
    return dialog.exec();
}

} // namespace jixiao::ui::dialogs

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QPushButton;
class QTreeWidget;

namespace jixiao {
class DraftLibrary;
}

namespace jixiao::ui {

// The start page: recent drafts grouped by fiscal year and department, and
// the ways to begin (new, from last year's filing, open, the sample).
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void refresh(DraftLibrary &library);
    QTreeWidget *recentTree() const { return m_recent; }
    QAction *forgetAction() const { return m_forget; }

Q_SIGNALS:
    void openRequested(const QString &path);
    void newRequested();
    void openFileRequested();
    void carryForwardRequested(const QString &path); // "" = choose a file
    void sampleRequested();
    void forgetRequested(const QString &path); // remove from the list; the file stays

private:
    QString selectedPath() const;

    QTreeWidget *m_recent = nullptr;
    QPushButton *m_carry = nullptr;
    QAction *m_forget = nullptr;
};

} // namespace jixiao::ui

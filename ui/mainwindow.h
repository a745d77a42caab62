// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/filing.h"

#include <QMainWindow>

class QTreeWidget;
class QTextBrowser;

namespace jixiao::ui {

// Shows a filing: the tables in a navigation tree, the selected one in the centre.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    bool openFile(const QString &path, QString *error);
    void setFiling(const Filing &filing, const QString &path);
    const Filing &filing() const { return m_filing; }

private:
    void rebuildTree();
    void showTable();

    Filing m_filing;
    QString m_path;
    QTreeWidget *m_tree = nullptr;
    QTextBrowser *m_view = nullptr;
};

} // namespace jixiao::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;

namespace jixiao {
struct Filing;
}

namespace jixiao::ui {

// Find (Ctrl+F) in every text of the filing, across its tables: Enter shows
// the next match, Shift+Enter the previous one, Esc closes the bar.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    // `show` shows the cell at a pointer; false when no table shows it.
    FindBar(
        std::function<const Filing *()> filing, std::function<bool(const QString &)> show, QWidget *parent = nullptr);

    // The pointers of the filing's texts containing `text`, in the tables' order.
    static QStringList matches(const Filing &filing, const QString &text);
    // Shows the next (or previous) match and returns how many there are.
    int findNext(bool backwards = false);
    void open(); // shows the bar, ready to type
    QLineEdit *edit() const { return m_edit; }

Q_SIGNALS:
    void closed();

private:
    std::function<const Filing *()> m_filing;
    std::function<bool(const QString &)> m_show;
    QLineEdit *m_edit = nullptr;
    QLabel *m_count = nullptr;
    int m_at = -1;
};

} // namespace jixiao::ui

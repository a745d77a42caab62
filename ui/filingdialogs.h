// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace jixiao {
struct Filing;
}

namespace jixiao::ui {

// Filing › Properties: 年度, 级次 (区级/县级/…), the indicator framework.
class PropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PropertiesDialog(const Filing &filing, QWidget *parent = nullptr);
    QSpinBox *yearBox() const { return m_year; }
    QComboBox *levelBox() const { return m_level; }
    QComboBox *schemeBox() const { return m_scheme; }
    QString schemeKey() const; // "hunan-2023"

private:
    QSpinBox *m_year;
    QComboBox *m_level;
    QComboBox *m_scheme;
};

// The first start's question for the preparer's name and phone.
class PreparerDialog : public QDialog
{
    Q_OBJECT
public:
    PreparerDialog(const QString &name, const QString &phone, QWidget *parent = nullptr);
    QString name() const;
    QString phone() const;

private:
    QLineEdit *m_name;
    QLineEdit *m_phone;
};

// Help › User Guide (Chinese), a window of its own; deletes itself when closed.
class GuideWindow : public QDialog
{
    Q_OBJECT
public:
    explicit GuideWindow(QWidget *parent = nullptr);
};

} // namespace jixiao::ui

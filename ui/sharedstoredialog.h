// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/sharedstore.h"

#include <QDialog>
#include <QList>

#include <memory>

class QDialogButtonBox;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace jixiao::ui {

// The shared store's address and password, connected from the dialog so a
// wrong password or an unreachable server is said here and the dialog stays
// open. Open: lists the store's filings and picks one (Enter in the fields
// connects, Enter on a filing opens it). Send: connects, and the caller sends
// the draft. The password is used for this connection only, never kept.
class SharedStoreDialog : public QDialog
{
    Q_OBJECT
public:
    enum Mode { Open, Send };
    SharedStoreDialog(Mode mode, const QString &address, QWidget *parent = nullptr);
    ~SharedStoreDialog() override;

    // After Accepted: the connected store, and in Open mode the chosen filing
    // (as the store listed it).
    std::unique_ptr<SharedStore> takeStore();
    bool isConnected() const { return bool(m_store); }
    const SharedStore::Entry *chosen() const;
    qint64 filingId() const;
    // The address as typed, for the next time (without the password field's).
    QString address() const;

    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *passwordEdit() const { return m_password; }
    QTreeWidget *filings() const { return m_filings; }
    QLabel *status() const { return m_status; }

    void accept() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool connectToStore();
    void updateButtons();

    Mode m_mode;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_connect = nullptr;
    QTreeWidget *m_filings = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::unique_ptr<SharedStore> m_store;
    QList<SharedStore::Entry> m_entries; // what the list shows, row for row
};

} // namespace jixiao::ui

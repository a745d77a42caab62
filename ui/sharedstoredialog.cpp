// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharedstoredialog.h"

#include "storage/sharedstore.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace jixiao::ui {

namespace {
// The address with the password field's password in it (a postgresql://
// address; any other shape goes to the store as typed, which says what is
// wrong with it).
QString withPassword(const QString &address, const QString &password)
{
    if (password.isEmpty())
        return address;
    QUrl url(address, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")))
        return address;
    url.setPassword(password);
    return url.toString();
}
} // namespace

SharedStoreDialog::SharedStoreDialog(Mode mode, const QString &address, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
{
    setWindowTitle(mode == Open ? tr("Open from the Shared Store") : tr("Send to the Shared Store"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_address = new QLineEdit(address, this);
    m_address->setPlaceholderText(QStringLiteral("postgresql://user@server:5432/database"));
    m_address->setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from PGPASSWORD or pgpass when left empty"));
    m_connect = new QPushButton(tr("&Connect"), this);
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_connect);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Password:"), passwordRow);
    layout->addLayout(form);
    m_filings = new QTreeWidget(this);
    m_filings->setRootIsDecorated(false);
    m_filings->setHeaderLabels(
        {tr("No."), tr("Year"), tr("Department"), tr("Revision"), tr("Saved by"), tr("Saved at")});
    m_filings->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_filings->header()->setSectionResizeMode(2, QHeaderView::Stretch); // the department
    m_filings->setVisible(mode == Open);
    layout->addWidget(m_filings, 1);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(mode == Open ? tr("&Open") : tr("&Send"));
    layout->addWidget(m_buttons);

    // Enter in the fields connects (Send: connects and sends); Enter on a
    // filing opens it (keyPressEvent).
    auto enter = [this] {
        if (m_mode == Send)
            accept();
        else
            connectToStore();
    };
    connect(m_address, &QLineEdit::returnPressed, this, enter);
    connect(m_password, &QLineEdit::returnPressed, this, enter);
    connect(m_connect, &QPushButton::clicked, this, [this] { connectToStore(); });
    connect(m_address, &QLineEdit::textEdited, this, [this] {
        m_store.reset(); // another store: list it again
        m_filings->clear();
        m_entries.clear();
        updateButtons();
    });
    connect(m_filings, &QTreeWidget::itemActivated, this, [this] { accept(); });
    connect(m_filings, &QTreeWidget::currentItemChanged, this, [this] { updateButtons(); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SharedStoreDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
    // Room for a department's full name and who saved it when.
    if (mode == Open)
        resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 26);
    (address.isEmpty() ? m_address : m_password)->setFocus();
}

SharedStoreDialog::~SharedStoreDialog() = default;

std::unique_ptr<SharedStore> SharedStoreDialog::takeStore()
{
    return std::move(m_store);
}

const SharedStore::Entry *SharedStoreDialog::chosen() const
{
    const int row = m_filings->currentItem() ? m_filings->indexOfTopLevelItem(m_filings->currentItem()) : -1;
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

qint64 SharedStoreDialog::filingId() const
{
    const SharedStore::Entry *e = chosen();
    return e ? e->id : 0;
}

QString SharedStoreDialog::address() const
{
    return SharedStore::redactedUri(m_address->text().trimmed());
}

bool SharedStoreDialog::connectToStore()
{
    const QString address = m_address->text().trimmed();
    if (address.isEmpty()) {
        m_status->setText(tr("Type the shared store's address, as your administrator gave it."));
        m_address->setFocus();
        return false;
    }
    m_status->setText(tr("Connecting to %1…").arg(SharedStore::redactedUri(address)));
    m_filings->clear();
    m_entries.clear();
    setCursor(Qt::WaitCursor);
    QString error;
    m_store = SharedStore::connect(withPassword(address, m_password->text()), &error);
    QList<SharedStore::Entry> entries;
    if (m_store && m_mode == Open && !m_store->list(&entries, &error))
        m_store.reset();
    unsetCursor();
    if (!m_store) {
        m_status->setText(error);
        updateButtons();
        return false;
    }
    for (const SharedStore::Entry &e : entries) {
        // When, in the user's time and to the minute ("2026-12-07T05:17:35.435Z" as stored).
        const QDateTime at = QDateTime::fromString(e.updatedAt, Qt::ISODateWithMs);
        const QString when = at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : e.updatedAt;
        new QTreeWidgetItem(m_filings,
            {QString::number(e.id), QString::number(e.fiscalYear), e.department, QString::number(e.revision),
                e.updatedBy, when});
    }
    m_entries = entries;
    if (m_mode == Open) {
        m_status->setText(entries.isEmpty()
                ? tr("%1 has no filings yet.").arg(m_store->uri())
                : tr("%n filing(s) in %1.", nullptr, int(entries.size())).arg(m_store->uri()));
        if (!entries.isEmpty()) {
            m_filings->setCurrentItem(m_filings->topLevelItem(0));
            m_filings->setFocus();
        }
    }
    updateButtons();
    return true;
}

void SharedStoreDialog::accept()
{
    if (m_mode == Send) {
        if (connectToStore())
            QDialog::accept();
        return;
    }
    if (m_store && filingId() > 0)
        QDialog::accept();
}

void SharedStoreDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter belongs to the field or the list it was pressed in, never to the
    // default button: Enter to connect must not also open the first filing.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && !(event->modifiers() & ~Qt::KeypadModifier)) {
        if (auto *button = qobject_cast<QPushButton *>(focusWidget()))
            button->click();
        return;
    }
    QDialog::keyPressEvent(event);
}

void SharedStoreDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_mode == Send || (m_store && filingId() > 0));
}

} // namespace jixiao::ui

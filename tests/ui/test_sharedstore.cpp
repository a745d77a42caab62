// SPDX-License-Identifier: GPL-3.0-or-later
// File › Open from Shared Store and Send to Shared Store, driven as a clerk
// does it: the address and password typed key by key into the dialog, Enter
// to connect, the arrow keys and Enter to pick a filing; then the filing
// edited and sent back. Against the throwaway PostgreSQL server that
// scripts/test.sh starts (skipped, saying why, without one), except the
// unreachable server, which needs none.
#include "uitestsupport.h"

#include "appsettings.h"
#include "fileactions.h"
#include "sharedstoredialog.h"
#include "storage/draft.h"
#include "storage/sharedstore.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QUrl>
#include <QUuid>

using namespace jixiao;
using namespace jixiao::ui;
using namespace jixiao::ui::test;

namespace {

void typeSlowly(QWidget *w, const QString &text)
{
    for (QChar ch : text) {
        Window::sendText(w, QString(ch));
        QTest::qWait(KeyPause);
    }
}

void key(QWidget *w, Qt::Key k)
{
    QTest::qWait(KeyPause);
    QTest::keyClick(w, k);
}

struct Store
{
    QString uri = qEnvironmentVariable("JIXIAO_TEST_PG_URI");
    QString address; // the URI without its password: what the user types in the address field
    QString password; // what the user types in the password field
    std::unique_ptr<SharedStore> store;
    QString department = QStringLiteral("共享库测试局") + QUuid::createUuid().toString(QUuid::Id128).left(6);

    bool connect()
    {
        QUrl url(uri);
        password = url.password();
        url.setPassword(QString());
        address = url.toString();
        QString error;
        store = SharedStore::connect(uri, &error);
        EXPECT_TRUE(store) << error.toStdString();
        return bool(store);
    }
    qint64 insert()
    {
        Filing f = sampleFiling();
        f.department.name = department;
        qint64 id = 0;
        QString error;
        EXPECT_TRUE(store->insert(f, &id, &error)) << error.toStdString();
        return id;
    }
    Filing stored(qint64 id, qint64 *revision = nullptr)
    {
        Filing f;
        QString error;
        auto shared = store->open(id, &f, &error);
        EXPECT_TRUE(shared) << error.toStdString();
        if (shared && revision)
            *revision = shared->revision();
        return f;
    }
    int count()
    {
        QList<SharedStore::Entry> entries;
        QString error;
        EXPECT_TRUE(store->list(&entries, &error)) << error.toStdString();
        return int(entries.size());
    }
};

#define REQUIRE_PG(s)                                                                                                  \
    if (s.uri.isEmpty())                                                                                               \
        GTEST_SKIP() << "JIXIAO_TEST_PG_URI is not set: no PostgreSQL server for the shared-store tests "              \
                        "(scripts/test.sh starts one with scripts/pg-test-server.sh)";                                 \
    ASSERT_TRUE(s.connect())

// In the dialog: the address typed unless it is there already, the password
// after a Tab, and Enter.
void typeAddressAndPassword(SharedStoreDialog &d, const Store &s)
{
    d.show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(&d));
    QWidget *at = d.addressEdit();
    if (d.addressEdit()->text().isEmpty()) {
        d.addressEdit()->setFocus();
        typeSlowly(d.addressEdit(), s.address);
        key(d.addressEdit(), Qt::Key_Tab);
        at = d.focusWidget();
        EXPECT_EQ(at, d.passwordEdit());
    } else {
        // Known from the draft or the last time: the password comes first.
        at = d.focusWidget();
        EXPECT_EQ(at, d.passwordEdit());
    }
    typeSlowly(at, s.password);
    key(at, Qt::Key_Return);
}

// File › Open from Shared Store…: connect, Down to filing `id`, Enter.
void openFromStore(Window &t, const Store &s, qint64 id)
{
    QAction *open = menuAction(t.w, QStringLiteral("Open &from Shared Store…"));
    ASSERT_TRUE(open);
    bool found = false;
    dialogs::setNextDialogAnswer([&](QDialog &dlg) {
        auto &d = static_cast<SharedStoreDialog &>(dlg);
        typeAddressAndPassword(d, s);
        EXPECT_TRUE(d.isVisible()) << "Enter to connect opened a filing";
        EXPECT_NE(d.result(), int(QDialog::Accepted));
        QTreeWidget *list = d.filings();
        EXPECT_EQ(d.focusWidget(), list) << d.status()->text().toStdString(); // connected: the filings
        for (int i = 0; i < list->topLevelItemCount() && !found; ++i) {
            found = d.filingId() == id;
            if (!found)
                key(list, Qt::Key_Down);
        }
        key(list, Qt::Key_Return);
        return d.result();
    });
    open->trigger();
    EXPECT_TRUE(found);
}

// A new filing of the store, opened from it.
qint64 openNewFilingFromStore(Window &t, Store &s)
{
    const qint64 id = s.insert();
    openFromStore(t, s, id);
    return id;
}

// File › Send to Shared Store…: the password, Enter.
void sendToStore(Window &t, const Store &s)
{
    QAction *send = menuAction(t.w, QStringLiteral("Send to S&hared Store…"));
    ASSERT_TRUE(send);
    dialogs::setNextDialogAnswer([&](QDialog &dlg) {
        auto &d = static_cast<SharedStoreDialog &>(dlg);
        typeAddressAndPassword(d, s);
        return d.result();
    });
    send->trigger();
}

} // namespace

// A filing of the store becomes a draft in the draft folder, opened; edited
// and sent back, the store has the edit as its next revision and the draft
// names that revision. The address is remembered, the password is not.
TEST(UiSharedStore, AFilingIsOpenedFromTheStoreEditedAndSentBack)
{
    Store s;
    REQUIRE_PG(s);
    Window t;
    const qint64 id = openNewFilingFromStore(t, s);
    ASSERT_EQ(t.w.filing().department.name, s.department);
    Document *doc = t.w.document();
    ASSERT_TRUE(doc->draft());
    EXPECT_TRUE(doc->filePath().startsWith(t.temp.draftFolder())) << doc->filePath().toStdString();
    ASSERT_TRUE(doc->draft()->origin());
    EXPECT_EQ(doc->draft()->origin()->filingId, id);
    EXPECT_EQ(doc->draft()->origin()->revision, 1);
    const QString remembered = t.w.settings()->sharedStoreAddress();
    EXPECT_FALSE(remembered.isEmpty());
    if (!s.password.isEmpty()) {
        EXPECT_FALSE(remembered.contains(s.password));
        for (const QString &k : t.temp.settings.allKeys())
            EXPECT_FALSE(t.temp.settings.value(k).toString().contains(s.password)) << k.toStdString();
    }

    t.type(QStringLiteral("/department/phone"), QStringLiteral("88886666"));
    sendToStore(t, s);
    qint64 revision = 0;
    EXPECT_EQ(s.stored(id, &revision).department.phone, QStringLiteral("88886666"))
        << dialogs::lastText().toStdString();
    EXPECT_EQ(revision, 2);
    EXPECT_EQ(doc->draft()->origin()->revision, 2);
}

// Somebody else saved the filing after it was opened: sending stores
// nothing, says so, and their change stays.
TEST(UiSharedStore, SendingAfterSomebodyElseSavedStoresNothingAndSaysSo)
{
    Store s;
    REQUIRE_PG(s);
    Window t;
    const qint64 id = openNewFilingFromStore(t, s);
    ASSERT_EQ(t.w.filing().department.name, s.department);
    {
        Filing theirs;
        QString error;
        auto shared = s.store->open(id, &theirs, &error);
        ASSERT_TRUE(shared) << error.toStdString();
        theirs.department.phone = QStringLiteral("12345678");
        ASSERT_EQ(shared->save(theirs, &error), SharedFiling::Saved) << error.toStdString();
    }
    t.type(QStringLiteral("/department/phone"), QStringLiteral("88886666"));
    sendToStore(t, s);
    EXPECT_TRUE(dialogs::lastText().contains(QStringLiteral("changed by somebody else")))
        << dialogs::lastText().toStdString();
    qint64 revision = 0;
    EXPECT_EQ(s.stored(id, &revision).department.phone, QStringLiteral("12345678"));
    EXPECT_EQ(revision, 2);
    EXPECT_EQ(t.w.filing().department.phone, QStringLiteral("88886666")); // the user's edit is kept in the draft
}

// A draft that never was in the store is stored as a new filing only when
// the user says yes.
TEST(UiSharedStore, ADraftNeverStoredIsSentAsANewFilingOnlyWhenTheUserSaysSo)
{
    Store s;
    REQUIRE_PG(s);
    Window t;
    t.type(QStringLiteral("/department/name"), s.department);
    const int before = s.count();
    dialogs::setNextAnswer(QMessageBox::No);
    sendToStore(t, s);
    EXPECT_TRUE(dialogs::lastText().contains(QStringLiteral("never stored"))) << dialogs::lastText().toStdString();
    EXPECT_EQ(s.count(), before);
    ASSERT_TRUE(t.w.document()->draft());
    EXPECT_FALSE(t.w.document()->draft()->origin());

    dialogs::setNextAnswer(QMessageBox::Yes);
    sendToStore(t, s);
    EXPECT_EQ(s.count(), before + 1);
    ASSERT_TRUE(t.w.document()->draft()->origin()) << dialogs::lastText().toStdString();
    EXPECT_EQ(s.stored(t.w.document()->draft()->origin()->filingId).department.name, s.department);
}

// A server that cannot be reached: the dialog says why (without the
// password) and stays open with what was typed; Esc closes it and nothing
// else happened.
TEST(UiSharedStore, AnUnreachableStoreIsSaidInTheDialogWhichStaysOpen)
{
    Window t;
    const Filing before = t.w.filing();
    QAction *open = menuAction(t.w, QStringLiteral("Open &from Shared Store…"));
    ASSERT_TRUE(open);
    QString status;
    bool visibleAfterError = false;
    QString addressAfterError;
    dialogs::setNextDialogAnswer([&](QDialog &dlg) {
        auto &d = static_cast<SharedStoreDialog &>(dlg);
        Store s;
        s.address = QStringLiteral("postgresql://u@127.0.0.1:1/db?connect_timeout=2");
        s.password = QStringLiteral("topsecret");
        typeAddressAndPassword(d, s);
        status = d.status()->text();
        visibleAfterError = d.isVisible();
        addressAfterError = d.addressEdit()->text();
        key(d.focusWidget(), Qt::Key_Escape);
        return d.result();
    });
    open->trigger();
    EXPECT_TRUE(status.contains(QStringLiteral("127.0.0.1"))) << status.toStdString();
    EXPECT_FALSE(status.contains(QStringLiteral("topsecret"))) << status.toStdString();
    EXPECT_TRUE(visibleAfterError);
    EXPECT_EQ(addressAfterError, QStringLiteral("postgresql://u@127.0.0.1:1/db?connect_timeout=2"));
    EXPECT_EQ(t.w.filing(), before);
    EXPECT_TRUE(t.w.settings()->sharedStoreAddress().isEmpty());
}

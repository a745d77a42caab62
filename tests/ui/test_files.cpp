// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "appsettings.h"
#include "carryforwarddialog.h"
#include "checkspanel.h"
#include "print/filingprinter.h"
#include "settingsdialog.h"
#include "storage/draft.h"
#include "storage/filingfile.h"
#include "storage/library.h"
#include "welcomepage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>

using namespace jixiao;
using namespace jixiao::ui;
using namespace jixiao::ui::test;

TEST(UiFiles, EditsAreAutosavedIntoANewDraftWithoutAsking)
{
    Window t;
    EXPECT_TRUE(t.w.document()->filePath().isEmpty());
    // The title's modified mark follows the undo stack's clean state: saved
    // within the commit, the filing is never shown as unsaved.
    QList<bool> clean;
    QObject::connect(t.w.document()->undoStack(), &QUndoStack::cleanChanged, [&](bool c) { clean << c; });
    t.type(QStringLiteral("/department/phone"), QStringLiteral("88886666"));
    EXPECT_FALSE(clean.contains(false));
    EXPECT_FALSE(t.w.isWindowModified());
    const QString path = t.w.document()->filePath();
    EXPECT_TRUE(path.startsWith(t.temp.draftFolder())) << path.toStdString();
    EXPECT_TRUE(path.endsWith(QStringLiteral("2023年株洲市石峰区科技和工业信息化局.jixiao")));
    // The draft holds the edit and the library remembers it.
    Filing saved;
    QString error;
    ASSERT_TRUE(loadFilingFile(path, &saved, &error)) << error.toStdString();
    EXPECT_EQ(saved.department.phone, QStringLiteral("88886666"));
    EXPECT_EQ(t.w.library()->entries().size(), 1);
    // Closing asks nothing: the work is safe.
    dialogs::setNextAnswer(QMessageBox::No); // would refuse, were it asked
    EXPECT_TRUE(t.w.close());
}

TEST(UiFiles, ACommittedEditIsOnDiskBeforeTheNextKeystroke)
{
    Window t;
    t.type(QStringLiteral("/department/phone"), QStringLiteral("1234"));
    EXPECT_FALSE(t.w.document()->isSavePending());
    EXPECT_FALSE(t.w.isWindowModified());
    Filing saved;
    QString error;
    ASSERT_TRUE(loadFilingFile(t.w.document()->filePath(), &saved, &error)) << error.toStdString();
    EXPECT_EQ(saved.department.phone, QStringLiteral("1234"));
    // Undo is a step like any other: on disk at once.
    t.w.document()->undoStack()->undo();
    ASSERT_TRUE(loadFilingFile(t.w.document()->filePath(), &saved, &error)) << error.toStdString();
    EXPECT_EQ(saved.department.phone, sampleFiling().department.phone);
    EXPECT_TRUE(t.w.close());
}

TEST(UiFiles, ReopeningADraftShowsItAsLeft)
{
    TempSettings temp;
    const QString path = QDir(temp.dir.path()).filePath(QStringLiteral("a.jixiao"));
    Filing f = sampleFiling();
    f.department.name = QStringLiteral("乙局");
    QString error;
    ASSERT_TRUE(Draft::create(path, f, &error)) << error.toStdString();
    dialogs::setAnswerer(dialogs::unattended());
    MainWindow w(&temp.settings);
    ASSERT_TRUE(w.openFile(path, &error)) << error.toStdString();
    EXPECT_EQ(w.filing(), f);
    EXPECT_FALSE(w.document()->isReadOnly());
    EXPECT_TRUE(w.windowTitle().startsWith(QStringLiteral("a.jixiao")));
    // The welcome page lists it under its year and department.
    w.showWelcome();
    EXPECT_TRUE(w.isWelcomeShown());
    QTreeWidget *recent = w.welcomePage()->recentTree();
    ASSERT_EQ(recent->topLevelItemCount(), 1);
    EXPECT_EQ(recent->topLevelItem(0)->text(0), QStringLiteral("2023年 · 乙局"));
    EXPECT_EQ(recent->topLevelItem(0)->child(0)->text(0), QStringLiteral("a.jixiao"));
    EXPECT_TRUE(w.findChild<QDockWidget *>(QStringLiteral("checksDock"))->isHidden());
    // Activating it opens it (after the first window let go of it, so not read-only).
    w.setFiling(Filing(), QString());
    w.showWelcome();
    Q_EMIT recent->itemActivated(recent->topLevelItem(0)->child(0), 0);
    EXPECT_FALSE(w.isWelcomeShown());
    EXPECT_EQ(w.filing(), f);
    EXPECT_FALSE(w.document()->isReadOnly());
    EXPECT_FALSE(w.findChild<QDockWidget *>(QStringLiteral("checksDock"))->isHidden());
}

TEST(UiFiles, ADraftOpenElsewhereIsShownReadOnly)
{
    TempSettings temp;
    const QString path = QDir(temp.dir.path()).filePath(QStringLiteral("locked.jixiao"));
    QString error;
    std::unique_ptr<Draft> holder = Draft::create(path, sampleFiling(), &error);
    ASSERT_TRUE(holder) << error.toStdString();
    dialogs::setAnswerer(dialogs::unattended());
    MainWindow w(&temp.settings);
    w.show();
    ASSERT_TRUE(w.openFile(path, &error)) << error.toStdString();
    ASSERT_TRUE(w.document()->isReadOnly());
    auto *banner = w.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().startsWith(QStringLiteral("Read-only")));
    EXPECT_EQ(
        w.windowTitle(), QStringLiteral("locked.jixiao (read-only) — 2023年 株洲市石峰区科技和工业信息化局 — Jixiao"));
    const QModelIndex cell = w.currentModel()->indexForPointer(QStringLiteral("/department/name"));
    EXPECT_FALSE(w.currentModel()->flags(cell) & Qt::ItemIsEditable);
    EXPECT_FALSE(w.document()->setValue(QStringLiteral("/department/name"), QStringLiteral("x")));
    QString pasteError;
    w.formView()->setCurrentIndex(cell);
    EXPECT_FALSE(w.formView()->pasteText(QStringLiteral("x"), &pasteError));
    EXPECT_EQ(w.filing(), sampleFiling());
}

TEST(UiFiles, NewFromLastYearsDraft)
{
    Window t;
    const QString last = QDir(t.temp.dir.path()).filePath(QStringLiteral("2023.jixiao"));
    QString error;
    ASSERT_TRUE(Draft::create(last, sampleFiling(), &error)) << error.toStdString();
    CarryForwardOptions o;
    o.newYear = 2024;
    o.keepAmounts = true;
    o.replaceYears = true;
    ASSERT_TRUE(t.w.newFromLastYear(last, o, &error)) << error.toStdString();
    EXPECT_EQ(t.w.filing().fiscalYear, 2024);
    EXPECT_EQ(t.w.filing().funds.size(), sampleFiling().funds.size());
    EXPECT_EQ(t.w.filing().funds[1].directions[0].period, QStringLiteral("2024年1-12月"));
    EXPECT_EQ(t.w.filing().overview.budget.total, sampleFiling().overview.budget.total);
    // It is a draft of its own from the start, and the tables say 2024.
    EXPECT_TRUE(t.w.document()->filePath().endsWith(QStringLiteral("2024年株洲市石峰区科技和工业信息化局.jixiao")));
    EXPECT_TRUE(QFileInfo::exists(t.w.document()->filePath()));
    EXPECT_EQ(t.w.currentModel()->title(), QStringLiteral("2024年部门整体支出绩效目标表"));
    Filing unchanged;
    ASSERT_TRUE(loadFilingFile(last, &unchanged, &error));
    EXPECT_EQ(unchanged, sampleFiling());
}

TEST(UiFiles, CarryForwardFromTheWelcomePageUsesTheChosenDraft)
{
    Window t;
    const QString last = QDir(t.temp.dir.path()).filePath(QStringLiteral("old.jixiao"));
    QString error;
    ASSERT_TRUE(Draft::create(last, sampleFiling(), &error));
    ASSERT_TRUE(t.w.openFile(last, &error));
    t.w.showWelcome();
    QTreeWidget *recent = t.w.welcomePage()->recentTree();
    ASSERT_EQ(recent->topLevelItemCount(), 1);
    recent->setCurrentItem(recent->topLevelItem(0)->child(0));
    QString proposed;
    dialogs::setNextDialogAnswer([&](QDialog &d) {
        proposed = static_cast<CarryForwardDialog &>(d).sourceBox()->currentText();
        return int(QDialog::Accepted);
    });
    Q_EMIT t.w.welcomePage()->carryForwardRequested(last);
    EXPECT_TRUE(proposed.contains(QStringLiteral("old.jixiao"))) << proposed.toStdString();
    EXPECT_FALSE(t.w.isWelcomeShown());
    EXPECT_EQ(t.w.filing().fiscalYear, 2024);
}

// From the start page with no draft chosen, 由上年度填报新建 asks which
// filing (year and department) to start from: Enter alone makes nothing, and
// never a draft of another department.
TEST(UiFiles, CarryForwardFromTheStartPageAsksForTheSource)
{
    Window t;
    QString error;
    const QString mine = QDir(t.temp.dir.path()).filePath(QStringLiteral("mine.jixiao"));
    ASSERT_TRUE(Draft::create(mine, sampleFiling(), &error));
    Filing other = sampleFiling();
    other.fiscalYear = 2027;
    other.department.name = QStringLiteral("民政局");
    const QString theirs = QDir(t.temp.dir.path()).filePath(QStringLiteral("theirs.jixiao"));
    ASSERT_TRUE(Draft::create(theirs, other, &error));
    ASSERT_TRUE(t.w.openFile(mine, &error));
    ASSERT_TRUE(t.w.openFile(theirs, &error)); // the newest draft is another department's
    t.w.showWelcome();
    t.w.welcomePage()->recentTree()->setCurrentItem(nullptr);
    int index = 0;
    bool okEnabled = true;
    dialogs::setNextDialogAnswer([&](QDialog &d) {
        auto &dialog = static_cast<CarryForwardDialog &>(d);
        index = dialog.sourceBox()->currentIndex();
        okEnabled = d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
        QTest::keyClick(&d, Qt::Key_Return); // nothing chosen: nothing happens
        return d.result();
    });
    Q_EMIT t.w.welcomePage()->carryForwardRequested(QString());
    EXPECT_EQ(index, -1);
    EXPECT_FALSE(okEnabled);
    EXPECT_TRUE(t.w.isWelcomeShown()); // no new filing
}

// A read-only window (the draft is open for editing elsewhere) watches the
// draft: when the owner saves, its notice offers to reload, and reloading
// shows what was saved, still read-only, on the same table.
TEST(UiFiles, AReadOnlyWindowOffersToReloadWhenTheOwnerSaves)
{
    Window owner;
    QString error;
    const QString path = QDir(owner.temp.dir.path()).filePath(QStringLiteral("shared.jixiao"));
    ASSERT_TRUE(Draft::create(path, sampleFiling(), &error));
    ASSERT_TRUE(owner.w.openFile(path, &error)) << error.toStdString();
    ASSERT_FALSE(owner.w.document()->isReadOnly());
    Window reader;
    ASSERT_TRUE(reader.w.openFile(path, &error)) << error.toStdString();
    ASSERT_TRUE(reader.w.document()->isReadOnly());
    reader.w.showDirection(1, 0);
    QTest::qWait(500);
    EXPECT_FALSE(reader.w.ownerSaved());
    const QString phone = QStringLiteral("/department/phone");
    ASSERT_TRUE(owner.w.document()->setValue(phone, QStringLiteral("0731-28812345")));
    ASSERT_TRUE(owner.w.document()->saveNow(&error)) << error.toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return reader.w.ownerSaved(); }, 5000));
    auto *banner = reader.w.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
    ASSERT_TRUE(banner);
    EXPECT_TRUE(banner->text().contains(QStringLiteral("href"))) << banner->text().toStdString();
    Q_EMIT banner->linkActivated(QStringLiteral("reload"));
    EXPECT_EQ(reader.w.document()->value(phone), QStringLiteral("0731-28812345"));
    EXPECT_TRUE(reader.w.document()->isReadOnly());
    EXPECT_FALSE(reader.w.ownerSaved());
    EXPECT_EQ(reader.w.currentTable(), MainWindow::Table::Direction);
}

TEST(UiFiles, SaveAsJsonAndAsADraft)
{
    Window t;
    const QString json = QDir(t.temp.dir.path()).filePath(QStringLiteral("out.json"));
    QString error;
    ASSERT_TRUE(t.w.saveAs(json, &error)) << error.toStdString();
    Filing back;
    ASSERT_TRUE(loadFilingFile(json, &back, &error));
    EXPECT_EQ(back, sampleFiling());
    const QString draft = QDir(t.temp.dir.path()).filePath(QStringLiteral("mine.jixiao"));
    ASSERT_TRUE(t.w.saveAs(draft, &error)) << error.toStdString();
    EXPECT_EQ(t.w.document()->filePath(), draft);
    t.w.document()->setValue(QStringLiteral("/department/phone"), QStringLiteral("5"));
    ASSERT_TRUE(t.w.document()->saveNow(&error)) << error.toStdString();
    t.w.setFiling(Filing(), QString()); // let go of the draft
    ASSERT_TRUE(loadFilingFile(draft, &back, &error));
    EXPECT_EQ(back.department.phone, QStringLiteral("5"));
}

TEST(UiFiles, ABadFileSaysWhyAndKeepsTheFilingOnScreen)
{
    Window t;
    const QString bad = QDir(t.temp.dir.path()).filePath(QStringLiteral("bad.json"));
    ASSERT_TRUE(jixiao::testing::writeFile(
        bad, "{\"format\": \"jixiao-filing\", \"formatVersion\": 1, \"fiscalYear\": \"x\"}"));
    QString error;
    EXPECT_FALSE(t.w.openFile(bad, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(t.w.filing(), sampleFiling());
}

TEST(UiPrint, PreviewOpensWithTheRightPageCount)
{
    Window t;
    const PrintSettings settings = resolveFonts(t.w.settings()->printSettings());
    const int expected = FilingPrinter::pageCount(t.w.filing(), PrintSelection {}, settings);
    ASSERT_GT(expected, 2);
    t.w.printPreview(PrintSelection {});
    QPrintPreviewWidget *preview = t.w.lastPreview();
    ASSERT_NE(preview, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return preview->pageCount() > 0; }, 5000));
    EXPECT_EQ(preview->pageCount(), expected);
    preview->window()->close();
    // One table: the one on screen.
    t.w.showDirection(1, 0);
    const PrintSelection one = t.w.currentSelection();
    EXPECT_EQ(one.kind, PrintSelection::Direction);
    t.w.printPreview(one);
    preview = t.w.lastPreview();
    ASSERT_NE(preview, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return preview->pageCount() > 0; }, 5000));
    EXPECT_EQ(preview->pageCount(), FilingPrinter::pageCount(t.w.filing(), one, settings));
    preview->window()->close();
}

TEST(UiPrint, ErrorsAreAnnouncedBeforePrinting)
{
    Window t;
    t.w.document()->setAmountInput(QStringLiteral("/overview/budget/total"), QStringLiteral("400"), nullptr);
    dialogs::setNextAnswer(QMessageBox::No);
    EXPECT_FALSE(t.w.confirmPrintDespiteErrors());
    EXPECT_TRUE(dialogs::lastText().contains(QStringLiteral("error"))) << dialogs::lastText().toStdString();
    dialogs::setNextAnswer(QMessageBox::Yes);
    EXPECT_TRUE(t.w.confirmPrintDespiteErrors());
    // Declined: no preview.
    QWidget *before = t.w.lastPreview();
    dialogs::setNextAnswer(QMessageBox::No);
    t.w.printPreview(PrintSelection {});
    EXPECT_EQ(t.w.lastPreview(), before);
}

TEST(UiPrint, ExportPdfWritesTheFile)
{
    Window t;
    const QString pdf = QDir(t.temp.dir.path()).filePath(QStringLiteral("f.pdf"));
    QString error;
    ASSERT_TRUE(t.w.exportPdf(pdf, PrintSelection {}, &error)) << error.toStdString();
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    // The page tree's count: as many pages as the layout says.
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("/Count (\\d+)")).match(QString::fromLatin1(bytes));
    ASSERT_TRUE(m.hasMatch());
    EXPECT_EQ(
        m.captured(1).toInt(), FilingPrinter::pageCount(t.w.document()->filing(), PrintSelection {}, PrintSettings {}));
}

TEST(UiSettings, DialogStoresAndNewFilingsArePrefilled)
{
    Window t;
    SettingsDialog d(t.w.settings());
    d.preparerEdit()->setText(QStringLiteral("张三"));
    d.phoneEdit()->setText(QStringLiteral("0731-1234567"));
    d.languageBox()->setCurrentIndex(d.languageBox()->findData(QStringLiteral("en")));
    EXPECT_TRUE(d.apply()); // the language changed
    EXPECT_EQ(t.temp.settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    EXPECT_EQ(t.w.settings()->preparerName(), QStringLiteral("张三"));
    EXPECT_FALSE(t.w.settings()->printSettings().bodyFamily.isEmpty());
    t.w.newFiling();
    EXPECT_EQ(t.w.filing().department.preparers, QStringLiteral("张三"));
    EXPECT_EQ(t.w.filing().department.phone, QStringLiteral("0731-1234567"));
    EXPECT_EQ(t.w.filing().overview.indicators.size(), 9); // the form's rows, ready to fill in
}

TEST(UiFiles, OpeningAnotherFilingSavesThePendingChangesFirst)
{
    Window t;
    t.type(QStringLiteral("/department/phone"), QStringLiteral("777"));
    t.w.openSample();
    const QStringList drafts = QDir(t.temp.draftFolder()).entryList({QStringLiteral("*.jixiao")});
    ASSERT_EQ(drafts.size(), 1);
    Filing saved;
    QString error;
    ASSERT_TRUE(loadFilingFile(QDir(t.temp.draftFolder()).filePath(drafts.first()), &saved, &error));
    EXPECT_EQ(saved.department.phone, QStringLiteral("777"));
    // Opening the draft that is already open keeps it, writable.
    ASSERT_TRUE(t.w.openFile(QDir(t.temp.draftFolder()).filePath(drafts.first()), &error));
    ASSERT_TRUE(t.w.openFile(QDir(t.temp.draftFolder()).filePath(drafts.first()), &error));
    EXPECT_FALSE(t.w.document()->isReadOnly());
}

TEST(UiFiles, TheWindowComesBackWhereItWasLeft)
{
    TempSettings temp;
    dialogs::setAnswerer(dialogs::unattended());
    {
        MainWindow w(&temp.settings);
        w.show();
        w.resize(1000, 700);
        w.findChild<QDockWidget *>(QStringLiteral("checksDock"))->hide();
        w.close();
    }
    MainWindow w(&temp.settings);
    w.show();
    EXPECT_EQ(w.size(), QSize(1000, 700));
    EXPECT_TRUE(w.findChild<QDockWidget *>(QStringLiteral("checksDock"))->isHidden());
}

namespace {

// The draft file alone, as a clerk copies or mails it: without its -wal.
Filing copyAlone(const QString &path, const QTemporaryDir &dir)
{
    const QString copy = dir.filePath(QStringLiteral("copy.jixiao"));
    QFile::remove(copy);
    EXPECT_TRUE(QFile::copy(path, copy));
    Filing f;
    QString error;
    EXPECT_TRUE(loadFilingFile(copy, &f, &error)) << error.toStdString();
    return f;
}

} // namespace

TEST(UiFiles, ClosingLeavesOneCompleteFileEvenWithASecondWindowOnTheDraft)
{
    Window t;
    t.type(QStringLiteral("/department/phone"), QStringLiteral("5550001"));
    const QString path = t.w.document()->filePath();
    MainWindow second(&t.temp.settings);
    QString error;
    ASSERT_TRUE(second.openFile(path, &error)) << error.toStdString();
    ASSERT_TRUE(second.document()->isReadOnly());
    EXPECT_TRUE(t.w.close());
    EXPECT_EQ(copyAlone(path, t.temp.dir).department.phone, QStringLiteral("5550001"));
}

TEST(UiFiles, WhenTheDraftCannotBeLeftCompleteTheWindowSaysSo)
{
    Window t;
    t.type(QStringLiteral("/department/phone"), QStringLiteral("5550002"));
    const QString path = t.w.document()->filePath();
    {
        // Another program in the middle of reading the draft.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("BEGIN")));
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM filing")) && q.next());
        // Only now does the reader's snapshot fall behind the writer's.
        t.type(QStringLiteral("/department/phone"), QStringLiteral("5550003"));
        dialogs::setNextAnswer(QMessageBox::No);
        EXPECT_FALSE(t.w.close());
        EXPECT_TRUE(dialogs::lastText().contains(QStringLiteral("-wal"))) << dialogs::lastText().toStdString();
        EXPECT_TRUE(t.w.isVisible());
        q.exec(QStringLiteral("COMMIT"));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    EXPECT_TRUE(t.w.close());
    EXPECT_EQ(copyAlone(path, t.temp.dir).department.phone, QStringLiteral("5550003"));
}

// With a filing open, 由上年度填报新建 starts from it, not from the newest
// draft of some other department in the list.
TEST(UiFiles, CarryForwardStartsFromTheOpenFilingAndNamesTheRealYears)
{
    Window t;
    Filing other = sampleFiling();
    other.fiscalYear = 2027;
    other.department.name = QStringLiteral("民政局");
    const QString otherPath = QDir(t.temp.dir.path()).filePath(QStringLiteral("2027年民政局.jixiao"));
    QString error;
    ASSERT_TRUE(Draft::create(otherPath, other, &error)) << error.toStdString();
    t.w.library()->record(otherPath, other);
    dialogs::setNextDialogAnswer(QDialog::Accepted); // the dialog's proposals as they are
    t.w.carryForwardDialog(QString());
    EXPECT_EQ(t.w.filing().fiscalYear, 2024);
    EXPECT_EQ(t.w.filing().department.name, sampleFiling().department.name);
    EXPECT_TRUE(t.w.lastCarryForwardLabel().contains(QStringLiteral("2023年 → 2024年")))
        << t.w.lastCarryForwardLabel().toStdString();
    // Afterwards it says what changed.
    EXPECT_TRUE(dialogs::lastText().contains(QStringLiteral("2023"))) << dialogs::lastText().toStdString();
    EXPECT_TRUE(dialogs::lastText().contains(QStringLiteral("amounts are last year's")))
        << dialogs::lastText().toStdString();
}

TEST(UiFiles, TheCarryForwardDialogLabelsTheYearsItMoves)
{
    CarryForwardDialog d({{QStringLiteral("a"), QString(), 2026}, {QStringLiteral("b"), QStringLiteral("b"), 2019}}, 0);
    EXPECT_EQ(d.yearBox()->value(), 2027);
    EXPECT_TRUE(d.yearsBox()->text().contains(QStringLiteral("2026年 → 2027年"))) << d.yearsBox()->text().toStdString();
    d.yearBox()->setValue(2028);
    EXPECT_TRUE(d.yearsBox()->text().contains(QStringLiteral("2026年 → 2028年")));
    d.sourceBox()->setCurrentIndex(1);
    EXPECT_EQ(d.yearBox()->value(), 2020);
    EXPECT_TRUE(d.yearsBox()->text().contains(QStringLiteral("2019年 → 2020年")));
}

// When next year's draft exists, it is offered instead: never "… (2).jixiao".
TEST(UiFiles, CarryForwardOffersTheExistingDraftInsteadOfASecondOne)
{
    Window t;
    CarryForwardOptions o;
    QString error;
    ASSERT_TRUE(t.w.newFromFiling(sampleFiling(), o, &error)) << error.toStdString();
    const QString first = t.w.document()->filePath();
    t.type(QStringLiteral("/department/phone"), QStringLiteral("2024"));
    t.w.openSample();
    dialogs::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(t.w.newFromFiling(sampleFiling(), o, &error));
    EXPECT_TRUE(error.isEmpty()) << error.toStdString(); // cancelled: nothing to report
    EXPECT_TRUE(dialogs::lastText().contains(QStringLiteral("exists already"))) << dialogs::lastText().toStdString();
    EXPECT_EQ(t.w.filing().fiscalYear, 2023); // the sample stays
    dialogs::setNextAnswer(QMessageBox::Open);
    EXPECT_TRUE(t.w.newFromFiling(sampleFiling(), o, &error)) << error.toStdString();
    EXPECT_EQ(QFileInfo(t.w.document()->filePath()), QFileInfo(first));
    EXPECT_EQ(t.w.filing().department.phone, QStringLiteral("2024")); // the draft as it was left
    EXPECT_EQ(QDir(t.temp.draftFolder()).entryList({QStringLiteral("*.jixiao")}).size(), 1);
}

TEST(UiFiles, F1OpensTheUserGuideInChinese)
{
    Window t;
    t.view()->setFocus();
    QTest::keyClick(t.view(), Qt::Key_F1);
    settle();
    auto *guide = t.w.findChild<QDialog *>(QStringLiteral("userGuide"));
    ASSERT_NE(guide, nullptr);
    EXPECT_TRUE(guide->isVisible());
    auto *browser = guide->findChild<QTextBrowser *>();
    ASSERT_NE(browser, nullptr);
    const QString text = browser->toPlainText();
    for (const QString &topic : {QStringLiteral("支出方向绩效目标表"), QStringLiteral("检查结果"),
             QStringLiteral("打印"), QStringLiteral("盖章")})
        EXPECT_TRUE(text.contains(topic)) << topic.toStdString();
}

TEST(UiFiles, TheFirstStartAsksForThePreparerOnce)
{
    jixiao::testing::TempSettings temp; // a first start: nothing asked yet
    QSettings &settings = temp.settings;
    settings.setValue(QStringLiteral("drafts/folder"), temp.dir.filePath(QStringLiteral("drafts")));
    dialogs::setAnswerer(dialogs::unattended());
    {
        MainWindow w(&settings);
        w.show();
        ASSERT_TRUE(QTest::qWaitFor([&] { return w.findChild<QDialog *>(QStringLiteral("preparerDialog")); }, 3000));
        auto *d = w.findChild<QDialog *>(QStringLiteral("preparerDialog"));
        EXPECT_TRUE(d->isVisible());
        d->findChild<QLineEdit *>(QStringLiteral("preparerName"))->setText(QStringLiteral("李四"));
        d->findChild<QLineEdit *>(QStringLiteral("preparerPhone"))->setText(QStringLiteral("0731-7654321"));
        d->accept();
        EXPECT_EQ(w.settings()->preparerName(), QStringLiteral("李四"));
        w.newFiling();
        EXPECT_EQ(w.filing().department.preparers, QStringLiteral("李四"));
        EXPECT_EQ(w.filing().department.phone, QStringLiteral("0731-7654321"));
    }
    MainWindow again(&settings);
    again.show();
    settle();
    EXPECT_EQ(again.findChild<QDialog *>(QStringLiteral("preparerDialog")), nullptr);
}

TEST(UiFiles, ADraftIsRemovedFromTheStartPageListButItsFileStays)
{
    Window t;
    t.type(QStringLiteral("/department/phone"), QStringLiteral("1"));
    const QString path = t.w.document()->filePath();
    t.w.showWelcome();
    QTreeWidget *recent = t.w.welcomePage()->recentTree();
    ASSERT_EQ(recent->topLevelItemCount(), 1);
    recent->setFocus();
    recent->setCurrentItem(recent->topLevelItem(0)->child(0));
    QTest::keyClick(recent, Qt::Key_Delete);
    EXPECT_EQ(recent->topLevelItemCount(), 0);
    EXPECT_TRUE(t.w.library()->entries().isEmpty());
    EXPECT_TRUE(QFileInfo::exists(path));
}

TEST(UiFiles, ExportPdfProposesANameFromYearAndDepartment)
{
    Window t;
    dialogs::setNextAnswer(QMessageBox::Yes); // print despite the sample's findings
    dialogs::setNextFileName(QString()); // then cancel the file dialog
    t.w.exportPdfDialog();
    EXPECT_EQ(QFileInfo(dialogs::lastProposal()).fileName(),
        QStringLiteral("2023年株洲市石峰区科技和工业信息化局 预算绩效目标表.pdf"));
}

TEST(UiFiles, TheSampleIsCalledTheSample)
{
    Window t;
    t.w.openSample();
    EXPECT_TRUE(t.w.windowTitle().contains(QStringLiteral("Sample"))) << t.w.windowTitle().toStdString();
}

// Closed on the start page, the next start on a filing still has its checks
// and tool bar.
TEST(UiFiles, ClosingOnTheStartPageKeepsTheChecksForNextTime)
{
    TempSettings temp;
    dialogs::setAnswerer(dialogs::unattended());
    {
        MainWindow w(&temp.settings);
        w.openSample();
        w.show();
        w.showWelcome();
        EXPECT_TRUE(w.close());
    }
    MainWindow w(&temp.settings);
    w.openSample();
    w.show();
    EXPECT_TRUE(w.findChild<QDockWidget *>(QStringLiteral("checksDock"))->isVisible());
    EXPECT_TRUE(w.findChild<QToolBar *>(QStringLiteral("mainToolBar"))->isVisible());
}

namespace {
QStringList s_printWarnings;
void collectPrintWarnings(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (message.contains(QStringLiteral("Cannot be changed while printer is active")))
        s_printWarnings.append(message);
}
} // namespace

// The preview lays out every page without asking the active printer for a
// new page layout (Qt refused it with a warning at every page).
TEST(UiPrint, ThePreviewPrintsWithoutAskingTheActivePrinterToChange)
{
    Window t;
    s_printWarnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectPrintWarnings);
    t.w.printPreview(PrintSelection {});
    QPrintPreviewWidget *preview = t.w.lastPreview();
    const bool painted = preview && QTest::qWaitFor([&] { return preview->pageCount() > 2; }, 5000);
    qInstallMessageHandler(previous);
    ASSERT_TRUE(painted);
    EXPECT_TRUE(s_printWarnings.isEmpty()) << s_printWarnings.join(QLatin1Char('\n')).toStdString();
    preview->window()->close();
}

// The preview offers no page setup or orientation it would then ignore.
TEST(UiPrint, ThePreviewOffersOnlyWhatWorks)
{
    Window t;
    t.w.printPreview(PrintSelection {});
    QPrintPreviewWidget *preview = t.w.lastPreview();
    ASSERT_NE(preview, nullptr);
    QStringList texts;
    for (QAction *a : preview->window()->findChildren<QAction *>())
        texts << a->text();
    for (const QString &t : texts) {
        EXPECT_FALSE(t.contains(QStringLiteral("Page setup"), Qt::CaseInsensitive)) << t.toStdString();
        EXPECT_FALSE(t.contains(QStringLiteral("Landscape"), Qt::CaseInsensitive)) << t.toStdString();
        EXPECT_FALSE(t.contains(QStringLiteral("Portrait"), Qt::CaseInsensitive)) << t.toStdString();
    }
    EXPECT_TRUE(texts.contains(QStringLiteral("Print…")));
    preview->window()->close();
}

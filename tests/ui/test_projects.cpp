// SPDX-License-Identifier: GPL-3.0-or-later
// The project forms (项目支出绩效目标表) in the editor, driven as a clerk does
// it: projects in the navigation tree, added, renamed, moved and removed with
// the keys (each one undo step), the form's grid from the registry in the
// project's layout, a new project's indicator rows per scheme, 财政部门审核意见
// shown but not typed, and the filing's "all projects listed" switch. Keys are
// sent one by one with a pause between them, at the pace a person types.
#include "uitestsupport.h"

#include "checkspanel.h"
#include "projectsample.h"

#include <QAction>
#include <QMenu>
#include <QTreeWidget>
#include <QUndoStack>

using namespace jixiao;
using namespace jixiao::ui;
using namespace jixiao::ui::test;

namespace {

// Types into a cell key by key: select it, type (which opens the editor), Enter.
void typeSlowly(Window &t, const QString &pointer, const QString &text)
{
    const QModelIndex i = t.cell(pointer);
    ASSERT_TRUE(i.isValid()) << pointer.toStdString();
    t.view()->setFocus();
    t.view()->setCurrentIndex(i);
    QWidget *target = t.view();
    for (QChar ch : text) {
        Window::sendText(target, QString(ch));
        QTest::qWait(KeyPause);
        if (target == t.view()) {
            target = t.view()->indexWidget(i);
            ASSERT_NE(target, nullptr) << "no editor opened on " << pointer.toStdString();
        }
    }
    // Enter closes the editor: the pause before it, not between press and release.
    QTest::qWait(KeyPause);
    QTest::keyClick(target, Qt::Key_Return);
    settle();
}

QTreeWidgetItem *projectsItem(MainWindow &w)
{
    return w.navigationTree()->topLevelItem(2);
}

QAction *addProjectAction(MainWindow &w)
{
    // The tree's context menu offers it (as the Filing menu does).
    for (QAction *a : w.navigationTree()->actions())
        if (a == w.structureActions()->addProjectAction)
            return a;
    return nullptr;
}

bool hasFinding(MainWindow &w, const char *rule)
{
    w.checkRunner()->runNow();
    for (const Finding &f : w.checksPanel()->model()->findings())
        if (f.rule == QLatin1String(rule))
            return true;
    return false;
}

} // namespace

// A new project in a hunan-2023 filing is the Hunan 申报表, with one row per
// 二级 of the scheme and the 绩效标准 column; typing its name relabels the tree.
TEST(UiProjects, ANewProjectIsTheSchemesFormWithItsIndicatorRows)
{
    Window t;
    QAction *add = addProjectAction(t.w);
    ASSERT_TRUE(add);
    ASSERT_TRUE(add->isEnabled());
    add->trigger();
    ASSERT_EQ(t.w.filing().projects.size(), 1);
    EXPECT_EQ(t.w.currentTable(), MainWindow::Table::Project);
    EXPECT_EQ(t.w.currentProject(), 0);
    const Project &p = t.w.filing().projects[0];
    EXPECT_EQ(p.layout, QStringLiteral("hunan"));
    EXPECT_EQ(p.authority, t.w.filing().department.name);
    EXPECT_EQ(p.period, QStringLiteral("2023年1-12月"));
    const IndicatorScheme &scheme = indicatorScheme(IndicatorSchemeId::Hunan2023);
    int row = 0;
    for (const Level1Def &l1 : scheme.level1)
        for (const Level2Def &l2 : l1.level2) {
            ASSERT_LT(row, p.indicators.size());
            EXPECT_EQ(p.indicators[row].level1, l1.name);
            EXPECT_EQ(p.indicators[row].level2, l2.name);
            EXPECT_EQ(p.indicators[row].standard, QString()); // the Hunan form's 绩效标准 column
            EXPECT_FALSE(p.indicators[row].midTermValue);
            ++row;
        }
    EXPECT_EQ(row, p.indicators.size());
    EXPECT_EQ(t.model()->title(), QStringLiteral("2023年项目支出绩效目标申报表"));
    // The guidance on the rows: 二级 says where it belongs and whether it is required.
    const QString hint = t.cell(QStringLiteral("/projects/0/indicators/0/level2")).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(hint.contains(scheme.level1[0].name)) << hint.toStdString();
    // The tree lists it under the project forms, and follows its name.
    ASSERT_EQ(projectsItem(t.w)->childCount(), 1);
    typeSlowly(t, QStringLiteral("/projects/0/name"), QStringLiteral("中小企业公共服务平台"));
    EXPECT_EQ(t.w.filing().projects[0].name, QStringLiteral("中小企业公共服务平台"));
    EXPECT_EQ(projectsItem(t.w)->child(0)->text(0), QStringLiteral("中小企业公共服务平台"));
    typeSlowly(t, QStringLiteral("/projects/0/annualFiscal"), QStringLiteral("250"));
    typeSlowly(t, QStringLiteral("/projects/0/annualUpper"), QStringLiteral("30.5"));
    EXPECT_EQ(t.text(QStringLiteral("/projects/0/annualUpper")), QStringLiteral("30.5"));
    EXPECT_EQ(t.w.document()->undoStack()->count(), 4);
    // Adding was one step: undoing everything gives the filing back.
    while (t.w.document()->undoStack()->canUndo())
        t.w.document()->undoStack()->undo();
    EXPECT_EQ(t.w.filing(), sampleFiling());
    EXPECT_EQ(projectsItem(t.w)->childCount(), 0);
    EXPECT_NE(t.w.currentTable(), MainWindow::Table::Project);
}

// Under 财预〔2021〕101号 a new project is the national template: 中期指标值 beside
// 年度指标值, no 绩效标准, the scheme's 成本指标 rows first.
TEST(UiProjects, UnderTheNationalSchemeANewProjectHasMediumTermColumns)
{
    Window t;
    ASSERT_TRUE(t.w.setFilingProperties(2023, QString(), QStringLiteral("mof-2021")));
    ASSERT_TRUE(t.w.addProject());
    const Project &p = t.w.filing().projects[0];
    EXPECT_EQ(p.layout, QStringLiteral("national-2021"));
    ASSERT_FALSE(p.indicators.isEmpty());
    EXPECT_EQ(p.indicators[0].level1, QStringLiteral("成本指标"));
    for (const Indicator &i : p.indicators) {
        EXPECT_EQ(i.midTermValue, QString());
        EXPECT_FALSE(i.standard);
    }
    EXPECT_EQ(t.model()->title(), QStringLiteral("2023年度项目支出绩效目标表"));
    typeSlowly(t, QStringLiteral("/projects/0/indicators/1/midTermValue"), QStringLiteral("≥60家"));
    EXPECT_EQ(t.w.filing().projects[0].indicators[1].midTermValue, QStringLiteral("≥60家"));
    typeSlowly(t, QStringLiteral("/projects/0/midTermTotal"), QStringLiteral("600"));
    EXPECT_EQ(t.text(QStringLiteral("/projects/0/midTermTotal")), QStringLiteral("600"));
}

// 财政部门审核意见 is the finance bureau's: shown, never typed by the department.
TEST(UiProjects, TheFinanceDepartmentsOpinionIsShownButNotTyped)
{
    Window t;
    Filing f = jixiao::testing::sampleFilingWithProjects();
    f.projects[0].financeOpinion = QStringLiteral("同意");
    ASSERT_TRUE(t.w.setFiling(f, QString()));
    // The project forms' heading in the tree shows the first; Down the next, Up back.
    QTreeWidget *tree = t.w.navigationTree();
    tree->setFocus();
    tree->setCurrentItem(projectsItem(t.w));
    EXPECT_EQ(t.w.currentTable(), MainWindow::Table::Project);
    EXPECT_EQ(t.w.currentProject(), 0);
    EXPECT_EQ(tree->currentItem(), projectsItem(t.w)->child(0));
    QTest::keyClick(tree, Qt::Key_Down, Qt::NoModifier, KeyPause);
    EXPECT_EQ(t.w.currentProject(), 1);
    EXPECT_EQ(t.model()->title(), QStringLiteral("2023年度项目支出绩效目标表"));
    QTest::keyClick(tree, Qt::Key_Up, Qt::NoModifier, KeyPause);
    EXPECT_EQ(t.w.currentProject(), 0);
    EXPECT_EQ(t.model()->title(), QStringLiteral("2023年项目支出绩效目标申报表"));
    const QModelIndex opinion = t.cell(QStringLiteral("/projects/0/financeOpinion"));
    ASSERT_TRUE(opinion.isValid());
    EXPECT_EQ(opinion.data().toString(), QStringLiteral("同意"));
    EXPECT_FALSE(t.model()->flags(opinion) & Qt::ItemIsEditable);
    t.view()->setFocus();
    t.view()->setCurrentIndex(opinion);
    Window::sendText(t.view(), QStringLiteral("不"));
    QTest::keyClick(t.view(), Qt::Key_F2, Qt::NoModifier, KeyPause);
    EXPECT_EQ(t.w.filing().projects[0].financeOpinion, QStringLiteral("同意"));
    EXPECT_EQ(t.w.document()->undoStack()->count(), 0);
    EXPECT_TRUE(t.view()->lastMessage().contains(QStringLiteral("finance department")))
        << t.view()->lastMessage().toStdString();
}

// In the tree, Alt+Shift+Up/Down moves the project on screen and Delete
// removes it (after asking); each is one undo step.
TEST(UiProjects, KeysInTheTreeMoveAndRemoveProjects)
{
    Window t;
    ASSERT_TRUE(t.w.setFiling(jixiao::testing::sampleFilingWithProjects(), QString()));
    const Filing start = t.w.filing();
    QTreeWidget *tree = t.w.navigationTree();
    tree->setFocus();
    tree->setCurrentItem(projectsItem(t.w)->child(2));
    ASSERT_EQ(t.w.currentProject(), 2);
    QTest::keyClick(tree, Qt::Key_Up, Qt::AltModifier | Qt::ShiftModifier, KeyPause);
    EXPECT_EQ(t.w.filing().projects[1].name, start.projects[2].name);
    EXPECT_EQ(t.w.currentProject(), 1);
    EXPECT_EQ(projectsItem(t.w)->child(1)->text(0), start.projects[2].name);
    EXPECT_EQ(t.model()->indexForPointer(QStringLiteral("/projects/1/name")).data().toString(), start.projects[2].name);
    dialogs::setNextAnswer(QMessageBox::No);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Delete, Qt::NoModifier, KeyPause);
    EXPECT_EQ(t.w.filing().projects.size(), 3);
    dialogs::setNextAnswer(QMessageBox::Yes);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Delete, Qt::NoModifier, KeyPause);
    ASSERT_EQ(t.w.filing().projects.size(), 2);
    EXPECT_EQ(projectsItem(t.w)->childCount(), 2);
    // The table on screen is the project that took its place.
    EXPECT_EQ(t.w.currentTable(), MainWindow::Table::Project);
    EXPECT_EQ(t.w.currentProject(), 1);
    EXPECT_EQ(t.w.document()->undoStack()->count(), 2);
    t.view()->setFocus();
    QTest::keyClick(t.view(), Qt::Key_Z, Qt::ControlModifier, KeyPause);
    QTest::keyClick(t.view(), Qt::Key_Z, Qt::ControlModifier, KeyPause);
    EXPECT_EQ(t.w.filing(), start);
    EXPECT_EQ(projectsItem(t.w)->childCount(), 3);
}

// "所列项目即全部项目支出": one undo step; the checks then hold the projects
// against the overview's 项目支出.
TEST(UiProjects, SayingTheProjectsAreCompleteTurnsOnTheReconciliation)
{
    Window t;
    ASSERT_TRUE(t.w.setFiling(jixiao::testing::sampleFilingWithProjects(), QString()));
    QAction *complete = t.w.structureActions()->projectsCompleteAction;
    EXPECT_FALSE(complete->isChecked());
    EXPECT_FALSE(hasFinding(t.w, "sum.projects-complete"));
    complete->trigger();
    EXPECT_TRUE(t.w.filing().projectsComplete);
    EXPECT_TRUE(complete->isChecked());
    EXPECT_TRUE(hasFinding(t.w, "sum.projects-complete"));
    // The finding leads to 项目支出 on the overview.
    ASSERT_TRUE(t.w.jumpTo(QStringLiteral("/overview/budget/project")));
    EXPECT_EQ(t.w.currentTable(), MainWindow::Table::Overview);
    t.view()->setFocus();
    QTest::keyClick(t.view(), Qt::Key_Z, Qt::ControlModifier, KeyPause);
    EXPECT_FALSE(t.w.filing().projectsComplete);
    EXPECT_FALSE(complete->isChecked());
}

// A finding on a project's cell shows that project's table at the cell.
TEST(UiProjects, AFindingOnAProjectLeadsToItsCell)
{
    Window t;
    Filing f = jixiao::testing::sampleFilingWithProjects();
    f.projects[1].attribute = QStringLiteral("一次性");
    ASSERT_TRUE(t.w.setFiling(f, QString()));
    EXPECT_TRUE(hasFinding(t.w, "project.attribute"));
    ASSERT_TRUE(t.w.jumpTo(QStringLiteral("/projects/1/attribute")));
    EXPECT_EQ(t.w.currentTable(), MainWindow::Table::Project);
    EXPECT_EQ(t.w.currentProject(), 1);
    EXPECT_EQ(
        t.view()->currentIndex().data(FormModel::PointerRole).toString(), QStringLiteral("/projects/1/attribute"));
    EXPECT_EQ(t.view()->currentIndex().data(FormModel::MarkRole).toInt(), 1);
    EXPECT_EQ(projectsItem(t.w)->child(1), t.w.navigationTree()->currentItem());
}

// Filing › Project Layout: the project on screen is printed in another
// province's form. One undo step; the grid is the new layout's at once, and
// what the new layout does not show is kept, not dropped.
TEST(UiProjects, TheProjectsLayoutIsChosenFromTheMenu)
{
    Window t;
    t.w.structureActions()->addProjectAction->trigger();
    ASSERT_EQ(t.w.filing().projects.size(), 1);
    typeSlowly(t, QStringLiteral("/projects/0/annualUpper"), QStringLiteral("30.5"));
    QMenu *menu = t.w.structureActions()->projectLayoutMenu;
    t.w.structureActions()->update();
    ASSERT_TRUE(menu->isEnabled());
    QAction *national = nullptr;
    for (QAction *a : menu->actions()) {
        EXPECT_EQ(a->isChecked(), a->data().toString() == QLatin1String("hunan")) << a->text().toStdString();
        if (a->data().toString() == QLatin1String("national-2021"))
            national = a;
    }
    ASSERT_TRUE(national);
    EXPECT_FALSE(t.cell(QStringLiteral("/projects/0/midTermTotal")).isValid());
    national->trigger();
    EXPECT_EQ(t.w.filing().projects[0].layout, QStringLiteral("national-2021"));
    EXPECT_EQ(t.model()->title(), QStringLiteral("2023年度项目支出绩效目标表"));
    EXPECT_TRUE(t.cell(QStringLiteral("/projects/0/midTermTotal")).isValid());
    EXPECT_FALSE(t.cell(QStringLiteral("/projects/0/annualUpper")).isValid()); // not on the national form…
    EXPECT_EQ(amountToString(t.w.filing().projects[0].annualUpper), QStringLiteral("30.5")); // …but kept
    t.w.structureActions()->update();
    EXPECT_TRUE(national->isChecked());
    t.view()->setFocus();
    QTest::keyClick(t.view(), Qt::Key_Z, Qt::ControlModifier, KeyPause);
    settle();
    EXPECT_EQ(t.w.filing().projects[0].layout, QStringLiteral("hunan"));
    EXPECT_EQ(t.model()->title(), QStringLiteral("2023年项目支出绩效目标申报表"));
    EXPECT_EQ(t.text(QStringLiteral("/projects/0/annualUpper")), QStringLiteral("30.5"));
}

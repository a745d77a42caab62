// SPDX-License-Identifier: GPL-3.0-or-later
// File › 导入 Word/Excel… and File › 导出 Excel… in the editor.
#include "uitestsupport.h"

#include "import/officeimport.h"

#include <QMenuBar>
#include <QTemporaryDir>

using namespace jixiao;
using namespace jixiao::ui;
using namespace jixiao::ui::test;

namespace {

QString fixture(const char *name)
{
    return jixiao::testing::importFixture(QLatin1String(name));
}

TEST(UiOffice, ImportingAWorkbookOpensItsFiling)
{
    Window t;
    QAction *import = menuAction(t.w, QStringLiteral("Import &Word/Excel…"));
    ASSERT_TRUE(import);
    dialogs::setNextFileName(fixture("layout.xlsx"));
    import->trigger();
    settle();
    EXPECT_EQ(t.w.filing().overview.attachmentLabel, QStringLiteral("附表2"));
    Filing expected = sampleFiling();
    expected.overview.attachmentLabel = QStringLiteral("附表2");
    EXPECT_TRUE(t.w.filing() == expected);
}

TEST(UiOffice, ABadFileIsRefusedAndTheFilingOnScreenKept)
{
    Window t;
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("x.docx"));
    ASSERT_TRUE(jixiao::testing::writeFile(bad, "plain text"));
    const Filing before = t.w.filing();
    dialogs::setNextFileName(bad);
    menuAction(t.w, QStringLiteral("Import &Word/Excel…"))->trigger();
    settle();
    EXPECT_TRUE(dialogs::lastText().contains(QStringLiteral("not a Word or Excel document")))
        << dialogs::lastText().toStdString();
    EXPECT_TRUE(t.w.filing() == before);
}

TEST(UiOffice, ExportedWorkbookImportsAsTheFilingOnScreen)
{
    Window t;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.xlsx"));
    QAction *exportXlsx = menuAction(t.w, QStringLiteral("Export E&xcel…"));
    ASSERT_TRUE(exportXlsx);
    dialogs::setNextFileName(path);
    exportXlsx->trigger();
    settle();
    office::ImportResult r;
    QString error;
    ASSERT_TRUE(office::OfficeImport::importFile(path, &r, &error)) << error.toStdString();
    EXPECT_TRUE(r.filing == t.w.filing());
}

} // namespace

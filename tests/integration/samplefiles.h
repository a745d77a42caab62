// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clirunner.h"
#include "model/jsonio.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

// A temporary folder holding the sample as an interchange file and as a
// draft made from it by the real `jixiao convert`, for tests of commands
// that read and write files.
class SampleFilesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        json = jixiao::testing::writeFilingJson(dir, jixiao::sampleFiling(), QStringLiteral("sample.json"));
        ASSERT_FALSE(HasFailure());
        draft = dir.filePath(QStringLiteral("sample.jixiao"));
        const CliResult r = runJixiao({QStringLiteral("convert"), json, draft});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    QString path(const QString &name) const { return dir.filePath(name); }
    QTemporaryDir dir;
    QString json, draft;
};

// SPDX-License-Identifier: GPL-3.0-or-later
// A second process for the storage tests:
//   storage_test_child write DRAFT   saves step after step until killed,
//                                     printing "saved K" after each commit
//   storage_test_child hold DRAFT    opens DRAFT for editing and waits
//   storage_test_child fixture DRAFT JSON
//                                     makes a schema fixture for tests/fixtures/
#include "killsteps.h"

#include "model/jsonio.h"
#include "storage/draft.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace jixiao;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args[1] == QLatin1String("fixture")) {
        Filing f;
        ImportError e;
        QString error;
        if (!FilingJson::readFile(args[3], &f, &e) || !Draft::create(args[2], f, &error)) {
            std::fprintf(stderr, "%s%s\n", qPrintable(e.toString()), qPrintable(error));
            return 2;
        }
        return 0;
    }
    if (args.size() != 3)
        return 2;
    Filing f;
    Draft::OpenInfo info;
    QString error;
    std::unique_ptr<Draft> draft = Draft::open(args[2], &f, &info, &error);
    if (!draft) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    std::printf("ready %d\n", draft->isReadOnly() ? 1 : 0);
    std::fflush(stdout);
    if (args[1] == QLatin1String("hold")) {
        for (int i = 0; i < 600; ++i)
            QThread::msleep(100);
        return 0;
    }
    for (int k = test::killStepOf(f) + 1;; ++k) {
        f = test::killStep(f, k);
        if (!draft->save(f, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 3;
        }
        std::printf("saved %d\n", k);
        std::fflush(stdout);
    }
}

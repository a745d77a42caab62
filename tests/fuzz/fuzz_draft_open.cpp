// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a draft read-only on arbitrary bytes (mutations of a real draft):
// never crashes or hangs; a refusal always has a message; the file is left
// byte for byte as it was and nothing is left beside it.
//   JIXIAO_FUZZ_MAKE_SEED=FILE fuzz_draft_open   writes the sample as a draft seed
#include "model/jsonio.h"
#include "storage/draft.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace jixiao;

namespace {
std::unique_ptr<QTemporaryDir> dir;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Never destroyed: the process ends without tearing Qt down.
    new QCoreApplication(*argc, *argv);
    const QString seed = qEnvironmentVariable("JIXIAO_FUZZ_MAKE_SEED");
    if (!seed.isEmpty()) {
        QString error;
        QFile::remove(seed);
        bool ok = false;
        {
            std::unique_ptr<Draft> d = Draft::create(seed, sampleFiling(), &error);
            ok = d != nullptr;
        } // closed: the whole draft is in the one file
        std::_Exit(ok ? 0 : 1);
    }
    dir = std::make_unique<QTemporaryDir>();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString path = dir->filePath(QStringLiteral("f.jixiao"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            std::abort();
    }
    Filing filing;
    QString error;
    Draft::OpenOptions options;
    options.readOnly = true;
    {
        std::unique_ptr<Draft> d = Draft::open(path, &filing, nullptr, &error, options);
        if (!d && error.isEmpty())
            std::abort();
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.readAll() != bytes)
        std::abort(); // a read-only look changed the file
    f.close();
    if (QDir(dir->path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).size() != 1)
        std::abort(); // something was left beside it
    return 0;
}

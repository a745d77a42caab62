// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QFile>

#include "model/jsonio.h"

#include <gtest/gtest.h>

#include <QDir>

#if defined(Q_OS_LINUX)
#include <signal.h>
#endif
#if defined(Q_OS_WIN)
#include <qt_windows.h>

#include <aclapi.h>
#endif

namespace jixiao::testing {

IsolatedRun::IsolatedRun()
    : m_dir(QDir::tempPath() + QStringLiteral("/jixiao-test-XXXXXX"))
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Tests compare English messages unless they ask for a translation.
    qputenv("LANGUAGE", "en");
    if (!m_dir.isValid())
        return;
    // QTemporaryDir makes the folder 0700, as XDG_RUNTIME_DIR must be.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", m_dir.path().toLocal8Bit());
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        const QString path = m_dir.filePath(QString::fromLatin1(name).toLower());
        QDir().mkpath(path);
        qputenv(name, path.toLocal8Bit());
    }
}

#if defined(Q_OS_WIN)
ReadOnlyFolder::ReadOnlyFolder(const QString &folder)
    : m_folder(QDir::toNativeSeparators(folder))
{
    std::wstring name = m_folder.toStdWString();
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    if (GetNamedSecurityInfoW(
            name.data(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr, &dacl, nullptr, &descriptor)
        != ERROR_SUCCESS)
        return;
    m_saved = QByteArray(static_cast<const char *>(descriptor), int(GetSecurityDescriptorLength(descriptor)));
    SID_IDENTIFIER_AUTHORITY world = SECURITY_WORLD_SID_AUTHORITY;
    PSID everyone = nullptr;
    AllocateAndInitializeSid(&world, 1, SECURITY_WORLD_RID, 0, 0, 0, 0, 0, 0, 0, &everyone);
    EXPLICIT_ACCESSW deny = {};
    deny.grfAccessPermissions = FILE_ADD_FILE | FILE_ADD_SUBDIRECTORY;
    deny.grfAccessMode = DENY_ACCESS;
    deny.grfInheritance = NO_INHERITANCE;
    deny.Trustee.TrusteeForm = TRUSTEE_IS_SID;
    deny.Trustee.ptstrName = static_cast<LPWSTR>(everyone);
    PACL denied = nullptr;
    if (SetEntriesInAclW(1, &deny, dacl, &denied) == ERROR_SUCCESS) {
        m_set = SetNamedSecurityInfoW(
                    name.data(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr, denied, nullptr)
            == ERROR_SUCCESS;
        LocalFree(denied);
    }
    FreeSid(everyone);
    LocalFree(descriptor);
}

ReadOnlyFolder::~ReadOnlyFolder()
{
    if (!m_set)
        return;
    std::wstring name = m_folder.toStdWString();
    BOOL present = FALSE, defaulted = FALSE;
    PACL dacl = nullptr;
    GetSecurityDescriptorDacl(m_saved.data(), &present, &dacl, &defaulted);
    SetNamedSecurityInfoW(name.data(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr, dacl, nullptr);
}
#else
ReadOnlyFolder::ReadOnlyFolder(const QString &folder)
    : m_folder(folder)
    , m_set(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup))
{ }

ReadOnlyFolder::~ReadOnlyFolder()
{
    if (m_set)
        QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}
#endif

QString sourcePath(const QString &relative)
{
    return QStringLiteral(JIXIAO_SOURCE_DIR "/") + relative;
}

QString fixturePath(const QString &relative)
{
    return sourcePath(QStringLiteral("tests/fixtures/") + relative);
}

QString importFixture(const QString &name)
{
    return fixturePath(QStringLiteral("import/") + name);
}

QString schemaFile()
{
    return sourcePath(QStringLiteral("resources/spec/filing.schema.json"));
}

QString writeFilingJson(const QTemporaryDir &dir, const Filing &filing, const QString &name)
{
    const QString path = dir.filePath(name);
    QString error;
    EXPECT_TRUE(FilingJson::writeFile(path, filing, &error)) << error.toStdString();
    return path;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

bool processRunning(qint64 pid)
{
#if defined(Q_OS_LINUX)
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    const QByteArray text = stat.open(QIODevice::ReadOnly) ? stat.readAll() : QByteArray();
    const qsizetype close = text.lastIndexOf(')');
    return close < 0 || text.mid(close + 2, 1) != "Z";
#else
    Q_UNUSED(pid);
    return false;
#endif
}

QProcessEnvironment isolatedEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    return env;
}

} // namespace jixiao::testing

// SPDX-License-Identifier: GPL-3.0-or-later
#include "zippackage.h"

#include <QBuffer>

#include <unzip.h>
#include <zip.h>

namespace jixiao::office {

namespace {

// minizip's file functions over a QBuffer, so nothing touches the disk and
// non-ASCII paths never meet the C library.
voidpf ioOpen(voidpf opaque, const void *, int)
{
    return opaque;
}
uLong ioRead(voidpf, voidpf stream, void *buf, uLong size)
{
    const qint64 n = static_cast<QBuffer *>(stream)->read(static_cast<char *>(buf), qint64(size));
    return n < 0 ? 0 : uLong(n);
}
uLong ioWrite(voidpf, voidpf stream, const void *buf, uLong size)
{
    const qint64 n = static_cast<QBuffer *>(stream)->write(static_cast<const char *>(buf), qint64(size));
    return n < 0 ? 0 : uLong(n);
}
ZPOS64_T ioTell(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<QBuffer *>(stream)->pos());
}
long ioSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *b = static_cast<QBuffer *>(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = b->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = b->size();
    const qint64 target = base + qint64(offset);
    if (target < 0 || (!b->isWritable() && target > b->size()))
        return -1;
    return b->seek(target) ? 0 : -1;
}
int ioClose(voidpf, voidpf)
{
    return 0;
}
int ioError(voidpf, voidpf)
{
    return 0;
}

zlib_filefunc64_def bufferFunctions(QBuffer *buffer)
{
    zlib_filefunc64_def f {};
    f.zopen64_file = ioOpen;
    f.zread_file = ioRead;
    f.zwrite_file = ioWrite;
    f.ztell64_file = ioTell;
    f.zseek64_file = ioSeek;
    f.zclose_file = ioClose;
    f.zerror_file = ioError;
    f.opaque = buffer;
    return f;
}

} // namespace

bool isUnsafeEntryName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || (name.size() >= 2 && name.at(1) == QLatin1Char(':')))
        return true;
    const QStringList parts = name.split(QLatin1Char('/'));
    return parts.contains(QStringLiteral(".."));
}

ZipPackage::~ZipPackage()
{
    close();
}

void ZipPackage::close()
{
    if (m_zip)
        unzClose(m_zip);
    m_zip = nullptr;
    m_buffer.close();
}

bool ZipPackage::open(const QByteArray &archive, QString *error)
{
    close();
    m_names.clear();
    m_declared.clear();
    m_positions.clear();
    m_inflated = 0;
    if (archive.size() > MaxFileSize) {
        *error = tr("The file is larger than %1 MB.").arg(MaxFileSize / (1024 * 1024));
        return false;
    }
    m_archive = archive;
    m_buffer.setBuffer(&m_archive);
    m_buffer.open(QIODevice::ReadOnly);
    zlib_filefunc64_def io = bufferFunctions(&m_buffer);
    m_zip = unzOpen2_64("", &io);
    if (!m_zip) {
        *error = tr("The file is not a valid Office document (its zip container cannot be read).");
        return false;
    }
    unz_global_info64 global {};
    if (unzGetGlobalInfo64(m_zip, &global) != UNZ_OK || global.number_entry > ZPOS64_T(MaxEntries)) {
        *error = tr("The file's zip container has too many entries or cannot be read.");
        close();
        return false;
    }
    qint64 declaredTotal = 0;
    for (int rc = unzGoToFirstFile(m_zip); rc == UNZ_OK; rc = unzGoToNextFile(m_zip)) {
        unz_file_info64 info {};
        char name[1024];
        unz64_file_pos pos {};
        if (unzGetCurrentFileInfo64(m_zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK
            || info.size_filename >= sizeof name || unzGetFilePos64(m_zip, &pos) != UNZ_OK) {
            *error = tr("The file's zip container has an unreadable entry.");
            close();
            return false;
        }
        const QString entry = QString::fromUtf8(name, int(info.size_filename));
        QString refusal;
        if (isUnsafeEntryName(entry))
            refusal = tr("The file contains an entry with an unsafe path (“%1”); it was refused.").arg(entry);
        else if (info.flag & 1)
            refusal = tr("The file is password-protected. Remove the password in Word, Excel or WPS (save a copy "
                         "without encryption) and import that copy.");
        else if (info.uncompressed_size > ZPOS64_T(MaxEntrySize))
            refusal = tr("The part “%1” would unpack to more than %2 MB, which no form needs (a “zip bomb”); the "
                         "file was refused.")
                          .arg(entry)
                          .arg(MaxEntrySize / (1024 * 1024));
        else if ((declaredTotal += qint64(info.uncompressed_size)) > MaxTotalInflated)
            refusal = tr("The file's parts would unpack to more than %1 MB together, which no form needs (a “zip "
                         "bomb”); the file was refused.")
                          .arg(MaxTotalInflated / (1024 * 1024));
        if (!refusal.isEmpty()) {
            *error = refusal;
            close();
            return false;
        }
        m_names.append(entry);
        m_declared.append(qint64(info.uncompressed_size));
        m_positions.append({quint64(pos.pos_in_zip_directory), quint64(pos.num_of_file)});
    }
    return true;
}

bool ZipPackage::read(const QString &name, QByteArray *out, QString *error)
{
    const qsizetype index = m_names.indexOf(name);
    if (index < 0 || !m_zip) {
        *error = tr("The document has no part “%1”.").arg(name);
        return false;
    }
    unz64_file_pos pos {m_positions[index].first, m_positions[index].second};
    if (unzGoToFilePos64(m_zip, &pos) != UNZ_OK || unzOpenCurrentFile(m_zip) != UNZ_OK) {
        *error = tr("The part “%1” cannot be read.").arg(name);
        return false;
    }
    void *zip = m_zip;
    // The declared size is only a claim: inflate in chunks and stop one byte
    // past it, so a lying header cannot make us produce more.
    const qint64 declared = m_declared.at(index);
    const qint64 limit = qMin(declared, qMin(MaxEntrySize, MaxTotalInflated - m_inflated));
    out->clear();
    out->reserve(qsizetype(qMax<qint64>(0, limit)));
    char chunk[65536];
    for (;;) {
        const int n = unzReadCurrentFile(zip, chunk, sizeof chunk);
        if (n < 0) {
            unzCloseCurrentFile(zip);
            out->clear();
            *error = tr("The part “%1” is damaged (it cannot be inflated).").arg(name);
            return false;
        }
        if (n == 0)
            break;
        if (out->size() + n > limit) {
            const bool overDeclared = out->size() + n > declared;
            unzCloseCurrentFile(zip);
            out->clear();
            *error = overDeclared
                ? tr("The part “%1” unpacks to more than its header declares: the file is damaged or made to "
                     "exhaust memory (a “zip bomb”), and was refused.")
                      .arg(name)
                : tr("The file's parts unpack to more than %1 MB together, which no form needs (a “zip bomb”); "
                     "the file was refused.")
                      .arg(MaxTotalInflated / (1024 * 1024));
            return false;
        }
        out->append(chunk, n);
    }
    if (unzCloseCurrentFile(zip) != UNZ_OK) { // CRC mismatch
        out->clear();
        *error = tr("The part “%1” is damaged (checksum mismatch).").arg(name);
        return false;
    }
    m_inflated += out->size();
    return true;
}

bool ZipPackage::write(const QList<Entry> &entries, QByteArray *archive, QString *error)
{
    archive->clear();
    QBuffer buffer(archive);
    buffer.open(QIODevice::ReadWrite);
    zlib_filefunc64_def io = bufferFunctions(&buffer);
    zipFile zip = zipOpen2_64("", APPEND_STATUS_CREATE, nullptr, &io);
    if (!zip) {
        *error = tr("The workbook could not be packed.");
        return false;
    }
    bool ok = true;
    for (const Entry &e : entries) {
        zip_fileinfo info {};
        info.tmz_date.tm_year = 2000;
        info.tmz_date.tm_mday = 1;
        const QByteArray utf8 = e.name.toUtf8();
        ok = zipOpenNewFileInZip64(
                 zip, utf8.constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0)
                == ZIP_OK
            && zipWriteInFileInZip(zip, e.data.constData(), unsigned(e.data.size())) == ZIP_OK
            && zipCloseFileInZip(zip) == ZIP_OK;
        if (!ok)
            break;
    }
    ok = zipClose(zip, nullptr) == ZIP_OK && ok;
    if (!ok)
        *error = tr("The workbook could not be packed.");
    return ok;
}

} // namespace jixiao::office

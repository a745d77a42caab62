// SPDX-License-Identifier: GPL-3.0-or-later
#include "console.h"

#if defined(Q_OS_WIN)
#include <QIODevice>
#include <QStringDecoder>

#include <qt_windows.h>
#endif

namespace jixiao::cli {

#if defined(Q_OS_WIN)
namespace {

class ConsoleDevice : public QIODevice
{
public:
    explicit ConsoleDevice(HANDLE console)
        : m_console(console)
    { }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        // Stateful: a character split between two writes still decodes.
        const QString text = m_decoder.decode(QByteArrayView(data, size));
        const auto *chars = reinterpret_cast<const wchar_t *>(text.utf16());
        qsizetype left = text.size();
        while (left > 0) {
            DWORD written = 0;
            const DWORD chunk = DWORD(qMin<qsizetype>(left, 8192));
            if (!WriteConsoleW(m_console, chars, chunk, &written, nullptr) || written == 0)
                return -1;
            chars += written;
            left -= written;
        }
        return size;
    }

private:
    HANDLE m_console;
    QStringDecoder m_decoder {QStringDecoder::Utf8};
};

} // namespace
#endif

QTextStream *openStandardStream(FILE *file)
{
#if defined(Q_OS_WIN)
    const HANDLE h = GetStdHandle(file == stderr ? STD_ERROR_HANDLE : STD_OUTPUT_HANDLE);
    DWORD mode = 0;
    if (h != nullptr && h != INVALID_HANDLE_VALUE && GetConsoleMode(h, &mode)) {
        std::fflush(file);
        auto *device = new ConsoleDevice(h);
        device->open(QIODevice::WriteOnly | QIODevice::Unbuffered);
        return new QTextStream(device);
    }
#endif
    return new QTextStream(file);
}

} // namespace jixiao::cli

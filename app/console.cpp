// SPDX-License-Identifier: GPL-3.0-or-later
#include "console.h"

#include <QIODevice>

#if defined(Q_OS_WIN)
#include <QStringDecoder>

#include <qt_windows.h>
#endif

namespace jixiao::cli {

QByteArray escapeControls(QByteArrayView utf8, QByteArray *pending)
{
    QByteArray out;
    out.reserve(utf8.size() + 8);
    QByteArray in = *pending + utf8.toByteArray();
    pending->clear();
    const auto escape = [&out](uchar c) { out += "\\u00" + QByteArray::number(c, 16).rightJustified(2, '0'); };
    for (qsizetype i = 0; i < in.size(); ++i) {
        const uchar c = uchar(in[i]);
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
            escape(c);
        } else if (c == 0xC2) {
            if (i + 1 == in.size()) { // the rest comes with the next write
                *pending = QByteArray(1, char(c));
                break;
            }
            const uchar next = uchar(in[i + 1]);
            if (next >= 0x80 && next <= 0x9F) { // U+0080…U+009F, the C1 controls
                escape(next);
                ++i;
            } else {
                out += char(c);
            }
        } else {
            out += char(c);
        }
    }
    return out;
}

namespace {

// What the commands print goes through here, on every platform: text from a
// filing or a file name may hold control characters (ESC, …) that a terminal
// would take as commands; they are written as \u001b and the like.
class StandardDevice : public QIODevice
{
public:
    explicit StandardDevice(FILE *file)
        : m_file(file)
    {
#if defined(Q_OS_WIN)
        const HANDLE h = GetStdHandle(file == stderr ? STD_ERROR_HANDLE : STD_OUTPUT_HANDLE);
        DWORD mode = 0;
        if (h != nullptr && h != INVALID_HANDLE_VALUE && GetConsoleMode(h, &mode))
            m_console = h;
#endif
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        const QByteArray text = escapeControls(QByteArrayView(data, size), &m_pending);
#if defined(Q_OS_WIN)
        if (m_console)
            return writeConsole(text) ? size : -1;
#endif
        if (std::fwrite(text.constData(), 1, size_t(text.size()), m_file) != size_t(text.size()))
            return -1;
        std::fflush(m_file);
        return size;
    }

private:
    FILE *m_file;
    QByteArray m_pending;
#if defined(Q_OS_WIN)
    // In a Windows console: UTF-16 with WriteConsoleW, so Chinese reads right
    // whatever the console's code page.
    bool writeConsole(const QByteArray &utf8)
    {
        // Stateful: a character split between two writes still decodes.
        const QString text = m_decoder.decode(utf8);
        const auto *chars = reinterpret_cast<const wchar_t *>(text.utf16());
        qsizetype left = text.size();
        while (left > 0) {
            DWORD written = 0;
            const DWORD chunk = DWORD(qMin<qsizetype>(left, 8192));
            if (!WriteConsoleW(m_console, chars, chunk, &written, nullptr) || written == 0)
                return false;
            chars += written;
            left -= written;
        }
        return true;
    }
    HANDLE m_console = nullptr;
    QStringDecoder m_decoder {QStringDecoder::Utf8};
#endif
};

} // namespace

QTextStream *openStandardStream(FILE *file)
{
    std::fflush(file);
    auto *device = new StandardDevice(file);
    device->open(QIODevice::WriteOnly | QIODevice::Unbuffered); // a console, not a file: nothing is written to disk
    return new QTextStream(device);
}

} // namespace jixiao::cli

// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON import on arbitrary bytes: never crashes; an error always has a
// message; what is accepted is UTF-8 without raw control characters (those
// and duplicate keys and lone surrogates are refused) and survives
// export → import unchanged.
#include "model/jsonio.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace jixiao;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    Filing f;
    ImportError error;
    if (!FilingJson::fromJson(json, &f, &error)) {
        if (error.message.isEmpty())
            std::abort();
        return 0;
    }
    for (const char c : json)
        if (uchar(c) < 0x20 && c != '\t' && c != '\n' && c != '\r')
            std::abort(); // a raw control character got through
    const QByteArray body = json.startsWith("\xEF\xBB\xBF") ? json.mid(3) : json;
    if (QString::fromUtf8(body).toUtf8() != body)
        std::abort(); // bytes that are not UTF-8 (or a lone surrogate) got through
    Filing back;
    if (!FilingJson::fromJson(FilingJson::toJson(f), &back, &error) || !(back == f))
        std::abort();
    return 0;
}

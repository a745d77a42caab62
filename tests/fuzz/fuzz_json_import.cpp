// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON import on arbitrary bytes: never crashes; an error always has a
// message; an accepted filing survives export → import unchanged.
#include "model/jsonio.h"

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
    Filing back;
    if (!FilingJson::fromJson(FilingJson::toJson(f), &back, &error) || !(back == f))
        std::abort();
    return 0;
}

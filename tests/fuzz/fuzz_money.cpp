// SPDX-License-Identifier: GPL-3.0-or-later
// The money parser on arbitrary text: never crashes, and whatever it accepts
// formats back to a canonical string that parses to the same value.
#include "model/money.h"

#include <cstdint>
#include <cstdlib>

using namespace jixiao;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (AmountUnit unit : {AmountUnit::Wan, AmountUnit::Yuan}) {
        Money m;
        QString error;
        bool empty = false;
        if (Money::parseInput(text, unit, &m, &error, &empty)) {
            Money back;
            if (!Money::parseCanonical(m.toString(), &back) || back != m)
                std::abort();
            if (m.micros() > Money::MaxMicros || m.micros() < -Money::MaxMicros)
                std::abort();
        } else if (error.isEmpty()) {
            std::abort(); // every rejection has a reason
        }
    }
    Money c;
    if (Money::parseCanonical(text, &c) && c.toString() != text) {
        // Canonical input may carry leading zeros or trailing fraction zeros;
        // the value must still survive a second round.
        Money again;
        if (!Money::parseCanonical(c.toString(), &again) || again != c)
            std::abort();
    }
    return 0;
}

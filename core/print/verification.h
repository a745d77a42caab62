// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/filing.h"

#include <QString>

namespace jixiao {

// A short code from the filing's canonical content (its interchange JSON),
// printed as 校验码 on every page: "7F3K-9QPD", 40 bits of SHA-256 in Crockford
// base 32 (no I, L, O, U, so it reads back from paper unambiguously). Any
// change to the content changes it.
QString verificationCode(const Filing &filing);

} // namespace jixiao

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace jixiao::json {

// What QJsonDocument lets through silently and a filing must not hold: a key
// twice in one object (the last would win), a raw control character (NUL, …)
// inside a string, a lone UTF-16 surrogate in a \u escape (it would become
// "?"). One linear pass over text that QJsonDocument has already accepted as
// JSON (and as UTF-8, which it checks).
struct ScanError
{
    QString pointer; // RFC 6901, of the member or value concerned
    qsizetype offset = 0; // byte offset of the offending character
    QString message;
};

bool strictScan(const QByteArray &json, ScanError *error);

} // namespace jixiao::json

// SPDX-License-Identifier: GPL-3.0-or-later
#include "verification.h"

#include "model/jsonio.h"

#include <QCryptographicHash>

namespace jixiao {

QString verificationCode(const Filing &filing)
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    const QByteArray digest = QCryptographicHash::hash(FilingJson::toJson(filing), QCryptographicHash::Sha256);
    quint64 bits = 0;
    for (int i = 0; i < 5; ++i)
        bits = (bits << 8) | quint8(digest[i]);
    QString code;
    for (int i = 7; i >= 0; --i) {
        code += QLatin1Char(alphabet[(bits >> (5 * i)) & 31]);
        if (i == 4)
            code += QLatin1Char('-');
    }
    return code;
}

} // namespace jixiao

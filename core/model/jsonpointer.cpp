// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonpointer.h"

namespace jixiao::pointer {

QString escape(const QString &token)
{
    QString out = token;
    out.replace(QLatin1Char('~'), QLatin1String("~0"));
    out.replace(QLatin1Char('/'), QLatin1String("~1"));
    return out;
}

QString join(const QString &base, const QString &token)
{
    return base + QLatin1Char('/') + escape(token);
}

QString join(const QString &base, int index)
{
    return base + QLatin1Char('/') + QString::number(index);
}

QStringList split(QStringView pointer)
{
    QStringList tokens;
    if (pointer.isEmpty())
        return tokens;
    const auto parts = pointer.mid(1).split(QLatin1Char('/'));
    for (QStringView p : parts) {
        QString t = p.toString();
        t.replace(QLatin1String("~1"), QLatin1String("/"));
        t.replace(QLatin1String("~0"), QLatin1String("~"));
        tokens.append(t);
    }
    return tokens;
}

} // namespace jixiao::pointer

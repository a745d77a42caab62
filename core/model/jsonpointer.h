// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// RFC 6901 JSON Pointers into the interchange format: how findings, import
// errors and the editor name a cell ("/funds/1/directions/0/details/1/amount").
namespace jixiao::pointer {

QString escape(const QString &token); // "~" → "~0", "/" → "~1"
QString join(const QString &base, const QString &token);
QString join(const QString &base, int index);
QStringList split(QStringView pointer); // unescaped tokens; "" → {}

inline QString fund(int f)
{
    return QStringLiteral("/funds/%1").arg(f);
}
inline QString direction(int f, int d)
{
    return QStringLiteral("/funds/%1/directions/%2").arg(f).arg(d);
}
inline QString detail(int f, int d, int i)
{
    return QStringLiteral("/funds/%1/directions/%2/details/%3").arg(f).arg(d).arg(i);
}
inline QString directionIndicator(int f, int d, int i)
{
    return QStringLiteral("/funds/%1/directions/%2/indicators/%3").arg(f).arg(d).arg(i);
}
inline QString project(int p)
{
    return QStringLiteral("/projects/%1").arg(p);
}
inline QString projectIndicator(int p, int i)
{
    return QStringLiteral("/projects/%1/indicators/%2").arg(p).arg(i);
}
inline QString overviewIndicator(int i)
{
    return QStringLiteral("/overview/indicators/%1").arg(i);
}
inline QString workPlan(int i)
{
    return QStringLiteral("/overview/workPlan/%1").arg(i);
}
inline QString budget(QStringView field)
{
    return QStringLiteral("/overview/budget/") + field.toString();
}

} // namespace jixiao::pointer

// SPDX-License-Identifier: GPL-3.0-or-later
#include "printsettings.h"

#include <QFontDatabase>

#include <algorithm>

namespace jixiao {

namespace {

// The last two are what a Debian machine has (fonts-arphic-uming,
// fonts-wqy-zenhei); both extract exactly from Qt's PDFs.
const QStringList &commonTail()
{
    static const QStringList tail {QStringLiteral("SimSun"), QStringLiteral("宋体"), QStringLiteral("NSimSun"),
        QStringLiteral("AR PL UMing CN"), QStringLiteral("AR PL SungtiL GB"), QStringLiteral("WenQuanYi Zen Hei")};
    return tail;
}

QString firstInstalled(const QStringList &candidates)
{
    const QStringList families = QFontDatabase::families();
    for (const QString &c : candidates)
        for (const QString &f : families)
            if (f.compare(c, Qt::CaseInsensitive) == 0)
                return f;
    return {};
}

bool installed(const QString &family)
{
    const QStringList families = QFontDatabase::families();
    return std::any_of(families.begin(), families.end(),
        [&](const QString &f) { return f.compare(family, Qt::CaseInsensitive) == 0; });
}

} // namespace

QStringList titleFamilyCandidates()
{
    return QStringList {QStringLiteral("方正小标宋简体"), QStringLiteral("FZXiaoBiaoSong-B05S"),
               QStringLiteral("方正小标宋_GBK")}
    + commonTail();
}

QStringList bodyFamilyCandidates()
{
    return QStringList {QStringLiteral("FangSong"), QStringLiteral("仿宋"), QStringLiteral("FangSong_GB2312"),
               QStringLiteral("仿宋_GB2312")}
    + commonTail();
}

bool isUsablePrintFamily(const QString &family)
{
    return !family.isEmpty() && !family.contains(QLatin1String("Noto"), Qt::CaseInsensitive)
        && !family.contains(QLatin1String("Source Han"), Qt::CaseInsensitive);
}

PrintSettings resolveFonts(const PrintSettings &wanted)
{
    PrintSettings s = wanted;
    if (!isUsablePrintFamily(s.titleFamily) || !installed(s.titleFamily))
        s.titleFamily = firstInstalled(titleFamilyCandidates());
    if (!isUsablePrintFamily(s.bodyFamily) || !installed(s.bodyFamily))
        s.bodyFamily = firstInstalled(bodyFamilyCandidates());
    s.titlePointSize = std::clamp<qreal>(s.titlePointSize, 6, 36);
    s.bodyPointSize = std::clamp<qreal>(s.bodyPointSize, 6, 36);
    return s;
}

} // namespace jixiao

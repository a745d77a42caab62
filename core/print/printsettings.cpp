// SPDX-License-Identifier: GPL-3.0-or-later
#include "printsettings.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontDatabase>
#include <QFontInfo>
#include <QHash>
#include <QMutex>
#include <QRawFont>
#include <QtEndian>

#include <algorithm>

namespace jixiao {

namespace {

QStringList group(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *n : names)
        out.append(QString::fromUtf8(n));
    return out;
}

const QStringList &xiaoBiaoSong()
{
    static const QStringList g = group({"方正小标宋简体", "FZXiaoBiaoSong-B05S", "方正小标宋_GBK"});
    return g;
}

const QStringList &hei()
{
    static const QStringList g = group({"黑体", "SimHei"});
    return g;
}

// Debian's heavy face (fonts-wqy-zenhei): TrueType, extracts exactly.
const QStringList &freeHei()
{
    static const QStringList g = group({"WenQuanYi Zen Hei", "WenQuanYi Micro Hei"});
    return g;
}

const QStringList &fangSong()
{
    static const QStringList g = group({"仿宋", "FangSong", "仿宋_GB2312", "FangSong_GB2312"});
    return g;
}

const QStringList &song()
{
    static const QStringList g = group({"宋体", "SimSun", "NSimSun"});
    return g;
}

// Debian's Song/Ming faces (fonts-arphic-uming, -gbsn00lp).
const QStringList &freeSong()
{
    static const QStringList g = group({"AR PL UMing CN", "AR PL SungtiL GB"});
    return g;
}

QStringList flatten(const QList<QStringList> &groups)
{
    QStringList out;
    for (const QStringList &g : groups)
        out += g;
    return out;
}

// The family as QFontDatabase lists it, the name itself when it is another
// name of an installed family, or empty. Fontconfig names a family in the
// user's language ("文泉驿正黑" under a Chinese locale, "WenQuanYi Zen Hei"
// otherwise) and keeps its other names as aliases, which QFont understands.
// QFontDatabase::hasFamily resolves aliases through fontconfig, which costs
// milliseconds per missing name; the candidates are asked for on every export
// (the fallback notices, then the fonts themselves). The installed fonts do
// not change while the program runs, so each name is asked once.
bool hasFamily(const QString &family)
{
    static QHash<QString, bool> known;
    static QMutex lock;
    const QMutexLocker locker(&lock);
    const auto it = known.constFind(family);
    if (it != known.constEnd())
        return *it;
    return *known.insert(family, QFontDatabase::hasFamily(family));
}

// Whether a family draws Chinese: a Latin face asked for the tables would
// leave every ideograph to Qt's locale-dependent fallback. Asked once per name.
bool hasChineseGlyphs(const QString &family)
{
    static QHash<QString, bool> known;
    static QMutex lock;
    const QMutexLocker locker(&lock);
    if (const auto it = known.constFind(family); it != known.constEnd())
        return *it;
    const QRawFont raw = QRawFont::fromFont(QFont(family));
    const bool cjk = raw.isValid()
        && std::all_of(std::begin(u"中表金额"), std::end(u"中表金额") - 1,
            [&raw](char16_t c) { return raw.supportsCharacter(QChar(c)); });
    return *known.insert(family, cjk);
}

QString installedName(const QString &family, const QStringList &families)
{
    for (const QString &f : families)
        if (f.compare(family, Qt::CaseInsensitive) == 0)
            return f;
    return !family.isEmpty() && hasFamily(family) ? family : QString();
}

// Whether two names name the same installed family (or are the same name).
bool sameFamily(const QString &a, const QString &b)
{
    if (a.compare(b, Qt::CaseInsensitive) == 0)
        return true;
    if (a.isEmpty() || b.isEmpty() || !hasFamily(a) || !hasFamily(b))
        return false;
    return QFontInfo(QFont(a)).family().compare(QFontInfo(QFont(b)).family(), Qt::CaseInsensitive) == 0;
}

QString firstInstalled(const QStringList &candidates, const QStringList &families)
{
    for (const QString &c : candidates) {
        const QString f = installedName(c, families);
        if (!f.isEmpty())
            return f;
    }
    return {};
}

// The family to print with: the one asked for when usable, else the first
// installed candidate.
QString resolveFamily(const QString &wanted, const QList<QStringList> &groups, const QStringList &families)
{
    if (isUsablePrintFamily(wanted)) {
        const QString f = installedName(wanted, families);
        if (!f.isEmpty() && hasChineseGlyphs(f))
            return f;
    }
    return firstInstalled(flatten(groups), families);
}

// A family as the user sees it in font lists (fontconfig's name in the user's language).
QString displayName(const QString &family)
{
    return hasFamily(family) ? QFontInfo(QFont(family)).family() : family;
}

} // namespace

// The translation context of the notices below.
class PrintFonts
{
    Q_DECLARE_TR_FUNCTIONS(jixiao::PrintFonts)
};

QList<QStringList> titleFamilyGroups()
{
    return {xiaoBiaoSong(), hei(), freeHei(), song(), freeSong()};
}

QList<QStringList> headingFamilyGroups()
{
    return {hei(), freeHei(), song(), freeSong()};
}

QList<QStringList> bodyFamilyGroups()
{
    return {fangSong(), song(), freeSong(), freeHei()};
}

QStringList titleFamilyCandidates()
{
    return flatten(titleFamilyGroups());
}

QStringList headingFamilyCandidates()
{
    return flatten(headingFamilyGroups());
}

QStringList bodyFamilyCandidates()
{
    return flatten(bodyFamilyGroups());
}

bool isUsablePrintFamily(const QString &family)
{
    return !family.isEmpty() && !family.contains(QLatin1String("Noto"), Qt::CaseInsensitive)
        && !family.contains(QLatin1String("Source Han"), Qt::CaseInsensitive);
}

bool hasBoldStyle(const QString &family)
{
    // QFontDatabase::styles() is no witness: Qt's Windows font database lists a
    // bold style for every face, synthesized or not. The face Qt picks for bold
    // is: its OS/2 weight class (or the bold bit of its head table) says.
    if (!hasFamily(family))
        return false;
    QFont f(family);
    f.setBold(true);
    const QRawFont raw = QRawFont::fromFont(f);
    const QByteArray os2 = raw.fontTable("OS/2");
    if (os2.size() >= 6)
        return qFromBigEndian<quint16>(os2.constData() + 4) >= 600;
    const QByteArray head = raw.fontTable("head");
    return head.size() >= 46 && (qFromBigEndian<quint16>(head.constData() + 44) & 1) != 0;
}

bool isHeavyFamily(const QString &family)
{
    static const QStringList heavy {QStringLiteral("小标宋"), QStringLiteral("XiaoBiaoSong"), QStringLiteral("黑"),
        QStringLiteral("Hei"), QStringLiteral("Heavy"), QStringLiteral("Black")};
    return std::any_of(heavy.begin(), heavy.end(), [&](const QString &h) {
        return family.contains(h, Qt::CaseInsensitive);
    }) || hasBoldStyle(family);
}

PrintSettings resolveFonts(const PrintSettings &wanted)
{
    const QStringList families = QFontDatabase::families();
    PrintSettings s = wanted;
    s.titleFamily = resolveFamily(wanted.titleFamily, titleFamilyGroups(), families);
    s.headingFamily = resolveFamily(wanted.headingFamily, headingFamilyGroups(), families);
    s.bodyFamily = resolveFamily(wanted.bodyFamily, bodyFamilyGroups(), families);
    s.titlePointSize = std::clamp<qreal>(s.titlePointSize, 6, 36);
    s.bodyPointSize = std::clamp<qreal>(s.bodyPointSize, 6, 36);
    return s;
}

QStringList fontFallbackNotices(const PrintSettings &wanted)
{
    const PrintSettings used = resolveFonts(wanted);
    const PrintSettings automatic = resolveFonts({});
    struct Role
    {
        QString wanted, used, automatic;
        QList<QStringList> groups;
        QString name; // what prints in it
        bool mustBeHeavy;
    };
    const Role roles[] = {
        {wanted.titleFamily, used.titleFamily, automatic.titleFamily, titleFamilyGroups(), PrintFonts::tr("the titles"),
            true},
        {wanted.headingFamily, used.headingFamily, automatic.headingFamily, headingFamilyGroups(),
            PrintFonts::tr("the headings"), true},
        {wanted.bodyFamily, used.bodyFamily, automatic.bodyFamily, bodyFamilyGroups(), PrintFonts::tr("the cells"),
            false},
    };
    QStringList out;
    for (const Role &r : roles) {
        if (r.used.isEmpty())
            continue; // no Chinese font at all: printing itself says so
        // Asking by name for what would be chosen anyway (as a settings dialog
        // stores it) is still the automatic choice.
        if (!r.wanted.isEmpty() && !sameFamily(r.wanted, r.automatic)) {
            if (!isUsablePrintFamily(r.wanted))
                out.append(
                    PrintFonts::tr("The font “%1” cannot be used: text printed with it cannot be searched or copied "
                                   "from the PDF; %2 print in “%3” instead.")
                        .arg(r.wanted, r.name, displayName(r.used)));
            else if (!sameFamily(r.used, r.wanted) && hasFamily(r.wanted))
                out.append(PrintFonts::tr("The font “%1” has no Chinese characters; %2 print in “%3” instead.")
                               .arg(r.wanted, r.name, displayName(r.used)));
            else if (!sameFamily(r.used, r.wanted))
                out.append(PrintFonts::tr("The font “%1” is not installed; %2 print in “%3” instead.")
                               .arg(r.wanted, r.name, displayName(r.used)));
        } else if (std::none_of(r.groups.first().begin(), r.groups.first().end(),
                       [&](const QString &f) { return sameFamily(f, r.used); })) {
            out.append(PrintFonts::tr("The form’s font “%1” is not installed; %2 print in “%3” instead.")
                           .arg(r.groups.first().first(), r.name, displayName(r.used)));
        }
        if (r.mustBeHeavy && !isHeavyFamily(r.used)) {
            // Name what to install only when no heavy face is there to choose.
            const QString heavy = firstInstalled(flatten(r.groups), QFontDatabase::families());
            if (!heavy.isEmpty() && isHeavyFamily(heavy))
                out.append(PrintFonts::tr("“%1” has no heavy or bold style, so %2 do not stand out; “%3” is installed "
                                          "and has one.")
                               .arg(displayName(r.used), r.name, displayName(heavy)));
            else
                out.append(PrintFonts::tr("“%1” has no heavy or bold style, so %2 do not stand out. Install a heavy "
                                          "face: SimHei (黑体) on Windows, fonts-wqy-zenhei on Debian.")
                               .arg(displayName(r.used), r.name));
        }
    }
    return out;
}

} // namespace jixiao

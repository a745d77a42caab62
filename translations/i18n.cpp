// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace jixiao::i18n {

QString install(const QString &language)
{
    QString lang = language;
    if (lang.isEmpty()) {
        const QByteArray env = qgetenv("LANGUAGE"); // as gettext: an explicit choice wins
        const QString wanted = env.isEmpty() ? QLocale::system().name() : QString::fromLocal8Bit(env);
        lang = wanted.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
    }
    if (lang != QLatin1String("zh_CN"))
        return QStringLiteral("en");
    auto *app = QCoreApplication::instance();
    auto *own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/jixiao_zh_CN.qm")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(QStringLiteral("zh_CN")), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return lang;
}

} // namespace jixiao::i18n

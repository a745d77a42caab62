// SPDX-License-Identifier: GPL-3.0-or-later
// Header completeness: every table is stamped and signed, and names the
// department, who filled it in and how to reach them.
#include "rule.h"

#include "textscan.h"

#include <QRegularExpression>

namespace jixiao::rules {

namespace {

QString department(QLatin1String field)
{
    return QStringLiteral("/department/") + field;
}

void departmentName(const CheckContext &c, Sink &sink)
{
    if (c.filing.department.name.trimmed().isEmpty())
        sink.add(department(QLatin1String("name")), Checks::tr("The department name is empty."));
}

void preparer(const CheckContext &c, Sink &sink)
{
    if (c.filing.department.preparers.value_or(QString()).trimmed().isEmpty())
        sink.add(department(QLatin1String("preparers")), Checks::tr("Nobody is named as preparer (填表人)."));
}

// A landline with or without area code (0731-22610152, (0731)22610152,
// 22610152, an extension after 转 or -), an 11-digit mobile, or a 400/800
// service number.
bool isPhoneNumber(const QString &part)
{
    static const QRegularExpression landline(
        QStringLiteral("^(?:\\(0\\d{2,3}\\)|0\\d{2,3}-?)?[1-9]\\d{6,7}(?:(?:-|转)\\d{1,6})?$"));
    static const QRegularExpression mobile(QStringLiteral("^(?:\\+?86-?)?1[3-9]\\d{9}$"));
    static const QRegularExpression service(QStringLiteral("^[48]00-?\\d{3}-?\\d{4}$"));
    return landline.match(part).hasMatch() || mobile.match(part).hasMatch() || service.match(part).hasMatch();
}

void phone(const CheckContext &c, Sink &sink)
{
    const QString raw = c.filing.department.phone.value_or(QString());
    if (raw.trimmed().isEmpty()) {
        sink.add(department(QLatin1String("phone")), Checks::tr("The contact phone number is empty."));
        return;
    }
    // Full-width digits and brackets as ASCII; spaces and separators between numbers.
    QString folded;
    for (QChar ch : raw)
        if (!text::isSpace(ch))
            folded.append(QChar(text::fold(ch)));
    folded.replace(QStringLiteral("或"), QStringLiteral(","));
    static const QRegularExpression separators(QStringLiteral("[、,;/]"));
    const QStringList parts = folded.split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (isPhoneNumber(part))
            continue;
        Finding &f = sink.add(department(QLatin1String("phone")),
            Checks::tr("“%1” is not a phone number: a landline (with or without area code, such "
                       "as 0731-22610152) or an 11-digit mobile number.")
                .arg(raw.simplified()));
        f.actual = raw;
        return;
    }
}

} // namespace

const QList<Rule> &headerRules()
{
    static const QList<Rule> rules {
        {"header.department", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks", "Every table names the filing department."), departmentName},
        {"header.preparer", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks", "The footer names who filled in the tables (填表人)."), preparer},
        {"header.phone", Severity::Warning,
            QT_TRANSLATE_NOOP("jixiao::Checks", "The footer gives a phone number the finance office can call back."),
            phone},
    };
    return rules;
}

} // namespace jixiao::rules

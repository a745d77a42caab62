// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "print/verification.h"

using namespace jixiao;

int runVerify(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), cli::Text::tr("The filing whose code to print."));
    const QCommandLineOption expect(QStringLiteral("expect"),
        cli::Text::tr("The code on the paper: exit 1 unless the filing has it."), QStringLiteral("CODE"));
    parser.addOption(expect);
    int exit = cli::Ok;
    if (!cli::parse(parser, *cli::find(QStringLiteral("verify")), arguments, QStringLiteral("[--expect CODE]"), &exit))
        return exit;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1) {
        cli::err() << cli::Text::tr("verify takes one file: FILE") << Qt::endl;
        return cli::BadInput;
    }
    Filing filing;
    if (!cli::loadFiling(pos[0], &filing))
        return cli::BadInput;
    const QString code = verificationCode(filing);
    cli::out() << code << Qt::endl;
    if (parser.isSet(expect)) {
        // Read from paper: case, spaces and the dash do not matter, and as in
        // Crockford's base 32 O reads as 0 and I/L as 1 (the code has none of them).
        auto normal = [](QString s) {
            s = s.toUpper();
            s.remove(QLatin1Char('-'));
            s.remove(QLatin1Char(' '));
            s.replace(QLatin1Char('O'), QLatin1Char('0'));
            s.replace(QLatin1Char('I'), QLatin1Char('1'));
            s.replace(QLatin1Char('L'), QLatin1Char('1'));
            return s;
        };
        if (normal(parser.value(expect)) != normal(code)) {
            cli::err() << cli::Text::tr("The code does not match: the paper is not this filing (or it was changed "
                                        "after printing).")
                       << Qt::endl;
            return cli::Findings;
        }
        cli::err() << cli::Text::tr("The code matches.") << Qt::endl;
    }
    return cli::Ok;
}

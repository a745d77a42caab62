// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "form/registry.h"
#include "print/filingprinter.h"
#include "rules/checks.h"

#include <QRegularExpression>

using namespace jixiao;

namespace {

// overview | summary | all | direction:N (1-based, all directions in order) |
// direction:F.D | project:N (1-based)
bool parseTable(const QString &text, PrintSelection *out)
{
    const QString t = text.trimmed().toLower();
    *out = {};
    if (t == QLatin1String("all"))
        out->kind = PrintSelection::All;
    else if (t == QLatin1String(form::entry(form::Kind::Overview).id))
        out->kind = PrintSelection::Overview;
    else if (t == QLatin1String(form::entry(form::Kind::Summary).id))
        out->kind = PrintSelection::Summary;
    else {
        static const QRegularExpression re(QStringLiteral("^(direction|project):(\\d{1,6})(?:\\.(\\d{1,6}))?$"));
        const QRegularExpressionMatch m = re.match(t);
        if (!m.hasMatch())
            return false;
        const int first = m.captured(2).toInt() - 1;
        if (m.captured(1) == QLatin1String(form::entry(form::Kind::Project).id)) {
            out->kind = PrintSelection::Project;
            out->project = first;
            return first >= 0 && m.capturedLength(3) == 0;
        }
        out->kind = PrintSelection::Direction;
        if (m.capturedLength(3) > 0) {
            out->fund = first;
            out->direction = m.captured(3).toInt() - 1;
        } else {
            out->direction = first;
        }
        if (out->direction < 0 || (m.capturedLength(3) > 0 && out->fund < 0))
            return false;
    }
    return true;
}

} // namespace

int runExportPdf(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), cli::Text::tr("The filing to print."));
    const QCommandLineOption output(QStringList {QStringLiteral("o"), QStringLiteral("output")},
        cli::Text::tr("The PDF to write."), QStringLiteral("OUT.pdf"));
    const QCommandLineOption table(QStringLiteral("table"),
        cli::Text::tr("Which table: overview, summary, direction:N (the N-th direction, or direction:F.D for "
                      "direction D of fund F), project:N (the N-th project) or all (the default)."),
        QStringLiteral("TABLE"), QStringLiteral("all"));
    const QCommandLineOption pdfa(QStringLiteral("pdfa"), cli::Text::tr("Write PDF/A-1b, for archiving."));
    const QCommandLineOption strict(
        QStringLiteral("strict"), cli::Text::tr("Write nothing and exit 1 when the checks find errors."));
    const QCommandLineOption titleFont(QStringLiteral("title-font"),
        cli::Text::tr("Font family of the titles (default: 方正小标宋简体, else SimHei/黑体, else "
                      "WenQuanYi Zen Hei, whichever is installed)."),
        QStringLiteral("FAMILY"));
    const QCommandLineOption headingFont(QStringLiteral("heading-font"),
        cli::Text::tr("Font family of the column headings and labels (default: SimHei/黑体, else "
                      "WenQuanYi Zen Hei, whichever is installed)."),
        QStringLiteral("FAMILY"));
    const QCommandLineOption bodyFont(QStringLiteral("body-font"),
        cli::Text::tr("Font family of the tables (default: FangSong/仿宋, else SimSun/宋体, else AR PL "
                      "UMing CN, whichever is installed)."),
        QStringLiteral("FAMILY"));
    const QCommandLineOption pageNumbers(QStringLiteral("page-numbers"),
        cli::Text::tr("What the page numbers count: document (the whole PDF, the default), table (each "
                      "table from 1) or both."),
        QStringLiteral("COUNT"), QStringLiteral("document"));
    const QCommandLineOption amountsWithUnit(QStringLiteral("amounts-with-unit"),
        cli::Text::tr("Print the detail lines' amounts and their total with the unit (0.8万元)."));
    const QCommandLineOption titleSize(QStringLiteral("title-size"), cli::Text::tr("Title size in points (18)."),
        QStringLiteral("PT"), QStringLiteral("18"));
    const QCommandLineOption bodySize(QStringLiteral("body-size"), cli::Text::tr("Table text size in points (10.5)."),
        QStringLiteral("PT"), QStringLiteral("10.5"));
    const QCommandLineOption force = cli::forceOption();
    parser.addOptions({output, table, pdfa, strict, titleFont, headingFont, bodyFont, titleSize, bodySize, pageNumbers,
        amountsWithUnit, force});
    int exit = cli::Ok;
    if (!cli::parse(parser, *cli::find(QStringLiteral("export-pdf")), arguments, QStringLiteral("-o OUT.pdf"), &exit))
        return exit;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1 || !parser.isSet(output)) {
        cli::err() << cli::Text::tr("export-pdf takes one filing and -o OUT.pdf.") << Qt::endl;
        return cli::BadInput;
    }
    PrintSelection selection;
    if (!parseTable(parser.value(table), &selection)) {
        cli::err() << cli::Text::tr("Unknown table “%1”: use overview, summary, direction:N, project:N or all.")
                          .arg(parser.value(table))
                   << Qt::endl;
        return cli::BadInput;
    }
    PrintSettings wanted;
    wanted.titleFamily = parser.value(titleFont);
    wanted.headingFamily = parser.value(headingFont);
    wanted.bodyFamily = parser.value(bodyFont);
    bool okTitle = false, okBody = false;
    wanted.titlePointSize = parser.value(titleSize).toDouble(&okTitle);
    wanted.bodyPointSize = parser.value(bodySize).toDouble(&okBody);
    if (!okTitle || !okBody || wanted.titlePointSize < 6 || wanted.titlePointSize > 36 || wanted.bodyPointSize < 6
        || wanted.bodyPointSize > 36) {
        cli::err() << cli::Text::tr("Font sizes are points from 6 to 36.") << Qt::endl;
        return cli::BadInput;
    }
    wanted.pdfA = parser.isSet(pdfa);
    wanted.amountsWithUnit = parser.isSet(amountsWithUnit);
    const QString numbers = parser.value(pageNumbers).trimmed().toLower();
    if (numbers == QLatin1String("document"))
        wanted.pageNumbers = PageNumbers::Document;
    else if (numbers == QLatin1String("table"))
        wanted.pageNumbers = PageNumbers::Table;
    else if (numbers == QLatin1String("both"))
        wanted.pageNumbers = PageNumbers::TableAndDocument;
    else {
        cli::err()
            << cli::Text::tr("Unknown page numbering “%1”: use document, table or both.").arg(parser.value(pageNumbers))
            << Qt::endl;
        return cli::BadInput;
    }

    Filing filing;
    if (!cli::loadFiling(pos[0], &filing))
        return cli::BadInput;

    // Printing is checked first: paper with errors goes out only knowingly.
    QList<Finding> errors;
    for (const Finding &f : runChecks(filing))
        if (f.severity == Severity::Error)
            errors.append(f);
    if (!errors.isEmpty()) {
        const bool refuse = parser.isSet(strict);
        cli::err() << (refuse ? cli::Text::tr("The checks find %1 error(s) in %2; nothing was written (--strict):")
                              : cli::Text::tr("Warning: the checks find %1 error(s) in %2; the PDF is written anyway:"))
                          .arg(errors.size())
                          .arg(pos[0])
                   << Qt::endl;
        for (qsizetype i = 0; i < errors.size() && i < 5; ++i)
            cli::err() << QStringLiteral("  ") << describeLocation(filing, errors[i].pointer) << QStringLiteral(": ")
                       << errors[i].message << Qt::endl;
        if (errors.size() > 5)
            cli::err() << QStringLiteral("  …") << Qt::endl;
        cli::err() << cli::Text::tr("Run “jixiao validate %1” for every finding.").arg(pos[0]) << Qt::endl;
        if (refuse)
            return cli::Findings;
    }

    // Printed with other faces than the form's or the ones asked for: said, not hidden.
    const PrintSettings used = resolveFonts(wanted);
    for (const QString &notice : fontFallbackNotices(wanted))
        cli::err() << cli::Text::tr("Warning: %1").arg(notice) << Qt::endl;

    const QString path = parser.value(output);
    QString error;
    int pages = 0;
    files::WriteOptions options;
    options.force = parser.isSet(force);
    QStringList missing;
    QString code;
    if (!FilingPrinter::exportPdf(filing, path, selection, used, &error, &pages, options, &missing, &code)) {
        cli::err() << error << Qt::endl;
        return cli::BadInput;
    }
    for (const QString &notice : std::as_const(missing))
        cli::err() << cli::Text::tr("Warning: %1").arg(notice) << Qt::endl;
    cli::out() << cli::Text::tr("Wrote %1 (%2 pages, verification code %3)").arg(path).arg(pages).arg(code) << Qt::endl;
    return cli::Ok;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/filing.h"

#include <QList>
#include <QString>
#include <QStringList>

// The checks: a rule engine over the filing model that finds what a finance
// reviewer would (sums that do not add up, calculation texts that contradict
// their amounts, targets stated twice with two values, stale years, …).
// Every rule is a pure function over the model; the catalogue is data.
namespace jixiao {

enum class Severity {
    Error, // the official tables are inconsistent: confirm before printing for signature
    Warning, // very likely a mistake
    Info, // a quality hint
};

QString severityName(Severity s); // translated: 错误/警告/提示 in zh_CN
QString severityKey(Severity s); // stable, for machines: "error", "warning", "info"

struct Finding
{
    Severity severity = Severity::Warning;
    QString rule; // stable id, e.g. "sum.direction-details"
    QString pointer; // RFC 6901 into the interchange format
    QStringList related; // pointers of the other cells involved
    QString message; // in the UI language
    QString expected; // "" when not applicable (e.g. "3" for a sum)
    QString actual; // ""
    bool applicable = false; // writing `expected` into `pointer` is the unambiguous fix (a sum)
    bool operator==(const Finding &) const = default;
};

struct CheckOptions
{
    // Below this share of quantitative indicators in a table, an info finding.
    int minQuantitativePercent = 50;
    // Below this satisfaction target (in %), an info finding.
    int minSatisfactionPercent = 80;
};

struct RuleInfo
{
    QString id;
    Severity severity;
    QString why; // one translated line
};

// Every rule, in the order they run.
QList<RuleInfo> ruleCatalogue();

// All findings, sorted by the pointer's place in the document, then rule.
QList<Finding> runChecks(const Filing &filing, const CheckOptions &options = {});

// Where a pointer is in the printed form, in words and with names from the
// filing: "支出方向 业务性专项 › 支出明细 第2行 › 金额".
QString describeLocation(const Filing &filing, const QString &pointer);

struct FindingCounts
{
    int errors = 0, warnings = 0, infos = 0;
};
FindingCounts countFindings(const QList<Finding> &findings);

// Orders two pointers as their cells appear in the interchange document
// (schema key order, array order; a container before what it contains).
bool pointerLess(const QString &a, const QString &b);

} // namespace jixiao

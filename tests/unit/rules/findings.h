// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/checks.h"

#include <gtest/gtest.h>

#include <QStringList>

#include <set>
#include <string>
#include <tuple>

// The severities, as the tests' expectations write them.
inline constexpr jixiao::Severity E = jixiao::Severity::Error;
inline constexpr jixiao::Severity W = jixiao::Severity::Warning;
inline constexpr jixiao::Severity I = jixiao::Severity::Info;

// Findings reduced to what the tests assert: rule, severity, pointer.
struct Key
{
    std::string rule;
    jixiao::Severity severity;
    std::string pointer;
    auto operator<=>(const Key &) const = default;
};

inline std::set<Key> keys(const QList<jixiao::Finding> &findings)
{
    std::set<Key> out;
    for (const jixiao::Finding &f : findings)
        out.insert({f.rule.toStdString(), f.severity, f.pointer.toStdString()});
    return out;
}

inline std::string describe(const QList<jixiao::Finding> &findings)
{
    std::string s;
    for (const jixiao::Finding &f : findings)
        s += "  " + jixiao::severityKey(f.severity).toStdString() + " " + f.rule.toStdString() + " "
            + f.pointer.toStdString() + " — " + f.message.toStdString() + "\n";
    return s;
}

inline void PrintTo(const Key &k, std::ostream *os)
{
    *os << "{" << k.rule << ", " << jixiao::severityKey(k.severity).toStdString() << ", " << k.pointer << "}";
}

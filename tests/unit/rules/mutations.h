// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The mutation tests' tools: the seed changed in one place, and the findings
// that appear or go away because of it.
#include "findings.h"

#include "model/jsonio.h"

#include <algorithm>
#include <functional>

inline jixiao::Money m(const char *text)
{
    jixiao::Money v;
    EXPECT_TRUE(jixiao::Money::parseCanonical(QString::fromUtf8(text), &v)) << text;
    return v;
}

struct Outcome
{
    std::set<Key> added, removed;
    QList<jixiao::Finding> findings;
};

// `seed` changed by `change`.
inline Outcome mutateFrom(const jixiao::Filing &seed, const std::function<void(jixiao::Filing &)> &change,
    const jixiao::CheckOptions &options = {})
{
    jixiao::Filing f = seed;
    change(f);
    Outcome o;
    o.findings = jixiao::runChecks(f, options);
    const std::set<Key> before = keys(jixiao::runChecks(seed, options));
    const std::set<Key> after = keys(o.findings);
    std::set_difference(
        after.begin(), after.end(), before.begin(), before.end(), std::inserter(o.added, o.added.end()));
    std::set_difference(
        before.begin(), before.end(), after.begin(), after.end(), std::inserter(o.removed, o.removed.end()));
    return o;
}

inline Outcome mutate(const std::function<void(jixiao::Filing &)> &change, const jixiao::CheckOptions &options = {})
{
    return mutateFrom(jixiao::sampleFiling(), change, options);
}

inline const jixiao::Finding *findingAt(const Outcome &o, const char *rule, const char *pointer)
{
    for (const jixiao::Finding &f : o.findings)
        if (f.rule == QLatin1String(rule) && f.pointer == QLatin1String(pointer))
            return &f;
    return nullptr;
}

inline jixiao::Direction &dir(jixiao::Filing &f, int fund)
{
    return f.funds[fund].directions[0];
}

#define EXPECT_ONLY(outcome, ...)                                                                                      \
    do {                                                                                                               \
        const Outcome &o_ = (outcome);                                                                                 \
        EXPECT_EQ(o_.added, (std::set<Key> {__VA_ARGS__})) << describe(o_.findings);                                   \
        EXPECT_TRUE(o_.removed.empty()) << describe(o_.findings);                                                      \
    } while (false)

#define EXPECT_NOTHING_NEW(outcome)                                                                                    \
    do {                                                                                                               \
        const Outcome &o_ = (outcome);                                                                                 \
        EXPECT_TRUE(o_.added.empty()) << describe(o_.findings);                                                        \
    } while (false)

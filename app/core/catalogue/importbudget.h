// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <limits>

// The most work and output one OpenAPI import may take (issue 14: a few kilobytes of $refs in
// breadth, or of nested YAML aliases, kept an import busy for minutes). Each limit is far above
// what real documents use (bench/catalogue prints what they use: GitHub's 1,223 operations take
// 9,000 schema nodes, a generated 10,000 operations about 125,000) and far below what a hostile
// document can ask for; low enough that one stops in about a second, and in seconds, not
// minutes, under the fuzzers' sanitizers. Past one, the import stops with a message that names it,
// and nothing is imported.
struct ImportLimits
{
    static constexpr qint64 MiB = 1024 * 1024;

    // Values and bytes of text that YAML aliases may add to a document, on top of the
    // document's own size: a YAML file without aliases can never reach them.
    qint64 yamlAliasValues = 250'000;
    qint64 yamlAliasTextBytes = 4 * MiB;
    // Schema nodes visited while resolving $refs, in the whole document.
    qint64 schemaNodes = 250'000;
    // Values in the generated example bodies of the whole document, and their size as JSON.
    qint64 exampleValues = 250'000;
    qint64 exampleBytes = 8 * MiB;

    // No limit at all: for tests that prove the limits change nothing for a real document.
    static ImportLimits unlimited()
    {
        constexpr qint64 Max = std::numeric_limits<qint64>::max();
        return {Max, Max, Max, Max, Max};
    }
};

// What one import spent, in the units of ImportLimits (YAML counts include the document's own
// values and text). bench/catalogue prints it for real documents.
struct ImportUsage
{
    qint64 yamlValues = 0;
    qint64 yamlTextBytes = 0;
    qint64 schemaNodes = 0;
    qint64 exampleValues = 0;
    qint64 exampleBytes = 0;
};

// a + b for non-negative values, at most qint64's largest (an unlimited limit plus a size).
constexpr qint64 saturatingAdd(qint64 a, qint64 b)
{
    return a > std::numeric_limits<qint64>::max() - b ? std::numeric_limits<qint64>::max() : a + b;
}

// One kind of work counted against its limit. Once spent past the limit it stays exhausted.
class WorkBudget
{
public:
    explicit WorkBudget(qint64 limit = std::numeric_limits<qint64>::max())
        : m_limit(limit)
    {
    }

    // False once the total spent has passed the limit.
    bool spend(qint64 amount = 1)
    {
        if (amount > m_limit - m_spent)
            m_exhausted = true;
        else
            m_spent += amount;
        return !m_exhausted;
    }
    bool exhausted() const { return m_exhausted; }
    qint64 spent() const { return m_spent; }
    qint64 limit() const { return m_limit; }

private:
    qint64 m_limit;
    qint64 m_spent = 0;
    bool m_exhausted = false;
};

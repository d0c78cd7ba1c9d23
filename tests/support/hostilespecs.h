// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

// OpenAPI documents of a few kilobytes that ask an import for an astronomical amount of work
// (issue 14). Header-only, for the catalogue, CLI and explorer tests.
namespace HostileSpecs {

// Levels of schemas, each with properties that $ref the next level, the last level's properties
// being leaf: by default a 12 KB document whose request body, written out in full, would hold
// 10^30 values. The depth stays small; the breadth is the problem.
inline QByteArray refBreadth(int levels = 30, int properties = 10,
                             const QByteArray &leaf = "{\"type\":\"string\"}")
{
    QByteArray schemas;
    for (int level = 0; level < levels; ++level) {
        const QByteArray property = level + 1 < levels
            ? "{\"$ref\":\"#/components/schemas/L" + QByteArray::number(level + 1) + "\"}"
            : leaf;
        QByteArray members;
        for (int p = 0; p < properties; ++p)
            members += (p ? ",\"p" : "\"p") + QByteArray::number(p) + "\":" + property;
        if (level)
            schemas += ",\n";
        schemas += "\"L" + QByteArray::number(level) + "\":{\"type\":\"object\",\"properties\":{"
            + members + "}}";
    }
    return "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"Breadth\", \"version\": \"1\"},\n"
           "\"paths\": {\"/v1/breadth\": {\"post\": {\"summary\": \"Send a very wide body\",\n"
           "  \"requestBody\": {\"content\": {\"application/json\": {\"schema\": "
           "{\"$ref\": \"#/components/schemas/L0\"}}}},\n"
           "  \"responses\": {\"200\": {\"description\": \"OK\"}}}}},\n"
           "\"components\": {\"schemas\": {\n"
        + schemas + "}}}\n";
}

// "Billion laughs": nine levels of YAML aliases, each repeating the one before ten times, so
// that about 300 bytes expand to 10^9 strings.
inline QByteArray billionLaughs()
{
    QByteArray yaml = "openapi: 3.0.3\ninfo: {title: Laughs, version: \"1\"}\n"
                      "x-l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int level = 1; level < 9; ++level) {
        const QByteArray previous = "*l" + QByteArray::number(level - 1);
        yaml += "x-l" + QByteArray::number(level) + ": &l" + QByteArray::number(level) + " [";
        for (int i = 0; i < 10; ++i)
            yaml += (i ? ", " : "") + previous;
        yaml += "]\n";
    }
    yaml += "paths:\n  /v1/laughs:\n    get:\n      summary: Laugh\n      responses:\n"
            "        '200': {description: OK}\n";
    return yaml;
}

} // namespace HostileSpecs

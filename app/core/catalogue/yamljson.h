// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "importbudget.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// A YAML document as JSON, or the error with its 1-based position (0 when unknown).
struct YamlJsonResult
{
    QJsonValue value;
    QStringList memberKeyOrder; // the keys of the root's orderedMember mapping, as written
    QString error;
    int line = 0;
    int column = 0;
    qint64 values = 0; // converted, aliases written out
    qint64 textBytes = 0;
};

// Converts the first YAML document in data. Plain scalars follow the YAML 1.2 core schema (null,
// booleans, integers, floats); quoted scalars stay strings. Keys are always strings.
// A JSON object forgets the order of its keys; memberKeyOrder keeps it for the one root member
// named orderedMember (an OpenAPI document's "paths"). Aliases are written out in full, within
// the limits' yamlAlias* budgets.
YamlJsonResult yamlToJson(const QByteArray &data, const QString &orderedMember = {},
                          const ImportLimits &limits = {});

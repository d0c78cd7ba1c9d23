// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

// A YAML document as JSON, or the error with its 1-based position (0 when unknown).
struct YamlJsonResult
{
    QJsonValue value;
    QString error;
    int line = 0;
    int column = 0;
};

// Converts the first YAML document in data. Plain scalars follow the YAML 1.2 core schema (null,
// booleans, integers, floats); quoted scalars stay strings. Keys are always strings.
YamlJsonResult yamlToJson(const QByteArray &data);

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

// How a concrete path fits an OpenAPI path template ("/v1/patients/{id}").
struct PathTemplateMatch
{
    int score = -1; // -1: no match; otherwise higher is more specific (a literal segment counts 2)
    QMap<QString, QString> values; // parameter name → its percent-decoded value

    bool matches() const { return score >= 0; }
};

// The query and fragment of concretePath and a trailing '/' on either side are ignored. A
// parameter matches one non-empty segment, or part of one ("{name}.json").
PathTemplateMatch matchPathTemplate(const QString &pathTemplate, const QString &concretePath);

// The template's parameter names, each once, in the order they first appear:
// "/v1/a/{id}/b/{key}" → ["id", "key"].
QStringList pathTemplateParameters(const QString &pathTemplate);

// The template with each parameter replaced by valueOf(its name), percent-encoded so that a '/'
// or '?' in a value stays data. Literal text keeps what a path may hold and encodes the rest
// (spaces, non-ASCII).
QString expandPathTemplate(const QString &pathTemplate,
                           const std::function<QString(const QString &name)> &valueOf);

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// One operation of the bundled OpenAPI catalogue with its canned answer.
struct SandboxOperation
{
    QByteArray method; // upper case, e.g. "GET"
    QString pathTemplate; // e.g. "/v1/appointments/{id}"
    int status = 200; // the lowest documented 2xx
    QJsonValue example; // deterministic body built from the response schema
};

// A request path matched against an operation: the operation and its path parameters.
struct SandboxRouteMatch
{
    const SandboxOperation *operation = nullptr;
    QMap<QString, QString> pathParameters;
};

// The operations of an OpenAPI 3 document, each with an example answer made from its
// response schema: $ref into components, allOf merged, oneOf/anyOf first choice,
// `example`, then `enum[0]`, then `default`, then a format-aware value; arrays of one item.
class SandboxCatalogue
{
public:
    static std::optional<SandboxCatalogue> load(const QByteArray &json, QString *error);
    // The catalogue shipped as the resource ":/hero/catalogue.json".
    static std::optional<SandboxCatalogue> builtIn(QString *error);

    const QList<SandboxOperation> &operations() const { return m_operations; }
    // The operation for method + path; literal segments beat {parameters}.
    std::optional<SandboxRouteMatch> match(const QByteArray &method, const QString &path) const;

    // The example value of a schema, resolving $ref against the document's components.
    static QJsonValue exampleFor(const QJsonValue &schema, const QJsonObject &document);

private:
    QList<SandboxOperation> m_operations;
};

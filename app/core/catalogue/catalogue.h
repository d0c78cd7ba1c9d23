// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "importbudget.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

// One parameter of an operation (path-item and operation parameters merged).
struct Parameter
{
    QString name;
    QString in; // "path", "query", "header" or "cookie"
    bool required = false;
    QString schemaType; // "string", "integer", …; "integer|string" for a 3.1 type list
    QString description;
    QString example; // as text: a string as is, anything else as compact JSON

    friend bool operator==(const Parameter &a, const Parameter &b);
    friend bool operator!=(const Parameter &a, const Parameter &b) { return !(a == b); }
};

// One HTTP operation of an OpenAPI document.
struct Operation
{
    QString method; // upper case
    QString path; // the template, e.g. "/v1/patients/{id}"
    QString operationId;
    QString summary;
    QString description;
    QStringList tags;
    QList<Parameter> parameters;
    QJsonObject
        requestBodySchema; // local $refs resolved; a cycle is left as {"$ref", "x-circular"}
    QByteArray exampleBody; // pretty JSON generated from the request schema; empty without one
    QString requiredScope; // empty when no scope is known to govern the operation
    QString confidence; // x-confidence ("documented", "partial", …), empty when absent
    // Status code → description. "default" is stored as 0 and a range like "4XX" as 4.
    QMap<int, QString> responses;

    QString displayName() const { return method + QLatin1Char(' ') + path; }
    friend bool operator==(const Operation &a, const Operation &b);
    friend bool operator!=(const Operation &a, const Operation &b) { return !(a == b); }
};

struct CatalogueLoadResult;

// The operations of one or more OpenAPI 3.0/3.1 documents, in document order.
class Catalogue
{
public:
    QString title;
    QString version;
    QList<Operation> operations;
    QStringList tagOrder; // the documents' declared tag order; tags first seen on operations follow
    QMap<QString, QString> tagDescriptions;

    // Parses an OpenAPI document. JSON or YAML is chosen by the hint's suffix (.json, .yaml,
    // .yml) and, without one, by the first non-blank character. Never throws. A document that
    // needs more work than the limits allow is an error that names the limit.
    static CatalogueLoadResult load(const QByteArray &data, const QString &fileNameHint = {},
                                    const ImportLimits &limits = {});
    static CatalogueLoadResult loadFile(const QString &fileName, const ImportLimits &limits = {});
    // The Hero catalogue shipped in the resources (":/hero/catalogue.json").
    static Catalogue bundled();

    // Adds other's operations; one with the same method and path replaces ours in place.
    void merge(const Catalogue &other);

    // The operation whose template matches a concrete request, or -1. A literal segment beats a
    // template one ("/v1/patients/register" over "/v1/patients/{id}"); the query is ignored.
    int indexOf(const QString &method, const QString &concretePath) const;
    const Operation *find(const QString &method, const QString &concretePath) const;
    int indexOfOperationId(const QString &operationId) const;

    bool isEmpty() const { return operations.isEmpty(); }
    friend bool operator==(const Catalogue &a, const Catalogue &b);
    friend bool operator!=(const Catalogue &a, const Catalogue &b) { return !(a == b); }
};

// Lower-case identifier of a scope name as the sandbox uses it: "Booking links" → "booking_links".
QString scopeId(const QString &scopeName);

// Either a catalogue or an error that names its place.
struct CatalogueLoadResult
{
    Catalogue catalogue;
    QString error; // empty on success; else "line 3, column 7: …" or "/paths/~1v1~1me/get: …"
    int line = 0; // 1-based; 0 when the error is not about a text position
    int column = 0;
    QString pointer; // JSON pointer of the offending node, when the error is structural
    ImportUsage usage; // the work it took, against the ImportLimits

    bool ok() const { return error.isEmpty(); }
};

Q_DECLARE_METATYPE(Operation)
Q_DECLARE_METATYPE(Catalogue)

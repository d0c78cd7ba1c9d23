// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "catalogue.h"
#include "importbudget.h"
#include "schemaexample.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// Turns a parsed OpenAPI 3.0/3.1 document into a Catalogue. Structural errors stop the read and
// are reported with the JSON pointer of the offending node.
class OpenApiReader
{
    Q_DECLARE_TR_FUNCTIONS(OpenApiReader)

public:
    // pathOrder: the keys of "paths" as the document writes them (a QJsonObject sorts them);
    // operations follow it, and paths missing from it come after, sorted. The schema and
    // example limits bound the work of the whole read; past one, read() fails naming it.
    explicit OpenApiReader(const QJsonObject &root, const QStringList &pathOrder = {},
                           const ImportLimits &limits = {});

    bool read(Catalogue *catalogue);
    QString errorText() const { return m_errorText; }
    QString errorPointer() const { return m_errorPointer; }
    // Writes the schema and example work the read spent into usage.
    void recordUsage(ImportUsage *usage) const;

    // "/paths/~1v1~1me" for the key "/v1/me".
    static QString escapePointerToken(const QString &token);

private:
    struct ScopeRule
    {
        QString scope;
        QString prefix;
        bool wildcard = false; // the pattern ended in '*': a plain prefix, not a segment boundary
    };

    bool fail(const QString &pointer, const QString &text);
    QJsonValue lookup(const QString &ref, bool *found) const;
    // Follows a $ref chain on a non-schema object (parameter, request body, response, example).
    bool dereference(const QJsonValue &value, const QString &pointer, QJsonObject *out);
    QJsonValue resolveSchema(const QJsonValue &schema, int depth);
    // resolveSchema() within the document's budget; false (and failed) once it is spent.
    bool resolveWithinBudget(const QJsonValue &schema, const QString &pointer, QJsonValue *out);
    bool readOperation(const QString &path, const QString &method, const QJsonObject &object,
                       const QList<Parameter> &pathParameters, const QString &pointer,
                       Operation *operation);
    bool readParameters(const QJsonValue &value, const QString &pointer,
                        QList<Parameter> *parameters);
    bool readParameter(const QJsonValue &value, const QString &pointer, Parameter *parameter);
    bool readRequestBody(const QJsonValue &value, const QString &pointer, Operation *operation);
    bool readResponses(const QJsonValue &value, const QString &pointer, Operation *operation);
    void readScopeRules();
    QString scopeFor(const QString &path, const QJsonObject &operation) const;

    QJsonObject m_root;
    QStringList m_pathOrder;
    QHash<QString, QJsonValue> m_resolvedRefs; // refs whose expansion met no cycle
    QStringList m_refStack;
    int m_circularMarks = 0;
    int m_budget = 0; // of the current operation; past it, its schemas stay partly unresolved
    WorkBudget m_schemaNodes; // of the whole document; past it, the read fails
    ExampleBudget m_examples;
    QList<ScopeRule> m_scopeRules;
    QStringList m_defaultScopes; // from the document-level security requirement
    QString m_errorText;
    QString m_errorPointer;
};

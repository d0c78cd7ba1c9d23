// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "openapireader.h"

#include "schemaexample.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace {

// Nodes one operation's schemas may expand to; an acyclic but exponential $ref graph stops here.
constexpr int SchemaBudget = 200000;
constexpr int MaxSchemaDepth = 64;

const char *const httpMethods[] = {"get",     "put",  "post",  "delete",
                                   "options", "head", "patch", "trace"};

QStringList securityScopes(const QJsonValue &security)
{
    QStringList scopes;
    for (const QJsonValue &requirement : security.toArray()) {
        const QJsonObject schemes = requirement.toObject();
        for (auto it = schemes.begin(); it != schemes.end(); ++it) {
            for (const QJsonValue &scope : it.value().toArray()) {
                const QString name = scope.toString();
                if (!name.isEmpty() && !scopes.contains(name))
                    scopes.append(name);
            }
        }
    }
    return scopes;
}

QByteArray jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented).trimmed();
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented).trimmed();
    if (value.isUndefined())
        return {};
    // A scalar: serialise it inside an array and take the array's brackets off.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QString exampleText(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(jsonText(value)).simplified();
}

// The Hero sandbox's scope mapping (SANDBOX.md), for documents that bring none of their own.
struct FallbackRule
{
    const char *scope;
    const char *prefix;
};
constexpr FallbackRule fallbackRules[] = {
    {"Messaging", "/v1/messages"},          {"Messaging", "/v1/batch_message"},
    {"Booking", "/v1/appointments"},        {"Booking", "/v1/slots"},
    {"Booking", "/v1/appointment_types"},   {"Booking", "/v1/locations"},
    {"Booking links", "/v1/booking_links"},
};

} // namespace

OpenApiReader::OpenApiReader(const QJsonObject &root, const QStringList &pathOrder,
                             const ImportLimits &limits)
    : m_root(root)
    , m_pathOrder(pathOrder)
    , m_schemaNodes(limits.schemaNodes)
    , m_examples{WorkBudget(limits.exampleValues), WorkBudget(limits.exampleBytes)}
{
}

QString OpenApiReader::escapePointerToken(const QString &token)
{
    QString escaped = token;
    escaped.replace(QLatin1Char('~'), QLatin1String("~0"));
    escaped.replace(QLatin1Char('/'), QLatin1String("~1"));
    return escaped;
}

void OpenApiReader::recordUsage(ImportUsage *usage) const
{
    usage->schemaNodes = m_schemaNodes.spent();
    usage->exampleValues = m_examples.values.spent();
    usage->exampleBytes = m_examples.bytes.spent();
}

bool OpenApiReader::fail(const QString &pointer, const QString &text)
{
    m_errorPointer = pointer;
    m_errorText = text;
    return false;
}

bool OpenApiReader::read(Catalogue *catalogue)
{
    const QJsonValue openapi = m_root.value(QLatin1String("openapi"));
    if (openapi.isUndefined()) {
        if (m_root.contains(QLatin1String("swagger")))
            return fail(QStringLiteral("/swagger"),
                        tr("Swagger 2.0 is not supported; convert the file to OpenAPI 3"));
        return fail(QStringLiteral("/openapi"), tr("missing 'openapi' version field"));
    }
    const QString version =
        openapi.isDouble() ? QString::number(openapi.toDouble()) : openapi.toString();
    if (!version.startsWith(QLatin1String("3.")))
        return fail(QStringLiteral("/openapi"),
                    tr("unsupported OpenAPI version '%1' (3.0 or 3.1 expected)").arg(version));

    const QJsonObject info = m_root.value(QLatin1String("info")).toObject();
    catalogue->title = info.value(QLatin1String("title")).toString();
    catalogue->version = info.value(QLatin1String("version")).toString();

    const QJsonValue tags = m_root.value(QLatin1String("tags"));
    if (!tags.isUndefined() && !tags.isArray())
        return fail(QStringLiteral("/tags"), tr("not an array"));
    const QJsonArray tagArray = tags.toArray();
    for (qsizetype i = 0; i < tagArray.size(); ++i) {
        const QJsonObject tag = tagArray.at(i).toObject();
        const QString name = tag.value(QLatin1String("name")).toString();
        if (name.isEmpty())
            return fail(QStringLiteral("/tags/%1").arg(i), tr("missing 'name'"));
        if (!catalogue->tagOrder.contains(name))
            catalogue->tagOrder.append(name);
        const QString description = tag.value(QLatin1String("description")).toString();
        if (!description.isEmpty())
            catalogue->tagDescriptions.insert(name, description);
    }

    readScopeRules();
    m_defaultScopes = securityScopes(m_root.value(QLatin1String("security")));

    const QJsonValue pathsValue = m_root.value(QLatin1String("paths"));
    if (pathsValue.isUndefined())
        return true; // allowed in 3.1 (a webhooks-only document)
    if (!pathsValue.isObject())
        return fail(QStringLiteral("/paths"), tr("not an object"));
    const QJsonObject paths = pathsValue.toObject();
    catalogue->operations.reserve(paths.size() * 2);

    // The document's order, as Swagger UI and the Hero portal show it; QJsonObject's own
    // iteration is sorted.
    QStringList orderedPaths;
    orderedPaths.reserve(paths.size());
    QSet<QString> seen;
    for (const QString &path : std::as_const(m_pathOrder)) {
        if (paths.contains(path) && !seen.contains(path)) {
            seen.insert(path);
            orderedPaths.append(path);
        }
    }
    for (auto it = paths.begin(); it != paths.end() && orderedPaths.size() < paths.size(); ++it) {
        if (!seen.contains(it.key()))
            orderedPaths.append(it.key());
    }
    for (const QString &path : std::as_const(orderedPaths)) {
        const QJsonValue pathValue = paths.value(path);
        const QString pathPointer = QStringLiteral("/paths/") + escapePointerToken(path);
        if (path.startsWith(QLatin1String("x-")))
            continue;
        if (!path.startsWith(QLatin1Char('/')))
            return fail(pathPointer, tr("a path must start with '/'"));
        QJsonObject item;
        if (!dereference(pathValue, pathPointer, &item))
            return false;

        QList<Parameter> pathParameters;
        if (!readParameters(item.value(QLatin1String("parameters")),
                            pathPointer + QStringLiteral("/parameters"), &pathParameters))
            return false;

        for (const char *method : httpMethods) {
            const QString methodKey = QLatin1String(method);
            const auto found = item.constFind(methodKey);
            if (found == item.constEnd())
                continue;
            const QString pointer = pathPointer + QLatin1Char('/') + methodKey;
            if (!found.value().isObject())
                return fail(pointer, tr("an operation must be an object"));
            Operation operation;
            if (!readOperation(path, methodKey, found.value().toObject(), pathParameters, pointer,
                               &operation))
                return false;
            for (const QString &tag : std::as_const(operation.tags)) {
                if (!catalogue->tagOrder.contains(tag))
                    catalogue->tagOrder.append(tag);
            }
            catalogue->operations.append(std::move(operation));
        }
    }
    return true;
}

bool OpenApiReader::readOperation(const QString &path, const QString &method,
                                  const QJsonObject &object, const QList<Parameter> &pathParameters,
                                  const QString &pointer, Operation *operation)
{
    m_budget = SchemaBudget;
    operation->method = method.toUpper();
    operation->path = path;
    operation->operationId = object.value(QLatin1String("operationId")).toString();
    operation->summary = object.value(QLatin1String("summary")).toString();
    operation->description = object.value(QLatin1String("description")).toString();
    operation->confidence = object.value(QLatin1String("x-confidence")).toString();

    const QJsonValue tags = object.value(QLatin1String("tags"));
    if (!tags.isUndefined()) {
        if (!tags.isArray())
            return fail(pointer + QStringLiteral("/tags"), tr("not an array"));
        const QJsonArray tagArray = tags.toArray();
        for (qsizetype i = 0; i < tagArray.size(); ++i) {
            if (!tagArray.at(i).isString())
                return fail(pointer + QStringLiteral("/tags/%1").arg(i), tr("not a string"));
            operation->tags.append(tagArray.at(i).toString());
        }
    }

    QList<Parameter> own;
    if (!readParameters(object.value(QLatin1String("parameters")),
                        pointer + QStringLiteral("/parameters"), &own))
        return false;
    // Operation parameters override path-item ones with the same name and location.
    operation->parameters = pathParameters;
    for (const Parameter &parameter : std::as_const(own)) {
        auto same = std::find_if(operation->parameters.begin(), operation->parameters.end(),
                                 [&parameter](const Parameter &p) {
                                     return p.name == parameter.name && p.in == parameter.in;
                                 });
        if (same != operation->parameters.end())
            *same = parameter;
        else
            operation->parameters.append(parameter);
    }

    if (!readRequestBody(object.value(QLatin1String("requestBody")),
                         pointer + QStringLiteral("/requestBody"), operation))
        return false;
    if (!readResponses(object.value(QLatin1String("responses")),
                       pointer + QStringLiteral("/responses"), operation))
        return false;
    operation->requiredScope = scopeFor(path, object);
    return true;
}

bool OpenApiReader::readParameters(const QJsonValue &value, const QString &pointer,
                                   QList<Parameter> *parameters)
{
    if (value.isUndefined())
        return true;
    if (!value.isArray())
        return fail(pointer, tr("not an array"));
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        Parameter parameter;
        if (!readParameter(array.at(i), pointer + QLatin1Char('/') + QString::number(i),
                           &parameter))
            return false;
        parameters->append(parameter);
    }
    return true;
}

bool OpenApiReader::readParameter(const QJsonValue &value, const QString &pointer,
                                  Parameter *parameter)
{
    QJsonObject object;
    if (!dereference(value, pointer, &object))
        return false;
    const QJsonValue name = object.value(QLatin1String("name"));
    if (!name.isString() || name.toString().isEmpty())
        return fail(pointer, tr("missing 'name'"));
    const QJsonValue in = object.value(QLatin1String("in"));
    if (in.isUndefined())
        return fail(pointer, tr("missing 'in'"));
    const QString location = in.toString();
    if (location != QLatin1String("path") && location != QLatin1String("query")
        && location != QLatin1String("header") && location != QLatin1String("cookie"))
        return fail(pointer + QStringLiteral("/in"),
                    tr("'in' must be path, query, header or cookie, not '%1'")
                        .arg(in.isString() ? location : QString::fromUtf8(jsonText(in))));
    parameter->name = name.toString();
    parameter->in = location;
    parameter->required =
        object.value(QLatin1String("required")).toBool() || location == QLatin1String("path");
    parameter->description = object.value(QLatin1String("description")).toString();

    QJsonValue resolved;
    if (!resolveWithinBudget(object.value(QLatin1String("schema")),
                             pointer + QStringLiteral("/schema"), &resolved))
        return false;
    const QJsonObject schema = resolved.toObject();
    parameter->schemaType = schemaTypeName(schema);

    QJsonValue example = object.value(QLatin1String("example"));
    if (example.isUndefined()) {
        const QJsonObject examples = object.value(QLatin1String("examples")).toObject();
        if (!examples.isEmpty()) {
            QJsonObject first;
            if (dereference(examples.begin().value(),
                            pointer + QStringLiteral("/examples/")
                                + escapePointerToken(examples.begin().key()),
                            &first))
                example = first.value(QLatin1String("value"));
            else
                return false;
        }
    }
    if (example.isUndefined() && !schema.isEmpty()) {
        for (const auto key : {QLatin1String("example"), QLatin1String("default")}) {
            if (schema.contains(key)) {
                example = schema.value(key);
                break;
            }
        }
        if (example.isUndefined()) {
            const QJsonArray values = schema.value(QLatin1String("enum")).toArray();
            if (!values.isEmpty())
                example = values.first();
        }
    }
    parameter->example = exampleText(example);
    return true;
}

bool OpenApiReader::readRequestBody(const QJsonValue &value, const QString &pointer,
                                    Operation *operation)
{
    if (value.isUndefined())
        return true;
    QJsonObject body;
    if (!dereference(value, pointer, &body))
        return false;
    const QJsonValue contentValue = body.value(QLatin1String("content"));
    if (contentValue.isUndefined())
        return true;
    if (!contentValue.isObject())
        return fail(pointer + QStringLiteral("/content"), tr("not an object"));
    const QJsonObject content = contentValue.toObject();
    if (content.isEmpty())
        return true;

    auto chosen = content.constFind(QLatin1String("application/json"));
    if (chosen == content.constEnd()) {
        for (auto it = content.constBegin(); it != content.constEnd(); ++it) {
            if (it.key().endsWith(QLatin1String("+json"))
                || it.key().endsWith(QLatin1String("/json"))) {
                chosen = it;
                break;
            }
        }
        if (chosen == content.constEnd())
            chosen = content.constBegin();
    }
    const QString mediaPointer =
        pointer + QStringLiteral("/content/") + escapePointerToken(chosen.key());
    if (!chosen.value().isObject())
        return fail(mediaPointer, tr("not an object"));
    const QJsonObject media = chosen.value().toObject();

    const QString schemaPointer = mediaPointer + QStringLiteral("/schema");
    QJsonValue schema;
    if (!resolveWithinBudget(media.value(QLatin1String("schema")), schemaPointer, &schema))
        return false;
    operation->requestBodySchema = schema.toObject();

    QJsonValue example = media.value(QLatin1String("example"));
    if (example.isUndefined()) {
        const QJsonObject examples = media.value(QLatin1String("examples")).toObject();
        if (!examples.isEmpty()) {
            QJsonObject first;
            if (!dereference(examples.begin().value(),
                             mediaPointer + QStringLiteral("/examples/")
                                 + escapePointerToken(examples.begin().key()),
                             &first))
                return false;
            example = first.value(QLatin1String("value"));
        }
    }
    if (example.isUndefined() && schema.isObject()) {
        example = exampleFromSchema(operation->requestBodySchema, &m_examples);
        if (m_examples.values.exhausted())
            return fail(schemaPointer,
                        tr("schemas refer to each other too much: stopped after %L1 values "
                           "of example bodies")
                            .arg(m_examples.values.limit()));
        if (m_examples.bytes.exhausted())
            return fail(schemaPointer,
                        tr("schemas refer to each other too much: stopped after %1 of "
                           "example bodies")
                            .arg(QLocale::c().formattedDataSize(
                                m_examples.bytes.limit(), 0, QLocale::DataSizeTraditionalFormat)));
    }
    operation->exampleBody = jsonText(example);
    return true;
}

bool OpenApiReader::readResponses(const QJsonValue &value, const QString &pointer,
                                  Operation *operation)
{
    if (value.isUndefined())
        return true;
    if (!value.isObject())
        return fail(pointer, tr("not an object"));
    const QJsonObject responses = value.toObject();
    for (auto it = responses.begin(); it != responses.end(); ++it) {
        const QString key = it.key();
        if (key.startsWith(QLatin1String("x-")))
            continue;
        const QString responsePointer = pointer + QLatin1Char('/') + escapePointerToken(key);
        int status = -1;
        if (key == QLatin1String("default")) {
            status = 0;
        } else if (key.size() == 3 && key.at(0) >= QLatin1Char('1') && key.at(0) <= QLatin1Char('5')
                   && key.mid(1).compare(QLatin1String("XX"), Qt::CaseInsensitive) == 0) {
            status = key.at(0).digitValue();
        } else {
            bool ok = false;
            status = key.toInt(&ok);
            if (!ok || status < 100 || status > 599)
                return fail(responsePointer, tr("not an HTTP status code"));
        }
        QJsonObject response;
        if (!dereference(it.value(), responsePointer, &response))
            return false;
        operation->responses.insert(status,
                                    response.value(QLatin1String("description")).toString());
    }
    return true;
}

QJsonValue OpenApiReader::lookup(const QString &ref, bool *found) const
{
    *found = false;
    if (!ref.startsWith(QLatin1Char('#')))
        return {}; // external documents are not fetched
    const QString fragment = QUrl::fromPercentEncoding(ref.mid(1).toUtf8());
    if (fragment.isEmpty()) {
        *found = true;
        return m_root;
    }
    if (!fragment.startsWith(QLatin1Char('/')))
        return {};
    QJsonValue current = m_root;
    const QStringList tokens = fragment.mid(1).split(QLatin1Char('/'));
    for (QString token : tokens) {
        token.replace(QLatin1String("~1"), QLatin1String("/"));
        token.replace(QLatin1String("~0"), QLatin1String("~"));
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            const auto it = object.constFind(token);
            if (it == object.constEnd())
                return {};
            current = it.value();
        } else if (current.isArray()) {
            bool ok = false;
            const int index = token.toInt(&ok);
            const QJsonArray array = current.toArray();
            if (!ok || index < 0 || index >= array.size())
                return {};
            current = array.at(index);
        } else {
            return {};
        }
    }
    *found = true;
    return current;
}

bool OpenApiReader::dereference(const QJsonValue &value, const QString &pointer, QJsonObject *out)
{
    QJsonValue current = value;
    QStringList seen;
    while (current.isObject()) {
        const QJsonObject object = current.toObject();
        const QJsonValue ref = object.value(QLatin1String("$ref"));
        if (!ref.isString()) {
            *out = object;
            return true;
        }
        const QString target = ref.toString();
        if (seen.contains(target))
            return fail(pointer, tr("circular $ref '%1'").arg(target));
        seen.append(target);
        bool found = false;
        current = lookup(target, &found);
        if (!found)
            return fail(pointer, tr("unresolved $ref '%1'").arg(target));
    }
    return fail(pointer, tr("not an object"));
}

bool OpenApiReader::resolveWithinBudget(const QJsonValue &schema, const QString &pointer,
                                        QJsonValue *out)
{
    *out = resolveSchema(schema, 0);
    if (!m_schemaNodes.exhausted())
        return true;
    return fail(pointer,
                tr("schemas refer to each other too much: stopped after %L1 schema nodes "
                   "while resolving $refs")
                    .arg(m_schemaNodes.limit()));
}

QJsonValue OpenApiReader::resolveSchema(const QJsonValue &schema, int depth)
{
    if (--m_budget < 0 || depth > MaxSchemaDepth || !m_schemaNodes.spend())
        return schema;
    if (schema.isArray()) {
        QJsonArray array = schema.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = resolveSchema(array.at(i), depth + 1);
        return array;
    }
    if (!schema.isObject())
        return schema;

    QJsonObject object = schema.toObject();
    const QJsonValue refValue = object.value(QLatin1String("$ref"));
    if (refValue.isString()) {
        const QString ref = refValue.toString();
        QJsonValue resolved;
        if (m_refStack.contains(ref)) {
            ++m_circularMarks;
            return QJsonObject{{QStringLiteral("$ref"), ref}, {QStringLiteral("x-circular"), true}};
        }
        const auto cached = m_resolvedRefs.constFind(ref);
        if (cached != m_resolvedRefs.cend()) {
            resolved = cached.value();
        } else {
            bool found = false;
            const QJsonValue target = lookup(ref, &found);
            if (!found)
                return QJsonObject{{QStringLiteral("$ref"), ref},
                                   {QStringLiteral("x-unresolved"), true}};
            const int marksBefore = m_circularMarks;
            const int budgetBefore = m_budget;
            m_refStack.append(ref);
            resolved = resolveSchema(target, depth + 1);
            m_refStack.removeLast();
            // A result cut by a cycle or by the budget depends on where it was reached from.
            if (m_circularMarks == marksBefore && m_budget > 0 && budgetBefore > 0)
                m_resolvedRefs.insert(ref, resolved);
        }
        if (object.size() == 1 || !resolved.isObject())
            return resolved;
        // 3.1 allows siblings next to $ref (description, nullable, …): they refine the target.
        QJsonObject merged = resolved.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() != QLatin1String("$ref"))
                merged.insert(it.key(), it.value());
        }
        return merged;
    }

    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &key = it.key();
        // Literal JSON values may legitimately hold a "$ref" key; leave them alone.
        if (key == QLatin1String("example") || key == QLatin1String("examples")
            || key == QLatin1String("enum") || key == QLatin1String("const")
            || key == QLatin1String("default"))
            continue;
        const QJsonValue child = it.value();
        if (child.isObject() || child.isArray())
            it.value() = resolveSchema(child, depth + 1);
    }
    return object;
}

void OpenApiReader::readScopeRules()
{
    const QJsonObject scopes = m_root.value(QLatin1String("x-scopes")).toObject();
    QJsonObject mapping = scopes.value(QLatin1String("mapping")).toObject();
    if (mapping.isEmpty())
        mapping = scopes.value(QLatin1String("inferred-mapping")).toObject();
    if (mapping.isEmpty())
        mapping = scopes; // {"Scope": ["/v1/prefix*", …]} directly
    for (auto it = mapping.begin(); it != mapping.end(); ++it) {
        for (const QJsonValue &pattern : it.value().toArray()) {
            QString prefix = pattern.toString();
            if (!prefix.startsWith(QLatin1Char('/')))
                continue;
            ScopeRule rule;
            rule.scope = it.key();
            rule.wildcard = prefix.endsWith(QLatin1Char('*'));
            if (rule.wildcard)
                prefix.chop(1);
            rule.prefix = prefix;
            m_scopeRules.append(rule);
        }
    }
    if (m_scopeRules.isEmpty()) {
        for (const auto &rule : fallbackRules)
            m_scopeRules.append(
                {QString::fromLatin1(rule.scope), QString::fromLatin1(rule.prefix), false});
    }
}

QString OpenApiReader::scopeFor(const QString &path, const QJsonObject &operation) const
{
    const QJsonValue security = operation.value(QLatin1String("security"));
    if (security.isArray()) {
        const QStringList scopes = securityScopes(security);
        if (!scopes.isEmpty())
            return scopes.join(QStringLiteral(", "));
    }
    const QString own = operation.value(QLatin1String("x-scope")).toString();
    if (!own.isEmpty())
        return own;

    const ScopeRule *best = nullptr;
    for (const ScopeRule &rule : m_scopeRules) {
        const bool matches = rule.wildcard
            ? path.startsWith(rule.prefix)
            : (path == rule.prefix || path.startsWith(rule.prefix + QLatin1Char('/')));
        if (matches && (!best || rule.prefix.size() > best->prefix.size()))
            best = &rule;
    }
    if (best)
        return best->scope;
    return m_defaultScopes.join(QStringLiteral(", "));
}

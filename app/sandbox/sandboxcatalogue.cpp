// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "sandboxcatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

constexpr int MaxSchemaDepth = 12;

QJsonValue resolveRef(const QString &ref, const QJsonObject &document)
{
    if (!ref.startsWith(QStringLiteral("#/")))
        return {};
    QJsonValue current = document;
    const QStringList parts = ref.mid(2).split(QLatin1Char('/'));
    for (QString part : parts) {
        part.replace(QStringLiteral("~1"), QStringLiteral("/"));
        part.replace(QStringLiteral("~0"), QStringLiteral("~"));
        current = current.toObject().value(part);
        if (current.isUndefined())
            return {};
    }
    return current;
}

QJsonValue stringExample(const QJsonObject &schema)
{
    const QString format = schema.value(QStringLiteral("format")).toString();
    if (format == QLatin1String("date-time"))
        return QStringLiteral("2026-01-15T09:30:00.000Z");
    if (format == QLatin1String("date"))
        return QStringLiteral("2026-01-15");
    if (format == QLatin1String("time"))
        return QStringLiteral("09:30:00");
    if (format == QLatin1String("email"))
        return QStringLiteral("patient@example.com");
    if (format == QLatin1String("uri") || format == QLatin1String("url"))
        return QStringLiteral("https://example.com/sandbox");
    if (format == QLatin1String("uuid"))
        return QStringLiteral("3f2b8c1e-5d4a-4e7b-9c0d-1a2b3c4d5e6f");
    if (format == QLatin1String("byte"))
        return QStringLiteral("c2FuZGJveA==");
    const QString pattern = schema.value(QStringLiteral("pattern")).toString();
    if (pattern == QLatin1String("^\\d+$") || pattern == QLatin1String("^[0-9]+$"))
        return QStringLiteral("10001");
    return QStringLiteral("string");
}

QJsonValue exampleAt(const QJsonValue &value, const QJsonObject &document, int depth,
                     QStringList *refStack)
{
    if (depth > MaxSchemaDepth || !value.isObject())
        return QJsonValue::Null;
    QJsonObject schema = value.toObject();
    const QString ref = schema.value(QStringLiteral("$ref")).toString();
    if (!ref.isEmpty()) {
        if (refStack->contains(ref)) // a recursive schema ends in null
            return QJsonValue::Null;
        refStack->append(ref);
        const QJsonValue resolved =
            exampleAt(resolveRef(ref, document), document, depth + 1, refStack);
        refStack->removeLast();
        return resolved;
    }
    if (schema.contains(QStringLiteral("example")))
        return schema.value(QStringLiteral("example"));
    const QJsonArray enumValues = schema.value(QStringLiteral("enum")).toArray();
    if (!enumValues.isEmpty())
        return enumValues.first();
    if (schema.contains(QStringLiteral("default")))
        return schema.value(QStringLiteral("default"));

    const QJsonArray allOf = schema.value(QStringLiteral("allOf")).toArray();
    if (!allOf.isEmpty()) {
        QJsonObject merged;
        for (const QJsonValue &part : allOf) {
            const QJsonObject partExample =
                exampleAt(part, document, depth + 1, refStack).toObject();
            for (auto it = partExample.constBegin(); it != partExample.constEnd(); ++it)
                merged.insert(it.key(), it.value());
        }
        const QJsonObject own = schema.value(QStringLiteral("properties")).toObject();
        for (auto it = own.constBegin(); it != own.constEnd(); ++it)
            merged.insert(it.key(), exampleAt(it.value(), document, depth + 1, refStack));
        return merged;
    }
    for (const QString &choice : {QStringLiteral("oneOf"), QStringLiteral("anyOf")}) {
        const QJsonArray alternatives = schema.value(choice).toArray();
        if (!alternatives.isEmpty())
            return exampleAt(alternatives.first(), document, depth + 1, refStack);
    }

    QString type = schema.value(QStringLiteral("type")).toString();
    if (type.isEmpty() && schema.contains(QStringLiteral("properties")))
        type = QStringLiteral("object");
    if (type.isEmpty() && schema.contains(QStringLiteral("items")))
        type = QStringLiteral("array");
    if (type == QLatin1String("object")) {
        QJsonObject object;
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        for (auto it = properties.constBegin(); it != properties.constEnd(); ++it)
            object.insert(it.key(), exampleAt(it.value(), document, depth + 1, refStack));
        return object;
    }
    if (type == QLatin1String("array")) {
        const QJsonValue item =
            exampleAt(schema.value(QStringLiteral("items")), document, depth + 1, refStack);
        return QJsonArray{item};
    }
    if (type == QLatin1String("string"))
        return stringExample(schema);
    if (type == QLatin1String("integer"))
        return qint64(schema.value(QStringLiteral("minimum")).toDouble(1));
    if (type == QLatin1String("number"))
        return schema.value(QStringLiteral("minimum")).toDouble(1.5);
    if (type == QLatin1String("boolean"))
        return true;
    return QJsonValue::Null;
}

// The lowest documented 2xx response and its JSON schema (responses may be $refs).
std::pair<int, QJsonValue> successResponse(const QJsonObject &responses,
                                           const QJsonObject &document)
{
    int bestStatus = 0;
    QJsonValue bestResponse;
    for (auto it = responses.constBegin(); it != responses.constEnd(); ++it) {
        bool ok = false;
        const int status = it.key().toInt(&ok);
        if (ok && status >= 200 && status < 300 && (bestStatus == 0 || status < bestStatus)) {
            bestStatus = status;
            bestResponse = it.value();
        }
    }
    if (bestStatus == 0)
        return {200, QJsonValue()};
    QJsonObject response = bestResponse.toObject();
    const QString ref = response.value(QStringLiteral("$ref")).toString();
    if (!ref.isEmpty())
        response = resolveRef(ref, document).toObject();
    const QJsonObject content = response.value(QStringLiteral("content")).toObject();
    QJsonValue schema = content.value(QStringLiteral("application/json"))
                            .toObject()
                            .value(QStringLiteral("schema"));
    return {bestStatus, schema};
}

int templateParameterCount(const QString &pathTemplate)
{
    return int(pathTemplate.count(QLatin1Char('{')));
}

} // namespace

QJsonValue SandboxCatalogue::exampleFor(const QJsonValue &schema, const QJsonObject &document)
{
    QStringList refStack;
    return exampleAt(schema, document, 0, &refStack);
}

std::optional<SandboxCatalogue> SandboxCatalogue::load(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError
        || !root.value(QStringLiteral("paths")).isObject()) {
        if (error)
            *error = QStringLiteral("the catalogue is not an OpenAPI document with paths");
        return std::nullopt;
    }
    static const QStringList methods = {QStringLiteral("get"),     QStringLiteral("put"),
                                        QStringLiteral("post"),    QStringLiteral("delete"),
                                        QStringLiteral("options"), QStringLiteral("head"),
                                        QStringLiteral("patch")};
    SandboxCatalogue catalogue;
    const QJsonObject paths = root.value(QStringLiteral("paths")).toObject();
    for (auto pathIt = paths.constBegin(); pathIt != paths.constEnd(); ++pathIt) {
        const QJsonObject item = pathIt.value().toObject();
        for (const QString &method : methods) {
            if (!item.contains(method))
                continue;
            const QJsonObject operation = item.value(method).toObject();
            const auto [status, schema] =
                successResponse(operation.value(QStringLiteral("responses")).toObject(), root);
            SandboxOperation entry;
            entry.method = method.toUpper().toLatin1();
            entry.pathTemplate = pathIt.key();
            entry.status = status;
            // An operation documented without a body still answers JSON: an empty object.
            entry.example =
                schema.isUndefined() ? QJsonValue(QJsonObject()) : exampleFor(schema, root);
            catalogue.m_operations.append(entry);
        }
    }
    return catalogue;
}

std::optional<SandboxCatalogue> SandboxCatalogue::builtIn(QString *error)
{
    QFile file(QStringLiteral(":/hero/catalogue.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("the built-in catalogue resource is missing");
        return std::nullopt;
    }
    return load(file.readAll(), error);
}

std::optional<SandboxRouteMatch> SandboxCatalogue::match(const QByteArray &method,
                                                         const QString &path) const
{
    const QStringList segments = path.split(QLatin1Char('/'));
    std::optional<SandboxRouteMatch> best;
    for (const SandboxOperation &operation : m_operations) {
        if (operation.method != method)
            continue;
        const QStringList templateSegments = operation.pathTemplate.split(QLatin1Char('/'));
        if (templateSegments.size() != segments.size())
            continue;
        SandboxRouteMatch candidate;
        candidate.operation = &operation;
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            const QString &expected = templateSegments.at(i);
            if (expected.startsWith(QLatin1Char('{')) && expected.endsWith(QLatin1Char('}')))
                matches = !segments.at(i).isEmpty();
            else
                matches = expected == segments.at(i);
            if (matches && expected.startsWith(QLatin1Char('{')))
                candidate.pathParameters.insert(expected.mid(1, expected.size() - 2),
                                                segments.at(i));
        }
        if (matches
            && (!best
                || templateParameterCount(operation.pathTemplate)
                    < templateParameterCount(best->operation->pathTemplate)))
            best = candidate;
    }
    return best;
}

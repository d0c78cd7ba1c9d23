// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "schemaexample.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace {

constexpr int MaxDepth = 24;

QString firstType(const QJsonObject &schema)
{
    const QJsonValue type = schema.value(QLatin1String("type"));
    if (type.isString())
        return type.toString();
    if (type.isArray()) {
        for (const QJsonValue &member : type.toArray()) {
            if (member.toString() != QLatin1String("null"))
                return member.toString();
        }
        return QStringLiteral("null");
    }
    if (schema.contains(QLatin1String("properties")))
        return QStringLiteral("object");
    if (schema.contains(QLatin1String("items")))
        return QStringLiteral("array");
    return {};
}

QJsonValue stringExample(const QJsonObject &schema)
{
    const QString format = schema.value(QLatin1String("format")).toString();
    if (format == QLatin1String("date-time"))
        return QStringLiteral("2026-01-15T09:30:00Z");
    if (format == QLatin1String("date"))
        return QStringLiteral("2026-01-15");
    if (format == QLatin1String("time"))
        return QStringLiteral("09:30:00");
    if (format == QLatin1String("email"))
        return QStringLiteral("patient@example.com");
    if (format == QLatin1String("uuid"))
        return QStringLiteral("3fa85f64-5717-4562-b3fc-2c963f66afa6");
    if (format == QLatin1String("uri") || format == QLatin1String("url"))
        return QStringLiteral("https://example.com/");
    if (schema.value(QLatin1String("pattern")).toString() == QLatin1String("^\\d+$"))
        return QStringLiteral("123");
    return QStringLiteral("string");
}

// Walks a schema as a tree. The $refs in it are resolved into shared subtrees, so a few
// kilobytes of schemas in breadth are a tree of 10^30 nodes: every value made is counted, as is
// its size as indented JSON, and once the budget is spent every call returns at once.
class Generator
{
public:
    explicit Generator(ExampleBudget *budget)
        : m_budget(budget)
    {
    }

    QJsonValue example(const QJsonObject &schema, int depth);

private:
    bool spend(qint64 values, qint64 bytes)
    {
        return !m_budget || (m_budget->values.spend(values) && m_budget->bytes.spend(bytes));
    }
    bool exhausted() const { return m_budget && m_budget->exhausted(); }
    // A value written in the document (an example, a default), counted as it will be written
    // out here: the same literal reached through many $refs is written out many times.
    bool spendLiteral(const QJsonValue &value, int depth);

    ExampleBudget *m_budget;
};

bool Generator::spendLiteral(const QJsonValue &value, int depth)
{
    const qint64 indent = 4 * qint64(depth);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (!spend(1, indent + 4))
            return false;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!spend(0, it.key().size() + 4) || !spendLiteral(it.value(), depth + 1))
                return false;
        }
        return true;
    }
    if (value.isArray()) {
        if (!spend(1, indent + 4))
            return false;
        for (const QJsonValue &item : value.toArray()) {
            if (!spendLiteral(item, depth + 1))
                return false;
        }
        return true;
    }
    return spend(1, indent + 8 + (value.isString() ? value.toString().size() : 0));
}

QJsonValue Generator::example(const QJsonObject &schema, int depth)
{
    if (exhausted() || depth > MaxDepth || schema.contains(QLatin1String("x-circular")))
        return QJsonValue(QJsonValue::Null);
    if (!spend(1, 4 * qint64(depth) + 8))
        return QJsonValue(QJsonValue::Null);
    const auto literal = [this, depth](const QJsonValue &value) {
        return spendLiteral(value, depth) ? value : QJsonValue(QJsonValue::Null);
    };
    for (const auto key :
         {QLatin1String("example"), QLatin1String("default"), QLatin1String("const")}) {
        const auto it = schema.constFind(key);
        if (it != schema.constEnd())
            return literal(it.value());
    }
    const QJsonArray examples = schema.value(QLatin1String("examples")).toArray();
    if (!examples.isEmpty())
        return literal(examples.first());
    const QJsonArray enumValues = schema.value(QLatin1String("enum")).toArray();
    if (!enumValues.isEmpty())
        return literal(enumValues.first());

    const QJsonArray allOf = schema.value(QLatin1String("allOf")).toArray();
    if (!allOf.isEmpty()) {
        QJsonObject merged;
        QJsonValue last;
        for (const QJsonValue &part : allOf) {
            last = example(part.toObject(), depth + 1);
            const QJsonObject partObject = last.toObject();
            for (auto it = partObject.begin(); it != partObject.end(); ++it)
                merged.insert(it.key(), it.value());
        }
        return merged.isEmpty() ? last : QJsonValue(merged);
    }
    for (const auto key : {QLatin1String("oneOf"), QLatin1String("anyOf")}) {
        const QJsonArray choices = schema.value(key).toArray();
        if (!choices.isEmpty())
            return example(choices.first().toObject(), depth + 1);
    }

    const QString type = firstType(schema);
    if (type == QLatin1String("object")) {
        QJsonObject object;
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end() && !exhausted(); ++it) {
            const QJsonObject property = it.value().toObject();
            if (property.value(QLatin1String("readOnly")).toBool())
                continue; // never sent in a request body
            if (!spend(0, it.key().size() + 4))
                break;
            object.insert(it.key(), example(property, depth + 1));
        }
        return object;
    }
    if (type == QLatin1String("array")) {
        const QJsonObject items = schema.value(QLatin1String("items")).toObject();
        if (items.isEmpty())
            return QJsonArray();
        return QJsonArray{example(items, depth + 1)};
    }
    if (type == QLatin1String("string")) {
        const QJsonValue text = stringExample(schema);
        spend(0, text.toString().size());
        return text;
    }
    if (type == QLatin1String("integer") || type == QLatin1String("number")) {
        const QJsonValue minimum = schema.value(QLatin1String("minimum"));
        return minimum.isDouble() ? minimum.toDouble() : 0;
    }
    if (type == QLatin1String("boolean"))
        return true;
    return QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonValue exampleFromSchema(const QJsonObject &schema, ExampleBudget *budget)
{
    return Generator(budget).example(schema, 0);
}

QString schemaTypeName(const QJsonObject &schema)
{
    const QJsonValue type = schema.value(QLatin1String("type"));
    if (type.isArray()) {
        QStringList names;
        for (const QJsonValue &member : type.toArray()) {
            if (member.toString() != QLatin1String("null"))
                names.append(member.toString());
        }
        return names.isEmpty() ? QStringLiteral("null") : names.join(QLatin1Char('|'));
    }
    return firstType(schema);
}

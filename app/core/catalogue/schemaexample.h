// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "importbudget.h"

#include <QJsonValue>
#include <QString>

class QJsonObject;

// What the examples of one import may take: every value made, and its size as indented JSON.
struct ExampleBudget
{
    WorkBudget values;
    WorkBudget bytes;

    bool exhausted() const { return values.exhausted() || bytes.exhausted(); }
};

// A plausible JSON value for a schema whose $refs are already resolved: the schema's own
// example, default, const or first enum value when it has one, otherwise one built from its type.
// With a budget, generation stops once it is spent (budget->exhausted()), and what it returned
// then is incomplete.
QJsonValue exampleFromSchema(const QJsonObject &schema, ExampleBudget *budget = nullptr);

// The schema's main type: "type" as is, or the non-null members of a 3.1 type list joined by
// '|'; inferred as "object"/"array" from properties/items when "type" is absent.
QString schemaTypeName(const QJsonObject &schema);

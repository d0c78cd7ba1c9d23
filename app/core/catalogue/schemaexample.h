// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QString>

class QJsonObject;

// A plausible JSON value for a schema whose $refs are already resolved: the schema's own
// example, default, const or first enum value when it has one, otherwise one built from its type.
QJsonValue exampleFromSchema(const QJsonObject &schema);

// The schema's main type: "type" as is, or the non-null members of a 3.1 type list joined by
// '|'; inferred as "object"/"array" from properties/items when "type" is absent.
QString schemaTypeName(const QJsonObject &schema);

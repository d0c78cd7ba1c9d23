// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "http/exchange.h"

#include <QJsonValue>
#include <QString>

// One of httpyac's assertion lines, "?? status == 200": a field of the response, a condition,
// and what is expected. docs/collections.md lists the fields and conditions that are run.
struct Assertion
{
    enum class Field { Status, Duration, Header, Body };
    Field field = Field::Status;
    QString argument; // the header's name, or the path into the JSON body ("network.id");
                      // empty for the whole body
    QString condition; // "==", "!=", "<", "<=", ">", ">=", "startsWith", "endsWith",
                       // "includes", "exists", "isFalse", "isNumber", "isBoolean", "isString",
                       // "isArray", "matches"
    QString expected; // empty for the conditions that take none
    QString text; // the line as written, without "??"
};

// Reads one line ("?? header content-type includes json"); false and *error naming what is
// wrong with it.
bool parseAssertion(const QString &line, Assertion *assertion, QString *error);

// What an assertion found in a response.
struct AssertionResult
{
    QString text; // the assertion as written
    bool passed = false;
    QString actual; // what the response held, as text; "(absent)" when it held nothing there
    QString expected;
};

AssertionResult evaluateAssertion(const Assertion &assertion, const Exchange &exchange);

// A value inside a JSON document by a path of names and indexes: "network.id", "data[0].id",
// "items.0.name". False when the path leads nowhere.
bool jsonValueAt(const QJsonValue &root, const QString &path, QJsonValue *value);

// A JSON value as a variable or an assertion sees it: a string as it is, null as "null",
// numbers, booleans, objects and arrays as their compact JSON.
QString jsonValueText(const QJsonValue &value);

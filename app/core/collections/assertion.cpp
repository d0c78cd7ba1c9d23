// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "collections/assertion.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <optional>

namespace {

// The texts of this file, in the context "Assertion" for lupdate and the translators.
struct AssertionTexts
{
    Q_DECLARE_TR_FUNCTIONS(Assertion)
};

// Conditions that compare with an expected value, and those that take none.
const QStringList &comparing()
{
    static const QStringList conditions = {
        QStringLiteral("=="),       QStringLiteral("!="),         QStringLiteral("<="),
        QStringLiteral(">="),       QStringLiteral("<"),          QStringLiteral(">"),
        QStringLiteral("equals"),   QStringLiteral("startsWith"), QStringLiteral("endsWith"),
        QStringLiteral("includes"), QStringLiteral("contains"),   QStringLiteral("matches")};
    return conditions;
}

const QStringList &unary()
{
    static const QStringList conditions = {QStringLiteral("exists"),    QStringLiteral("isTrue"),
                                           QStringLiteral("isFalse"),   QStringLiteral("isNumber"),
                                           QStringLiteral("isBoolean"), QStringLiteral("isString"),
                                           QStringLiteral("isArray")};
    return conditions;
}

std::optional<double> numberOf(const QString &text)
{
    bool ok = false;
    const double number = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(number) : std::nullopt;
}

// The expected value as httpyac reads it: JSON when it is JSON ("\"Ada\"", 10, true), else the
// text as written.
QString expectedText(const QString &expected)
{
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray("[") + expected.toUtf8() + "]", &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return expected;
    return jsonValueText(document.array().first());
}

bool compare(const QString &condition, const QString &actual, const QString &expected)
{
    const std::optional<double> a = numberOf(actual);
    const std::optional<double> e = numberOf(expected);
    const bool numeric = a && e;
    if (condition == u"==" || condition == u"equals")
        return numeric ? *a == *e : actual == expected;
    if (condition == u"!=")
        return numeric ? *a != *e : actual != expected;
    if (condition == u"<")
        return numeric ? *a < *e : actual < expected;
    if (condition == u"<=")
        return numeric ? *a <= *e : actual <= expected;
    if (condition == u">")
        return numeric ? *a > *e : actual > expected;
    if (condition == u">=")
        return numeric ? *a >= *e : actual >= expected;
    if (condition == u"startsWith")
        return actual.startsWith(expected);
    if (condition == u"endsWith")
        return actual.endsWith(expected);
    if (condition == u"includes" || condition == u"contains")
        return actual.contains(expected);
    if (condition == u"matches") {
        const QRegularExpression pattern(expected);
        return pattern.isValid() && pattern.match(actual).hasMatch();
    }
    return false;
}

} // namespace

bool parseAssertion(const QString &line, Assertion *assertion, QString *error)
{
    QString text = line.trimmed();
    if (text.startsWith(QStringLiteral("??")))
        text = text.mid(2).trimmed();
    Assertion result;
    result.text = text;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty()) {
        *error = AssertionTexts::tr("The assertion is empty: write “?? status == 200”.");
        return false;
    }
    const QString field = words.first();
    int next = 1;
    if (field == u"status") {
        result.field = Assertion::Field::Status;
    } else if (field == u"duration") {
        result.field = Assertion::Field::Duration;
    } else if (field == u"header") {
        result.field = Assertion::Field::Header;
        if (words.size() < 2) {
            *error = AssertionTexts::tr(
                "“header” needs the header's name: “?? header content-type includes "
                "json”.");
            return false;
        }
        result.argument = words.at(1).toLower();
        next = 2;
    } else if (field == u"body") {
        result.field = Assertion::Field::Body;
        // "body == x" checks the whole body, "body network.id == 10" a value inside it.
        if (words.size() > 1 && !comparing().contains(words.at(1))
            && !unary().contains(words.at(1))) {
            result.argument = words.at(1);
            next = 2;
        }
    } else {
        *error = AssertionTexts::tr(
                     "“%1” is not a field the explorer checks: use status, duration, header or "
                     "body.")
                     .arg(field);
        return false;
    }
    if (words.size() <= next) {
        *error = AssertionTexts::tr(
            "The assertion has no condition: add one such as “== 200” or “exists”.");
        return false;
    }
    result.condition = words.at(next);
    if (unary().contains(result.condition)) {
        if (words.size() > next + 1) {
            *error = AssertionTexts::tr("“%1” takes no value, but “%2” follows it.")
                         .arg(result.condition, words.mid(next + 1).join(u' '));
            return false;
        }
    } else if (comparing().contains(result.condition)) {
        // The expected value is the rest of the line as written, inner spaces and all.
        const qsizetype at = text.indexOf(
            result.condition, text.indexOf(words.at(next - 1)) + words.at(next - 1).size());
        result.expected = text.mid(at + result.condition.size()).trimmed();
        if (result.expected.isEmpty()) {
            *error =
                AssertionTexts::tr("“%1” needs a value to compare with.").arg(result.condition);
            return false;
        }
        if (result.condition == u"matches" && !QRegularExpression(result.expected).isValid()) {
            *error =
                AssertionTexts::tr("“%1” is not a valid regular expression.").arg(result.expected);
            return false;
        }
    } else {
        *error = AssertionTexts::tr(
                     "“%1” is not a condition the explorer runs: use ==, !=, <, <=, >, >=, "
                     "startsWith, endsWith, includes, matches, exists, isFalse, isNumber, "
                     "isBoolean, isString or isArray.")
                     .arg(result.condition);
        return false;
    }
    *assertion = result;
    return true;
}

AssertionResult evaluateAssertion(const Assertion &assertion, const Exchange &exchange)
{
    AssertionResult result;
    result.text = assertion.text;
    result.expected = expectedText(assertion.expected);
    if (!exchange.hasHttpResponse()) {
        // Nothing came back, so nothing was checked: never a pass, whatever the condition.
        result.actual = AssertionTexts::tr("(no answer)");
        return result;
    }
    std::optional<QJsonValue> json; // the value, when the field is one inside a JSON body
    bool present = true;
    switch (assertion.field) {
    case Assertion::Field::Status:
        result.actual = QString::number(exchange.status);
        present = exchange.hasHttpResponse();
        break;
    case Assertion::Field::Duration:
        result.actual = QString::number(exchange.timings.totalMs);
        present = exchange.timings.totalMs >= 0;
        break;
    case Assertion::Field::Header: {
        bool found = false;
        for (const auto &[name, value] : exchange.headers) {
            if (name.compare(assertion.argument.toLatin1(), Qt::CaseInsensitive) == 0) {
                result.actual = QString::fromUtf8(value);
                found = true;
                break;
            }
        }
        present = found;
        break;
    }
    case Assertion::Field::Body:
        if (assertion.argument.isEmpty()) {
            result.actual = QString::fromUtf8(exchange.body);
            present = !exchange.body.isEmpty();
            const QJsonDocument document = QJsonDocument::fromJson(exchange.body);
            if (!document.isNull())
                json = document.isArray() ? QJsonValue(document.array())
                                          : QJsonValue(document.object());
        } else {
            const QJsonDocument document = QJsonDocument::fromJson(exchange.body);
            QJsonValue value;
            const QJsonValue root =
                document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
            present = !document.isNull() && jsonValueAt(root, assertion.argument, &value);
            if (present) {
                json = value;
                result.actual = jsonValueText(value);
            }
        }
        break;
    }
    if (!present)
        result.actual = AssertionTexts::tr("(absent)");

    const QString &condition = assertion.condition;
    if (condition == u"exists" || condition == u"isTrue") {
        result.passed = present
            && (condition == u"exists"
                || (json ? json->toVariant().toBool() && !json->isNull()
                         : !result.actual.isEmpty() && result.actual != u"0"
                            && result.actual != u"false"));
    } else if (condition == u"isFalse") {
        result.passed = !present
            || (json ? !json->toVariant().toBool() || json->isNull()
                     : result.actual.isEmpty() || result.actual == u"0"
                        || result.actual == u"false");
    } else if (condition == u"isNumber") {
        result.passed = present && (json ? json->isDouble() : numberOf(result.actual).has_value());
    } else if (condition == u"isBoolean") {
        result.passed = present
            && (json ? json->isBool() : result.actual == u"true" || result.actual == u"false");
    } else if (condition == u"isString") {
        result.passed = present && (!json || json->isString());
    } else if (condition == u"isArray") {
        result.passed = present && json && json->isArray();
    } else {
        result.passed = present && compare(condition, result.actual, result.expected);
    }
    return result;
}

bool jsonValueAt(const QJsonValue &root, const QString &path, QJsonValue *value)
{
    static const QRegularExpression step(QStringLiteral("([^.\\[\\]]+)|\\[(\\d+)\\]"));
    QJsonValue current = root;
    QString rest = path;
    if (rest.startsWith(QStringLiteral("$.")))
        rest = rest.mid(2);
    for (const QRegularExpressionMatch &match : step.globalMatch(rest)) {
        const QString name = match.captured(1);
        bool isIndex = !match.captured(2).isEmpty();
        int index = match.captured(2).toInt();
        if (!isIndex && current.isArray()) {
            bool ok = false;
            index = name.toInt(&ok);
            isIndex = ok;
        }
        if (isIndex) {
            if (!current.isArray() || index < 0 || index >= current.toArray().size())
                return false;
            current = current.toArray().at(index);
        } else {
            if (!current.isObject() || !current.toObject().contains(name))
                return false;
            current = current.toObject().value(name);
        }
    }
    *value = current;
    return true;
}

QString jsonValueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const QJsonDocument document(QJsonArray{value});
        const QByteArray text = document.toJson(QJsonDocument::Compact);
        return QString::fromUtf8(text.mid(1, text.size() - 2));
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

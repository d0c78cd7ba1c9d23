// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "errorbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>

namespace {

constexpr int MaxMessageChars = 300;
constexpr int MaxFieldProblems = 50;

// A code is an identifier; anything else (a sentence, a megabyte of text) is not one.
QString codeFrom(const QJsonValue &value)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]{0,63}$"));
    if (!value.isString())
        return QString();
    const QString text = value.toString();
    return identifier.match(text).hasMatch() ? text : QString();
}

QString sanitised(const QString &text)
{
    QString out;
    const QString head = text.left(MaxMessageChars + 1);
    out.reserve(head.size());
    for (const QChar c : head)
        out.append(c.isPrint() ? c : QLatin1Char(' '));
    out = out.simplified();
    if (text.size() > MaxMessageChars) {
        out.truncate(MaxMessageChars);
        out.append(QChar(0x2026));
    }
    return out;
}

QString pathText(const QJsonValue &path)
{
    if (path.isString())
        return sanitised(path.toString());
    QStringList parts;
    const QJsonArray array = path.toArray();
    for (const QJsonValue &part : array) {
        if (part.isDouble()) // as the server wrote it: 1e30 stays 1e+30, never a wrapped int
            parts.append(QString::number(part.toDouble(), 'g', 17));
        else if (part.isString())
            parts.append(part.toString());
        if (parts.size() > 16)
            break;
    }
    return sanitised(parts.join(QLatin1Char('.')));
}

QString fieldProblemText(const QJsonValue &entry)
{
    if (entry.isString())
        return sanitised(entry.toString());
    const QJsonObject object = entry.toObject();
    const QString path = pathText(object.value(QLatin1String("path")));
    QString problem = codeFrom(object.value(QLatin1String("code")));
    if (problem.isEmpty())
        problem = sanitised(object.value(QLatin1String("message")).toString());
    const QString expected = sanitised(object.value(QLatin1String("expected")).toString());
    QString line = path.isEmpty() ? problem : path + QStringLiteral(": ") + problem;
    if (!expected.isEmpty())
        line += QStringLiteral(" (expected ") + expected + QLatin1Char(')');
    return line;
}

// Looks for a code in one object: "error" or "code" as a string, or "error" one level down.
QString codeInObject(const QJsonObject &object, int depth)
{
    QString code = codeFrom(object.value(QLatin1String("error")));
    if (code.isEmpty())
        code = codeFrom(object.value(QLatin1String("code")));
    if (!code.isEmpty() || depth <= 0)
        return code;
    for (const QLatin1String wrapper : {QLatin1String("error"), QLatin1String("data")}) {
        const QJsonValue inner = object.value(wrapper);
        if (inner.isObject()) {
            code = codeInObject(inner.toObject(), depth - 1);
            if (!code.isEmpty())
                return code;
        }
    }
    const QJsonArray errors = object.value(QLatin1String("errors")).toArray();
    if (!errors.isEmpty() && errors.first().isObject())
        code = codeInObject(errors.first().toObject(), 0);
    return code;
}

QString messageInObject(const QJsonObject &object)
{
    const QJsonValue message = object.value(QLatin1String("message"));
    if (message.isString())
        return sanitised(message.toString());
    for (const QLatin1String wrapper : {QLatin1String("error"), QLatin1String("data")}) {
        const QJsonValue inner = object.value(wrapper);
        if (inner.isObject()) {
            const QJsonValue innerMessage = inner.toObject().value(QLatin1String("message"));
            if (innerMessage.isString())
                return sanitised(innerMessage.toString());
        }
    }
    return QString();
}

ErrorBody scanHead(const QByteArray &body)
{
    static const QRegularExpression codePattern(
        QStringLiteral("\"(?:error|code)\"\\s*:\\s*\"([A-Za-z][A-Za-z0-9_.-]{0,63})\""));
    ErrorBody result;
    result.onlyHeadRead = true;
    const QString head = QString::fromUtf8(body.left(DiagnosedBodyHeadBytes));
    const QRegularExpressionMatch match = codePattern.match(head);
    if (match.hasMatch())
        result.code = match.captured(1);
    return result;
}

} // namespace

ErrorBody parseErrorBody(const QByteArray &body)
{
    if (body.size() > MaxDiagnosedBodyBytes)
        return scanHead(body);

    ErrorBody result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return result;
    result.isJson = true;
    const QJsonObject object = document.object();

    const QJsonValue message = object.value(QLatin1String("message"));
    if (message.isArray()) {
        const QJsonArray problems = message.toArray();
        result.isValidationEnvelope = true;
        for (const QJsonValue &entry : problems) {
            if (result.fieldProblems.size() == MaxFieldProblems) {
                result.fieldProblems.append(
                    QStringLiteral("… %1 more").arg(problems.size() - MaxFieldProblems));
                break;
            }
            const QString line = fieldProblemText(entry);
            if (!line.isEmpty())
                result.fieldProblems.append(line);
        }
    }
    result.code = codeInObject(object, 2);
    result.message = messageInObject(object);
    return result;
}

bool looksLikeHtml(const QByteArray &contentType, const QByteArray &body)
{
    const QByteArray type = contentType.toLower();
    if (type.contains("text/html") || type.contains("application/xhtml"))
        return true;
    QByteArray head = body.left(256);
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3);
    return head.trimmed().startsWith('<');
}

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "headervalidation.h"

#include <QCoreApplication>

namespace {

// The texts of this file, in the context "HeaderValidation" for lupdate and the translators.
struct HeaderValidationTexts
{
    Q_DECLARE_TR_FUNCTIONS(HeaderValidation)
};

// Visible ASCII only: no space, no control character, no DEL, nothing above 0x7E.
QString visibleAsciiProblem(const QByteArray &value)
{
    for (const char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == '\r' || byte == '\n')
            return HeaderValidationTexts::tr(
                "It contains a line break (CR or LF), which could inject another header.");
        if (byte == 0)
            return HeaderValidationTexts::tr("It contains a NUL character.");
        if (byte == ' ')
            return HeaderValidationTexts::tr("It contains a space.");
        if (byte < 0x20 || byte == 0x7f)
            return HeaderValidationTexts::tr("It contains a control character (such as a tab).");
        if (byte > 0x7e)
            return HeaderValidationTexts::tr(
                "It contains a non-ASCII character; only visible ASCII is allowed.");
    }
    return QString();
}

} // namespace

QString apiKeyProblem(const QByteArray &key)
{
    if (key.isEmpty())
        return HeaderValidationTexts::tr("The API key is empty.");
    if (key.size() > MaxApiKeyBytes)
        return HeaderValidationTexts::tr("The API key is longer than %1 bytes.")
            .arg(MaxApiKeyBytes);
    if (key.startsWith('"') || key.startsWith('\'') || key.endsWith('"') || key.endsWith('\''))
        return HeaderValidationTexts::tr("The API key is wrapped in quotes; paste the key alone.");
    if (key.toLower().startsWith("x-api-key:"))
        return HeaderValidationTexts::tr(
            "The API key starts with \"x-api-key:\"; paste the key alone.");
    const QString problem = visibleAsciiProblem(key);
    return problem.isEmpty()
        ? QString()
        : HeaderValidationTexts::tr("The API key is not valid. %1").arg(problem);
}

QString practiceGroupIdProblem(const QByteArray &id)
{
    if (id.isEmpty())
        return HeaderValidationTexts::tr("The practice group id is empty.");
    if (id.size() > MaxPracticeGroupIdLength)
        return HeaderValidationTexts::tr("The practice group id is longer than %1 digits.")
            .arg(MaxPracticeGroupIdLength);
    const QString problem = visibleAsciiProblem(id);
    if (!problem.isEmpty())
        return HeaderValidationTexts::tr("The practice group id is not valid. %1").arg(problem);
    for (const char c : id) {
        if (c < '0' || c > '9')
            return HeaderValidationTexts::tr(
                "The practice group id must be digits only (for example 1001).");
    }
    return QString();
}

QString headerNameProblem(const QByteArray &name)
{
    if (name.isEmpty())
        return HeaderValidationTexts::tr("A header name is empty.");
    // RFC 9110 token characters.
    static const QByteArray extra = QByteArrayLiteral("!#$%&'*+-.^_`|~");
    for (const char c : name) {
        const bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
            || extra.contains(c);
        if (!ok)
            return HeaderValidationTexts::tr(
                       "The header name \"%1\" contains a character that is not allowed.")
                .arg(QString::fromLatin1(name.left(64)).toHtmlEscaped());
    }
    return QString();
}

QString headerValueProblem(const QByteArray &value)
{
    if (value.size() > MaxHeaderValueBytes)
        return HeaderValidationTexts::tr("A header value is longer than %1 bytes.")
            .arg(MaxHeaderValueBytes);
    for (const char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == '\r' || byte == '\n')
            return HeaderValidationTexts::tr(
                "A header value contains a line break (CR or LF), which could inject "
                "another header.");
        if ((byte < 0x20 && byte != '\t') || byte == 0x7f)
            return HeaderValidationTexts::tr("A header value contains a control character.");
        if (byte > 0x7e)
            return HeaderValidationTexts::tr("A header value contains a non-ASCII character.");
    }
    return QString();
}

QByteArray trimmedPastedKey(const QString &pasted)
{
    return pasted.trimmed().toUtf8();
}

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "curlcommand.h"

#include "headerredaction.h"
#include "http/headernames.h"

#include <QStringList>

namespace {

// Names safe inside double quotes: no $, `, \, " or ! can appear.
bool isPlainHeaderName(const QByteArray &name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

bool isShellSafeText(const QByteArray &bytes)
{
    return !bytes.contains('\0') && QString::fromUtf8(bytes).toUtf8() == bytes;
}

} // namespace

QString shellQuoted(const QString &argument)
{
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString curlVariableFor(const QByteArray &headerName)
{
    if (headerName.compare(HeaderName::ApiKey, Qt::CaseInsensitive) == 0)
        return QStringLiteral("HERO_API_KEY");
    QString name = QString::fromLatin1(headerName).toUpper();
    for (QChar &c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128))
            c = QLatin1Char('_');
    }
    return QStringLiteral("HERO_") + name;
}

QString curlCommand(const SentRequest &request, const CurlOptions &options)
{
    const QByteArray method =
        request.method.isEmpty() ? QByteArrayLiteral("GET") : request.method.toUpper();
    const bool sendsBody = options.includeBody && !request.body.isEmpty();
    QString first = QStringLiteral("curl ");
    if (method == "HEAD")
        first += QStringLiteral("--head ");
    else if (method != "GET" || sendsBody)
        first +=
            QStringLiteral("-X ") + shellQuoted(QString::fromLatin1(method)) + QLatin1Char(' ');
    first += shellQuoted(request.url.toString(QUrl::RemoveUserInfo | QUrl::FullyEncoded));
    QStringList parts{first};

    for (const auto &header : request.headers) {
        // curl writes these itself, from the URL and the body.
        if (header.first.compare(HeaderName::Host, Qt::CaseInsensitive) == 0
            || header.first.compare(HeaderName::ContentLength, Qt::CaseInsensitive) == 0)
            continue;
        if (isSecretHeaderName(header.first)) {
            // Never the value, not even redacted: the variable is expanded by the shell.
            if (!isPlainHeaderName(header.first))
                continue;
            parts.append(QStringLiteral("-H \"") + QString::fromLatin1(header.first)
                         + QStringLiteral(": $") + curlVariableFor(header.first)
                         + QLatin1Char('"'));
            continue;
        }
        parts.append(QStringLiteral("-H ")
                     + shellQuoted(QString::fromLatin1(header.first) + QStringLiteral(": ")
                                   + QString::fromUtf8(header.second)));
    }

    if (sendsBody) {
        if (isShellSafeText(request.body))
            parts.append(QStringLiteral("--data-binary ")
                         + shellQuoted(QString::fromUtf8(request.body)));
        else
            parts.append(QStringLiteral("--data-binary @request-body.bin"));
    }
    return parts.join(options.multiline ? QStringLiteral(" \\\n  ") : QStringLiteral(" "));
}

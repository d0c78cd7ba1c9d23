// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "collections/httprequesttext.h"

QString formatHttpRequest(const HttpRequestText &request)
{
    QString text = request.name.isEmpty() ? QStringLiteral("###\n")
                                          : QStringLiteral("### %1\n").arg(request.name);
    text += request.method + u' ' + request.url + u'\n';
    for (const HttpHeaderLine &header : request.headers)
        text += header.name + QStringLiteral(": ") + header.value + u'\n';
    if (!request.body.isEmpty()) {
        text += u'\n' + request.body;
        if (!request.body.endsWith(u'\n'))
            text += u'\n';
    }
    if (!request.assertions.isEmpty()) {
        text += u'\n';
        for (const QString &assertion : request.assertions)
            text += assertion + u'\n';
    }
    return text;
}

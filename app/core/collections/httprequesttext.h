// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One header line of a .http request, as written: the value may hold {{variables}}.
struct HttpHeaderLine
{
    QString name;
    QString value;
    friend bool operator==(const HttpHeaderLine &a, const HttpHeaderLine &b)
    {
        return a.name == b.name && a.value == b.value;
    }
};

// One request of a .http file as the file says it, variables not yet resolved. The format is the
// JetBrains HTTP Client's (docs/collections.md lists the subset read and written).
struct HttpRequestText
{
    QString name; // from "### name" or "# @name"; empty when unnamed
    QString method = QStringLiteral("GET");
    QString url; // as written: "/v1/me", "{{baseUrl}}/v1/me?from={{from}}"
    QList<HttpHeaderLine> headers;
    QString body; // as written, without the blank line before it or trailing blank lines
    // httpyac's "?? …" assertion lines, verbatim and in order: read, kept and written back, run
    // by the collection runner.
    QStringList assertions;

    friend bool operator==(const HttpRequestText &a, const HttpRequestText &b)
    {
        return a.name == b.name && a.method == b.method && a.url == b.url && a.headers == b.headers
            && a.body == b.body && a.assertions == b.assertions;
    }
    friend bool operator!=(const HttpRequestText &a, const HttpRequestText &b) { return !(a == b); }
};

// The canonical text of a request block: "### name" (or "###" when unnamed), the request line,
// the headers, a blank line and the body when there is one, the assertions, and a final
// newline. What a new request, an import and an edited request are written as.
QString formatHttpRequest(const HttpRequestText &request);

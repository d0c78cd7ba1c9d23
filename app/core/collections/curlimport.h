// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "collections/httprequesttext.h"
#include "http/apiclient.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// One curl command line read as a request: what "Copy as cURL" in Chrome, Firefox and Postman
// writes, tokenized as a POSIX shell would. A shell variable ($NAME, ${NAME}) becomes the
// placeholder {{$processEnv NAME}}. The x-api-key header is never kept, and other secret-like
// headers with literal values neither: the notices say so.
struct CurlImport
{
    QString error; // why nothing could be read; empty when something could
    int line = 1; // 1-based line of the text that the command starts on
    QString method = QStringLiteral("GET");
    // scheme://host:port of the command's URL, the port explicit as in Environment::origin();
    // empty when the URL had no host. The request keeps only path and query: the caller
    // checks this against its environment.
    QString origin;
    QString path = QStringLiteral("/"); // percent-encoded, as ApiRequest::path
    QList<QPair<QString, QString>> query; // decoded
    QList<HttpHeaderLine> headers; // kept headers, in order; x-practice-group-id among them
    QByteArray body;
    QStringList notices; // for the user: what was dropped, ignored or changed, and why
    bool droppedApiKey = false; // the command carried an x-api-key, which was not kept

    bool isValid() const { return error.isEmpty(); }
    // The value of the command's x-practice-group-id header; empty when it had none.
    QString practiceGroup() const;
};

// True when the text, leading blanks aside, starts with a curl command ("curl ", "curl.exe ").
bool looksLikeCurlCommand(const QString &text);

// The first curl command in the text; a notice says when more followed.
CurlImport parseCurlCommand(const QString &text);

// Every command of a file of curl commands, one per command (continuation lines, comments and
// blank lines allowed); a command that is not curl's gets an error naming its line.
QList<CurlImport> parseCurlCommands(const QString &text);

// The request as a .http request: the URL is the path and query (the origin is the
// environment's business), the headers and body as read.
HttpRequestText httpRequestText(const CurlImport &command, const QString &name = {});

// The request for the composer and ApiClient: x-practice-group-id is not an extra header there
// (the client adds the group), so it is left out; practiceGroup() has it.
ApiRequest apiRequest(const CurlImport &command);

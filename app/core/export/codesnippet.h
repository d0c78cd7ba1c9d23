// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "http/exchange.h"

#include <QList>
#include <QString>

// The languages "Copy as" writes a request in.
enum class SnippetLanguage {
    Curl,
    Python, // requests
    JavaScript, // fetch, Node 18+ as an ES module, or a browser
    CSharp, // HttpClient, top-level statements
    PowerShell, // Invoke-RestMethod
};

QList<SnippetLanguage> snippetLanguages();
// "Python (requests)": for a menu; not translated, these are names.
QString snippetLanguageName(SnippetLanguage language);

// Code that repeats the request. Like curlCommand(), it never holds a secret: the key is read
// from the HERO_API_KEY environment variable, any other secret-like header from HERO_<NAME>
// (curlVariableFor()). Every other value is a string literal of the language, escaped so that
// no header value or body can end it. A body that is not UTF-8 text is read from the file
// request-body.bin.
QString codeSnippet(const SentRequest &request, SnippetLanguage language);

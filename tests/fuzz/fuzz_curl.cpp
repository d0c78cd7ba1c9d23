// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "collections/curlimport.h"
#include "export/headerredaction.h"
#include "fuzzinput.h"
#include "http/headernames.h"

#include <cstdlib>

namespace {

// What an import promises whatever it was given: a reason or a request, never an x-api-key
// header nor a literal secret-like one, a path for ApiRequest, a method.
void check(const CurlImport &import)
{
    if (!import.isValid()) {
        if (import.error.isEmpty())
            abort();
        return;
    }
    if (import.method.isEmpty() || !import.path.startsWith(u'/') || import.line < 1)
        abort();
    for (const HttpHeaderLine &header : import.headers) {
        const QByteArray name = header.name.toLatin1();
        if (name.compare(HeaderName::ApiKey, Qt::CaseInsensitive) == 0)
            abort();
        if (isSecretHeaderName(name) && !header.value.trimmed().startsWith(u"{{"))
            abort();
    }
    (void)formatHttpRequest(httpRequestText(import, QStringLiteral("fuzz"))).size();
    const ApiRequest request = apiRequest(import);
    if (request.path != import.path)
        abort();
}

} // namespace

// A pasted curl command, or a file of them (app/core/collections/curlimport): the shell's
// quoting ('…', "…", $'…', backslash-newline), curl's options, the URL, the headers.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzzBytes(data, size));
    (void)looksLikeCurlCommand(text);
    check(parseCurlCommand(text));
    for (const CurlImport &import : parseCurlCommands(text))
        check(import);
    return 0;
}

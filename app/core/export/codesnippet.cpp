// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "codesnippet.h"

#include "curlcommand.h"
#include "headerredaction.h"
#include "http/headernames.h"

#include <QStringList>

namespace {

const QString BodyFile = QStringLiteral("request-body.bin");

struct SnippetHeader
{
    QString name;
    QString value;
    QString variable; // not empty: a secret, read from this environment variable instead
};

// What every language writes: the request with its secrets replaced by variable names.
struct SnippetRequest
{
    QString method;
    QString url;
    QList<SnippetHeader> headers;
    bool hasBody = false;
    bool bodyFromFile = false; // not UTF-8 text, or holds a NUL
    QString body;
};

SnippetRequest snippetRequest(const SentRequest &request)
{
    SnippetRequest out;
    out.method = request.method.isEmpty() ? QStringLiteral("GET")
                                          : QString::fromLatin1(request.method.toUpper());
    out.url = request.url.toString(QUrl::RemoveUserInfo | QUrl::FullyEncoded);
    for (const auto &header : request.headers) {
        // The client library writes these itself, from the URL and the body.
        if (header.first.compare(HeaderName::Host, Qt::CaseInsensitive) == 0
            || header.first.compare(HeaderName::ContentLength, Qt::CaseInsensitive) == 0)
            continue;
        SnippetHeader snippetHeader{QString::fromLatin1(header.first), {}, {}};
        if (isSecretHeaderName(header.first))
            snippetHeader.variable = curlVariableFor(header.first);
        else
            snippetHeader.value = QString::fromUtf8(header.second);
        out.headers.append(snippetHeader);
    }
    out.hasBody = !request.body.isEmpty();
    out.body = QString::fromUtf8(request.body);
    out.bodyFromFile =
        out.hasBody && (request.body.contains('\0') || out.body.toUtf8() != request.body);
    return out;
}

QString hex(uint value, int width)
{
    return QStringLiteral("%1").arg(value, width, 16, QLatin1Char('0'));
}

// A double-quoted literal of Python, JavaScript or C#: backslash escapes for quotes, backslashes
// and every character outside printable ASCII, so a value can neither end the literal nor hide
// a line break. Python spells characters beyond the BMP \UXXXXXXXX; JavaScript and C# take
// their UTF-16 surrogates as two \uXXXX.
enum class Escapes { Python, CLike };
QString doubleQuoted(const QString &text, Escapes escapes)
{
    QString out = QStringLiteral("\"");
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'"':
            out += QStringLiteral("\\\"");
            continue;
        case u'\\':
            out += QStringLiteral("\\\\");
            continue;
        case u'\n':
            out += QStringLiteral("\\n");
            continue;
        case u'\r':
            out += QStringLiteral("\\r");
            continue;
        case u'\t':
            out += QStringLiteral("\\t");
            continue;
        default:
            break;
        }
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f) {
            out += c;
        } else if (escapes == Escapes::Python && c.isHighSurrogate() && i + 1 < text.size()
                   && text.at(i + 1).isLowSurrogate()) {
            out += QStringLiteral("\\U") + hex(QChar::surrogateToUcs4(c, text.at(i + 1)), 8);
            ++i;
        } else {
            out += QStringLiteral("\\u") + hex(c.unicode(), 4);
        }
    }
    return out + u'"';
}

// A PowerShell single-quoted literal: nothing is expanded in it, and each quote character,
// including the typographic ones PowerShell also accepts, is doubled.
QString powerShellQuoted(const QString &text)
{
    QString out = QStringLiteral("'");
    for (const QChar c : text) {
        out += c;
        if (c == u'\'' || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201a)
            || c == QChar(0x201b))
            out += c;
    }
    return out + u'\'';
}

bool isContentType(const SnippetHeader &header)
{
    return header.name.compare(QLatin1String(HeaderName::ContentType), Qt::CaseInsensitive) == 0;
}

const SnippetHeader *contentType(const SnippetRequest &request)
{
    for (const SnippetHeader &header : request.headers) {
        if (isContentType(header) && header.variable.isEmpty())
            return &header;
    }
    return nullptr;
}

QString pythonSnippet(const SnippetRequest &r)
{
    const auto q = [](const QString &text) { return doubleQuoted(text, Escapes::Python); };
    QStringList lines{QStringLiteral("import os"),
                      QString(),
                      QStringLiteral("import requests"),
                      QString(),
                      QStringLiteral("response = requests.request("),
                      QStringLiteral("    ") + q(r.method) + u',',
                      QStringLiteral("    ") + q(r.url) + u','};
    lines.append(QStringLiteral("    headers={"));
    for (const SnippetHeader &h : r.headers) {
        const QString value = h.variable.isEmpty()
            ? q(h.value)
            : QStringLiteral("os.environ[") + q(h.variable) + u']';
        lines.append(QStringLiteral("        ") + q(h.name) + QStringLiteral(": ") + value + u',');
    }
    lines.append(QStringLiteral("    },"));
    if (r.bodyFromFile)
        lines.append(QStringLiteral("    data=open(") + q(BodyFile)
                     + QStringLiteral(", \"rb\").read(),"));
    else if (r.hasBody)
        lines.append(QStringLiteral("    data=") + q(r.body)
                     + QStringLiteral(".encode(\"utf-8\"),"));
    lines.append(QStringLiteral("    allow_redirects=False,"));
    lines.append(QStringLiteral("    timeout=30,"));
    lines.append(QStringLiteral(")"));
    lines.append(QStringLiteral("print(response.status_code)"));
    lines.append(QStringLiteral("print(response.text)"));
    return lines.join(u'\n') + u'\n';
}

QString javaScriptSnippet(const SnippetRequest &r)
{
    const auto q = [](const QString &text) { return doubleQuoted(text, Escapes::CLike); };
    QStringList lines{
        QStringLiteral("const response = await fetch(") + q(r.url) + QStringLiteral(", {"),
        QStringLiteral("  method: ") + q(r.method) + u',', QStringLiteral("  headers: {")};
    for (const SnippetHeader &h : r.headers) {
        const QString value = h.variable.isEmpty()
            ? q(h.value)
            : QStringLiteral("process.env[") + q(h.variable) + u']';
        lines.append(QStringLiteral("    ") + q(h.name) + QStringLiteral(": ") + value + u',');
    }
    lines.append(QStringLiteral("  },"));
    if (r.bodyFromFile)
        lines.append(QStringLiteral("  body: await (await import(\"node:fs/promises\")).readFile(")
                     + q(BodyFile) + QStringLiteral("),"));
    else if (r.hasBody)
        lines.append(QStringLiteral("  body: ") + q(r.body) + u',');
    lines.append(QStringLiteral("  redirect: \"manual\","));
    lines.append(QStringLiteral("});"));
    lines.append(QStringLiteral("console.log(response.status);"));
    lines.append(QStringLiteral("console.log(await response.text());"));
    return lines.join(u'\n') + u'\n';
}

QString cSharpSnippet(const SnippetRequest &r)
{
    const auto q = [](const QString &text) { return doubleQuoted(text, Escapes::CLike); };
    QStringList lines{QStringLiteral("using var client = new HttpClient(new HttpClientHandler { "
                                     "AllowAutoRedirect = false });"),
                      QStringLiteral("using var request = new HttpRequestMessage(new HttpMethod(")
                          + q(r.method) + QStringLiteral("), ") + q(r.url) + QStringLiteral(");")};
    if (r.bodyFromFile)
        lines.append(QStringLiteral("request.Content = new ByteArrayContent(File.ReadAllBytes(")
                     + q(BodyFile) + QStringLiteral("));"));
    else if (r.hasBody)
        lines.append(QStringLiteral("request.Content = new ByteArrayContent("
                                    "System.Text.Encoding.UTF8.GetBytes(")
                     + q(r.body) + QStringLiteral("));"));
    for (const SnippetHeader &h : r.headers) {
        const QString value = h.variable.isEmpty()
            ? q(h.value)
            : QStringLiteral("Environment.GetEnvironmentVariable(") + q(h.variable) + u')';
        // Content headers belong to the content; without a body there is nowhere to put them.
        const bool onContent = isContentType(h);
        if (onContent && !r.hasBody)
            continue;
        lines.append((onContent ? QStringLiteral("request.Content.Headers")
                                : QStringLiteral("request.Headers"))
                     + QStringLiteral(".TryAddWithoutValidation(") + q(h.name)
                     + QStringLiteral(", ") + value + QStringLiteral(");"));
    }
    lines.append(QStringLiteral("using var response = await client.SendAsync(request);"));
    lines.append(QStringLiteral("Console.WriteLine((int)response.StatusCode);"));
    lines.append(QStringLiteral("Console.WriteLine(await response.Content.ReadAsStringAsync());"));
    return lines.join(u'\n') + u'\n';
}

QString powerShellSnippet(const SnippetRequest &r)
{
    QStringList lines{QStringLiteral("$headers = @{")};
    for (const SnippetHeader &h : r.headers) {
        if (isContentType(h) && h.variable.isEmpty())
            continue; // -ContentType says it
        const QString value =
            h.variable.isEmpty() ? powerShellQuoted(h.value) : QStringLiteral("$env:") + h.variable;
        lines.append(QStringLiteral("    ") + powerShellQuoted(h.name) + QStringLiteral(" = ")
                     + value);
    }
    lines.append(QStringLiteral("}"));
    QString call = QStringLiteral("Invoke-RestMethod -Method ") + powerShellQuoted(r.method)
        + QStringLiteral(" -Uri ") + powerShellQuoted(r.url)
        + QStringLiteral(" -Headers $headers -MaximumRedirection 0");
    if (const SnippetHeader *type = contentType(r); type && r.hasBody)
        call += QStringLiteral(" -ContentType ") + powerShellQuoted(type->value);
    if (r.bodyFromFile)
        call += QStringLiteral(" -InFile ") + powerShellQuoted(BodyFile);
    else if (r.hasBody)
        // Bytes, so that Windows PowerShell 5.1 does not send the text as ISO-8859-1.
        call += QStringLiteral(" -Body ([System.Text.Encoding]::UTF8.GetBytes(")
            + powerShellQuoted(r.body) + QStringLiteral("))");
    lines.append(call);
    return lines.join(u'\n') + u'\n';
}

} // namespace

QList<SnippetLanguage> snippetLanguages()
{
    return {SnippetLanguage::Curl, SnippetLanguage::Python, SnippetLanguage::JavaScript,
            SnippetLanguage::CSharp, SnippetLanguage::PowerShell};
}

QString snippetLanguageName(SnippetLanguage language)
{
    switch (language) {
    case SnippetLanguage::Curl:
        return QStringLiteral("curl");
    case SnippetLanguage::Python:
        return QStringLiteral("Python (requests)");
    case SnippetLanguage::JavaScript:
        return QStringLiteral("JavaScript (fetch)");
    case SnippetLanguage::CSharp:
        return QStringLiteral("C# (HttpClient)");
    case SnippetLanguage::PowerShell:
        return QStringLiteral("PowerShell (Invoke-RestMethod)");
    }
    return {};
}

QString codeSnippet(const SentRequest &request, SnippetLanguage language)
{
    switch (language) {
    case SnippetLanguage::Curl:
        return curlCommand(request) + u'\n';
    case SnippetLanguage::Python:
        return pythonSnippet(snippetRequest(request));
    case SnippetLanguage::JavaScript:
        return javaScriptSnippet(snippetRequest(request));
    case SnippetLanguage::CSharp:
        return cSharpSnippet(snippetRequest(request));
    case SnippetLanguage::PowerShell:
        return powerShellSnippet(snippetRequest(request));
    }
    return {};
}

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "diagnosis/diagnosis.h"
#include "diagnosis/errorbody.h"
#include "environments/environment.h"
#include "fuzzinput.h"

// An error answer into a diagnosis (app/core/diagnosis: parseErrorBody, looksLikeHtml,
// diagnose). The input's first line is "STATUS [Content-Type]", the rest is the body, e.g.
// "403 application/json\n{"statusCode":403,"error":"forbidden","message":"…"}".
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzzBytes(data, size);
    const qsizetype lineEnd = input.indexOf('\n');
    const QByteArray firstLine = lineEnd < 0 ? input : input.left(lineEnd);
    const QByteArray body = lineEnd < 0 ? QByteArray() : input.mid(lineEnd + 1);
    const qsizetype space = firstLine.indexOf(' ');
    const int status = firstLine.left(space < 0 ? firstLine.size() : space).toInt();
    const QByteArray contentType = space < 0 ? QByteArray() : firstLine.mid(space + 1).trimmed();

    const ErrorBody parsed = parseErrorBody(body);
    (void)looksLikeHtml(contentType, body);
    if (parsed.message.size() > MaxDiagnosedBodyBytes)
        abort();

    Exchange exchange;
    exchange.request.method = "GET";
    exchange.request.url = QUrl(QStringLiteral("http://127.0.0.1:8080/v1/me"));
    exchange.startedAt = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    exchange.status = status;
    exchange.headers = {{"Content-Type", contentType}};
    exchange.body = body;
    DiagnosisContext context;
    context.environment = sandboxEnvironment(QUrl(QStringLiteral("http://127.0.0.1:8080")));
    context.keyFingerprint = QStringLiteral("…Z1rT");
    context.homePracticeGroup = QStringLiteral("1001");
    context.requiredScopeLookup = [] { return QStringLiteral("patients"); };
    context.rateUsed = 12;
    context.rateLimit = 300;
    const Diagnosis diagnosis = diagnose(exchange, context);
    (void)diagnosisCodeId(diagnosis.code).size();
    return 0;
}

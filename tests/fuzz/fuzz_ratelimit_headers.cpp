// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "diagnosis/diagnosis.h"
#include "environments/environment.h"
#include "fuzzinput.h"
#include "ratelimit/ratelimitheaders.h"
#include "ratelimit/retrypolicy.h"

// Rate-limit and Retry-After headers, one "Name: value" a line, read by every part that reads
// them: parseRateLimitHeaders (the limiter and the gauge), parseRetryAfter and parseHttpDate,
// RetryPolicy::decide, and diagnose() of a 429 and of a 503.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const HeaderList headers = fuzzHeaderLines(fuzzBytes(data, size));
    const QDateTime now(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);

    const RateLimitHeaders parsed = parseRateLimitHeaders(headers, now);
    if (parsed.retryAfter
        && (*parsed.retryAfter < std::chrono::milliseconds(0)
            || *parsed.retryAfter > RateLimitHeaders::MaxWait))
        abort();
    if (parsed.limit && (*parsed.limit < 1 || *parsed.limit > RateLimitHeaders::MaxLimit))
        abort();
    for (const auto &header : headers) {
        (void)parseRetryAfter(header.second, now);
        (void)parseHttpDate(header.second);
    }

    const RetryPolicy policy(RetryPolicy::seededRandom(14));
    DiagnosisContext context;
    context.environment = sandboxEnvironment(QUrl(QStringLiteral("http://127.0.0.1:8080")));
    for (const int status : {429, 503}) {
        Exchange exchange;
        exchange.request.method = "GET";
        exchange.request.url = QUrl(QStringLiteral("http://127.0.0.1:8080/v1/me"));
        exchange.startedAt = now;
        exchange.status = status;
        exchange.headers = headers;
        const RetryDecision decision = policy.decide(exchange, "GET", 1, now);
        if (decision.wait < std::chrono::milliseconds(0))
            abort();
        (void)diagnose(exchange, context);
    }
    return 0;
}

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>

// The HTTP header names the explorer writes or reads, spelt once. Header names are compared
// case-insensitively everywhere; these spellings are the ones written to the wire.
namespace HeaderName {

// Set by ApiClient (ApiClient::prepare() gives the order).
inline constexpr char Accept[] = "Accept";
inline constexpr char ContentType[] = "Content-Type"; // only with a body, unless the caller sets it
// A GET or HEAD asks that no cache answer it (what Qt writes for QNetworkRequest::AlwaysNetwork).
inline constexpr char CacheControl[] = "Cache-Control";
inline constexpr char Pragma[] = "Pragma";
inline constexpr char PracticeGroupId[] = "x-practice-group-id";
inline constexpr char ApiKey[] = "x-api-key";

// Written by the transport (Qt, or curl for a copied command), never by us.
inline constexpr char Host[] = "Host";
inline constexpr char ContentLength[] = "Content-Length";

// Read from answers.
inline constexpr char Date[] = "Date";
inline constexpr char ContentEncoding[] = "Content-Encoding";
inline constexpr char RetryAfter[] = "Retry-After";
inline constexpr char Location[] = "Location";
inline constexpr char XRateLimitLimit[] = "X-RateLimit-Limit";
inline constexpr char XRateLimitRemaining[] = "X-RateLimit-Remaining";
inline constexpr char XRateLimitReset[] = "X-RateLimit-Reset";
inline constexpr char RateLimit[] = "RateLimit";
inline constexpr char RateLimitLimit[] = "RateLimit-Limit";
inline constexpr char RateLimitRemaining[] = "RateLimit-Remaining";
inline constexpr char RateLimitReset[] = "RateLimit-Reset";
inline constexpr char RateLimitPolicy[] = "RateLimit-Policy";

// Answer headers that identify a call to the API's owner, in the order they are shown.
inline const QByteArrayList &requestIds()
{
    static const QByteArrayList names{
        "x-request-id", "x-amzn-requestid", "x-amz-cf-id", "x-amzn-trace-id", "traceparent",
        "tracestate",   "x-correlation-id", "x-trace-id",  "request-id",      "cf-ray"};
    return names;
}

} // namespace HeaderName

// The one media type the API speaks: what Accept asks for and a body's default Content-Type.
inline constexpr char JsonMediaType[] = "application/json";
inline constexpr char NoCache[] = "no-cache";

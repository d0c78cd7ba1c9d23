// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "ratelimitheaders.h"

#include "http/headernames.h"

#include <QHash>

#include <algorithm>
#include <limits>

using std::chrono::milliseconds;

namespace {

// Above this many seconds since the epoch (September 2001) a reset is a point in time.
constexpr qint64 EpochSecondsThreshold = 1'000'000'000;
// ... and above this many, it is in milliseconds since the epoch.
constexpr qint64 EpochMillisecondsThreshold = 1'000'000'000'000;

bool isDigits(const QByteArray &text)
{
    return !text.isEmpty()
        && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Far beyond every bound below, and far enough below qint64's end that the arithmetic on
// parsed values (· 1000, ± the epoch in milliseconds) cannot overflow either.
constexpr qint64 Saturated = std::numeric_limits<qint64>::max() / 4;

// A decimal integer with an optional leading minus, however many digits: beyond ±Saturated it
// saturates, and no step on the way overflows.
std::optional<qint64> parseInteger(QByteArray text)
{
    text = text.trimmed();
    const bool negative = text.startsWith('-');
    if (negative)
        text.remove(0, 1);
    if (!isDigits(text))
        return std::nullopt;
    qint64 value = 0;
    for (const char c : text) {
        const int digit = c - '0';
        if (value > (Saturated - digit) / 10) {
            value = Saturated;
            break;
        }
        value = value * 10 + digit;
    }
    return negative ? -value : value;
}

// Seconds, possibly with a fraction ("1.5"), as milliseconds rounded up; sign allowed. Only
// digits count: "1e3", "inf" and "0x10" are not numbers of seconds. The fraction is read digit
// by digit, never through a double, so 400 digits on either side of the point are fine.
std::optional<qint64> parseSecondsAsMs(const QByteArray &text)
{
    const QByteArray trimmed = text.trimmed();
    const int dot = trimmed.indexOf('.');
    const auto whole = parseInteger(dot < 0 ? trimmed : trimmed.left(dot));
    if (!whole)
        return std::nullopt;
    constexpr qint64 MaxSeconds = Saturated / 1000;
    const qint64 seconds = std::clamp(*whole, -MaxSeconds, MaxSeconds);
    qint64 fractionMs = 0;
    if (dot >= 0) {
        const QByteArray fraction = trimmed.mid(dot + 1);
        if (!isDigits(fraction))
            return std::nullopt;
        for (int i = 0; i < 3; ++i)
            fractionMs = fractionMs * 10 + (i < fraction.size() ? fraction.at(i) - '0' : 0);
        // Rounded up, away from "now": 1.0001 s is 1001 ms, -1.0001 s is -1000 ms.
        const bool more = std::any_of(fraction.begin() + std::min<int>(3, fraction.size()),
                                      fraction.end(), [](char c) { return c != '0'; });
        const bool negative = trimmed.startsWith('-');
        if (more && !negative)
            ++fractionMs;
        if (negative)
            fractionMs = -fractionMs;
    }
    return seconds * 1000 + fractionMs;
}

milliseconds clampWait(qint64 ms)
{
    return milliseconds(std::clamp<qint64>(ms, 0, RateLimitHeaders::MaxWait.count()));
}

std::optional<int> parseLimit(const QByteArray &text)
{
    const auto value = parseInteger(text);
    if (!value || *value <= 0) // a limit of nothing is not a limit we can work with
        return std::nullopt;
    return static_cast<int>(std::min<qint64>(*value, RateLimitHeaders::MaxLimit));
}

std::optional<int> parseRemaining(const QByteArray &text)
{
    const auto value = parseInteger(text);
    if (!value)
        return std::nullopt;
    return static_cast<int>(std::clamp<qint64>(*value, 0, RateLimitHeaders::MaxLimit));
}

std::optional<milliseconds> parseDeltaReset(const QByteArray &text)
{
    const auto ms = parseSecondsAsMs(text);
    if (!ms)
        return std::nullopt;
    return clampWait(*ms);
}

// X-RateLimit-Reset: GitHub sends epoch seconds, others a delta; some send epoch milliseconds.
std::optional<milliseconds> parseXReset(const QByteArray &text, const QDateTime &wallNow)
{
    const auto ms = parseSecondsAsMs(text);
    if (!ms)
        return std::nullopt;
    const qint64 number = *ms / 1000; // the value as written
    if (number >= EpochMillisecondsThreshold)
        return clampWait(number - wallNow.toMSecsSinceEpoch());
    if (number >= EpochSecondsThreshold)
        return clampWait(*ms - wallNow.toMSecsSinceEpoch());
    return clampWait(*ms);
}

// One member of a structured field list or dictionary: "limit=300", "300;w=60",
// "\"default\";q=300;w=60", "default;r=5;t=20".
struct FieldMember
{
    QByteArray key; // the dictionary key when the member is "key=value"
    QByteArray value; // the bare item, or the dictionary value
    QHash<QByteArray, QByteArray> parameters;
};

// Splits at separator outside double quotes; a backslash escapes inside quotes.
QList<QByteArray> splitOutsideQuotes(const QByteArray &text, char separator)
{
    QList<QByteArray> parts;
    QByteArray current;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (quoted && c == '\\' && i + 1 < text.size()) {
            current += c;
            current += text.at(++i);
            continue;
        }
        if (c == '"')
            quoted = !quoted;
        if (c == separator && !quoted) {
            parts.append(current.trimmed());
            current.clear();
            continue;
        }
        current += c;
    }
    parts.append(current.trimmed());
    return parts;
}

QList<FieldMember> parseFieldMembers(const QByteArray &value)
{
    QList<FieldMember> members;
    for (const QByteArray &memberText : splitOutsideQuotes(value, ',')) {
        if (memberText.isEmpty())
            continue;
        const QList<QByteArray> pieces = splitOutsideQuotes(memberText, ';');
        FieldMember member;
        const QByteArray &head = pieces.first();
        const int equals = head.startsWith('"') ? -1 : head.indexOf('=');
        if (equals >= 0) {
            member.key = head.left(equals).trimmed().toLower();
            member.value = head.mid(equals + 1).trimmed();
        } else {
            member.value = head;
        }
        for (int i = 1; i < pieces.size(); ++i) {
            const int paramEquals = pieces.at(i).indexOf('=');
            if (paramEquals <= 0)
                continue;
            member.parameters.insert(pieces.at(i).left(paramEquals).trimmed().toLower(),
                                     pieces.at(i).mid(paramEquals + 1).trimmed());
        }
        members.append(member);
    }
    return members;
}

// RateLimit: "limit=300, remaining=5, reset=20" (drafts 03-06) or one item per policy with
// r= and t= parameters (drafts 07+); with several policies the one with least left governs.
// Returns whether the field named the limit itself.
bool applyRateLimitField(const QByteArray &value, RateLimitHeaders *result)
{
    bool limitSet = false;
    std::optional<int> itemRemaining;
    std::optional<milliseconds> itemReset;
    for (const FieldMember &member : parseFieldMembers(value)) {
        if (member.key == "limit") {
            if (const auto limit = parseLimit(member.value)) {
                result->limit = limit;
                limitSet = true;
            }
        } else if (member.key == "remaining") {
            if (const auto remaining = parseRemaining(member.value))
                result->remaining = remaining;
        } else if (member.key == "reset") {
            if (const auto reset = parseDeltaReset(member.value))
                result->reset = reset;
        } else if (member.key.isEmpty() || !member.parameters.isEmpty()) {
            const auto remaining = parseRemaining(member.parameters.value("r"));
            if (!remaining || (itemRemaining && *itemRemaining <= *remaining))
                continue;
            itemRemaining = remaining;
            itemReset = parseDeltaReset(member.parameters.value("t"));
        }
    }
    if (itemRemaining) {
        result->remaining = itemRemaining;
        if (itemReset)
            result->reset = itemReset;
    }
    return limitSet;
}

// RateLimit-Policy: "300;w=60" (drafts 03-06) or "\"default\";q=300;w=60" (07+). The first
// policy that parses is the one we use.
void applyPolicyField(const QByteArray &value, RateLimitHeaders *result, bool limitKnown)
{
    for (const FieldMember &member : parseFieldMembers(value)) {
        std::optional<int> quota = parseLimit(member.parameters.value("q"));
        if (!quota && member.key.isEmpty())
            quota = parseLimit(member.value);
        const auto windowSeconds = parseInteger(member.parameters.value("w"));
        if (!quota && !windowSeconds)
            continue;
        if (quota && !limitKnown)
            result->limit = quota;
        if (windowSeconds && *windowSeconds > 0) {
            result->window = std::chrono::seconds(std::min<qint64>(
                *windowSeconds,
                std::chrono::duration_cast<std::chrono::seconds>(RateLimitHeaders::MaxWait)
                    .count()));
        }
        return;
    }
}

int monthFromName(const QByteArray &name)
{
    static const char *const names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
    const QByteArray lower = name.toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower == names[i])
            return i + 1;
    }
    return 0;
}

bool isDayName(const QByteArray &name)
{
    static const char *const names[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    const QByteArray lower = name.toLower();
    return std::any_of(std::begin(names), std::end(names),
                       [&lower](const char *day) { return lower.startsWith(day); });
}

QTime parseClockTime(const QByteArray &text)
{
    const QList<QByteArray> parts = text.split(':');
    if (parts.size() != 3 || !std::all_of(parts.begin(), parts.end(), [](const QByteArray &p) {
            return p.size() == 2 && isDigits(p);
        })) {
        return QTime();
    }
    return QTime(parts.at(0).toInt(), parts.at(1).toInt(), parts.at(2).toInt());
}

const QByteArray *findHeader(const HeaderList &headers, const char *name)
{
    for (const auto &header : headers) {
        if (header.first.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return &header.second;
    }
    return nullptr;
}

} // namespace

QDateTime parseHttpDate(const QByteArray &value)
{
    QByteArray text = value.trimmed();
    text.replace(',', ' ').replace('-', ' ');
    const QList<QByteArray> tokens = text.simplified().split(' ');
    int day = 0;
    int month = 0;
    int year = 0;
    QTime time;
    if (tokens.size() == 6) { // IMF-fixdate or RFC 850: Sun 06 Nov 1994 08:49:37 GMT
        if (!isDayName(tokens.at(0)) || tokens.at(5) != "GMT" || !isDigits(tokens.at(1))
            || !isDigits(tokens.at(3)) || tokens.at(1).size() > 2)
            return QDateTime();
        day = tokens.at(1).toInt();
        month = monthFromName(tokens.at(2));
        if (tokens.at(3).size() == 4) {
            year = tokens.at(3).toInt();
        } else if (tokens.at(3).size() == 2) {
            const int twoDigits = tokens.at(3).toInt();
            year = twoDigits < 70 ? 2000 + twoDigits : 1900 + twoDigits;
        } else {
            return QDateTime();
        }
        time = parseClockTime(tokens.at(4));
    } else if (tokens.size() == 5) { // asctime: Sun Nov 6 08:49:37 1994
        if (!isDayName(tokens.at(0)) || !isDigits(tokens.at(2)) || tokens.at(2).size() > 2
            || !isDigits(tokens.at(4)) || tokens.at(4).size() != 4)
            return QDateTime();
        month = monthFromName(tokens.at(1));
        day = tokens.at(2).toInt();
        time = parseClockTime(tokens.at(3));
        year = tokens.at(4).toInt();
    } else {
        return QDateTime();
    }
    const QDate date(year, month, day);
    if (month == 0 || !date.isValid() || !time.isValid())
        return QDateTime();
    return QDateTime(date, time, Qt::UTC);
}

std::optional<milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &wallNow,
                                            milliseconds longest)
{
    const QByteArray trimmed = value.trimmed();
    const auto clamped = [longest](qint64 ms) {
        return milliseconds(std::clamp<qint64>(ms, 0, std::max<qint64>(0, longest.count())));
    };
    if (isDigits(trimmed)) // 10^30 seconds saturates: the longest wait, never "now"
        return clamped(*parseSecondsAsMs(trimmed));
    const QDateTime date = parseHttpDate(trimmed);
    if (!date.isValid() || !wallNow.isValid())
        return std::nullopt;
    return clamped(wallNow.msecsTo(date));
}

RateLimitHeaders parseRateLimitHeaders(const HeaderList &headers, const QDateTime &wallNow)
{
    RateLimitHeaders result;
    for (const auto &header : headers) {
        if (header.first.trimmed().compare(HeaderName::RetryAfter, Qt::CaseInsensitive) != 0)
            continue;
        if (const auto wait = parseRetryAfter(header.second, wallNow)) {
            result.retryAfter = wait;
            break;
        }
    }

    // The X- forms first, so that the standard forms below override them.
    const struct
    {
        const char *limit;
        const char *remaining;
        const char *reset;
        bool resetMayBeEpoch;
    } families[] = {{HeaderName::XRateLimitLimit, HeaderName::XRateLimitRemaining,
                     HeaderName::XRateLimitReset, true},
                    {HeaderName::RateLimitLimit, HeaderName::RateLimitRemaining,
                     HeaderName::RateLimitReset, false}};
    for (const auto &family : families) {
        if (const QByteArray *value = findHeader(headers, family.limit)) {
            if (const auto limit = parseLimit(*value))
                result.limit = limit;
        }
        if (const QByteArray *value = findHeader(headers, family.remaining)) {
            if (const auto remaining = parseRemaining(*value))
                result.remaining = remaining;
        }
        if (const QByteArray *value = findHeader(headers, family.reset)) {
            const auto reset =
                family.resetMayBeEpoch ? parseXReset(*value, wallNow) : parseDeltaReset(*value);
            if (reset)
                result.reset = reset;
        }
    }

    bool limitFromRateLimit = false;
    if (const QByteArray *value = findHeader(headers, HeaderName::RateLimit))
        limitFromRateLimit = applyRateLimitField(*value, &result);
    if (const QByteArray *value = findHeader(headers, HeaderName::RateLimitPolicy))
        applyPolicyField(*value, &result, limitFromRateLimit);

    if (result.limit && result.remaining)
        result.remaining = std::min(*result.remaining, *result.limit);
    return result;
}

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "ratelimit/ratelimitheaders.h"

#include <QTest>

using namespace std::chrono_literals;
using std::chrono::milliseconds;

namespace {

const QDateTime Now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);

RateLimitHeaders retryAfter(milliseconds wait)
{
    RateLimitHeaders headers;
    headers.retryAfter = wait;
    return headers;
}

RateLimitHeaders quota(std::optional<int> limit, std::optional<int> remaining,
                       std::optional<milliseconds> reset,
                       std::optional<std::chrono::seconds> window = std::nullopt)
{
    RateLimitHeaders headers;
    headers.limit = limit;
    headers.remaining = remaining;
    headers.reset = reset;
    headers.window = window;
    return headers;
}

QString describe(const std::optional<milliseconds> &value)
{
    return value ? QString::number(value->count()) + QStringLiteral("ms") : QStringLiteral("-");
}

QString describe(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QStringLiteral("-");
}

} // namespace

// Readable QCOMPARE failures.
char *toString(const RateLimitHeaders &headers)
{
    const QString text =
        QStringLiteral("retryAfter=%1 limit=%2 remaining=%3 reset=%4 window=%5")
            .arg(describe(headers.retryAfter), describe(headers.limit), describe(headers.remaining),
                 describe(headers.reset),
                 headers.window ? QString::number(headers.window->count()) : QStringLiteral("-"));
    return qstrdup(text.toUtf8().constData());
}

class TestRateLimitHeaders : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void httpDate_data();
    void httpDate();
    void noHeadersMeansEstimate();
};

void TestRateLimitHeaders::parse_data()
{
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<RateLimitHeaders>("expected");

    QTest::newRow("no headers") << HeaderList{} << RateLimitHeaders{};
    QTest::newRow("unrelated headers")
        << HeaderList{{"Content-Type", "application/json"}} << RateLimitHeaders{};

    // Retry-After
    QTest::newRow("retry-after seconds") << HeaderList{{"Retry-After", "7"}} << retryAfter(7s);
    QTest::newRow("retry-after zero") << HeaderList{{"Retry-After", "0"}} << retryAfter(0s);
    QTest::newRow("retry-after name any case, value padded")
        << HeaderList{{"retry-after", "  12 "}} << retryAfter(12s);
    QTest::newRow("retry-after http-date")
        << HeaderList{{"Retry-After", "Tue, 14 Nov 2023 22:13:27 GMT"}} << retryAfter(7s);
    QTest::newRow("retry-after date in the past is no wait")
        << HeaderList{{"Retry-After", "Tue, 14 Nov 2023 22:00:00 GMT"}} << retryAfter(0s);
    QTest::newRow("retry-after minus one ignored")
        << HeaderList{{"Retry-After", "-1"}} << RateLimitHeaders{};
    QTest::newRow("retry-after garbage ignored")
        << HeaderList{{"Retry-After", "soon"}} << RateLimitHeaders{};
    QTest::newRow("retry-after fraction ignored")
        << HeaderList{{"Retry-After", "1.5"}} << RateLimitHeaders{};
    QTest::newRow("retry-after empty ignored")
        << HeaderList{{"Retry-After", ""}} << RateLimitHeaders{};
    QTest::newRow("retry-after huge clamped to an hour")
        << HeaderList{{"Retry-After", "999999999999999999999999"}} << retryAfter(1h);
    QTest::newRow("retry-after far date clamped to an hour")
        << HeaderList{{"Retry-After", "Fri, 31 Dec 9999 23:59:59 GMT"}} << retryAfter(1h);
    // Issue 14: numbers past qint64 overflowed (undefined behaviour) and could come out as 0.
    QTest::newRow("retry-after 2^63 clamped to an hour")
        << HeaderList{{"Retry-After", "9223372036854775808"}} << retryAfter(1h);
    QTest::newRow("retry-after 2^64 clamped to an hour")
        << HeaderList{{"Retry-After", "18446744073709551616"}} << retryAfter(1h);
    QTest::newRow("retry-after 10^30 clamped to an hour")
        << HeaderList{{"Retry-After", "1" + QByteArray(30, '0')}} << retryAfter(1h);
    QTest::newRow("retry-after 400 digits clamped to an hour")
        << HeaderList{{"Retry-After", QByteArray(400, '7')}} << retryAfter(1h);
    QTest::newRow("retry-after 400 digits of leading zeros is zero")
        << HeaderList{{"Retry-After", QByteArray(400, '0') + "5"}} << retryAfter(5s);
    QTest::newRow("retry-after 1e400 ignored")
        << HeaderList{{"Retry-After", "1e400"}} << RateLimitHeaders{};
    QTest::newRow("retry-after -10^30 ignored")
        << HeaderList{{"Retry-After", "-1" + QByteArray(30, '0')}} << RateLimitHeaders{};
    QTest::newRow("retry-after first valid one wins")
        << HeaderList{{"Retry-After", "x"}, {"Retry-After", "3"}, {"Retry-After", "9"}}
        << retryAfter(3s);

    // X-RateLimit-*
    QTest::newRow("x-ratelimit epoch reset") << HeaderList{{"X-RateLimit-Limit", "300"},
                                                           {"X-RateLimit-Remaining", "12"},
                                                           {"X-RateLimit-Reset", "1700000042"}}
                                             << quota(300, 12, 42s);
    QTest::newRow("x-ratelimit delta reset") << HeaderList{{"x-ratelimit-limit", "60"},
                                                           {"x-ratelimit-remaining", "0"},
                                                           {"x-ratelimit-reset", "30"}}
                                             << quota(60, 0, 30s);
    QTest::newRow("x-ratelimit epoch milliseconds reset")
        << HeaderList{{"X-RateLimit-Reset", "1700000005000"}} << quota({}, {}, 5s);
    QTest::newRow("x-ratelimit fractional reset rounds up")
        << HeaderList{{"X-RateLimit-Reset", "1.2345"}} << quota({}, {}, 1235ms);
    QTest::newRow("x-ratelimit reset in the past is zero")
        << HeaderList{{"X-RateLimit-Reset", "1699999000"}} << quota({}, {}, 0s);
    QTest::newRow("x-ratelimit negative remaining clamped to zero")
        << HeaderList{{"X-RateLimit-Limit", "300"}, {"X-RateLimit-Remaining", "-4"}}
        << quota(300, 0, {});
    QTest::newRow("x-ratelimit remaining above limit clamped")
        << HeaderList{{"X-RateLimit-Limit", "300"}, {"X-RateLimit-Remaining", "5000"}}
        << quota(300, 300, {});
    QTest::newRow("x-ratelimit huge limit clamped")
        << HeaderList{{"X-RateLimit-Limit", "99999999999999999999"}}
        << quota(RateLimitHeaders::MaxLimit, {}, {});
    QTest::newRow("x-ratelimit zero or negative limit ignored")
        << HeaderList{{"X-RateLimit-Limit", "0"}, {"X-RateLimit-Remaining", "3"}}
        << quota({}, 3, {});
    QTest::newRow("x-ratelimit negative reset clamped to zero")
        << HeaderList{{"X-RateLimit-Reset", "-20"}} << quota({}, {}, 0s);
    QTest::newRow("x-ratelimit huge delta reset clamped to an hour")
        << HeaderList{{"X-RateLimit-Reset", "999999"}} << quota({}, {}, 1h);
    QTest::newRow("x-ratelimit 2^63 limit clamped")
        << HeaderList{{"X-RateLimit-Limit", "9223372036854775808"}}
        << quota(RateLimitHeaders::MaxLimit, {}, {});
    QTest::newRow("x-ratelimit 2^64 remaining clamped")
        << HeaderList{{"X-RateLimit-Remaining", "18446744073709551616"}}
        << quota({}, RateLimitHeaders::MaxLimit, {});
    QTest::newRow("x-ratelimit -2^64 remaining is zero")
        << HeaderList{{"X-RateLimit-Remaining", "-18446744073709551616"}} << quota({}, 0, {});
    QTest::newRow("x-ratelimit 400-digit limit clamped")
        << HeaderList{{"X-RateLimit-Limit", QByteArray(400, '9')}}
        << quota(RateLimitHeaders::MaxLimit, {}, {});
    QTest::newRow("x-ratelimit 10^30 epoch reset clamped to an hour")
        << HeaderList{{"X-RateLimit-Reset", "1" + QByteArray(30, '0')}} << quota({}, {}, 1h);
    QTest::newRow("x-ratelimit -10^30 reset is zero")
        << HeaderList{{"X-RateLimit-Reset", "-1" + QByteArray(30, '0')}} << quota({}, {}, 0s);
    QTest::newRow("x-ratelimit 400-digit fraction clamped to an hour")
        << HeaderList{{"X-RateLimit-Reset", QByteArray(400, '9') + '.' + QByteArray(400, '9')}}
        << quota({}, {}, 1h);
    QTest::newRow("x-ratelimit long fraction rounds up")
        << HeaderList{{"X-RateLimit-Reset", "2." + QByteArray(400, '0') + '1'}}
        << quota({}, {}, 2001ms);
    QTest::newRow("x-ratelimit negative fraction is zero")
        << HeaderList{{"X-RateLimit-Reset", "-0.5"}} << quota({}, {}, 0s);
    QTest::newRow("x-ratelimit 1e400 ignored")
        << HeaderList{{"X-RateLimit-Limit", "1e400"}, {"X-RateLimit-Reset", "1e400"}}
        << RateLimitHeaders{};
    QTest::newRow("x-ratelimit garbage ignored") << HeaderList{{"X-RateLimit-Limit", "lots"},
                                                               {"X-RateLimit-Remaining", "12abc"},
                                                               {"X-RateLimit-Reset", "tomorrow"}}
                                                 << RateLimitHeaders{};

    // IETF drafts
    QTest::newRow("ratelimit-limit/remaining/reset (draft 00-02)")
        << HeaderList{{"RateLimit-Limit", "100"},
                      {"RateLimit-Remaining", "40"},
                      {"RateLimit-Reset", "20"}}
        << quota(100, 40, 20s);
    QTest::newRow("ratelimit dictionary (draft 03-06)")
        << HeaderList{{"RateLimit", "limit=300, remaining=5, reset=20"}} << quota(300, 5, 20s);
    QTest::newRow("ratelimit dictionary with policy")
        << HeaderList{{"RateLimit", "limit=300, remaining=5, reset=20"},
                      {"RateLimit-Policy", "300;w=60"}}
        << quota(300, 5, 20s, std::chrono::seconds(60));
    QTest::newRow("ratelimit-policy alone gives limit and window")
        << HeaderList{{"RateLimit-Policy", "300;w=60, 10000;w=86400"}}
        << quota(300, {}, {}, std::chrono::seconds(60));
    QTest::newRow("structured item forms (draft 07+)")
        << HeaderList{{"RateLimit", "\"default\";r=50;t=30"},
                      {"RateLimit-Policy", "\"default\";q=300;w=60"}}
        << quota(300, 50, 30s, std::chrono::seconds(60));
    QTest::newRow("structured token forms (later drafts)")
        << HeaderList{{"RateLimit", "burst;r=4;t=2"}, {"RateLimit-Policy", "burst;q=5;w=3"}}
        << quota(5, 4, 2s, std::chrono::seconds(3));
    QTest::newRow("several policies: the one with least left governs")
        << HeaderList{{"RateLimit", "\"minute\";r=50;t=30, \"day\";r=7;t=3600"}}
        << quota({}, 7, 1h);
    QTest::newRow("quoted commas do not split")
        << HeaderList{{"RateLimit", "\"a,b\";r=3;t=1"}} << quota({}, 3, 1s);
    QTest::newRow("ietf overrides x- forms")
        << HeaderList{{"X-RateLimit-Limit", "1000"},
                      {"X-RateLimit-Remaining", "999"},
                      {"RateLimit", "limit=300, remaining=5, reset=20"}}
        << quota(300, 5, 20s);
    QTest::newRow("ratelimit limit beats the policy quota")
        << HeaderList{{"RateLimit", "limit=250, remaining=5, reset=20"},
                      {"RateLimit-Policy", "300;w=60"}}
        << quota(250, 5, 20s, std::chrono::seconds(60));
    QTest::newRow("ietf garbage ignored")
        << HeaderList{{"RateLimit", "limit=x, remaining=, reset=-, ;;, ===, \"unterminated"},
                      {"RateLimit-Policy", "w=60;q, ;w=abc"}}
        << RateLimitHeaders{};
    QTest::newRow("ietf negative and huge clamped")
        << HeaderList{{"RateLimit", "limit=99999999999, remaining=-3, reset=-9"},
                      {"RateLimit-Policy", "300;w=99999999"}}
        << quota(RateLimitHeaders::MaxLimit, 0, 0s, std::chrono::seconds(3600));

    QTest::newRow("ietf 2^64 and 10^30 clamped")
        << HeaderList{{"RateLimit",
                       "limit=18446744073709551616, remaining=1" + QByteArray(30, '0') + ", reset=1"
                           + QByteArray(30, '0')},
                      {"RateLimit-Policy", "300;w=18446744073709551616"}}
        << quota(RateLimitHeaders::MaxLimit, RateLimitHeaders::MaxLimit, 1h,
                 std::chrono::seconds(3600));
    QTest::newRow("ietf item form 400 digits clamped")
        << HeaderList{{"RateLimit",
                       "\"default\";r=" + QByteArray(400, '9') + ";t=" + QByteArray(400, '9')}}
        << quota({}, RateLimitHeaders::MaxLimit, 1h);

    RateLimitHeaders everything = quota(300, 0, 42s);
    everything.retryAfter = 42s;
    QTest::newRow("sandbox 429 with --rate-headers")
        << HeaderList{{"Retry-After", "42"},
                      {"X-RateLimit-Limit", "300"},
                      {"X-RateLimit-Remaining", "0"},
                      {"X-RateLimit-Reset", "1700000042"}}
        << everything;
}

void TestRateLimitHeaders::parse()
{
    QFETCH(HeaderList, headers);
    QFETCH(RateLimitHeaders, expected);
    QCOMPARE(parseRateLimitHeaders(headers, Now), expected);
}

void TestRateLimitHeaders::httpDate_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDateTime>("expected");

    const QDateTime rfcExample(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << rfcExample;
    QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << rfcExample;
    QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << rfcExample;
    QTest::newRow("two-digit year after 2000")
        << QByteArray("Tuesday, 14-Nov-23 22:14:20 GMT")
        << QDateTime(QDate(2023, 11, 14), QTime(22, 14, 20), Qt::UTC);
    QTest::newRow("not GMT") << QByteArray("Sun, 06 Nov 1994 08:49:37 CET") << QDateTime();
    QTest::newRow("no such month") << QByteArray("Sun, 06 Foo 1994 08:49:37 GMT") << QDateTime();
    QTest::newRow("no such day") << QByteArray("Sun, 31 Feb 1994 08:49:37 GMT") << QDateTime();
    QTest::newRow("bad time") << QByteArray("Sun, 06 Nov 1994 25:49:37 GMT") << QDateTime();
    QTest::newRow("ISO 8601 is not an HTTP-date")
        << QByteArray("1994-11-06T08:49:37Z") << QDateTime();
    QTest::newRow("empty") << QByteArray() << QDateTime();
}

void TestRateLimitHeaders::httpDate()
{
    QFETCH(QByteArray, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = parseHttpDate(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(parsed.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
}

void TestRateLimitHeaders::noHeadersMeansEstimate()
{
    const RateLimitHeaders onlyWait = parseRateLimitHeaders({{"Retry-After", "3"}}, Now);
    QVERIFY(!onlyWait.hasQuota());
    QVERIFY(!onlyWait.isEmpty());
    QVERIFY(parseRateLimitHeaders({}, Now).isEmpty());
    QVERIFY(parseRateLimitHeaders({{"X-RateLimit-Remaining", "3"}}, Now).hasQuota());
}

QTEST_GUILESS_MAIN(TestRateLimitHeaders)
#include "tst_ratelimitheaders.moc"

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "sandboxrequestparser.h"

#include <QTest>

using Outcome = SandboxParsedRequest::Outcome;

namespace {

const QByteArray Chunked = "POST /v1/webhooks HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                           "\r\n4;name=value\r\n{\"a\"\r\n3\r\n:1}\r\n0\r\nExpires: never\r\n\r\n";

} // namespace

// The pure request parser behind SandboxConnection (the contract over HTTP is in
// tst_sandboxserver; the fuzz harness is tests/fuzz/fuzz_sandbox_request.cpp).
class TestSandboxRequestParser : public QObject
{
    Q_OBJECT

private slots:
    void decodesChunkedBodyWithExtensionsAndTrailers();
    void everyPrefixOfAValidRequestIsIncomplete_data();
    void everyPrefixOfAValidRequestIsIncomplete();
    void consumesOneRequestOfAPipeline();
    void skipsEmptyLinesBeforeARequest();
    void asksForContinueOnlyOnceTheHeadIsRead();
    void refusesWithTheStatusThatFits_data();
    void refusesWithTheStatusThatFits();
};

void TestSandboxRequestParser::decodesChunkedBodyWithExtensionsAndTrailers()
{
    const SandboxParsedRequest parsed = parseSandboxRequest(Chunked + "GET /next");
    QCOMPARE(parsed.outcome, Outcome::Complete);
    QCOMPARE(parsed.request.method, QByteArray("POST"));
    QCOMPARE(parsed.request.path, QStringLiteral("/v1/webhooks"));
    QCOMPARE(parsed.request.body, QByteArray("{\"a\":1}"));
    QCOMPARE(parsed.consumed, Chunked.size());
    QVERIFY(parsed.keepAlive);
}

void TestSandboxRequestParser::everyPrefixOfAValidRequestIsIncomplete_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("chunked") << Chunked;
    QTest::newRow("content-length")
        << QByteArray("PUT /v1/patients/42 HTTP/1.1\r\nContent-Length: 7\r\n\r\n{\"a\":1}");
    QTest::newRow("no body") << QByteArray("GET /v1/me HTTP/1.0\r\nHost: x\r\n\r\n");
}

// Bytes arrive in any pieces: a request cut anywhere waits for more, and is never refused.
void TestSandboxRequestParser::everyPrefixOfAValidRequestIsIncomplete()
{
    QFETCH(QByteArray, request);
    for (qsizetype length = 0; length < request.size(); ++length) {
        const SandboxParsedRequest parsed = parseSandboxRequest(request.left(length));
        QVERIFY2(parsed.outcome == Outcome::Incomplete, qPrintable(QString::number(length)));
    }
    QCOMPARE(parseSandboxRequest(request).outcome, Outcome::Complete);
}

void TestSandboxRequestParser::consumesOneRequestOfAPipeline()
{
    const QByteArray one = "POST /v1/a HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}";
    const QByteArray two = "GET /v1/b HTTP/1.1\r\nConnection: close\r\n\r\n";
    const SandboxParsedRequest first = parseSandboxRequest(one + two);
    QCOMPARE(first.outcome, Outcome::Complete);
    QCOMPARE(first.consumed, one.size());
    QCOMPARE(first.request.body, QByteArray("{}"));
    const SandboxParsedRequest second = parseSandboxRequest(two);
    QCOMPARE(second.outcome, Outcome::Complete);
    QCOMPARE(second.request.path, QStringLiteral("/v1/b"));
    QVERIFY(!second.keepAlive);
}

void TestSandboxRequestParser::skipsEmptyLinesBeforeARequest()
{
    const SandboxParsedRequest waiting = parseSandboxRequest("\r\n\r\nGET /v1/me HT");
    QCOMPARE(waiting.outcome, Outcome::Incomplete);
    QCOMPARE(waiting.consumed, 4);
    const SandboxParsedRequest parsed = parseSandboxRequest("\r\nGET /v1/me HTTP/1.1\r\n\r\n");
    QCOMPARE(parsed.outcome, Outcome::Complete);
    QCOMPARE(parsed.request.path, QStringLiteral("/v1/me"));
}

void TestSandboxRequestParser::asksForContinueOnlyOnceTheHeadIsRead()
{
    const QByteArray head =
        "PUT /v1/a HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n";
    QVERIFY(!parseSandboxRequest(head.chopped(2)).expectsContinue);
    const SandboxParsedRequest waiting = parseSandboxRequest(head);
    QCOMPARE(waiting.outcome, Outcome::Incomplete);
    QVERIFY(waiting.expectsContinue);
    QCOMPARE(parseSandboxRequest(head + "{}").outcome, Outcome::Complete);
}

void TestSandboxRequestParser::refusesWithTheStatusThatFits_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    const QByteArray post = "POST /v1/webhooks HTTP/1.1\r\n";
    const QByteArray chunked = post + "Transfer-Encoding: chunked\r\n\r\n";
    QTest::newRow("chunk size near 2^63 after a chunk") << chunked
            + "1\r\nx\r\n7fffffffffffffff\r\n" << 413;
    QTest::newRow("chunk data overflowing the buffer end")
        << chunked + "1\r\nx\r\n7ffffffffffffffe\r\nxx\r\n0\r\n\r\n"
        << 413;
    QTest::newRow("chunk size with a sign") << chunked + "-1\r\n" << 400;
    QTest::newRow("chunk size with 0x") << chunked + "0x5\r\n" << 400;
    QTest::newRow("chunk size line without end")
        << chunked + QByteArray(SandboxLimits::MaxChunkLineBytes + 1, '0') << 400;
    QTest::newRow("chunk data not followed by CRLF") << chunked + "1\r\nxyz" << 400;
    QTest::newRow("Content-Length past 64 bits")
        << post + "Content-Length: 99999999999999999999999\r\n\r\n"
        << 413;
    QTest::newRow("Content-Length over the limit") << post
            + "Content-Length: " + QByteArray::number(SandboxLimits::MaxBodyBytes + 1)
            + "\r\n\r\n" << 413;
    QTest::newRow("signed Content-Length") << post + "Content-Length: +2\r\n\r\n{}" << 400;
    QTest::newRow("conflicting Content-Length")
        << post + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}" << 400;
    QTest::newRow("head without end over 64 KiB")
        << "GET / HTTP/1.1\r\nX: " + QByteArray(SandboxLimits::MaxHeadBytes, 'a') << 431;
    QTest::newRow("head with end over 64 KiB")
        << "GET / HTTP/1.1\r\nX: " + QByteArray(SandboxLimits::MaxHeadBytes, 'a') + "\r\n\r\n"
        << 431;
    QTest::newRow("method not a token") << QByteArray("G{T / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("header name with a space")
        << QByteArray("GET / HTTP/1.1\r\nA B: c\r\n\r\n") << 400;
    QTest::newRow("gzip transfer coding") << post + "Transfer-Encoding: gzip, chunked\r\n\r\n"
                                          << 501;
}

void TestSandboxRequestParser::refusesWithTheStatusThatFits()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    const SandboxParsedRequest parsed = parseSandboxRequest(request);
    QCOMPARE(parsed.outcome, Outcome::Invalid);
    QCOMPARE(parsed.errorStatus, status);
    QVERIFY(!parsed.errorMessage.isEmpty());
    QVERIFY(!parsed.errorCode.isEmpty());
    QVERIFY(!parsed.keepAlive);
}

QTEST_APPLESS_MAIN(TestSandboxRequestParser)
#include "tst_sandboxrequestparser.moc"

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "http/reasonphrase.h"

#include <QTest>

class TestReasonPhrase : public QObject
{
    Q_OBJECT

private slots:
    void standardPhrases_data();
    void standardPhrases();
    void statusLinePrefersTheServersReason_data();
    void statusLinePrefersTheServersReason();
};

void TestReasonPhrase::standardPhrases_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("200") << 200 << "OK";
    QTest::newRow("204") << 204 << "No Content";
    QTest::newRow("302") << 302 << "Found";
    QTest::newRow("401") << 401 << "Unauthorized";
    QTest::newRow("403") << 403 << "Forbidden";
    QTest::newRow("404") << 404 << "Not Found";
    QTest::newRow("407") << 407 << "Proxy Authentication Required";
    QTest::newRow("422") << 422 << "Unprocessable Entity";
    QTest::newRow("429") << 429 << "Too Many Requests";
    QTest::newRow("500") << 500 << "Internal Server Error";
    QTest::newRow("504") << 504 << "Gateway Timeout";
    QTest::newRow("unassigned") << 299 << "";
    QTest::newRow("zero") << 0 << "";
}

void TestReasonPhrase::standardPhrases()
{
    QFETCH(int, status);
    QFETCH(QString, phrase);
    QCOMPARE(reasonPhrase(status), phrase);
}

void TestReasonPhrase::statusLinePrefersTheServersReason_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<QString>("line");
    QTest::newRow("server's own words") << 404 << QByteArray("Nope") << "404 Nope";
    QTest::newRow("trimmed") << 200 << QByteArray("  OK \t") << "200 OK";
    QTest::newRow("none sent: the standard phrase")
        << 429 << QByteArray() << "429 Too Many Requests";
    QTest::newRow("blank: the standard phrase") << 403 << QByteArray("   ") << "403 Forbidden";
    QTest::newRow("control characters are not shown")
        << 401 << QByteArray("Un\x1b[31mauthorized") << "401 Unauthorized";
    QTest::newRow("no phrase at all") << 299 << QByteArray() << "299";
}

void TestReasonPhrase::statusLinePrefersTheServersReason()
{
    QFETCH(int, status);
    QFETCH(QByteArray, reason);
    QFETCH(QString, line);
    QCOMPARE(statusLineText(status, reason), line);
}

QTEST_GUILESS_MAIN(TestReasonPhrase)
#include "tst_reasonphrase.moc"

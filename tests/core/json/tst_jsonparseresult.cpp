// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "json/jsonparseresult.h"

#include <QTest>

class TestJsonParseResult : public QObject
{
    Q_OBJECT

private slots:
    void validBodiesParse_data();
    void validBodiesParse();
    void badBodiesAreReportedWithTheirPlace_data();
    void badBodiesAreReportedWithTheirPlace();
    void aSharedBodyIsLeftIntact();
};

void TestJsonParseResult::validBodiesParse_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("object") << QByteArray(R"({"data":[{"id":"1"}],"count":1})");
    QTest::newRow("array") << QByteArray("[1, 2.5, -3, true, false, null]");
    QTest::newRow("scalar") << QByteArray("\"just a string\"");
    QTest::newRow("surrounding whitespace") << QByteArray("\n\t {\"a\": 1}\r\n ");
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{\"a\": 1}");
    QTest::newRow("unicode") << QByteArray("{\"name\": \"Zo\xC3\xAB \xF0\x9F\x98\x80\"}");
    QTest::newRow("1024 levels") << QByteArray(JsonMaxDepth, '[') + QByteArray(JsonMaxDepth, ']');
}

void TestJsonParseResult::validBodiesParse()
{
    QFETCH(QByteArray, body);
    const JsonParseResult result = parseJson(body);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.document);
    QVERIFY(result.message.isEmpty());
}

void TestJsonParseResult::badBodiesAreReportedWithTheirPlace_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<JsonParseStatus>("status");
    QTest::addColumn<qint64>("offset"); // -2: any known offset; -1: none
    QTest::addColumn<int>("line");

    const QByteArray truncated = R"({"patients":[{"id":)";
    QTest::newRow("empty") << QByteArray() << JsonParseStatus::Empty << qint64(-1) << 0;
    QTest::newRow("blank") << QByteArray(" \r\n\t") << JsonParseStatus::Empty << qint64(-1) << 0;
    QTest::newRow("truncated") << truncated << JsonParseStatus::Truncated
                               << qint64(truncated.size()) << 1;
    QTest::newRow("truncated in a string")
        << QByteArray("{\"a\":\n\"abc") << JsonParseStatus::Truncated << qint64(10) << 2;
    QTest::newRow("invalid utf-8")
        << QByteArray("{\"a\":\"x\xFFy\"}") << JsonParseStatus::InvalidUtf8 << qint64(7) << 1;
    QTest::newRow("overlong utf-8")
        << QByteArray("[\"\xC0\xAF\"]") << JsonParseStatus::InvalidUtf8 << qint64(2) << 1;
    QTest::newRow("1025 levels") << QByteArray(JsonMaxDepth + 1, '[')
            + QByteArray(JsonMaxDepth + 1, ']')
                                 << JsonParseStatus::TooDeep << qint64(JsonMaxDepth) << 1;
    QTest::newRow("100000 levels, truncated")
        << QByteArray(100000, '{') << JsonParseStatus::TooDeep << qint64(JsonMaxDepth) << 1;
    QTest::newRow("double comma") << QByteArray("{\"a\": 1,,}") << JsonParseStatus::SyntaxError
                                  << qint64(-2) << 1;
    QTest::newRow("missing colon on line 3") << QByteArray("{\n  \"a\": 1,\n  \"b\" 2\n}")
                                             << JsonParseStatus::SyntaxError << qint64(-2) << 3;
    QTest::newRow("garbage after")
        << QByteArray("{} x") << JsonParseStatus::SyntaxError << qint64(-2) << 1;
    QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><body>502</body></html>")
                          << JsonParseStatus::NotJson << qint64(0) << 1;
    QTest::newRow("text") << QByteArray("\n  Bad Gateway") << JsonParseStatus::NotJson << qint64(3)
                          << 2;
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)
                            << JsonParseStatus::NotJson << qint64(0) << 1;
}

void TestJsonParseResult::badBodiesAreReportedWithTheirPlace()
{
    QFETCH(QByteArray, body);
    QFETCH(JsonParseStatus, status);
    QFETCH(qint64, offset);
    QFETCH(int, line);

    const JsonParseResult result = parseJson(body);
    QCOMPARE(result.status, status);
    QVERIFY(!result.document);
    QVERIFY(!result.message.isEmpty());
    if (offset == -2)
        QVERIFY2(result.offset >= 0 && result.offset <= body.size(), qPrintable(result.message));
    else
        QCOMPARE(result.offset, offset);
    QCOMPARE(result.line, line);
    if (result.offset >= 0) {
        QVERIFY(result.column >= 1);
        QVERIFY2(result.message.contains(QStringLiteral("line %1").arg(line)),
                 qPrintable(result.message));
    }
}

void TestJsonParseResult::aSharedBodyIsLeftIntact()
{
    const QByteArray body = R"({"a": [1, 2, 3]})";
    const QByteArray copy = body;
    QVERIFY(parseJson(copy).ok());
    QCOMPARE(copy, body);
    QCOMPARE(copy.constData(), body.constData()); // still shared: padding went to a private copy
}

QTEST_GUILESS_MAIN(TestJsonParseResult)
#include "tst_jsonparseresult.moc"

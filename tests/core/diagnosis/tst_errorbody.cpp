// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "diagnosis/errorbody.h"

#include <QTest>

class TestErrorBody : public QObject
{
    Q_OBJECT
private slots:
    void findsTheCodeInEveryEnvelope_data();
    void findsTheCodeInEveryEnvelope();
    void messageIsSanitisedAndShortened();
    void largeBodyIsOnlyScannedAtItsHead();
    void pathNumbersAreShownAsSent_data();
    void pathNumbersAreShownAsSent();
    void htmlIsRecognised_data();
    void htmlIsRecognised();
};

void TestErrorBody::findsTheCodeInEveryEnvelope_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("validation");

    QTest::newRow("error string") << QByteArray(R"({"error":"forbidden"})") << "forbidden" << false;
    QTest::newRow("code string") << QByteArray(R"({"code":"rate_limit_exceeded"})")
                                 << "rate_limit_exceeded" << false;
    QTest::newRow("sandbox envelope")
        << QByteArray(R"({"statusCode":401,"error":"invalid_credentials","message":"no"})")
        << "invalid_credentials" << false;
    QTest::newRow("validation envelope")
        << QByteArray(R"({"error":true,"statusCode":400,"message":[{"code":"invalid_type"}]})")
        << QString() << true;
    QTest::newRow("error object") << QByteArray(R"({"error":{"code":"forbidden","message":"x"}})")
                                  << "forbidden" << false;
    QTest::newRow("data error") << QByteArray(R"({"data":{"error":"insufficient_permissions"}})")
                                << "insufficient_permissions" << false;
    QTest::newRow("data error object")
        << QByteArray(R"({"data":{"error":{"code":"forbidden"}}})") << "forbidden" << false;
    QTest::newRow("errors array") << QByteArray(R"({"errors":[{"code":"forbidden"}]})")
                                  << "forbidden" << false;
    QTest::newRow("too deep is not searched")
        << QByteArray(R"({"a":{"b":{"c":{"error":"forbidden"}}}})") << QString() << false;
    QTest::newRow("sentence is not a code")
        << QByteArray(R"({"error":"Access denied, sorry"})") << QString() << false;
    QTest::newRow("absent") << QByteArray(R"({"statusCode":403})") << QString() << false;
    QTest::newRow("not json") << QByteArray("Forbidden") << QString() << false;
    QTest::newRow("empty") << QByteArray() << QString() << false;
    QTest::newRow("deep arrays") << QByteArray(100000, '[') << QString() << false;
}

void TestErrorBody::findsTheCodeInEveryEnvelope()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(bool, validation);
    const ErrorBody parsed = parseErrorBody(body);
    QCOMPARE(parsed.code, code);
    QCOMPARE(parsed.isValidationEnvelope, validation);
}

void TestErrorBody::messageIsSanitisedAndShortened()
{
    QByteArray body = R"({"error":"forbidden","message":"line\nbreak\u0007 )";
    body += QByteArray(1000, 'm') + "\"}";
    const ErrorBody parsed = parseErrorBody(body);
    QVERIFY(parsed.message.startsWith(QLatin1String("line break ")));
    QVERIFY(parsed.message.size() <= 301);
    QVERIFY(!parsed.message.contains(QLatin1Char('\n')));
}

void TestErrorBody::largeBodyIsOnlyScannedAtItsHead()
{
    QByteArray body = R"({"statusCode":403,"code":"insufficient_permissions","pad":")";
    body += QByteArray(MaxDiagnosedBodyBytes, ' ') + "\"}";
    const ErrorBody parsed = parseErrorBody(body);
    QVERIFY(parsed.onlyHeadRead);
    QVERIFY(!parsed.isJson);
    QCOMPARE(parsed.code, QStringLiteral("insufficient_permissions"));

    QByteArray late = QByteArray(MaxDiagnosedBodyBytes, ' ') + R"({"error":"forbidden"})";
    QCOMPARE(parseErrorBody(late).code, QString());
}

void TestErrorBody::pathNumbersAreShownAsSent_data()
{
    QTest::addColumn<QByteArray>("index");
    QTest::addColumn<QString>("shown");
    QTest::newRow("small") << QByteArray("3") << QStringLiteral("items.3.name");
    QTest::newRow("2^63") << QByteArray("9223372036854775808")
                          << QStringLiteral("items.9.2233720368547758e+18.name");
    QTest::newRow("10^30") << QByteArray("1" + QByteArray(30, '0'))
                           << QStringLiteral("items.1e+30.name");
    QTest::newRow("negative") << QByteArray("-2") << QStringLiteral("items.-2.name");
    QTest::newRow("fraction") << QByteArray("1.5") << QStringLiteral("items.1.5.name");
}

// A validation path's numbers come from the server: a huge one is shown, not turned into 0.
void TestErrorBody::pathNumbersAreShownAsSent()
{
    QFETCH(QByteArray, index);
    QFETCH(QString, shown);
    const ErrorBody parsed = parseErrorBody(
        R"({"error":true,"statusCode":400,"message":[{"code":"invalid_type","path":["items",)"
        + index + R"(,"name"]}]})");
    QCOMPARE(parsed.fieldProblems.size(), 1);
    QVERIFY2(parsed.fieldProblems.first().startsWith(shown + u": "),
             qPrintable(parsed.fieldProblems.first()));
}

void TestErrorBody::htmlIsRecognised_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("html");
    QTest::newRow("by type") << QByteArray("text/html; charset=utf-8") << QByteArray("x") << true;
    QTest::newRow("by body") << QByteArray() << QByteArray("\n <html>") << true;
    QTest::newRow("bom then tag") << QByteArray() << QByteArray("\xEF\xBB\xBF<!doctype html>")
                                  << true;
    QTest::newRow("json") << QByteArray("application/json") << QByteArray(R"({"a":1})") << false;
    QTest::newRow("empty") << QByteArray() << QByteArray() << false;
}

void TestErrorBody::htmlIsRecognised()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(bool, html);
    QCOMPARE(looksLikeHtml(contentType, body), html);
}

QTEST_GUILESS_MAIN(TestErrorBody)
#include "tst_errorbody.moc"

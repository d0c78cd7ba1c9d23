// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "collections/assertion.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// httpyac's "??" assertions, as the collection runner runs them (issue 17).
class TestAssertion : public QObject
{
    Q_OBJECT
private slots:
    void assertionsHoldOrFailOnARealResponse_data();
    void assertionsHoldOrFailOnARealResponse();
    void aLineThatCannotBeReadSaysWhy_data();
    void aLineThatCannotBeReadSaysWhy();
    void aFailureShowsWhatTheResponseHeld();
    void noAnswerFailsEveryAssertion();
    void jsonPathsFindValuesInObjectsAndArrays_data();
    void jsonPathsFindValuesInObjectsAndArrays();
};

namespace {

Exchange answer()
{
    Exchange exchange;
    exchange.status = 200;
    exchange.headers = {{"Content-Type", "application/json; charset=utf-8"},
                        {"X-RateLimit-Remaining", "299"}};
    exchange.body = R"({"network": {"id": 10, "name": "Riverside Network"},
                        "data": [{"id": "a1", "active": true}, {"id": "b2", "active": false}],
                        "note": null})";
    exchange.timings.totalMs = 42;
    return exchange;
}

} // namespace

void TestAssertion::assertionsHoldOrFailOnARealResponse_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("passes");
    QTest::newRow("status ==") << "?? status == 200" << true;
    QTest::newRow("status == wrong") << "?? status == 201" << false;
    QTest::newRow("status !=") << "?? status != 201" << true;
    QTest::newRow("status range") << "?? status >= 200" << true;
    QTest::newRow("status < ") << "?? status < 200" << false;
    QTest::newRow("status startsWith") << "?? status startsWith 20" << true;
    QTest::newRow("duration") << "?? duration < 300" << true;
    QTest::newRow("duration too slow") << "?? duration < 10" << false;
    QTest::newRow("header includes") << "?? header content-type includes json" << true;
    QTest::newRow("header case-insensitive name") << "?? header Content-Type includes json" << true;
    QTest::newRow("header includes wrong") << "?? header content-type includes xml" << false;
    QTest::newRow("header number") << "?? header x-ratelimit-remaining > 100" << true;
    QTest::newRow("header exists") << "?? header x-ratelimit-remaining exists" << true;
    QTest::newRow("absent header exists") << "?? header retry-after exists" << false;
    QTest::newRow("absent header isFalse") << "?? header retry-after isFalse" << true;
    QTest::newRow("body number") << "?? body network.id == 10" << true;
    QTest::newRow("body number wrong") << "?? body network.id == 11" << false;
    QTest::newRow("body string quoted") << "?? body network.name == \"Riverside Network\"" << true;
    QTest::newRow("body string unquoted") << "?? body network.name == Riverside Network" << true;
    QTest::newRow("body array index") << "?? body data[1].id == b2" << true;
    QTest::newRow("body boolean") << "?? body data[0].active isTrue" << true;
    QTest::newRow("body boolean false") << "?? body data[1].active isFalse" << true;
    QTest::newRow("body isArray") << "?? body data isArray" << true;
    QTest::newRow("body isNumber") << "?? body network.id isNumber" << true;
    QTest::newRow("body isString on number") << "?? body network.id isString" << false;
    QTest::newRow("body null isFalse") << "?? body note isFalse" << true;
    QTest::newRow("body missing path") << "?? body network.missing exists" << false;
    QTest::newRow("whole body includes") << "?? body includes Riverside" << true;
    QTest::newRow("matches") << "?? body data[0].id matches ^[a-z]\\d$" << true;
    QTest::newRow("matches wrong") << "?? body data[0].id matches ^\\d+$" << false;
}

void TestAssertion::assertionsHoldOrFailOnARealResponse()
{
    QFETCH(QString, line);
    QFETCH(bool, passes);
    Assertion assertion;
    QString error;
    QVERIFY2(parseAssertion(line, &assertion, &error), qPrintable(error));
    const AssertionResult result = evaluateAssertion(assertion, answer());
    QVERIFY2(result.passed == passes, qPrintable(result.actual));
    QCOMPARE(result.text, line.mid(3));
}

void TestAssertion::aLineThatCannotBeReadSaysWhy_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("named");
    QTest::newRow("empty") << "??"
                           << "empty";
    QTest::newRow("unknown field") << "?? statuss == 200"
                                   << "statuss";
    QTest::newRow("no condition") << "?? status"
                                  << "no condition";
    QTest::newRow("unknown condition") << "?? status is 200"
                                       << "“is”";
    QTest::newRow("no value") << "?? status =="
                              << "needs a value";
    QTest::newRow("value after unary") << "?? header x exists yes"
                                       << "yes";
    QTest::newRow("header without name") << "?? header"
                                         << "header's name";
    QTest::newRow("bad regex") << "?? body matches (["
                               << "regular expression";
}

void TestAssertion::aLineThatCannotBeReadSaysWhy()
{
    QFETCH(QString, line);
    QFETCH(QString, named);
    Assertion assertion;
    QString error;
    QVERIFY(!parseAssertion(line, &assertion, &error));
    QVERIFY2(error.contains(named), qPrintable(error));
}

void TestAssertion::aFailureShowsWhatTheResponseHeld()
{
    Assertion assertion;
    QString error;
    QVERIFY(parseAssertion(QStringLiteral("?? body network.id == 11"), &assertion, &error));
    const AssertionResult result = evaluateAssertion(assertion, answer());
    QVERIFY(!result.passed);
    QCOMPARE(result.actual, QStringLiteral("10"));
    QCOMPARE(result.expected, QStringLiteral("11"));
    QVERIFY(parseAssertion(QStringLiteral("?? body nowhere == 1"), &assertion, &error));
    QCOMPARE(evaluateAssertion(assertion, answer()).actual, QStringLiteral("(absent)"));
}

void TestAssertion::noAnswerFailsEveryAssertion()
{
    Exchange none;
    none.transportError = TransportError::ConnectionRefused;
    // Each of these would hold on an empty answer; with no answer nothing was checked.
    for (const QString &line :
         {QStringLiteral("?? status != 200"), QStringLiteral("?? status < 600"),
          QStringLiteral("?? body isFalse"), QStringLiteral("?? header retry-after isFalse")}) {
        Assertion assertion;
        QString error;
        QVERIFY(parseAssertion(line, &assertion, &error));
        const AssertionResult result = evaluateAssertion(assertion, none);
        QVERIFY2(!result.passed, qPrintable(line));
        QCOMPARE(result.actual, QStringLiteral("(no answer)"));
    }
}

void TestAssertion::jsonPathsFindValuesInObjectsAndArrays_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::newRow("object") << "network.name"
                            << "Riverside Network";
    QTest::newRow("index in brackets") << "data[0].id"
                                       << "a1";
    QTest::newRow("index as a name") << "data.1.id"
                                     << "b2";
    QTest::newRow("jsonpath root") << "$.network.id"
                                   << "10";
    QTest::newRow("object as json") << "network"
                                    << R"({"id":10,"name":"Riverside Network"})";
}

void TestAssertion::jsonPathsFindValuesInObjectsAndArrays()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    const QJsonValue root = QJsonDocument::fromJson(answer().body).object();
    QJsonValue found;
    QVERIFY(jsonValueAt(root, path, &found));
    QCOMPARE(jsonValueText(found), value);
    QVERIFY(!jsonValueAt(root, path + QStringLiteral(".deeper.still"), &found));
}

QTEST_GUILESS_MAIN(TestAssertion)
#include "tst_assertion.moc"

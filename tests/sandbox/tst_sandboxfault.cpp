// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "sandboxfault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestSandboxFault : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryDocumentedFault_data();
    void parsesEveryDocumentedFault();
    void rejectsMalformedFaults_data();
    void rejectsMalformedFaults();
    void replacementsLookLikeTheirNames();
    void hugeBodyIsValidJsonOfTheExactSize();
};

void TestSandboxFault::parsesEveryDocumentedFault_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<SandboxFault::Kind>("kind");
    QTest::addColumn<qint64>("value");
    using Kind = SandboxFault::Kind;
    QTest::newRow("delay") << QByteArray("delay=250") << Kind::Delay << qint64(250);
    QTest::newRow("hang") << QByteArray("hang") << Kind::Hang << qint64(0);
    QTest::newRow("reset") << QByteArray(" Reset ") << Kind::Reset << qint64(0);
    QTest::newRow("truncate") << QByteArray("truncate") << Kind::Truncate << qint64(0);
    QTest::newRow("invalid-json") << QByteArray("invalid-json") << Kind::InvalidJson << qint64(0);
    QTest::newRow("html-502") << QByteArray("html-502") << Kind::Html502 << qint64(0);
    QTest::newRow("status") << QByteArray("status=503") << Kind::Status << qint64(503);
    QTest::newRow("redirect") << QByteArray("redirect=https://elsewhere.example/v1/me")
                              << Kind::Redirect << qint64(0);
    QTest::newRow("huge") << QByteArray("huge=12") << Kind::Huge << qint64(12);
    QTest::newRow("slow-drip") << QByteArray("slow-drip") << Kind::SlowDrip << qint64(0);
}

void TestSandboxFault::parsesEveryDocumentedFault()
{
    QFETCH(QByteArray, header);
    QFETCH(SandboxFault::Kind, kind);
    QFETCH(qint64, value);
    QString error;
    const std::optional<SandboxFault> fault = SandboxFault::parse(header, &error);
    QVERIFY2(fault, qPrintable(error));
    QCOMPARE(fault->kind, kind);
    QCOMPARE(fault->value, value);
    if (kind == SandboxFault::Kind::Redirect)
        QCOMPARE(fault->url, QUrl(QStringLiteral("https://elsewhere.example/v1/me")));
}

void TestSandboxFault::rejectsMalformedFaults_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown") << QByteArray("explode") << QStringLiteral("unknown fault");
    QTest::newRow("delay without value") << QByteArray("delay") << QStringLiteral("delay needs");
    QTest::newRow("delay not a number")
        << QByteArray("delay=soon") << QStringLiteral("delay needs");
    QTest::newRow("status too low") << QByteArray("status=99") << QStringLiteral("status needs");
    QTest::newRow("status too high") << QByteArray("status=600") << QStringLiteral("status needs");
    QTest::newRow("huge zero") << QByteArray("huge=0") << QStringLiteral("huge needs");
    QTest::newRow("relative redirect")
        << QByteArray("redirect=/v1/me") << QStringLiteral("redirect needs");
    QTest::newRow("ftp redirect") << QByteArray("redirect=ftp://x.example/")
                                  << QStringLiteral("redirect needs");
    QTest::newRow("value where none") << QByteArray("hang=1") << QStringLiteral("takes no value");
}

void TestSandboxFault::rejectsMalformedFaults()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!SandboxFault::parse(header, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestSandboxFault::replacementsLookLikeTheirNames()
{
    const SandboxResponse invalid = SandboxFault::parse("invalid-json", nullptr)->replacement();
    QCOMPARE(invalid.status, 200);
    QCOMPARE(invalid.header("content-type"), QByteArray("application/json"));
    QJsonParseError parseError;
    QJsonDocument::fromJson(invalid.body, &parseError);
    QVERIFY(parseError.error != QJsonParseError::NoError);

    const SandboxResponse html = SandboxFault::parse("html-502", nullptr)->replacement();
    QCOMPARE(html.status, 502);
    QCOMPARE(html.header("content-type"), QByteArray("text/html"));
    QVERIFY(html.body.contains("502 Bad Gateway"));

    const SandboxResponse status = SandboxFault::parse("status=418", nullptr)->replacement();
    QCOMPARE(status.status, 418);
    QCOMPARE(status.json().value(QStringLiteral("statusCode")).toInt(), 418);

    const SandboxResponse redirect =
        SandboxFault::parse("redirect=http://other.example:9/x", nullptr)->replacement();
    QCOMPARE(redirect.status, 302);
    QCOMPARE(redirect.header("location"), QByteArray("http://other.example:9/x"));
}

void TestSandboxFault::hugeBodyIsValidJsonOfTheExactSize()
{
    constexpr qint64 Size = 1024 * 1024;
    SandboxHugeBody body(Size);
    QCOMPARE(body.size(), Size);
    QByteArray all;
    while (!body.atEnd()) {
        const QByteArray chunk = body.next(4096);
        QVERIFY(!chunk.isEmpty());
        all += chunk;
    }
    QCOMPARE(all.size(), Size);
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(all, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QVERIFY(object.value(QStringLiteral("count")).toInt() > 1000);
    QCOMPARE(object.value(QStringLiteral("data")).toArray().size(),
             object.value(QStringLiteral("count")).toInt());
}

QTEST_GUILESS_MAIN(TestSandboxFault)
#include "tst_sandboxfault.moc"

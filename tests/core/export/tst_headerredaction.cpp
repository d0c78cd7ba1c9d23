// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "export/headerredaction.h"

#include <QTest>

class TestHeaderRedaction : public QObject
{
    Q_OBJECT
private slots:
    void secretLikeNamesAreRedacted_data();
    void secretLikeNamesAreRedacted();
    void redactionIsIdempotentAndKeepsOrder();
};

void TestHeaderRedaction::secretLikeNamesAreRedacted_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("secret");
    QTest::newRow("x-api-key") << QByteArray("x-api-key") << true;
    QTest::newRow("upper") << QByteArray("X-API-KEY") << true;
    QTest::newRow("authorization") << QByteArray("Authorization") << true;
    QTest::newRow("proxy-authorization") << QByteArray("Proxy-Authorization") << true;
    QTest::newRow("cookie") << QByteArray("Cookie") << true;
    QTest::newRow("set-cookie") << QByteArray("Set-Cookie") << true;
    QTest::newRow("token") << QByteArray("x-access-token") << true;
    QTest::newRow("secret") << QByteArray("x-client-secret") << true;
    QTest::newRow("signature") << QByteArray("X-Herohealth-Signature") << true;
    QTest::newRow("practice group") << QByteArray("x-practice-group-id") << false;
    QTest::newRow("content-type") << QByteArray("Content-Type") << false;
    QTest::newRow("keep-alive") << QByteArray("Keep-Alive") << false;
    QTest::newRow("request id") << QByteArray("x-request-id") << false;
}

void TestHeaderRedaction::secretLikeNamesAreRedacted()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, secret);
    QCOMPARE(isSecretHeaderName(name), secret);
    const HeaderList redacted = redactHeaders({{name, "hero_canary_Zx81Qw7"}});
    QCOMPARE(redacted.first().first, name);
    QCOMPARE(redacted.first().second,
             secret ? QStringLiteral("…1Qw7").toUtf8() : QByteArray("hero_canary_Zx81Qw7"));
}

void TestHeaderRedaction::redactionIsIdempotentAndKeepsOrder()
{
    const HeaderList headers{{"a", "1"}, {"x-api-key", "hero_sbx_full_7Q2mX9"}, {"Cookie", "abc"}};
    const HeaderList once = redactHeaders(headers);
    QCOMPARE(once,
             HeaderList({{"a", "1"},
                         {"x-api-key", QStringLiteral("…2mX9").toUtf8()},
                         {"Cookie", QStringLiteral("…").toUtf8()}}));
    QCOMPARE(redactHeaders(once), once);
}

QTEST_GUILESS_MAIN(TestHeaderRedaction)
#include "tst_headerredaction.moc"

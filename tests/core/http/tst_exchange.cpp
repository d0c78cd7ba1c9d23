// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "http/exchange.h"

#include <QSet>
#include <QTest>

Q_DECLARE_METATYPE(TransportError)
Q_DECLARE_METATYPE(Refusal)

class TestExchange : public QObject
{
    Q_OBJECT

private slots:
    void redactedKeyKeepsOnlyTheLastFourCharacters_data();
    void redactedKeyKeepsOnlyTheLastFourCharacters();
    void headerLookupIgnoresCase();
    void onlyAnHttpAnswerWithoutTransportErrorIsAResponse_data();
    void onlyAnHttpAnswerWithoutTransportErrorIsAResponse();
    void everyErrorHasItsOwnId();
    void everyTransportErrorHasItsOwnWords_data();
    void everyTransportErrorHasItsOwnWords();
    void tlsProblemsAreWordedOnlyForDisplay();
};

void TestExchange::redactedKeyKeepsOnlyTheLastFourCharacters_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("expected");

    QTest::newRow("typical") << QByteArray("hk_live_abcdefXy9Z") << QStringLiteral("…Xy9Z");
    QTest::newRow("five") << QByteArray("12345") << QStringLiteral("…2345");
    QTest::newRow("four shows nothing") << QByteArray("1234") << QStringLiteral("…");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("…");
}

void TestExchange::redactedKeyKeepsOnlyTheLastFourCharacters()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, expected);
    QCOMPARE(redactedKey(key), expected);
}

void TestExchange::headerLookupIgnoresCase()
{
    Exchange exchange;
    exchange.headers = {
        {"Content-Type", "application/json"}, {"Retry-After", "7"}, {"retry-after", "8"}};
    exchange.request.headers = {{"x-practice-group-id", "1001"}};
    QCOMPARE(exchange.header("content-type"), QByteArray("application/json"));
    QCOMPARE(exchange.header("RETRY-AFTER"), QByteArray("7")); // the first one wins
    QCOMPARE(exchange.header("Location"), QByteArray());
    QCOMPARE(exchange.requestHeader("X-Practice-Group-Id"), QByteArray("1001"));
}

void TestExchange::onlyAnHttpAnswerWithoutTransportErrorIsAResponse_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<TransportError>("error");
    QTest::addColumn<bool>("response");
    QTest::addColumn<bool>("success");

    QTest::newRow("200") << 200 << TransportError::None << true << true;
    QTest::newRow("404") << 404 << TransportError::None << true << false;
    QTest::newRow("302") << 302 << TransportError::None << true << false;
    QTest::newRow("200 truncated") << 200 << TransportError::BodyTruncated << false << false;
    QTest::newRow("no status") << 0 << TransportError::ConnectionRefused << false << false;
}

void TestExchange::onlyAnHttpAnswerWithoutTransportErrorIsAResponse()
{
    QFETCH(int, status);
    QFETCH(TransportError, error);
    QFETCH(bool, response);
    QFETCH(bool, success);
    Exchange exchange;
    exchange.status = status;
    exchange.transportError = error;
    QCOMPARE(exchange.hasHttpResponse(), response);
    QCOMPARE(exchange.isSuccess(), success);
    QVERIFY(exchange.wasSent());
    exchange.refusal = Refusal::InvalidApiKey;
    QVERIFY(!exchange.wasSent());
}

void TestExchange::everyErrorHasItsOwnId()
{
    QSet<QString> transportIds;
    for (int i = int(TransportError::None); i <= int(TransportError::Other); ++i)
        transportIds.insert(transportErrorId(TransportError(i)));
    QCOMPARE(transportIds.size(), int(TransportError::Other) + 1);
    QSet<QString> refusalIds;
    for (int i = int(Refusal::None); i <= int(Refusal::InvalidCaFile); ++i)
        refusalIds.insert(refusalId(Refusal(i)));
    QCOMPARE(refusalIds.size(), int(Refusal::InvalidCaFile) + 1);
}

void TestExchange::everyTransportErrorHasItsOwnWords_data()
{
    QTest::addColumn<TransportError>("error");
    QTest::addColumn<QString>("words");
    QTest::newRow("none") << TransportError::None << "";
    QTest::newRow("host") << TransportError::HostNotFound << "host not found";
    QTest::newRow("timeout") << TransportError::TimedOut << "timed out";
    QTest::newRow("tls") << TransportError::TlsFailure << "TLS failure";
    QTest::newRow("proxy") << TransportError::ProxyAuthenticationRequired << "proxy sign-in needed";
    QTest::newRow("other") << TransportError::Other << "network error";
}

void TestExchange::everyTransportErrorHasItsOwnWords()
{
    QFETCH(TransportError, error);
    QFETCH(QString, words);
    QCOMPARE(transportErrorText(error), words);

    QSet<QString> all;
    for (int i = int(TransportError::HostNotFound); i <= int(TransportError::Other); ++i) {
        const QString text = transportErrorText(TransportError(i));
        QVERIFY(!text.isEmpty());
        all.insert(text);
    }
    QCOMPARE(all.size(), int(TransportError::Other)); // every error but None, each its own
}

void TestExchange::tlsProblemsAreWordedOnlyForDisplay()
{
    const QList<QSslError::SslError> errors{QSslError::CertificateExpired,
                                            QSslError::HostNameMismatch};
    QCOMPARE(tlsErrorTexts(errors),
             (QStringList{QSslError(QSslError::CertificateExpired).errorString(),
                          QSslError(QSslError::HostNameMismatch).errorString()}));
    QVERIFY(tlsErrorTexts({}).isEmpty());
}

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "curlshell.h"
#include "export/curlcommand.h"

#include <QTest>

namespace {

// A made-up key that must never appear in any output.
const QByteArray Canary = "hero_canary_Zx81Qw7";

QStringList argumentsSeenByCurl(const QString &command)
{
    return curlArgumentsInShell(
        command,
        {{QStringLiteral("HERO_API_KEY"), QString::fromLatin1(Canary)},
         {QStringLiteral("HERO_AUTHORIZATION"), QStringLiteral("Bearer from-env")}});
}

SentRequest post()
{
    SentRequest request;
    request.method = "POST";
    request.url =
        QUrl(QStringLiteral("https://api.staging.htech.app/v1/messages/send?x=it's&y=$HOME"));
    request.headers = {{"x-api-key", QStringLiteral("…w7Ab").toUtf8()},
                       {"x-practice-group-id", "1001"},
                       {"content-type", "application/json"},
                       {"Content-Length", "12"}};
    // Not a raw string: moc's tokenizer stumbles over a lone ' inside one.
    request.body = "{\"text\":\"it\x27s `id` $(id) \\\"quoted\\\" !x\\nline\"}";
    return request;
}

} // namespace

class TestCurlCommand : public QObject
{
    Q_OBJECT
private slots:
    void quotingSurvivesTheShell_data();
    void quotingSurvivesTheShell();
    void commandRepeatsTheRequestWithTheKeyFromTheEnvironment();
    void neverEmitsASecretValue_data();
    void neverEmitsASecretValue();
    void methodAndBodyFlags_data();
    void methodAndBodyFlags();
};

void TestCurlCommand::quotingSurvivesTheShell_data()
{
    QTest::addColumn<QString>("argument");
    QTest::newRow("plain") << "hello";
    QTest::newRow("empty") << "";
    QTest::newRow("single quote") << "it's";
    QTest::newRow("only quotes") << "'''";
    QTest::newRow("dollar and backticks") << "$HOME `id` $(id)";
    QTest::newRow("double quotes and backslash") << "\"a\\b\"";
    QTest::newRow("newline and tab") << "a\nb\tc";
    QTest::newRow("bang and glob") << "!x *";
    QTest::newRow("unicode") << "Ræsk — ✓";
}

void TestCurlCommand::quotingSurvivesTheShell()
{
    QFETCH(QString, argument);
    const QString quoted = shellQuoted(argument);
    QVERIFY(quoted.startsWith(QLatin1Char('\'')));
    QCOMPARE(argumentsSeenByCurl(QStringLiteral("curl ") + quoted), QStringList{argument});
}

void TestCurlCommand::commandRepeatsTheRequestWithTheKeyFromTheEnvironment()
{
    const SentRequest request = post();
    const QString command = curlCommand(request);
    QVERIFY(command.contains(QLatin1String("\"x-api-key: $HERO_API_KEY\"")));
    QVERIFY(!command.contains(QStringLiteral("w7Ab")));
    QCOMPARE(argumentsSeenByCurl(command),
             QStringList({QStringLiteral("-X"), QStringLiteral("POST"),
                          request.url.toString(QUrl::FullyEncoded), QStringLiteral("-H"),
                          QStringLiteral("x-api-key: ") + QString::fromLatin1(Canary),
                          QStringLiteral("-H"), QStringLiteral("x-practice-group-id: 1001"),
                          QStringLiteral("-H"), QStringLiteral("content-type: application/json"),
                          QStringLiteral("--data-binary"), QString::fromUtf8(request.body)}));

    CurlOptions oneLine;
    oneLine.multiline = false;
    QVERIFY(!curlCommand(request, oneLine).contains(QLatin1Char('\\') + QStringLiteral("\n")));
    QCOMPARE(argumentsSeenByCurl(curlCommand(request, oneLine)), argumentsSeenByCurl(command));
}

void TestCurlCommand::neverEmitsASecretValue_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("raw key header") << QByteArray("x-api-key");
    QTest::newRow("upper case") << QByteArray("X-API-KEY");
    QTest::newRow("authorization") << QByteArray("Authorization");
    QTest::newRow("cookie") << QByteArray("Cookie");
    QTest::newRow("token") << QByteArray("X-Auth-Token");
    QTest::newRow("secret") << QByteArray("x-client-secret");
    QTest::newRow("hostile name") << QByteArray("x-key$(id)\"");
}

void TestCurlCommand::neverEmitsASecretValue()
{
    QFETCH(QByteArray, name);
    SentRequest request;
    request.url = QUrl(QStringLiteral("https://api.herohealth.net/v1/me"));
    request.headers = {{name, Canary}, {"x-practice-group-id", "1001"}};
    const QString command = curlCommand(request);
    QVERIFY(!command.contains(QString::fromLatin1(Canary)));
    QVERIFY(!command.contains(QString::fromLatin1(Canary.right(4))));
    QVERIFY(!command.contains(QLatin1String("$(id)")));
    const QStringList arguments = argumentsSeenByCurl(command);
    QVERIFY2(arguments.contains(QStringLiteral("x-practice-group-id: 1001")),
             qPrintable(arguments.join(u'|')));
}

void TestCurlCommand::methodAndBodyFlags_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("includeBody");
    QTest::addColumn<QString>("expectedStart");
    QTest::addColumn<QString>("bodyArgument");
    QTest::newRow("GET") << QByteArray("GET") << QByteArray() << true << "curl 'https" << QString();
    QTest::newRow("lower-case get")
        << QByteArray("get") << QByteArray() << true << "curl 'https" << QString();
    QTest::newRow("HEAD") << QByteArray("HEAD") << QByteArray() << true << "curl --head 'https"
                          << QString();
    QTest::newRow("DELETE") << QByteArray("DELETE") << QByteArray() << true
                            << "curl -X 'DELETE' 'https" << QString();
    QTest::newRow("PATCH body left out") << QByteArray("PATCH") << QByteArray("{}") << false
                                         << "curl -X 'PATCH' 'https" << QString();
    QTest::newRow("binary body") << QByteArray("POST") << QByteArray("a\0b", 3) << true
                                 << "curl -X 'POST' 'https"
                                 << "--data-binary @request-body.bin";
    QTest::newRow("invalid utf-8 body")
        << QByteArray("PUT") << QByteArray("\xff\xfe") << true << "curl -X 'PUT' 'https"
        << "--data-binary @request-body.bin";
}

void TestCurlCommand::methodAndBodyFlags()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QFETCH(bool, includeBody);
    QFETCH(QString, expectedStart);
    QFETCH(QString, bodyArgument);
    SentRequest request;
    request.method = method;
    request.url = QUrl(QStringLiteral("https://api.herohealth.net/v1/me"));
    request.body = body;
    CurlOptions options;
    options.includeBody = includeBody;
    const QString command = curlCommand(request, options);
    QVERIFY2(command.startsWith(expectedStart), qPrintable(command));
    QCOMPARE(command.contains(QLatin1String("--data-binary")), !bodyArgument.isEmpty());
    if (!bodyArgument.isEmpty())
        QVERIFY(command.contains(bodyArgument));
}

QTEST_GUILESS_MAIN(TestCurlCommand)
#include "tst_curlcommand.moc"

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "curlshell.h"
#include "export/curlcommand.h"
#include "history/historyentry.h"
#include "http/apiclient.h"
#include "recordingserver.h"
#include "requestcomposer.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(ApiRequest)

// The composer's preview, its "Copy as curl" command and history's record against what a
// recording server received from the real ApiClient over QNetworkAccessManager: header for
// header, in the order the server saw them. Literal header names on purpose: this asserts the
// wire, not our constants.
namespace {

const QByteArray Key = QByteArrayLiteral("hk_preview_canary_9Tq4Lm2Wx7Zc");
const QByteArray Group = QByteArrayLiteral("1001");

// What the transport writes on its own, Qt here and curl for the copied command.
bool isTransportHeader(const QByteArray &name)
{
    static const QByteArrayList names{
        "host", "content-length", "connection", "accept-encoding", "accept-language", "user-agent"};
    return names.contains(name.toLower());
}

HeaderList withKeyAs(HeaderList headers, const QByteArray &shown)
{
    for (auto &header : headers) {
        if (header.first.compare("x-api-key", Qt::CaseInsensitive) == 0)
            header.second = shown;
    }
    return headers;
}

QStringList argumentsSeenByCurl(const QString &command)
{
    return curlArgumentsInShell(command,
                                {{QStringLiteral("HERO_API_KEY"), QString::fromLatin1(Key)}});
}

// The request a curl command line makes: its -X method, URL, -H headers and body.
struct CurlRequest
{
    QByteArray method = "GET";
    QByteArray url;
    HeaderList headers;
    QByteArray body;
};

CurlRequest parseCurl(const QStringList &arguments)
{
    CurlRequest request;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const QByteArray next = i + 1 < arguments.size() ? arguments.at(i + 1).toUtf8() : "";
        if (argument == u"-X") {
            request.method = next;
            ++i;
        } else if (argument == u"--head") {
            request.method = "HEAD";
        } else if (argument == u"-H") {
            const qsizetype colon = next.indexOf(':');
            request.headers.append({next.left(colon), next.mid(colon + 1).trimmed()});
            ++i;
        } else if (argument == u"--data-binary") {
            request.body = next;
            ++i;
        } else {
            request.url = argument.toUtf8();
        }
    }
    return request;
}

ApiRequest makeRequest(const QByteArray &method, const QString &path, const HeaderList &headers,
                       const QByteArray &body, const QList<QPair<QString, QString>> &query = {})
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.query = query;
    request.extraHeaders = headers;
    request.body = body;
    return request;
}

} // namespace

class TestSentRequestPreview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void previewAndCurlAreWhatTheServerReceived_data();
    void previewAndCurlAreWhatTheServerReceived();
};

void TestSentRequestPreview::initTestCase()
{
    qRegisterMetaType<Exchange>();
}

void TestSentRequestPreview::previewAndCurlAreWhatTheServerReceived_data()
{
    QTest::addColumn<ApiRequest>("request");

    QTest::newRow("GET with a query")
        << makeRequest("GET", QStringLiteral("/v1/me"), {}, {},
                       {{QStringLiteral("page_size"), QStringLiteral("3")}});
    QTest::newRow("POST with a JSON body")
        << makeRequest("POST", QStringLiteral("/v1/patients/42/notes"), {},
                       QByteArrayLiteral("{\"text\": \"hi\"}"));
    QTest::newRow("own headers, Accept replaced")
        << makeRequest("GET", QStringLiteral("/v1/practice-groups"),
                       {{"X-Trace", "abc"}, {"Accept", "application/problem+json"}}, {});
    QTest::newRow("own Content-Type, quotes in a value") << makeRequest(
        "PATCH", QStringLiteral("/v1/patients/42"),
        {{"Content-Type", "application/merge-patch+json"}, {"X-Note", "it's $HOME `id`"}},
        QByteArrayLiteral("{\"name\": \"O'Brien\"}"));
    QTest::newRow("DELETE") << makeRequest("DELETE", QStringLiteral("/v1/notes/7"), {}, {});
}

void TestSentRequestPreview::previewAndCurlAreWhatTheServerReceived()
{
    QFETCH(ApiRequest, request);
    RecordingServer server;
    QVERIFY(server.listen());
    Environment environment;
    environment.id = QStringLiteral("custom-1");
    environment.baseUrl = server.url();
    environment.timeoutMs = 5000;

    RequestComposer composer;
    composer.setEnvironment(environment);
    composer.setAuthPreview(redactedKey(Key), QString::fromLatin1(Group)); // as the window does
    composer.loadRequest(request);

    // What the composer asks to send, sent for real.
    QNetworkAccessManager network;
    ApiClient client(&network);
    ApiCall *call = client.send(environment, {Key, Group}, composer.request());
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(10000));
    const auto exchange = finished.first().first().value<Exchange>();
    QCOMPARE(exchange.status, 200);
    QCOMPARE(server.requestCount(), 1);
    const RecordingServer::Request seen = server.requests().first();

    HeaderList wire; // the headers the client wrote, in the order the server read them
    for (const auto &header : seen.headers) {
        if (!isTransportHeader(header.first))
            wire.append(header);
    }
    QCOMPARE(seen.header("x-api-key"), Key);
    QVERIFY(!wire.isEmpty());
    const QByteArray target = seen.target;
    const QByteArray origin = server.url().toEncoded();

    // The composer's preview: the same request, the key masked as the UI shows it.
    const SentRequest preview = composer.sentRequestPreview();
    QCOMPARE(preview.method, seen.method);
    QCOMPARE(preview.url.toEncoded(), origin + target);
    QCOMPARE(preview.headers, withKeyAs(wire, redactedKey(Key).toUtf8()));
    QCOMPARE(preview.body, seen.body);

    // "Added on send" lists the headers of the wire that were not typed in the composer.
    QStringList added;
    for (const auto &[name, value] : withKeyAs(wire, redactedKey(Key).toUtf8())) {
        bool typed = false;
        for (const auto &header : request.extraHeaders)
            typed |= header.first.compare(name, Qt::CaseInsensitive) == 0;
        if (!typed)
            added.append(QString::fromLatin1(name + ": ") + QString::fromUtf8(value));
    }
    QCOMPARE(
        composer.findChild<QLabel *>(QStringLiteral("authHeadersLabel"))->accessibleDescription(),
        QStringLiteral("Added on send:  ") + added.join(QStringLiteral("   ")));

    // What the exchange, and so history, records is the preview.
    QCOMPARE(exchange.request.method, preview.method);
    QCOMPARE(exchange.request.url, preview.url);
    QCOMPARE(exchange.request.headers, preview.headers);
    QCOMPARE(exchange.request.body, preview.body);
    const HistoryEntry entry = HistoryEntry::fromExchange(
        exchange, HistoryContext::forEnvironment(environment), true, 1 << 20);
    QCOMPARE(entry.requestHeaders, preview.headers);

    // "Copy as curl": the key as $HERO_API_KEY, and once the shell expands it, the wire itself.
    QGuiApplication::clipboard()->clear();
    composer.findChild<QPushButton *>(QStringLiteral("copyCurlButton"))->click();
    const QString command = QGuiApplication::clipboard()->text();
    QVERIFY2(command.contains(u"-H \"x-api-key: $HERO_API_KEY\""), qPrintable(command));
    QVERIFY(!command.contains(QString::fromLatin1(Key)));
    QCOMPARE(command, curlCommand(preview));
    const CurlRequest curl = parseCurl(argumentsSeenByCurl(command));
    QCOMPARE(curl.method, seen.method);
    QCOMPARE(curl.url, origin + target);
    QCOMPARE(curl.headers, wire);
    QCOMPARE(curl.body, seen.body);
}

QTEST_MAIN(TestSentRequestPreview)
#include "tst_sentrequestpreview.moc"

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "authproxy.h"
#include "diagnosis/diagnosis.h"
#include "keys/keyjob.h"
#include "keys/keyprofile.h"
#include "keys/keyprofilestore.h"
#include "keys/keyring.h"
#include "keys/memorysecretstore.h"
#include "recordingserver.h"
#include "sandboxserver.h"
#include "sandboxworld.h"
#include "session/requestrun.h"
#include "testcertificates.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

// The fault matrix of issue 14: every way an answer can go wrong, each sent through the real
// request path (key ring → rate limiter → ApiClient on a real QNetworkAccessManager →
// diagnose()) against the sandbox's faults, the recording server, the authenticating proxy and
// certificates made at test time. docs/fault-matrix.md lists the rows and their outcomes; run
// with HERO_FAULT_MATRIX_MD=FILE to write that table from the rows below.

namespace {

const QByteArray Key = SandboxWorld::FullKey;
// Small, so that the rows that end in a timeout keep the whole matrix well under a minute.
constexpr int TransferTimeoutMs = 1000;
// The hang guard: a run must finish within its transfer timeout plus this much. It catches a
// run that never ends; it is not a speed assertion.
constexpr int HangMarginMs = 10000;
constexpr int CancelRowTimeoutMs = 5000;
constexpr qint64 MaxBodyBytes = 1024 * 1024;
// A row's status when it may be either 0 or the status line's, depending on timing.
constexpr int AnyStatus = -1;

enum class CancelAt { Never, KeyRead, Queued, Connecting, WaitingForHeaders, MidBody };

// What one row runs against, made afresh for each row.
struct World
{
    World(SandboxServer *sandboxServer, const TestCertificates *testCertificates)
        : sandbox(sandboxServer)
        , certificates(testCertificates)
    {
    }

    SandboxServer *const sandbox;
    const TestCertificates *const certificates;
    RecordingServer origin; // the environment's origin when it is not the sandbox
    RecordingServer other; // another origin (a redirect's target): must never see the key
    AuthProxy proxy{QByteArrayLiteral("alice"), QByteArrayLiteral("proxy-pw-4Rt8")};
    bool originIsRecording = false;
    bool throughProxy = false;
    bool warmUp = false; // send the same method and body once first (without the fault)
    CancelAt cancelAt = CancelAt::Never;
    Environment environment;
    ApiRequest request;

    void useSandbox(const QByteArray &fault = QByteArray())
    {
        environment = sandboxEnvironment(sandbox->baseUrl());
        if (!fault.isEmpty())
            request.extraHeaders.append({"x-sandbox-fault", fault});
    }
    void useCustom(const QUrl &baseUrl, const QString &caFile = QString())
    {
        environment.id = QStringLiteral("custom-1");
        environment.name = QStringLiteral("Fault matrix");
        environment.kind = EnvironmentKind::Custom;
        environment.baseUrl = baseUrl;
        environment.caFile = caFile;
    }
    void useRecording(const RecordingServer::Script &script)
    {
        QVERIFY(origin.listen());
        origin.setDefaultScript(script);
        originIsRecording = true;
        useCustom(origin.url());
    }
    void useRecordingTls(const QString &certFile, const QString &keyFile,
                         const RecordingServer::Script &script)
    {
        QString error;
        QVERIFY2(origin.listenTls(certFile, keyFile, &error), qPrintable(error));
        origin.setDefaultScript(script);
        originIsRecording = true;
        useCustom(origin.url(), certificates->caFile);
    }
};

using Arrange = std::function<void(World &)>;

// What a row must end as; a row also says how the fault is made, for the docs.
struct Row
{
    QByteArray name;
    QString how;
    Arrange arrange;
    int status = 0;
    TransportError error = TransportError::None;
    QString code;
    std::optional<QByteArray> body; // the body the exchange must hold, when checked
    QByteArray wholeBody; // when set, the exchange holds a part of it, cut short
    int originRequests = -1; // requests the recording origin must have seen; -1: not checked
    QString causeContains; // a phrase the diagnosis' cause must hold
    int retryAfter = -2; // the diagnosis' retryAfterSeconds; -2: not checked
    int timeoutMs = TransferTimeoutMs;
    QString knownLimit; // why the outcome is not what one would wish: a Qt 6.4 limit

    Row &sawRequests(int count)
    {
        originRequests = count;
        return *this;
    }
    Row &prefixOf(const QByteArray &bytes)
    {
        wholeBody = bytes;
        return *this;
    }
    // Qt 6.4 ends the call as a closed connection and sends the request again first.
    Row &malformedStatusLine()
    {
        causeContains = QStringLiteral("did not start like an HTTP answer");
        originRequests = 4;
        knownLimit = QStringLiteral("Qt 6.4 treats a malformed status line as a connection "
                                    "closed early: it sends the request three more times, then "
                                    "fails with RemoteHostClosedError");
        return *this;
    }
    Row &withBody(const QByteArray &bytes)
    {
        body = bytes;
        return *this;
    }
    Row &causeSays(const QString &phrase)
    {
        causeContains = phrase;
        return *this;
    }
    Row &retryAfterSeconds(int seconds)
    {
        retryAfter = seconds;
        return *this;
    }
    Row &timeout(int ms)
    {
        timeoutMs = ms;
        return *this;
    }
    Row &limit(const QString &why)
    {
        knownLimit = why;
        return *this;
    }
};

Row answer(const char *name, const QString &how, Arrange arrange, int status, const char *code)
{
    Row row;
    row.name = name;
    row.how = how;
    row.arrange = std::move(arrange);
    row.status = status;
    row.code = QString::fromLatin1(code);
    return row;
}

Row failure(const char *name, const QString &how, Arrange arrange, TransportError error,
            const char *code, int status = 0)
{
    Row row = answer(name, how, std::move(arrange), status, code);
    row.error = error;
    row.body = QByteArray(); // a partial body is never passed on as if it were the answer
    return row;
}

Arrange sandbox(const QByteArray &fault)
{
    return [fault](World &w) { w.useSandbox(fault); };
}

Arrange recording(const RecordingServer::Script &script)
{
    return [script](World &w) { w.useRecording(script); };
}

QByteArray head(const QByteArray &statusLine, const QByteArray &headers = QByteArray())
{
    return statusLine + "\r\n" + headers + "\r\n";
}

const QByteArray OkBody = QByteArrayLiteral("{\"id\":\"me\"}");

// A row cancelled in the given phase. Its transfer timeout is long, so that it cannot end the
// call before the cancel does.
Row cancelRow(const char *name, const QString &how, CancelAt phase, Arrange arrange, int status = 0)
{
    Row row = failure(
        name, how,
        [phase, arrange](World &w) {
            arrange(w);
            w.cancelAt = phase;
        },
        TransportError::Canceled, "canceled", status);
    return row.timeout(CancelRowTimeoutMs);
}

QList<Row> buildRows()
{
    using S = RecordingServer;
    const QByteArray contentLength100 = head("HTTP/1.1 200 OK", "Content-Length: 100\r\n");
    QList<Row> rows;

    rows << answer("baseline", QStringLiteral("sandbox, no fault"), sandbox({}), 200, "ok");

    // Resets and bodies cut short.
    rows << failure("reset before headers (sandbox)", QStringLiteral("`x-sandbox-fault: reset`"),
                    sandbox("reset"), TransportError::ConnectionReset, "connection_reset");
    rows << failure("reset before headers",
                    QStringLiteral("recording server: TCP reset on the request"),
                    recording(S::reset()), TransportError::ConnectionReset, "connection_reset")
                .sawRequests(2)
                .limit(QStringLiteral("Qt 6.4 sends the request once more, on a new connection, "
                                      "when the first closes before any answer"));
    rows << failure("reset mid-body",
                    QStringLiteral(
                        "recording server: headers with Content-Length 100, 10 bytes, reset"),
                    recording(S::resetAfter(contentLength100 + "0123456789")),
                    TransportError::BodyTruncated, "body_truncated", 200)
                .sawRequests(1);
    rows << failure("short body (sandbox)", QStringLiteral("`x-sandbox-fault: truncate`"),
                    sandbox("truncate"), TransportError::BodyTruncated, "body_truncated", 200);
    rows << failure("short body",
                    QStringLiteral("recording server: Content-Length 1000, 19 bytes, clean close"),
                    recording(S::truncate(200, "{\"data\":[1,2,3,4,5", 1000)),
                    TransportError::BodyTruncated, "body_truncated", 200)
                .sawRequests(1);
    rows << answer(
                "stale kept-alive connection reset",
                QStringLiteral("recording server: a first POST answered on a kept-alive "
                               "connection, the second POST on it reset before any answer"),
                [](World &w) {
                    w.useRecording(S::respond(200, OkBody));
                    w.origin.enqueue(S::respond(200, OkBody));
                    w.origin.enqueue(S::reset());
                    w.warmUp = true;
                    w.request.method = "POST";
                    w.request.body = "{}";
                },
                200, "ok")
                .withBody(OkBody)
                .sawRequests(3)
                .limit(QStringLiteral("Qt 6.4 sends the request again, once, on a new connection "
                                      "when a kept-alive one closes before any answer, even a "
                                      "POST: the server saw the second POST twice"));

    // Slow and silent servers.
    rows << answer("slow drip within the idle timeout",
                   QStringLiteral("recording server: a 16-byte body, a byte every 100 ms "
                                  "(1.6 s in all, the transfer timeout is 1 s)"),
                   recording(S::drip(S::makeResponse(200, "{\"n\":1234567890}"), 100)), 200, "ok")
                .withBody("{\"n\":1234567890}");
    rows << failure("slow drip slower than the timeout",
                    QStringLiteral("`x-sandbox-fault: slow-drip` (a byte every 200 ms) with a "
                                   "100 ms transfer timeout"),
                    sandbox("slow-drip"), TransportError::TimedOut, "timed_out", 200)
                .timeout(100);
    rows << failure("hang (sandbox)", QStringLiteral("`x-sandbox-fault: hang`"), sandbox("hang"),
                    TransportError::TimedOut, "timed_out");
    rows << failure("stall mid-body",
                    QStringLiteral("recording server: headers with Content-Length 100, 10 bytes, "
                                   "then silence"),
                    recording(S::stall(contentLength100 + "0123456789")), TransportError::TimedOut,
                    "timed_out", 200);
    rows << answer("delay within the timeout", QStringLiteral("`x-sandbox-fault: delay=300`"),
                   sandbox("delay=300"), 200, "ok");

    // Bodies too large or malformed.
    rows << failure("oversize body, announced",
                    QStringLiteral("`x-sandbox-fault: huge=2` (2 MiB) against a 1 MiB cap"),
                    sandbox("huge=2"), TransportError::BodyTooLarge, "body_too_large", 200);
    const QByteArray half = QByteArray(768 * 1024, 'a');
    const QByteArray chunk = QByteArray::number(half.size(), 16) + "\r\n" + half + "\r\n";
    rows << failure("oversize body, chunked",
                    QStringLiteral("recording server: 1.5 MiB chunked, no length, 1 MiB cap"),
                    recording(S::respond(S::makeChunkedResponse(200, {chunk, chunk}))),
                    TransportError::BodyTooLarge, "body_too_large", 200);
    rows << answer("bad chunk size",
                   QStringLiteral("recording server: chunked, a chunk size line `zz`"),
                   recording(S::respond(S::makeChunkedResponse(200, {"zz\r\n{}\r\n"}))), 200, "ok")
                .withBody(QByteArray())
                .limit(QStringLiteral("Qt 6.4 reads the size line `zz` as 0, the last chunk: an "
                                      "empty 200"));
    rows << failure(
                "truncated chunked body",
                QStringLiteral("recording server: chunked, one chunk, clean close before the "
                               "last chunk"),
                recording(S::closeAfter(S::makeChunkedResponse(200, {"5\r\n{\"a\":\r\n"}, false))),
                TransportError::BodyTruncated, "body_truncated", 200)
                .sawRequests(1);
    QByteArray json = "{\"data\":[0";
    for (int i = 1; i < 1500; ++i)
        json += ',' + QByteArray::number(i * 7919 % 10007); // compresses, but not to nothing
    json += "]}";
    const QByteArray deflated = qCompress(json).mid(4); // a zlib stream, as `deflate` sends it
    const QByteArray deflateHead = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                   "Content-Encoding: deflate\r\nContent-Length: ";
    rows << answer("truncated compressed body",
                   QStringLiteral("recording server: `deflate`, the full Content-Length "
                                  "announced, half the stream sent, clean close"),
                   recording(S::closeAfter(deflateHead + QByteArray::number(deflated.size())
                                           + "\r\n\r\n" + deflated.left(deflated.size() / 2))),
                   200, "ok")
                .prefixOf(json)
                .sawRequests(1)
                .limit(QStringLiteral("Qt 6.4 drops the Content-Length of a body it decompresses "
                                      "and reports the early close as a complete answer; the "
                                      "JSON view reports the body as invalid"));
    rows << answer("compressed stream cut inside whole framing",
                   QStringLiteral("recording server: `deflate`, Content-Length of the half "
                                  "stream that is sent"),
                   recording(S::respond(deflateHead + QByteArray::number(deflated.size() / 2)
                                        + "\r\n\r\n" + deflated.left(deflated.size() / 2))),
                   200, "ok")
                .prefixOf(json)
                .sawRequests(1)
                .limit(QStringLiteral("Qt 6.4 does not check that a compressed stream ended; "
                                      "the JSON view reports the body as invalid"));
    rows << answer("corrupt compressed body",
                   QStringLiteral("recording server: `Content-Encoding: gzip` over 4 bytes that "
                                  "are not gzip"),
                   recording(S::respond(head("HTTP/1.1 200 OK",
                                             "Content-Encoding: gzip\r\n"
                                             "Content-Length: 4\r\n")
                                        + "abcd")),
                   200, "ok")
                .withBody(QByteArray())
                .sawRequests(1)
                .limit(QStringLiteral("Qt 6.4 reports a body it cannot decompress at all as an "
                                      "empty, complete answer"));
    rows << answer("body delimited by close, cut short",
                   QStringLiteral("recording server: no Content-Length, no chunking, part of a "
                                  "JSON body, clean close"),
                   recording(S::closeAfter(head("HTTP/1.1 200 OK",
                                                "Content-Type: application/json\r\n"
                                                "Connection: close\r\n")
                                           + "{\"data\":[1,2")),
                   200, "ok")
                .withBody("{\"data\":[1,2")
                .sawRequests(1)
                .limit(QStringLiteral("HTTP/1.1 itself: a body that ends with the connection has "
                                      "no length to check; the JSON view reports it as invalid"));
    rows << answer("invalid JSON", QStringLiteral("`x-sandbox-fault: invalid-json`"),
                   sandbox("invalid-json"), 200, "ok");

    // The status line and the headers.
    rows << failure("malformed status line: not HTTP",
                    QStringLiteral("recording server: `HELLO WORLD` and a blank line"),
                    recording(S::respond(head("HELLO WORLD"))), TransportError::ConnectionReset,
                    "connection_reset")
                .malformedStatusLine();
    rows << failure("malformed status line: letters for the code",
                    QStringLiteral("recording server: `HTTP/1.1 2x0 OK`"),
                    recording(S::respond(head("HTTP/1.1 2x0 OK", "Content-Length: 2\r\n") + "{}")),

                    TransportError::ConnectionReset, "connection_reset")
                .malformedStatusLine();
    rows << failure("malformed status line: no code",
                    QStringLiteral("recording server: `HTTP/1.1 OK`"),
                    recording(S::respond(head("HTTP/1.1 OK", "Content-Length: 2\r\n") + "{}")),

                    TransportError::ConnectionReset, "connection_reset")
                .malformedStatusLine();
    rows << failure("huge headers",
                    QStringLiteral("recording server: a 1 MiB header line before a 200"),
                    recording(S::respond(head("HTTP/1.1 200 OK",
                                              "X-Filler: " + QByteArray(1024 * 1024, 'h')
                                                  + "\r\nContent-Length: 2\r\n")
                                         + "{}")),
                    TransportError::TimedOut, "timed_out", AnyStatus)
                .sawRequests(1)
                .limit(QStringLiteral("Qt 6.4 stops reading a header block past about 128 KiB "
                                      "(64 KiB passed, 140 KiB stalled) [measured]; only the "
                                      "transfer timeout ends the call, with status 0 or 200 "
                                      "depending on timing"));
    rows << failure("endless 100 Continue",
                    QStringLiteral("recording server: `HTTP/1.1 100 Continue` every 100 ms"),
                    recording(S::endless(QByteArray(), head("HTTP/1.1 100 Continue"), 100)),
                    TransportError::TimedOut, "timed_out");
    rows << failure("endless 103 Early Hints",
                    QStringLiteral("recording server: `HTTP/1.1 103 Early Hints` every 100 ms"),
                    recording(S::endless(QByteArray(), head("HTTP/1.1 103 Early Hints"), 100)),
                    TransportError::ProtocolError, "protocol_error", 103)
                .sawRequests(1);

    // Other origins, proxies and gateways.
    rows << answer(
                "redirect to another origin",
                QStringLiteral("recording server: 302 to a second server"),
                [](World &w) {
                    w.useRecording(S::respond(200, OkBody));
                    w.origin.setDefaultScript(
                        S::redirect(302, w.other.url(QStringLiteral("/v1/me"))));
                },
                302, "redirect_not_followed")
                .sawRequests(1)
                .causeSays(QStringLiteral("another origin"));
    rows << answer(
                "redirect to another origin (sandbox)",
                QStringLiteral("`x-sandbox-fault: redirect=<second server>`"),
                [](World &w) {
                    w.useSandbox("redirect=" + w.other.url(QStringLiteral("/v1/me")).toEncoded());
                },
                302, "redirect_not_followed")
                .causeSays(QStringLiteral("another origin"));
    rows << failure(
                "proxy asks for credentials (407)",
                QStringLiteral("the environment is https://api.proxied.test, reached "
                               "through the authenticating proxy with no credentials"),
                [](World &w) {
                    w.useCustom(QUrl(QStringLiteral("https://api.proxied.test")),
                                w.certificates->caFile);
                    w.throughProxy = true;
                },
                TransportError::ProxyAuthenticationRequired, "proxy_authentication_required")
                .causeSays(QStringLiteral("asks for a user name and password"));
    rows << answer("5xx HTML page (sandbox)", QStringLiteral("`x-sandbox-fault: html-502`"),
                   sandbox("html-502"), 502, "upstream_html");
    rows << answer("5xx HTML page", QStringLiteral("recording server: 503 with a text/html page"),
                   recording(S::respond(503, "<html><body>Maintenance</body></html>",
                                        {{"Content-Type", "text/html"}})),
                   503, "upstream_html")
                .sawRequests(1);
    rows << answer("5xx JSON", QStringLiteral("`x-sandbox-fault: status=503`"),
                   sandbox("status=503"), 503, "server_error");

    // Rate limits.
    const QByteArray tooMany = "{\"error\":{\"code\":\"rate_limit_exceeded\"}}";
    rows << answer("429 without Retry-After", QStringLiteral("recording server"),
                   recording(S::respond(429, tooMany, {{"Content-Type", "application/json"}})), 429,
                   "rate_limited")
                .retryAfterSeconds(-1);
    rows << answer("429 with Retry-After seconds",
                   QStringLiteral("recording server: `Retry-After: 7`"),
                   recording(S::respond(429, tooMany, {{"Retry-After", "7"}})), 429, "rate_limited")
                .retryAfterSeconds(7);
    rows << answer("429 with Retry-After HTTP-date",
                   QStringLiteral("recording server: `Date` and a `Retry-After` date 30 s later"),
                   recording(S::respond(429, tooMany,
                                        {{"Date", "Sun, 06 Dec 2026 04:00:00 GMT"},
                                         {"Retry-After", "Sun, 06 Dec 2026 04:00:30 GMT"}})),
                   429, "rate_limited")
                .retryAfterSeconds(30);

    // Nothing to talk to.
    rows << failure(
        "connection refused", QStringLiteral("a loopback port nothing listens on any more"),
        [](World &w) {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            const quint16 port = closed.serverPort();
            closed.close();
            w.useCustom(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        },
        TransportError::ConnectionRefused, "connection_refused");
    rows << failure(
        "DNS failure", QStringLiteral("https://hero-fault-matrix.invalid"),
        [](World &w) { w.useCustom(QUrl(QStringLiteral("https://hero-fault-matrix.invalid"))); },
        TransportError::HostNotFound, "host_not_found");

    // TLS: nothing is sent before the certificate is verified.
    rows << failure(
                "TLS: untrusted certificate",
                QStringLiteral("a self-signed certificate the environment's CA did not sign"),
                [](World &w) {
                    w.useRecordingTls(w.certificates->selfSignedCertFile,
                                      w.certificates->selfSignedKeyFile, S::respond(200, OkBody));
                },
                TransportError::TlsFailure, "tls_failure")
                .sawRequests(0)
                .causeSays(QStringLiteral("self-signed"));
    rows << failure(
                "TLS: expired certificate",
                QStringLiteral("signed by the environment's CA, valid only in January 2020"),
                [](World &w) {
                    w.useRecordingTls(w.certificates->expiredCertFile, w.certificates->keyFile,
                                      S::respond(200, OkBody));
                },
                TransportError::TlsFailure, "tls_failure")
                .sawRequests(0)
                .causeSays(QStringLiteral("expired"));
    rows << failure(
                "TLS: wrong host",
                QStringLiteral("signed by the environment's CA for elsewhere.test only"),
                [](World &w) {
                    w.useRecordingTls(w.certificates->wrongHostCertFile, w.certificates->keyFile,
                                      S::respond(200, OkBody));
                },
                TransportError::TlsFailure, "tls_failure")
                .sawRequests(0)
                .causeSays(QStringLiteral("another host name"));
    rows << failure(
                "TLS: handshake failure",
                QStringLiteral("an https environment whose port answers the ClientHello with "
                               "plain HTTP and closes"),
                [](World &w) {
                    w.useRecording(S::respond(200, OkBody));
                    w.origin.setAcceptScript(S::truncate(400, QByteArray(), 0));
                    w.useCustom(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(w.origin.port())),
                                w.certificates->caFile);
                },
                TransportError::TlsFailure, "tls_failure")
                .sawRequests(0);

    // Cancel during each phase.
    rows << cancelRow("cancel while reading the key",
                      QStringLiteral("cancel as the key read starts"), CancelAt::KeyRead,
                      sandbox({}));
    rows << cancelRow("cancel while queued",
                      QStringLiteral("a limit of 2 a minute, one request sent first, cancel the "
                                     "second while the limiter holds it"),
                      CancelAt::Queued, [](World &w) {
                          w.useSandbox();
                          w.environment.rateLimit = 2;
                          w.warmUp = true;
                      });
    rows << cancelRow("cancel while connecting",
                      QStringLiteral("https to a port that accepts and never answers the "
                                     "ClientHello; cancel once connected"),
                      CancelAt::Connecting,
                      [](World &w) {
                          w.useRecording(S::hang());
                          w.useCustom(
                              QUrl(QStringLiteral("https://127.0.0.1:%1").arg(w.origin.port())),
                              w.certificates->caFile);
                      })
                .sawRequests(0);
    rows << cancelRow("cancel while waiting for headers",
                      QStringLiteral("recording server hangs; cancel once it has the request"),
                      CancelAt::WaitingForHeaders, recording(S::hang()))
                .sawRequests(1);
    rows << cancelRow("cancel mid-body",
                      QStringLiteral("recording server stalls after 10 of 100 bytes; cancel once "
                                     "the headers are in"),
                      CancelAt::MidBody, recording(S::stall(contentLength100 + "0123456789")), 200)
                .sawRequests(1);
    return rows;
}

const QList<Row> &rows()
{
    static const QList<Row> all = buildRows();
    return all;
}

// The reply of the one call in flight, once Qt has its status line and headers.
bool headersArrived(const ApiClient &client)
{
    const QList<QNetworkReply *> replies = client.findChildren<QNetworkReply *>();
    return !replies.isEmpty()
        && replies.first()->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
}

RequestRun::Stage stageOfCancel(CancelAt phase)
{
    switch (phase) {
    case CancelAt::KeyRead:
        return RequestRun::Stage::ReadingKey;
    case CancelAt::Queued:
        return RequestRun::Stage::Queued;
    default:
        return RequestRun::Stage::Sending;
    }
}

QString diagnosisText(const Diagnosis &d)
{
    QString text = d.title + u'\n' + d.cause;
    for (const Evidence &item : d.evidence)
        text += u'\n' + item.label + u'=' + item.value;
    return text;
}

// The row as a line of docs/fault-matrix.md, from what the run really produced.
QString matrixLine(int index, const Row &row, const Exchange &exchange, const Diagnosis &diagnosis,
                   const World &w)
{
    QString body;
    if (exchange.transportError != TransportError::None)
        body = QStringLiteral("no body");
    else if (!row.wholeBody.isEmpty())
        body = QStringLiteral("%1 of %2 bytes, as if whole")
                   .arg(exchange.body.size())
                   .arg(row.wholeBody.size());
    else
        body = QStringLiteral("%1-byte body").arg(exchange.body.size());
    const QString state = QStringLiteral("%1 · `%2` · %3")
                              .arg(exchange.status)
                              .arg(transportErrorId(exchange.transportError), body);
    QString exposure;
    const bool neverSent = row.originRequests == 0 || exchange.attempt == 0
        || exchange.transportError == TransportError::HostNotFound
        || exchange.transportError == TransportError::ConnectionRefused
        || exchange.transportError == TransportError::ProxyAuthenticationRequired
        || exchange.transportError == TransportError::TlsFailure;
    if (w.throughProxy)
        exposure = QStringLiteral("never sent; the proxy saw only CONNECT");
    else if (neverSent)
        exposure = QStringLiteral("never sent");
    else if (w.originIsRecording)
        exposure = w.origin.requestCount() == 1
            ? QStringLiteral("origin only")
            : QStringLiteral("origin only (it saw the request %1 times)")
                  .arg(w.origin.requestCount());
    else
        exposure = QStringLiteral("origin only");
    QString code = QStringLiteral("`%1`").arg(diagnosisCodeId(diagnosis.code));
    if (diagnosis.retryAfterSeconds >= 0)
        code += QStringLiteral(", wait %1 s").arg(diagnosis.retryAfterSeconds);
    return QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |")
        .arg(index + 1)
        .arg(QString::fromLatin1(row.name), row.how, state, code, exposure,
             row.knownLimit.isEmpty() ? QStringLiteral("as designed")
                                      : QStringLiteral("**known limit**: ") + row.knownLimit);
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void row_data();
    void row();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::optional<TestCertificates> m_certificates;
    QStringList m_outcomes;
};

void TestFaultMatrix::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_certificates = TestCertificates::create(m_dir.path(), &error);
    if (!m_certificates)
        QSKIP(qPrintable(error));
    m_sandbox = std::make_unique<SandboxServer>();
    SandboxOptions options;
    options.faults = true;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
}

void TestFaultMatrix::cleanupTestCase()
{
    const QString path = qEnvironmentVariable("HERO_FAULT_MATRIX_MD");
    if (path.isEmpty())
        return;
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write("| # | Row | How it is made | Exchange | Diagnosis | Key exposure | Outcome |\n"
              "|---|---|---|---|---|---|---|\n");
    for (const QString &line : std::as_const(m_outcomes))
        out.write(line.toUtf8() + '\n');
}

void TestFaultMatrix::row_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < rows().size(); ++i)
        QTest::newRow(rows().at(i).name.constData()) << i;
}

void TestFaultMatrix::row()
{
    QFETCH(int, index);
    const Row &row = rows().at(index);
    World w(m_sandbox.get(), &*m_certificates);
    QVERIFY(w.other.listen());
    QVERIFY(w.proxy.listen());
    row.arrange(w);
    if (QTest::currentTestFailed())
        return;
    w.environment.timeoutMs = row.timeoutMs;

    QNetworkAccessManager network;
    network.setProxy(w.throughProxy ? QNetworkProxy(QNetworkProxy::HttpProxy,
                                                    QStringLiteral("127.0.0.1"), w.proxy.port())
                                    : QNetworkProxy(QNetworkProxy::NoProxy));
    ApiClient client(&network);
    client.setMaxBodyBytes(MaxBodyBytes);

    QSettings settings(m_dir.filePath(QStringLiteral("keys-%1.ini").arg(index)),
                       QSettings::IniFormat);
    MemorySecretStore keychain;
    KeyProfileStore profiles(&settings);
    KeyRing ring(&keychain, &profiles);
    KeyProfile profile;
    profile.label = QStringLiteral("Fault matrix");
    profile.environmentId = w.environment.id;
    KeyJob *add = ring.add(profile, Key);
    QSignalSpy added(add, &KeyJob::finished);
    QVERIFY(added.wait());
    QVERIFY(add->isOk());

    RateLimiter limiter;
    RequestRunner runner(&client, &ring, &limiter);
    RunTarget target;
    target.environment = w.environment;
    target.keyProfileId = add->profileId();
    target.practiceGroup = QStringLiteral("1001");
    target.retries = false; // each row judges one attempt; the retry policy has its own tests

    if (w.warmUp) {
        ApiRequest plain;
        plain.path = w.request.path.isEmpty() ? QStringLiteral("/v1/me") : w.request.path;
        plain.method = w.request.method;
        plain.body = w.request.body;
        QSignalSpy warmedUp(runner.start(target, plain), &RequestRun::finished);
        QVERIFY(warmedUp.wait(row.timeoutMs + HangMarginMs));
        QVERIFY(warmedUp.first().first().value<Exchange>().isSuccess());
    }

    ApiRequest request = w.request;
    if (request.path.isEmpty())
        request.path = QStringLiteral("/v1/me");
    QPointer<RequestRun> run = runner.start(target, request);
    QSignalSpy finished(run.data(), &RequestRun::finished);
    std::optional<RequestRun::Stage> stageAtCancel;
    const auto cancelNow = [&run, &stageAtCancel] {
        if (run && !stageAtCancel) {
            stageAtCancel = run->stage();
            run->cancel();
        }
    };
    if (w.cancelAt == CancelAt::KeyRead) {
        // Queued, so the cancel lands after the run has asked the key ring and before the
        // answer (MemorySecretStore answers through the event loop, as the keychain does).
        connect(
            run.data(), &RequestRun::stageChanged, this,
            [cancelNow](RequestRun::Stage stage) {
                if (stage == RequestRun::Stage::ReadingKey)
                    cancelNow();
            },
            Qt::QueuedConnection);
    } else if (w.cancelAt != CancelAt::Never) {
        const std::function<bool()> reached = [&]() -> bool {
            switch (w.cancelAt) {
            case CancelAt::Queued:
                return run && run->stage() == RequestRun::Stage::Queued;
            case CancelAt::Connecting:
                return w.origin.connectionCount() > 0;
            case CancelAt::WaitingForHeaders:
                return w.origin.requestCount() > 0;
            case CancelAt::MidBody:
                return headersArrived(client);
            default:
                return false;
            }
        };
        QTRY_VERIFY_WITH_TIMEOUT(reached(), row.timeoutMs + HangMarginMs);
        cancelNow();
    }

    // The hang guard.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, row.timeoutMs + HangMarginMs);
    const auto exchange = finished.first().first().value<Exchange>();
    if (w.cancelAt != CancelAt::Never) {
        QVERIFY(stageAtCancel.has_value());
        QCOMPARE(*stageAtCancel, stageOfCancel(w.cancelAt));
    }

    DiagnosisContext context;
    context.environment = w.environment;
    context.keyFingerprint = redactedKey(Key);
    context.homePracticeGroup = QStringLiteral("1001");
    const Diagnosis diagnosis = diagnose(exchange, context);

    const QString state = QStringLiteral("status %1, %2, %3 bytes: %4")
                              .arg(exchange.status)
                              .arg(transportErrorId(exchange.transportError))
                              .arg(exchange.body.size())
                              .arg(exchange.errorText);
    qInfo("%s → %s; %s; origin saw %d", row.name.constData(),
          qPrintable(diagnosisCodeId(diagnosis.code)), qPrintable(state), w.origin.requestCount());

    QCOMPARE(exchange.transportError, row.error);
    if (row.status != AnyStatus)
        QCOMPARE(exchange.status, row.status);
    QCOMPARE(diagnosisCodeId(diagnosis.code), row.code);
    if (row.body)
        QCOMPARE(exchange.body, *row.body);
    if (!row.wholeBody.isEmpty()) {
        QVERIFY(!exchange.body.isEmpty());
        QVERIFY(exchange.body.size() < row.wholeBody.size());
        QVERIFY(row.wholeBody.startsWith(exchange.body));
    }
    if (row.error == TransportError::None)
        QVERIFY(exchange.hasHttpResponse());
    if (!row.causeContains.isEmpty())
        QVERIFY2(diagnosis.cause.contains(row.causeContains), qPrintable(diagnosis.cause));
    if (row.retryAfter != -2)
        QCOMPARE(diagnosis.retryAfterSeconds, row.retryAfter);

    // The key went to its origin and nowhere else, and the results never hold it.
    if (row.originRequests >= 0)
        QCOMPARE(w.origin.requestCount(), row.originRequests);
    if (row.originRequests == 0)
        QVERIFY(!w.origin.receivedBytes().contains(Key));
    QCOMPARE(w.other.connectionCount(), 0);
    QVERIFY(!w.other.receivedBytes().contains(Key));
    QVERIFY(!w.proxy.receivedBytes().contains(Key));
    QVERIFY(!w.proxy.receivedBytes().toLower().contains("x-api-key"));
    if (!w.originIsRecording && w.environment.kind == EnvironmentKind::Custom)
        QVERIFY(!w.origin.receivedBytes().contains(Key));
    QVERIFY(!exchange.requestHeader("x-api-key").contains(Key));
    QVERIFY(!exchange.errorText.contains(QString::fromLatin1(Key)));
    QVERIFY(!diagnosisText(diagnosis).contains(QString::fromLatin1(Key)));

    m_outcomes.append(matrixLine(index, row, exchange, diagnosis, w));
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"

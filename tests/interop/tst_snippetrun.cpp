// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "export/codesnippet.h"
#include "recordingserver.h"

#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

Q_DECLARE_METATYPE(SnippetLanguage)

namespace {

// A made-up key: the snippets must read it from HERO_API_KEY, never hold it.
const QByteArray Canary = "hero_canary_Zx81Qw7";
// Every character a literal of one of the languages could trip over (header values are ASCII:
// the libraries disagree on how to encode anything else in a header).
const QByteArray HostileHeader = "a\"b'c\\d$e`f${g}#{h} %s";
const QByteArray HostileBody = QStringLiteral("{\"text\":\"it's \\\"caf\u00e9\\\" \U0001F600 "
                                              "$HOME `id` $(id) \\\\ %s\",\n\t\"n\":1}")
                                   .toUtf8();

} // namespace

// Runs the copied snippets for real, against a loopback server, with the interpreters the
// languages have: curl in /bin/sh, Debian's python3 with requests, and node when installed.
// What the server received must be the request the explorer would have sent.
class TestSnippetRun : public QObject
{
    Q_OBJECT
private slots:
    void snippetSendsTheSameRequest_data();
    void snippetSendsTheSameRequest();
};

void TestSnippetRun::snippetSendsTheSameRequest_data()
{
    QTest::addColumn<SnippetLanguage>("language");
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments"); // the snippet follows them
    QTest::newRow("curl") << SnippetLanguage::Curl << QStringLiteral("/bin/sh")
                          << QStringList{QStringLiteral("-c")};
    // Debian's interpreter: a pyenv shim first in PATH would not have Debian's requests.
    QTest::newRow("Python") << SnippetLanguage::Python << QStringLiteral("/usr/bin/python3")
                            << QStringList{QStringLiteral("-c")};
    QTest::newRow("JavaScript") << SnippetLanguage::JavaScript
                                << QStandardPaths::findExecutable(QStringLiteral("node"))
                                << QStringList{QStringLiteral("--input-type=module"),
                                               QStringLiteral("-e")};
}

void TestSnippetRun::snippetSendsTheSameRequest()
{
    QFETCH(SnippetLanguage, language);
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    if (language == SnippetLanguage::Curl
        && QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        QSKIP("curl is not installed");
    if (program.isEmpty() || !QFileInfo(program).isExecutable())
        QSKIP("the interpreter is not installed");

    RecordingServer server;
    QVERIFY(server.listen());
    server.setDefaultScript(
        RecordingServer::respond(200, "{\"ok\":true}", {{"Content-Type", "application/json"}}));

    SentRequest request;
    request.method = "POST";
    request.url = server.url(QStringLiteral("/v1/messages/send?note=it%27s%20ok&y=%24HOME"));
    request.headers = {{"x-api-key", "…Qw7A"}, // as SentRequest holds it: redacted
                       {"x-practice-group-id", "1001"},
                       {"Content-Type", "application/json"},
                       {"X-Note", HostileHeader}};
    request.body = HostileBody;
    const QString snippet = codeSnippet(request, language);
    QVERIFY(!snippet.contains(QString::fromLatin1(Canary)));

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HERO_API_KEY"), QString::fromLatin1(Canary));
    for (const char *proxy :
         {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "ALL_PROXY", "all_proxy"})
        environment.remove(QString::fromLatin1(proxy));
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments + QStringList{snippet});
    // The server answers from this thread's event loop: wait by spinning it, not by blocking.
    QVERIFY2(finished.wait(60000), qPrintable(process.errorString()));
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(snippet + u"\n---\n" + errors));
    QVERIFY2(process.readAllStandardOutput().contains("ok"), qPrintable(errors));

    QCOMPARE(server.requestCount(), 1);
    const RecordingServer::Request received = server.requests().constFirst();
    QCOMPARE(received.method, QByteArray("POST"));
    QCOMPARE(received.target, QByteArray("/v1/messages/send?note=it%27s%20ok&y=%24HOME"));
    QCOMPARE(received.header("x-api-key"), Canary);
    QCOMPARE(received.header("x-practice-group-id"), QByteArray("1001"));
    QCOMPARE(received.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(received.header("X-Note"), HostileHeader);
    QCOMPARE(received.body, HostileBody);
}

QTEST_GUILESS_MAIN(TestSnippetRun)
#include "tst_snippetrun.moc"

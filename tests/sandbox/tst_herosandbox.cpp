// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "sandboxtestclient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/types.h>

#include <csignal>
#endif

namespace {

const QString Executable = QStringLiteral(HERO_SANDBOX_EXECUTABLE);

} // namespace

// hero-sandbox as a process: the readiness line, a real request, clean exit on signals,
// and exit code 2 for a bad fixture.
class TestHeroSandbox : public QObject
{
    Q_OBJECT

private slots:
    void servesAndExitsCleanlyOnSignal_data();
    void servesAndExitsCleanlyOnSignal();
    void badFixtureExitsWithCodeTwo();
    void badOptionIsAUsageError();
};

void TestHeroSandbox::servesAndExitsCleanlyOnSignal_data()
{
    QTest::addColumn<int>("signalNumber");
#ifdef Q_OS_UNIX
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
#endif
}

void TestHeroSandbox::servesAndExitsCleanlyOnSignal()
{
#ifndef Q_OS_UNIX
    QSKIP("signals are a Unix matter");
#else
    QFETCH(int, signalNumber);
    QProcess process;
    process.start(
        Executable,
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--rate-headers")});
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    const QRegularExpression ready(
        QStringLiteral("^hero-sandbox listening on (http://127\\.0\\.0\\.1:[0-9]+)$"));
    const QRegularExpressionMatch match = ready.match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));

    SandboxTestClient client(QUrl(match.captured(1)));
    const HttpResult result = client.call("GET", QStringLiteral("/v1/practice-groups"),
                                          sandboxAuth("hero_sbx_full_7Q2mX9", "1001"));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(QStringLiteral("count")).toInt(), 3);
    QCOMPARE(result.header("X-RateLimit-Limit"), QByteArray("300"));

    QCOMPARE(::kill(pid_t(process.processId()), signalNumber), 0);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardOutput(), QByteArray()); // exactly one line
#endif
}

void TestHeroSandbox::badFixtureExitsWithCodeTwo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("world.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"practice_groups":[{"id":"1","name":"One"}],
                   "keys":[{"key":"k1","practice_group":"1"},
                           {"key":"k2","practice_group":"9999"}]})");
    file.close();

    QProcess process;
    process.start(Executable, {QStringLiteral("--fixture"), path});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString stderrText = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(
        stderrText.contains(QStringLiteral("keys[1].practice_group: unknown practice group 9999")),
        qPrintable(stderrText));
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
}

void TestHeroSandbox::badOptionIsAUsageError()
{
    QProcess process;
    process.start(Executable, {QStringLiteral("--rate-limit"), QStringLiteral("0")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardError().contains("--rate-limit"));
}

QTEST_GUILESS_MAIN(TestHeroSandbox)
#include "tst_herosandbox.moc"

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "explorerfixture.h"
#include "filemodes.h"

#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray OlderBody = "PATIENT-NOTE-77";
const QByteArray SentBody = R"({"to":"1001","text":"PATIENT-SENT-4242 is unwell"})";

// Sends the operation from the composer with the given body; the exchange the window shows.
Exchange sendWithBody(Explorer &explorer, const QString &method, const QString &path,
                      const QByteArray &body)
{
    auto *browser = explorer.window->findChild<EndpointBrowser *>();
    if (!browser->selectOperation(method, path))
        return Exchange();
    // In the tab the operation opened in: a new one once the current tab has been sent.
    RequestTab *tab = explorer.window->currentTab();
    if (!body.isEmpty())
        tab->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"))
            ->setPlainText(QString::fromUtf8(body));
    QSignalSpy shown(explorer.window.get(), &MainWindow::exchangeShown);
    tab->findChild<QPushButton *>(QStringLiteral("sendButton"))->click();
    return shown.wait(30000) ? shown.first().first().value<Exchange>() : Exchange();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

// What the explorer leaves on disk (issue 14). As a process (app/main.cpp's own paths, under a
// throw-away HOME), started under a umask of 022 and of 000: every folder it keeps under the
// user's config and data folders ends 0700 and every file 0600, also when they were there before
// with looser modes; an older history whose entries hold bodies, with the older "keep response
// bodies" switch on, keeps its bodies and the switch (now "Keep bodies in history"). As the
// whole window over the sandbox: with the switch off, neither a request body nor a response
// body reaches the history file.
class TestExplorerFiles : public QObject
{
    Q_OBJECT
private slots:
    void filesAndFoldersAreOwnerOnly_data();
    void filesAndFoldersAreOwnerOnly();
    void keepBodiesCarriesOverTheOlderResponseBodiesChoice_data();
    void keepBodiesCarriesOverTheOlderResponseBodiesChoice();
    void noBodyReachesTheHistoryFileUnlessKept();
};

void TestExplorerFiles::filesAndFoldersAreOwnerOnly_data()
{
    QTest::addColumn<int>("mask");
    QTest::addColumn<bool>("older"); // files left by an older version, readable by all
    QTest::newRow("umask 022, first start") << 022 << false;
    QTest::newRow("umask 000, first start") << 0 << false;
    QTest::newRow("umask 000, older files") << 0 << true;
}

void TestExplorerFiles::filesAndFoldersAreOwnerOnly()
{
#ifdef Q_OS_UNIX
    QFETCH(int, mask);
    QFETCH(bool, older);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString config = home.filePath(QStringLiteral("config"));
    const QString data = home.filePath(QStringLiteral("data"));
    const QString settingsFolder = config + QStringLiteral("/HeroApiExplorer");
    const QString settingsFile = settingsFolder + QStringLiteral("/Hero API Explorer.conf");
    const QString dataFolder = data + QStringLiteral("/HeroApiExplorer/Hero API Explorer");
    const QString historyFile = dataFolder + QStringLiteral("/history.json");
    if (older) {
        const FileModes::ScopedUmask underMask{0};
        writeFile(settingsFile, "[history]\nkeepResponseBodies=true\n");
        writeFile(historyFile,
                  R"({"format":"hero-api-explorer-history","version":1,"entries":[{"id":"a",)"
                  R"("time":"2026-01-02T03:04:05.000Z","method":"POST","path":"/v1/notes",)"
                  R"("status":201,"requestBody":")"
                      + OlderBody + R"("}]})");
        QCOMPARE(FileModes::modeOf(historyFile), 0666);
    }

    QProcess explorer;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), data);
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // never the user's keyring
    explorer.setProcessEnvironment(environment);
    explorer.setChildProcessModifier([mask] { ::umask(mode_t(mask)); });
    QSignalSpy finished(&explorer, &QProcess::finished);
    explorer.start(QStringLiteral(HERO_EXPLORER_EXE),
                   {QStringLiteral("--quit-after"), QStringLiteral("300"),
                    QStringLiteral("--environment"), QStringLiteral("sandbox")});
    QVERIFY(finished.wait(60000));
    QVERIFY2(explorer.exitStatus() == QProcess::NormalExit && explorer.exitCode() == 0,
             explorer.readAllStandardError().constData());

    QCOMPARE(FileModes::modeOf(settingsFile), 0600);
    QCOMPARE(FileModes::modeOf(settingsFolder), 0700);
    QCOMPARE(FileModes::modeOf(dataFolder), 0700);
    // Whatever else the explorer keeps under them, too.
    const QString organisationFolder = data + QStringLiteral("/HeroApiExplorer");
    QCOMPARE(FileModes::modeOf(organisationFolder), 0700);
    for (const QString &root : {settingsFolder, organisationFolder}) {
        QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QCOMPARE(FileModes::modeOf(path), it.fileInfo().isDir() ? 0700 : 0600);
        }
    }
    if (older) {
        QCOMPARE(FileModes::modeOf(historyFile), 0600);
        QFile history(historyFile);
        QVERIFY(history.open(QIODevice::ReadOnly));
        QVERIFY(history.readAll().contains(OlderBody)); // kept until the user clears it
        const QSettings settings(settingsFile, QSettings::IniFormat);
        QVERIFY(settings.value(QStringLiteral("history/keepBodies")).toBool());
        QVERIFY(!settings.contains(QStringLiteral("history/keepResponseBodies")));
    }
#else
    QSKIP("POSIX modes");
#endif
}

void TestExplorerFiles::keepBodiesCarriesOverTheOlderResponseBodiesChoice_data()
{
    QTest::addColumn<QByteArray>("settings");
    QTest::addColumn<bool>("keep");
    QTest::newRow("nothing chosen: off") << QByteArray() << false;
    QTest::newRow("response bodies were kept")
        << QByteArray("[history]\nkeepResponseBodies=true\n") << true;
    QTest::newRow("response bodies were not kept")
        << QByteArray("[history]\nkeepResponseBodies=false\n") << false;
    QTest::newRow("the new key wins")
        << QByteArray("[history]\nkeepResponseBodies=true\nkeepBodies=false\n") << false;
}

void TestExplorerFiles::keepBodiesCarriesOverTheOlderResponseBodiesChoice()
{
    QFETCH(QByteArray, settings);
    QFETCH(bool, keep);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    writeFile(path, settings);
    {
        QSettings ini(path, QSettings::IniFormat);
        MemorySecretStore secrets;
        ExplorerParts parts(&ini, &secrets, dir.filePath(QStringLiteral("history.json")),
                            new LoopbackOnlyProxyFactory, [](QString *) { return QUrl(); });
        QCOMPARE(parts.history.keepBodies(), keep);
        QVERIFY(!ini.contains(QStringLiteral("history/keepResponseBodies")));
        parts.history.setKeepBodies(!keep); // the switch, as the panel turns it
        QCOMPARE(ini.value(QStringLiteral("history/keepBodies")).toBool(), !keep);
    }
    const QSettings reread(path, QSettings::IniFormat);
    QCOMPARE(reread.value(QStringLiteral("history/keepBodies")).toBool(), !keep);
}

void TestExplorerFiles::noBodyReachesTheHistoryFileUnlessKept()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString historyFile = dir.filePath(QStringLiteral("history.json"));
    QByteArray received;
    {
        Explorer explorer(dir.path());
        explorer.window->selectEnvironment(QStringLiteral("sandbox"));
        explorer.window->selectPracticeGroup(QStringLiteral("1001"));
        QVERIFY(!explorer.history.keepBodies());
        const Exchange sent = sendWithBody(explorer, QStringLiteral("POST"),
                                           QStringLiteral("/v1/messages/send"), SentBody);
        QCOMPARE(sent.request.body, SentBody);
        const Exchange answer = sendWithBody(explorer, QStringLiteral("GET"),
                                             QStringLiteral("/v1/practice-groups"), {});
        QCOMPARE(answer.status, 200);
        received = answer.body;
        QVERIFY(received.size() > 16);
        explorer.window->close();
    }
    QByteArray bytes = readFile(historyFile);
    QVERIFY(bytes.contains("/v1/messages/send")); // the calls are there, their bodies not
    QVERIFY(bytes.contains("/v1/practice-groups"));
    QVERIFY(!bytes.contains("PATIENT-SENT-4242"));
    QVERIFY(!bytes.contains(SentBody.toBase64()));
    QVERIFY(!bytes.contains(received));
    QVERIFY(!bytes.contains(received.toBase64()));
    for (const QByteArray &key :
         {QByteArray("\"requestBody\":"), QByteArray("\"requestBodyBase64\":"),
          QByteArray("\"responseBody\":"), QByteArray("\"responseBodyBase64\":")})
        QVERIFY2(!bytes.contains(key), key.constData());

    // The same with the switch on: the search above would have found them.
    {
        Explorer explorer(dir.path());
        explorer.window->selectEnvironment(QStringLiteral("sandbox"));
        explorer.window->selectPracticeGroup(QStringLiteral("1001"));
        explorer.window->findChild<QCheckBox *>(QStringLiteral("historyKeepBodies"))->click();
        QVERIFY(explorer.history.keepBodies());
        sendWithBody(explorer, QStringLiteral("POST"), QStringLiteral("/v1/messages/send"),
                     SentBody);
        QCOMPARE(
            sendWithBody(explorer, QStringLiteral("GET"), QStringLiteral("/v1/practice-groups"), {})
                .status,
            200);
        explorer.window->close();
    }
    bytes = readFile(historyFile);
    QVERIFY(bytes.contains("PATIENT-SENT-4242"));
    QVERIFY(bytes.contains("\"responseBody\":"));
}

QTEST_MAIN(TestExplorerFiles)
#include "tst_explorerfiles.moc"

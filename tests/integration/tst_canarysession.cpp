// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "crossorgpanel.h"
#include "diagnosispanel.h"
#include "doctordialog.h"
#include "endpointbrowser.h"
#include "explorer/explorerparts.h"
#include "filemodes.h"
#include "history/historystore.h"
#include "historypanel.h"
#include "http/apiclient.h"
#include "http/headervalidation.h"
#include "keychaintestsupport.h"
#include "keymanagerdialog.h"
#include "keys/keychainsecretstore.h"
#include "keys/keyprofilestore.h"
#include "keys/keyring.h"
#include "loopbackonlyproxyfactory.h"
#include "mainwindow.h"
#include "ratelimit/ratelimiter.h"
#include "requestcomposer.h"
#include "requesttab.h"
#include "sandboxserver.h"
#include "session/requestrun.h"
#include "storage/privatestorage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <sys/mman.h>

#include <memory>
#include <unistd.h>

using namespace KeychainTest;

namespace {

const QString CustomEnvironmentId = QStringLiteral("custom-1");
const QString UiLabel = QStringLiteral("Canary UI");
const QString CliLabel = QStringLiteral("Canary CLI");
const QString KeyVariable = QStringLiteral("HERO_CANARY_KEY");
// Rounds over the catalogue's parameterless GETs: with the rest of the session, about the 200
// requests of RELIABILITY.md §6 S1, and still under the sandbox's 300 a minute.
const int TrafficRounds = 12;

QString historyPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/history.json");
}

// As app/main.cpp does before anything is written: settings and data folders owner-only.
QString privateHistoryPath(const QSettings &settings)
{
    makeSettingsPrivate(settings);
    makeAppDataPrivate();
    return historyPath();
}

// The explorer as app/main.cpp composes it: the default QSettings, the real keychain, history
// under AppDataLocation. Only the proxy guard differs.
struct Explorer
{
    Explorer()
        : parts(&settings, &keychain, privateHistoryPath(settings), new LoopbackOnlyProxyFactory,
                [this](QString *error) { return startSandboxOnce(&builtInSandbox, error); })
        , profiles(parts.profiles)
        , history(parts.history)
        , services(parts.services())
    {
    }

    void open()
    {
        window = std::make_unique<MainWindow>(services);
        history.load();
        window->resize(1200, 800);
        window->show();
    }

    QSettings settings;
    KeychainSecretStore keychain;
    std::unique_ptr<SandboxServer> builtInSandbox;
    ExplorerParts parts;
    KeyProfileStore &profiles;
    HistoryStore &history;
    ExplorerServices services;
    std::unique_ptr<MainWindow> window;
};

// What leaves the test in a form other than a file: it is searched like the files are.
struct Captured
{
    QString source;
    QByteArray text;
};

QByteArray describe(const Exchange &exchange)
{
    QByteArray text = exchange.request.method + ' ' + exchange.request.url.toEncoded() + '\n';
    for (const auto &[name, value] : exchange.request.headers)
        text += name + ": " + value + '\n';
    text += exchange.request.body + '\n' + QByteArray::number(exchange.status) + ' '
        + exchange.reason + '\n';
    for (const auto &[name, value] : exchange.headers)
        text += name + ": " + value + '\n';
    text += exchange.body + '\n' + exchange.errorText.toUtf8() + '\n'
        + exchange.refusalText.toUtf8() + '\n'
        + tlsErrorTexts(exchange.tlsErrors).join(u'\n').toUtf8();
    return text;
}

// The top-level entries of /tmp, to find what the session created outside TMPDIR.
QSet<QString> systemTempEntries()
{
    const QStringList names =
        QDir(QStringLiteral("/tmp"))
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    return QSet<QString>(names.cbegin(), names.cend());
}

} // namespace

// The canary of issue 3 and RELIABILITY.md §6 S1/S6: a unique key goes through a scripted
// session of the explorer and of hero-cli against the real keychain (a throw-away
// gnome-keyring, see CMakeLists.txt) and an in-process sandbox with faults on. Afterwards the
// key, in every encoded form, must be nowhere but in the keychain: not in a file under HOME
// (config, data, cache, TMPDIR), not in a file the session left in /tmp, not in what the CLI
// printed, the clipboard, the status bar, the exchanges or any Qt log message.
//
// The steps share one HOME and run in order; the last one searches whatever the others left,
// even when they failed. Secrets are compared with QVERIFY, never QCOMPARE, so that a failure
// cannot print the key.
class TestCanarySession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void explorerSessionSavesAndUsesTheKey();
    void cliSessionUsesTheKey();
    void keyIsInTheKeychainAndNowhereElse();
    void cleanupTestCase();

private:
    using CliResult = ProcessResult;
    CliResult runCli(const QString &name, const QStringList &arguments,
                     const QByteArray &input = QByteArray());
    QStringList cliBase() const;
    Exchange send(MainWindow *window, const QString &method, const QString &path,
                  const HeaderList &extraHeaders = {});
    void capture(const QString &source, const QByteArray &text);

    QByteArray m_key;
    int m_fixtureFd = -1;
    std::unique_ptr<SandboxServer> m_sandbox;
    QSet<QString> m_tempBefore;
    QList<Captured> m_captured;
    QString m_uiAccount;
    int m_uiRequests = 0;
    int m_cliRequests = 0;
};

void TestCanarySession::initTestCase()
{
    QString why;
    QVERIFY2(inThrowAwayHome(&why), qPrintable(why));
    QTRY_VERIFY_WITH_TIMEOUT(defaultCollectionReady(), 20000);
    captureMessages();
    m_tempBefore = systemTempEntries();

    // As app/main.cpp names the application, so QSettings and QStandardPaths resolve to the
    // explorer's own files (and the CLI's, which shares them).
    QApplication::setOrganizationName(QStringLiteral("HeroApiExplorer"));
    QApplication::setOrganizationDomain(QStringLiteral("hero-api-explorer.github.io"));
    QApplication::setApplicationName(QStringLiteral("Hero API Explorer"));

    m_key = randomKey(40);
    QVERIFY(apiKeyProblem(m_key).isEmpty());

    // The sandbox must know the canary key. Its fixture is the bundled one plus the key, handed
    // over in an anonymous memory file, so the test itself writes the key to no file at all.
    QFile bundled(QStringLiteral(":/hero/sandbox-fixture.json"));
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    QJsonObject fixture = QJsonDocument::fromJson(bundled.readAll()).object();
    QJsonArray keys = fixture.value(QStringLiteral("keys")).toArray();
    QVERIFY(!keys.isEmpty());
    keys.append(QJsonObject{{QStringLiteral("key"), QString::fromLatin1(m_key)},
                            {QStringLiteral("label"), QStringLiteral("Canary")},
                            {QStringLiteral("practice_group"), QStringLiteral("1001")},
                            {QStringLiteral("partner"), QStringLiteral("Canary Partner")},
                            {QStringLiteral("scopes"),
                             QJsonArray{QStringLiteral("booking"), QStringLiteral("booking_links"),
                                        QStringLiteral("messaging")}}});
    fixture.insert(QStringLiteral("keys"), keys);
    const QByteArray json = QJsonDocument(fixture).toJson(QJsonDocument::Compact);
    m_fixtureFd = memfd_create("canary-fixture", MFD_CLOEXEC);
    QVERIFY(m_fixtureFd >= 0);
    QCOMPARE(::write(m_fixtureFd, json.constData(), size_t(json.size())), ssize_t(json.size()));

    SandboxOptions options;
    options.fixtureFile = QStringLiteral("/proc/self/fd/%1").arg(m_fixtureFd);
    options.faults = true;
    m_sandbox = std::make_unique<SandboxServer>();
    QString error;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
}

void TestCanarySession::cleanupTestCase()
{
    m_sandbox.reset();
    if (m_fixtureFd >= 0)
        ::close(m_fixtureFd);
}

void TestCanarySession::capture(const QString &source, const QByteArray &text)
{
    m_captured.append({source, text});
}

Exchange TestCanarySession::send(MainWindow *window, const QString &method, const QString &path,
                                 const HeaderList &extraHeaders)
{
    auto *browser = window->findChild<EndpointBrowser *>();
    if (!browser->selectOperation(method, path))
        qWarning("operation %s %s not in the catalogue", qPrintable(method), qPrintable(path));
    if (!extraHeaders.isEmpty()) {
        ApiRequest request;
        request.method = method.toLatin1();
        request.path = path;
        request.extraHeaders = extraHeaders;
        window->currentTab()->composer()->loadRequest(request);
    }
    // The operation opened in the current tab or, once that one was sent, in a new tab.
    QSignalSpy shown(window, &MainWindow::exchangeShown);
    window->currentTab()->findChild<QPushButton *>(QStringLiteral("sendButton"))->click();
    if (!shown.wait(20000))
        return Exchange();
    const Exchange exchange = shown.first().first().value<Exchange>();
    m_uiRequests += exchange.wasSent() ? exchange.attempt : 0;
    return exchange;
}

void TestCanarySession::explorerSessionSavesAndUsesTheKey()
{
    Explorer explorer;
    // A custom environment whose origin is the canary sandbox (what the user would enter as a
    // custom environment); the explorer numbers it custom-1.
    explorer.settings.beginWriteArray(QStringLiteral("customEnvironments"));
    explorer.settings.setArrayIndex(0);
    explorer.settings.setValue(QStringLiteral("name"), QStringLiteral("Canary sandbox"));
    explorer.settings.setValue(QStringLiteral("baseUrl"), m_sandbox->baseUrl().toString());
    explorer.settings.endArray();
    explorer.open();
    MainWindow *window = explorer.window.get();

    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, [this] {
        capture(QStringLiteral("clipboard"), QGuiApplication::clipboard()->text().toUtf8());
    });
    connect(window->statusBar(), &QStatusBar::messageChanged, this,
            [this](const QString &text) { capture(QStringLiteral("status bar"), text.toUtf8()); });
    connect(window, &MainWindow::exchangeShown, this, [this](const Exchange &exchange) {
        capture(QStringLiteral("exchange"), describe(exchange));
    });

    // Add the key the way a user does: welcome pane, key manager, typed into the masked field.
    window->findChild<QPushButton *>(QStringLiteral("welcomeAddKey"))->click();
    auto *manager = window->findChild<KeyManagerDialog *>();
    QVERIFY(manager);
    QTRY_VERIFY(manager->isVisible());
    manager->findChild<QPushButton *>(QStringLiteral("addKeyButton"))->click();
    QTest::keyClicks(manager->findChild<QLineEdit *>(QStringLiteral("labelEdit")), UiLabel);
    auto *environments = manager->findChild<QComboBox *>(QStringLiteral("keyEnvironmentCombo"));
    const int customRow = environments->findData(CustomEnvironmentId);
    QVERIFY2(customRow >= 0, "the custom environment is not offered in the key manager");
    environments->setCurrentIndex(customRow);
    QTest::keyClicks(manager->findChild<QLineEdit *>(QStringLiteral("homeGroupEdit")),
                     QStringLiteral("1001"));
    auto *keyEdit = manager->findChild<QLineEdit *>(QStringLiteral("keyEdit"));
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(keyEdit, QString::fromLatin1(m_key));
    auto *save = manager->findChild<QPushButton *>(QStringLiteral("saveKeyButton"));
    QVERIFY(save->isEnabled());
    save->click();
    // Wait for what the user waits for: the dialog saying the key is saved. The profile joins
    // the store as soon as the keychain write succeeds, while the dialog is still busy (and its
    // buttons disabled) checking other keys for the same secret; clicking Test then did nothing,
    // which made this test fail about once in ten runs.
    auto *status = manager->findChild<QLabel *>(QStringLiteral("statusLabel"));
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Saved")),
                              qPrintable(status->text()), 45000);
    QCOMPARE(explorer.profiles.profilesFor(CustomEnvironmentId).size(), 1);
    const KeyProfile profile = explorer.profiles.profilesFor(CustomEnvironmentId).first();
    QCOMPARE(profile.label, UiLabel);
    QCOMPARE(profile.fingerprint, QString::fromLatin1(m_key.right(4)));
    QVERIFY(!profile.sessionOnly);
    m_uiAccount = KeyRing::accountFor(profile);

    // "Test" in the key manager: GET /v1/me with the key read back from the keychain.
    manager->selectProfile(profile.id);
    QCOMPARE(manager->selectedProfileId(), profile.id);
    auto *test = manager->findChild<QPushButton *>(QStringLiteral("testKeyButton"));
    QVERIFY(test->isEnabled());
    test->click();
    auto *testResult = manager->findChild<QLabel *>(QStringLiteral("testResultLabel"));
    // Longer than the keychain's own 30 s per-operation timeout, so a slow keyring on a busy
    // machine shows up as its message rather than as this wait running out.
    QTRY_VERIFY2_WITH_TIMEOUT(testResult->property("ok").toBool(), qPrintable(testResult->text()),
                              45000);
    ++m_uiRequests;
    capture(QStringLiteral("key manager"), testResult->text().toUtf8());
    manager->findChild<QDialogButtonBox *>(QStringLiteral("closeButtonBox"))
        ->button(QDialogButtonBox::Close)
        ->click();

    QVERIFY(window->selectEnvironment(CustomEnvironmentId));
    QCOMPARE(window->currentKey().id, profile.id);
    window->selectPracticeGroup(QStringLiteral("1001"));

    Exchange exchange = send(window, QStringLiteral("GET"), QStringLiteral("/v1/me"));
    QCOMPARE(exchange.status, 200);
    QVERIFY(window->lastDiagnosis().isOk());

    // A stretch of ordinary traffic: every GET of the catalogue without path parameters.
    const Catalogue &catalogue = window->findChild<EndpointBrowser *>()->catalogue();
    int sent = 0;
    for (int round = 0; round < TrafficRounds; ++round) {
        for (const Operation &operation : catalogue.operations) {
            if (operation.method != u"GET" || operation.path.contains(u'{'))
                continue;
            exchange = send(window, operation.method, operation.path);
            QVERIFY2(exchange.hasHttpResponse(), qPrintable(operation.path));
            ++sent;
        }
    }
    QVERIFY(sent >= TrafficRounds);

    // Cross-organisational 403; its report, with and without bodies; the doctor.
    window->selectPracticeGroup(QStringLiteral("2001"));
    exchange = send(window, QStringLiteral("GET"), QStringLiteral("/v1/me"));
    QCOMPARE(exchange.status, 403);
    QCOMPARE(window->lastDiagnosis().code, DiagnosisCode::CrossOrgForbidden);
    auto *panel = window->currentTab()->diagnosisPanel();
    QSignalSpy clipboardChanged(QGuiApplication::clipboard(), &QClipboard::dataChanged);
    panel->findChild<QPushButton *>(QStringLiteral("nextStep_CopyReport"))->click();
    QCOMPARE(clipboardChanged.size(), 1);
    const QString report = QGuiApplication::clipboard()->text();
    QVERIFY(report.contains(u"…" + profile.fingerprint));
    // Turned on in code, past the "may contain patient data" question a user would answer.
    panel->findChild<QCheckBox *>(QStringLiteral("includeBodiesCheck"))->setChecked(true);
    panel->findChild<QPushButton *>(QStringLiteral("nextStep_CopyReport"))->click();
    QCOMPARE(clipboardChanged.size(), 2);
    panel->findChild<QCheckBox *>(QStringLiteral("includeBodiesCheck"))->setChecked(false);

    auto *runDoctor = window->currentTab()->flowPanel()->findChild<QPushButton *>(
        QStringLiteral("flowRunDoctor"));
    QVERIFY(runDoctor);
    runDoctor->click();
    auto *doctor = window->findChild<DoctorDialog *>();
    QVERIFY(doctor);
    QSignalSpy verdict(doctor, &DoctorDialog::verdictReached);
    doctor->findChild<QPushButton *>(QStringLiteral("doctorRun"))->click();
    QVERIFY(verdict.wait(30000));
    m_uiRequests += doctor->probesSent();
    capture(QStringLiteral("doctor"), doctor->explanation().toUtf8());
    doctor->findChild<QPushButton *>(QStringLiteral("copyReport"))->click();
    QCOMPARE(clipboardChanged.size(), 3);
    doctor->reject();

    // Faults: a 500 (retried, GET is safe) and a connection reset.
    window->selectPracticeGroup(QStringLiteral("1001"));
    exchange = send(window, QStringLiteral("GET"), QStringLiteral("/v1/me"),
                    {{QByteArrayLiteral("x-sandbox-fault"), QByteArrayLiteral("status=500")}});
    QCOMPARE(exchange.status, 500);
    QVERIFY(!window->lastDiagnosis().isOk());
    exchange = send(window, QStringLiteral("GET"), QStringLiteral("/v1/me"),
                    {{QByteArrayLiteral("x-sandbox-fault"), QByteArrayLiteral("reset")}});
    QVERIFY(exchange.wasSent());
    QVERIFY(!exchange.hasHttpResponse());

    // Copy as curl, with an extra header in the composer: the key is a variable, not a value.
    QVERIFY(window->findChild<EndpointBrowser *>()->selectOperation(QStringLiteral("GET"),
                                                                    QStringLiteral("/v1/me")));
    window->currentTab()->composer()->loadRequest(
        {"GET",
         QStringLiteral("/v1/me"),
         {},
         {{QByteArrayLiteral("x-note"), QByteArrayLiteral("canary")}},
         {},
         false});
    window->currentTab()->findChild<QPushButton *>(QStringLiteral("copyCurlButton"))->click();
    QCOMPARE(clipboardChanged.size(), 4);
    const QString curl = QGuiApplication::clipboard()->text();
    QVERIFY2(curl.contains(QStringLiteral("HERO_API_KEY")), qPrintable(curl));
    QVERIFY(curl.contains(m_sandbox->baseUrl().toString()));

    // Refused before sending: a header that would split the request, and a practice group id
    // with letters (the main window refuses that one before a run even starts).
    exchange = send(window, QStringLiteral("GET"), QStringLiteral("/v1/me"),
                    {{QByteArrayLiteral("x-note"), QByteArrayLiteral("a\r\nx-injected: 1")}});
    QVERIFY(!exchange.wasSent());
    const int historyBefore = explorer.history.entries().size();
    window->findChild<QComboBox *>(QStringLiteral("practiceGroupCombo"))
        ->setEditText(QStringLiteral("12ab"));
    QSignalSpy shown(window, &MainWindow::exchangeShown);
    window->currentTab()->findChild<QPushButton *>(QStringLiteral("sendButton"))->click();
    QVERIFY(!window->statusBar()->currentMessage().isEmpty());
    QVERIFY(
        window->currentTab()->findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    QCOMPARE(shown.size(), 0);
    QCOMPARE(explorer.history.entries().size(), historyBefore);
    window->selectPracticeGroup(QStringLiteral("1001"));

    // The history, bodies off (the default).
    auto *history = window->findChild<HistoryPanel *>();
    window->findChild<QTabWidget *>(QStringLiteral("sideTabs"))->setCurrentWidget(history);
    QVERIFY(!history->findChild<QCheckBox *>(QStringLiteral("historyKeepBodies"))->isChecked());
    QVERIFY(!explorer.history.keepBodies());
    QTRY_VERIFY(history->findChild<QTableView *>(QStringLiteral("historyView"))->model()->rowCount()
                > 10);

    // Quit: closing saves the window's settings; destruction writes the history.
    window->close();
    explorer.window.reset();
}

QStringList TestCanarySession::cliBase() const
{
    return {QStringLiteral("--env"), QStringLiteral("custom"), QStringLiteral("--base-url"),
            m_sandbox->baseUrl().toString()};
}

TestCanarySession::CliResult TestCanarySession::runCli(const QString &name,
                                                       const QStringList &arguments,
                                                       const QByteArray &input)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Only for --key-env: the child's environment, never a file.
    environment.insert(KeyVariable, QString::fromLatin1(m_key));
    const CliResult result =
        runProcess(QStringLiteral(HERO_CLI_PATH), arguments, input, environment);
    capture(QStringLiteral("hero-cli %1 stdout").arg(name), result.out);
    capture(QStringLiteral("hero-cli %1 stderr").arg(name), result.err);
    return result;
}

void TestCanarySession::cliSessionUsesTheKey()
{
    const QStringList custom = cliBase();
    const QStringList keyEnv = {QStringLiteral("--key-env"), KeyVariable};
    const QStringList me = {QStringLiteral("request"), QStringLiteral("GET"),
                            QStringLiteral("/v1/me")};

    // keys add reads the key from stdin and files it under the "custom" environment.
    CliResult run = runCli(
        QStringLiteral("keys add"),
        custom
            + QStringList{QStringLiteral("--label"), CliLabel, QStringLiteral("--practice-group"),
                          QStringLiteral("1001"), QStringLiteral("keys"), QStringLiteral("add")},
        m_key + '\n');
    QVERIFY(run.finished);
    QVERIFY2(run.exitCode == 0, run.err.constData());

    run = runCli(QStringLiteral("keys list"), {QStringLiteral("keys"), QStringLiteral("list")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(UiLabel.toUtf8()));
    QVERIFY(run.out.contains(CliLabel.toUtf8()));
    QVERIFY(run.out.contains(m_key.right(4)));
    run = runCli(QStringLiteral("keys list --json"),
                 {QStringLiteral("--json"), QStringLiteral("keys"), QStringLiteral("list")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 2);

    // The saved key, read from the keychain: keys test, then requests by label.
    run = runCli(QStringLiteral("keys test"),
                 custom + QStringList{QStringLiteral("keys"), QStringLiteral("test")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    ++m_cliRequests;
    run = runCli(QStringLiteral("request 200"),
                 custom + QStringList{QStringLiteral("--label"), CliLabel} + me);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    ++m_cliRequests;
    run =
        runCli(QStringLiteral("request 403 --json"),
               QStringList{QStringLiteral("--json")} + custom
                   + QStringList{QStringLiteral("--practice-group"), QStringLiteral("2001")} + me);
    QCOMPARE(run.exitCode, 2);
    const QJsonObject answer = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(answer.value(QStringLiteral("status")).toInt(), 403);
    QCOMPARE(answer.value(QStringLiteral("key")).toString(),
             QString(u"…" + QString::fromLatin1(m_key.right(4))));
    ++m_cliRequests;
    run = runCli(QStringLiteral("diagnose 403"),
                 custom
                     + QStringList{QStringLiteral("--practice-group"), QStringLiteral("2001"),
                                   QStringLiteral("diagnose"), QStringLiteral("GET"),
                                   QStringLiteral("/v1/me")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.contains("Verdict"));
    m_cliRequests += 2;

    // The key given on the side: from an environment variable and from stdin.
    const QStringList home = {QStringLiteral("--practice-group"), QStringLiteral("1001")};
    run = runCli(QStringLiteral("request --key-env"), custom + keyEnv + home + me);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    ++m_cliRequests;
    run = runCli(QStringLiteral("request --key-stdin --json"),
                 QStringList{QStringLiteral("--json"), QStringLiteral("--key-stdin")} + custom
                     + home + me,
                 m_key + '\n');
    QVERIFY2(run.exitCode == 0, run.err.constData());
    ++m_cliRequests;

    // Faults and refusals.
    run = runCli(
        QStringLiteral("request status=500"),
        custom + keyEnv + home
            + QStringList{QStringLiteral("--header"), QStringLiteral("x-sandbox-fault: status=500")}
            + me);
    QCOMPARE(run.exitCode, 2);
    ++m_cliRequests;
    run = runCli(QStringLiteral("request reset"),
                 custom + keyEnv + home
                     + QStringList{QStringLiteral("--no-retry"), QStringLiteral("--header"),
                                   QStringLiteral("x-sandbox-fault: reset")}
                     + me);
    QCOMPARE(run.exitCode, 3);
    ++m_cliRequests;
    run =
        runCli(QStringLiteral("request bad group"),
               custom + keyEnv
                   + QStringList{QStringLiteral("--practice-group"), QStringLiteral("12ab")} + me);
    QCOMPARE(run.exitCode, 4);
    run = runCli(
        QStringLiteral("request header injection"),
        custom + keyEnv + home
            + QStringList{QStringLiteral("--header"), QStringLiteral("x-note: a\r\nx-injected: 1")}
            + me);
    QCOMPARE(run.exitCode, 4);
}

void TestCanarySession::keyIsInTheKeychainAndNowhereElse()
{
    QVERIFY(!m_key.isEmpty());

    // The key is in the keychain, under both the explorer's and the CLI's profile: the scan
    // below is not passing because the key was never saved.
    QVERIFY2(!m_uiAccount.isEmpty(), "the explorer never saved the key");
    bool ran = false;
    QVERIFY2(secretToolLookup(m_uiAccount, &ran) == m_key,
             "the explorer's key is not in the keyring");
    QVERIFY(ran);
    {
        QSettings settings;
        KeyProfileStore profiles(&settings);
        const QList<KeyProfile> cli = profiles.profilesFor(QStringLiteral("custom"));
        QCOMPARE(cli.size(), 1);
        QCOMPARE(cli.first().label, CliLabel);
        QVERIFY2(secretToolLookup(KeyRing::accountFor(cli.first())) == m_key,
                 "the CLI's key is not in the keyring");
    }

    // The files the session wrote exist and hold its traces, so the search has something to
    // search.
    QFile settingsFile(QSettings().fileName());
    QVERIFY2(settingsFile.open(QIODevice::ReadOnly), qPrintable(settingsFile.fileName()));
    const QByteArray settingsText = settingsFile.readAll();
    QVERIFY(settingsText.contains("Canary sandbox"));
    QVERIFY(settingsText.contains(m_key.right(4)));
    QFile historyFile(historyPath());
    QVERIFY2(historyFile.open(QIODevice::ReadOnly), qPrintable(historyFile.fileName()));
    const QByteArray historyText = historyFile.readAll();

    // Issue 14: what the explorer and hero-cli keep (settings, history) is the user's alone.
    const QString settingsFolder = QFileInfo(settingsFile.fileName()).path();
    const QString dataFolder = QFileInfo(historyPath()).path();
    for (const QString &root : {settingsFolder, dataFolder}) {
        QCOMPARE(FileModes::modeOf(root), 0700);
        QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QVERIFY2(FileModes::modeOf(path) == (it.fileInfo().isDir() ? 0700 : 0600),
                     qPrintable(path));
        }
    }
    QVERIFY(historyText.contains("/v1/me"));
    QVERIFY(historyText.contains(m_key.right(4)));
    QVERIFY2(m_uiRequests + m_cliRequests >= 150,
             qPrintable(QStringLiteral("%1 + %2").arg(m_uiRequests).arg(m_cliRequests)));

    // What is searched for: the key, and its slices that start at offsets 1 and 2 and end on a
    // 3-byte boundary, so that base64 is found at any alignment inside a longer base64 text;
    // and its random core (randomKey's alphabet only), so that a partly encoded key is found
    // too. Each in plain, base64, base64url, URL-encoded and UTF-16LE form (leakForms()).
    QList<QByteArray> needles = {m_key};
    for (int offset = 1; offset <= 2; ++offset)
        needles.append(m_key.mid(offset, (m_key.size() - offset) / 3 * 3));
    const qsizetype coreStart = m_key.indexOf('/') + 1;
    const QByteArray core = m_key.mid(coreStart, m_key.size() - coreStart - 1);
    QVERIFY(core.size() >= 24);
    needles.append(core);

    // Every file under HOME: ~/.config, ~/.local/share, ~/.cache and TMPDIR all lie there.
    // findLeaks() skips ~/.local/share/keyrings: the gnome-keyring's own encrypted store, where
    // the key is meant to be.
    const QString home = QDir::homePath();
    QStringList leaks = findLeaks(home, needles);
    QVERIFY(QDir::tempPath().startsWith(home));
    for (const auto location :
         {QStandardPaths::ConfigLocation, QStandardPaths::AppConfigLocation,
          QStandardPaths::AppDataLocation, QStandardPaths::AppLocalDataLocation,
          QStandardPaths::CacheLocation, QStandardPaths::GenericCacheLocation,
          QStandardPaths::GenericDataLocation, QStandardPaths::TempLocation}) {
        const QString path = QStandardPaths::writableLocation(location);
        if (!path.startsWith(home + u'/'))
            leaks += findLeaks(path, needles);
    }

    // Whatever appeared directly in /tmp during the session (something that ignores TMPDIR):
    // regular files only, since other processes share /tmp.
    const QSet<QString> tempNow = systemTempEntries();
    for (const QString &name : tempNow) {
        if (m_tempBefore.contains(name))
            continue;
        const QString root = QStringLiteral("/tmp/") + name;
        QStringList files;
        if (QFileInfo(root).isFile())
            files.append(root);
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        for (const QString &path : std::as_const(files)) {
            QFile file(path);
            if (file.size() > 64 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
                continue;
            capture(path, file.readAll());
        }
    }

    // Everything not in a file: CLI output, clipboard, status bar, exchanges, log messages.
    QList<Captured> texts = m_captured;
    for (const QString &message : capturedMessages())
        texts.append({QStringLiteral("log message"), message.toUtf8()});
    int clipboardTexts = 0;
    for (const Captured &captured : std::as_const(texts)) {
        clipboardTexts += captured.source == u"clipboard" ? 1 : 0;
        for (const QByteArray &needle : std::as_const(needles)) {
            const QList<QByteArray> forms = leakForms(needle);
            for (int i = 0; i < forms.size(); ++i) {
                if (captured.text.contains(forms.at(i)))
                    leaks.append(QStringLiteral("%1 (form %2)").arg(captured.source).arg(i));
            }
        }
    }
    QVERIFY(clipboardTexts >= 4);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
}

QTEST_MAIN(TestCanarySession)
#include "tst_canarysession.moc"

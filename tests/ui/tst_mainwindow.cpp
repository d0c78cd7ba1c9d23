// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "crossorg/networkmap.h"
#include "crossorgpanel.h"
#include "diagnosispanel.h"
#include "endpointbrowser.h"
#include "explorerfixture.h"
#include "explorerparts.h"
#include "history/historystore.h"
#include "http/apiclient.h"
#include "keys/keyprofilestore.h"
#include "keys/keyring.h"
#include "keys/memorysecretstore.h"
#include "loopbackonlyproxyfactory.h"
#include "mainwindow.h"
#include "networkmapview.h"
#include "ratelimit/ratelimiter.h"
#include "ratelimitgauge.h"
#include "requestcomposer.h"
#include "responseviewer.h"
#include "sandboxserver.h"
#include "sandboxworld.h"
#include "session/requestrun.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void firstRunShowsTheWelcomePane();
    void exploringTheSandboxSendsAndShowsTheAnswerInTheTree();
    void switchingEnvironmentChangesTheOrigin();
    void productionIsMarkedInTitleAndBanner();
    void productionAsksBeforeAPostButNotBeforeAGet();
    void anotherPracticeGroupIsCalledCrossOrganisational();
    void environmentAndGroupSurviveARestart();
    void historySurvivesARestartAndReopensIntoTheComposer();
    void importAddsOperationsAndABrokenSpecChangesNothing();
    void aCustomEnvironmentIsValidatedAndRemembered();
    void theGaugeOpensDetailsWhereTheLimitIsChangedPerEnvironment();
    void aQueuedRequestCountsDownAndCanBeCancelled();
    void theNetworkMapShowsTheListedGroupsAndWhatWasRefused();
    // Issue 13: nothing on screen states what is not so.
    void aMistypedPracticeGroupKeepsItsTextShowsTheErrorAndSendsNothing();
    void pastedTextInThePracticeGroupIsKeptAndItsProblemShown_data();
    void pastedTextInThePracticeGroupIsKeptAndItsProblemShown();
    void changingEnvironmentKeyOrGroupClearsTheLastResult_data();
    void changingEnvironmentKeyOrGroupClearsTheLastResult();
    void anAnswerArrivingAfterASwitchIsNotShownUnderTheNewTarget();
    void theNetworkMapIsKeptPerEnvironmentAndKey();
    void theGaugeFollowsTheKeyAtOnce();
    void aGroupIsCalledHomeOnlyWhenTheKeySaysSo();
    void aServerRefusalIsNotWordedAsOurOwnQueueing();
    void welcomeAddAStagingKeyOpensTheAddFormForStaging();

private:
    Exchange sendFromComposer(Explorer &explorer, const QString &method, const QString &path);
    void addKey(Explorer &explorer, const QString &environmentId, const QByteArray &secret);
    QTemporaryDir m_dir;
};

void TestMainWindow::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
    QFile::remove(m_dir.filePath(QStringLiteral("history.json")));
}

void TestMainWindow::firstRunShowsTheWelcomePane()
{
    Explorer explorer(m_dir.path());
    auto *pages = explorer.window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("welcomePane"));
    // With no key of one's own, the explorer already stands on the running sandbox.
    QVERIFY(explorer.sandbox);
    QCOMPARE(explorer.window->currentEnvironment().kind, EnvironmentKind::Sandbox);
    QVERIFY(explorer.window->currentKey().isValid());
}

void TestMainWindow::exploringTheSandboxSendsAndShowsTheAnswerInTheTree()
{
    Explorer explorer(m_dir.path());
    explorer.window->findChild<QPushButton *>(QStringLiteral("welcomeSandbox"))->click();
    auto *pages = explorer.window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    QVERIFY(pages->currentWidget()->objectName() != QStringLiteral("welcomePane"));
    QCOMPARE(explorer.window->currentEnvironment().kind, EnvironmentKind::Sandbox);
    QVERIFY(explorer.sandbox);
    QVERIFY(explorer.window->currentKey().isValid());
    QCOMPARE(explorer.window->currentPracticeGroup(), QStringLiteral("1001"));

    const Exchange exchange =
        sendFromComposer(explorer, QStringLiteral("GET"), QStringLiteral("/v1/me"));
    QCOMPARE(exchange.status, 200);
    auto *tree = explorer.window->findChild<QTreeView *>(QStringLiteral("bodyTree"));
    QTRY_VERIFY(tree->model() && tree->model()->rowCount() > 0);
    QStringList keys;
    for (int row = 0; row < tree->model()->rowCount(); ++row)
        keys << tree->model()->index(row, 0).data().toString();
    QVERIFY2(keys.contains(QStringLiteral("name")), qPrintable(keys.join(u',')));
    QVERIFY(explorer.window->lastDiagnosis().isOk());
}

void TestMainWindow::switchingEnvironmentChangesTheOrigin()
{
    Explorer explorer(m_dir.path());
    QVERIFY(explorer.window->selectEnvironment(QStringLiteral("staging")));
    QCOMPARE(explorer.window->currentEnvironment().origin(),
             QStringLiteral("https://api.staging.htech.app:443"));
    auto *combo = explorer.window->findChild<QComboBox *>(QStringLiteral("environmentCombo"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("production")));
    QCOMPARE(explorer.window->currentEnvironment().origin(),
             QStringLiteral("https://api.herohealth.net:443"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("sandbox")));
    QVERIFY(isLoopbackHost(explorer.window->currentEnvironment().baseUrl.host()));
}

void TestMainWindow::productionIsMarkedInTitleAndBanner()
{
    Explorer explorer(m_dir.path());
    auto *banner = explorer.window->findChild<QLabel *>(QStringLiteral("productionBanner"));
    explorer.window->selectEnvironment(QStringLiteral("staging"));
    QVERIFY(!banner->isVisible());
    QVERIFY(!explorer.window->windowTitle().contains(QStringLiteral("PRODUCTION")));
    explorer.window->selectEnvironment(QStringLiteral("production"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("PRODUCTION"))); // text, not colour alone
    QVERIFY(explorer.window->windowTitle().contains(QStringLiteral("PRODUCTION")));
}

void TestMainWindow::productionAsksBeforeAPostButNotBeforeAGet()
{
    Explorer explorer(m_dir.path());
    // A production key held in memory; the proxy factory keeps every request on loopback.
    KeyProfile profile;
    profile.label = QStringLiteral("Prod test");
    profile.environmentId = QStringLiteral("production");
    profile.homePracticeGroup = QStringLiteral("1001");
    KeyJob *job = explorer.keys.add(profile, QByteArrayLiteral("hero_sbx_full_7Q2mX9"));
    QSignalSpy added(job, &KeyJob::finished);
    QVERIFY(added.wait());
    explorer.window->selectEnvironment(QStringLiteral("production"));
    QVERIFY(explorer.window->currentKey().isValid());

    QStringList questions;
    explorer.window->setProductionConfirmer([&questions](const QString &question) {
        questions << question;
        return false;
    });
    auto *browser = explorer.window->findChild<EndpointBrowser *>();
    auto *send = explorer.window->findChild<QPushButton *>(QStringLiteral("sendButton"));
    QSignalSpy shown(explorer.window.get(), &MainWindow::exchangeShown);
    QVERIFY(browser->selectOperation(QStringLiteral("GET"), QStringLiteral("/v1/me")));
    send->click();
    QVERIFY(
        shown.wait(10000)); // sent without a question (to the dead proxy: never off this machine)
    QCOMPARE(questions.size(), 0);
    shown.clear();
    QVERIFY(browser->selectOperation(QStringLiteral("POST"), QStringLiteral("/v1/messages/send")));
    send->click();
    QCOMPARE(questions.size(), 1);
    QVERIFY(questions.first().contains(QStringLiteral("POST")));
    QVERIFY(questions.first().contains(QStringLiteral("/v1/messages/send")));
    QVERIFY(questions.first().contains(QStringLiteral("1001")));
    QVERIFY(!shown.wait(300)); // declined: nothing was sent
}

void TestMainWindow::anotherPracticeGroupIsCalledCrossOrganisational()
{
    Explorer explorer(m_dir.path());
    explorer.window->selectEnvironment(QStringLiteral("sandbox"));
    auto *hint = explorer.window->findChild<QLabel *>(QStringLiteral("crossOrgHint"));
    explorer.window->selectPracticeGroup(QStringLiteral("1001"));
    QVERIFY(!hint->text().contains(QStringLiteral("Cross")));
    explorer.window->selectPracticeGroup(QStringLiteral("2001"));
    QVERIFY(hint->text().contains(QStringLiteral("Cross-organisational")));
    const Exchange exchange =
        sendFromComposer(explorer, QStringLiteral("GET"), QStringLiteral("/v1/me"));
    QCOMPARE(exchange.status, 403);
    QCOMPARE(explorer.window->lastDiagnosis().code, QStringLiteral("cross_org_forbidden"));
    QCOMPARE(explorer.window->currentPracticeGroup(), QStringLiteral("2001"));
}

void TestMainWindow::environmentAndGroupSurviveARestart()
{
    {
        Explorer explorer(m_dir.path());
        explorer.window->selectEnvironment(QStringLiteral("sandbox"));
        explorer.window->selectPracticeGroup(QStringLiteral("1003"));
        explorer.window->close();
    }
    Explorer again(m_dir.path());
    QCOMPARE(again.window->currentEnvironment().id, QStringLiteral("sandbox"));
    QCOMPARE(again.window->currentPracticeGroup(), QStringLiteral("1003"));
}

void TestMainWindow::historySurvivesARestartAndReopensIntoTheComposer()
{
    {
        Explorer explorer(m_dir.path());
        explorer.window->selectEnvironment(QStringLiteral("sandbox"));
        QCOMPARE(sendFromComposer(explorer, QStringLiteral("GET"), QStringLiteral("/v1/locations"))
                     .status,
                 200);
        explorer.window->close();
    }
    Explorer again(m_dir.path());
    QCOMPARE(again.history.entries().size(), 1);
    auto *view = again.window->findChild<QAbstractItemView *>(QStringLiteral("historyView"));
    QVERIFY(view);
    view->setCurrentIndex(view->model()->index(0, 0));
    again.window->findChild<QPushButton *>(QStringLiteral("historyOpen"))->click();
    auto *path = again.window->findChild<QLineEdit *>(QStringLiteral("pathEdit"));
    QCOMPARE(path->text(), QStringLiteral("/v1/locations"));
}

void TestMainWindow::importAddsOperationsAndABrokenSpecChangesNothing()
{
    Explorer explorer(m_dir.path());
    const int bundled = explorer.window->catalogue().operations.size();
    QVERIFY(bundled >= 47);

    const QString broken = m_dir.filePath(QStringLiteral("broken.yaml"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("openapi: 3.0.3\npaths:\n  /v1/x:\n    get: [unclosed\n");
    file.close();
    QSignalSpy imported(explorer.window.get(), &MainWindow::catalogueImported);
    explorer.window->importCatalogue(broken, MainWindow::ImportMode::Replace);
    QVERIFY(imported.wait());
    QCOMPARE(imported.first().at(0).toBool(), false);
    QVERIFY2(imported.first().at(1).toString().contains(QStringLiteral("line")),
             qPrintable(imported.first().at(1).toString()));
    QCOMPARE(explorer.window->catalogue().operations.size(), bundled);

    const QString good = m_dir.filePath(QStringLiteral("extra.json"));
    QFile extra(good);
    QVERIFY(extra.open(QIODevice::WriteOnly));
    extra.write(R"({"openapi":"3.0.3","info":{"title":"x","version":"1"},"paths":{
        "/v9/widgets":{"get":{"summary":"List widgets","responses":{"200":{"description":"ok"}}}}}})");
    extra.close();
    imported.clear();
    explorer.window->importCatalogue(good, MainWindow::ImportMode::Add);
    QVERIFY(imported.wait());
    QCOMPARE(imported.first().at(0).toBool(), true);
    QCOMPARE(explorer.window->catalogue().operations.size(), bundled + 1);
    auto *browser = explorer.window->findChild<EndpointBrowser *>();
    QVERIFY(browser->selectOperation(QStringLiteral("GET"), QStringLiteral("/v9/widgets")));

    imported.clear();
    explorer.window->importCatalogue(good, MainWindow::ImportMode::Replace);
    QVERIFY(imported.wait());
    QCOMPARE(explorer.window->catalogue().operations.size(), 1);
}

void TestMainWindow::aCustomEnvironmentIsValidatedAndRemembered()
{
    {
        Explorer explorer(m_dir.path());
        QString error;
        QVERIFY(!explorer.window->addCustomEnvironment(
            QStringLiteral("Plain"), QStringLiteral("http://api.example.test"), QString(), &error));
        QVERIFY(error.contains(QStringLiteral("https")));
        QVERIFY(!explorer.window->addCustomEnvironment(
            QStringLiteral("Userinfo"), QStringLiteral("https://user:pw@api.example.test"),
            QString(), &error));
        QVERIFY(explorer.window->addCustomEnvironment(QStringLiteral("Partner proxy"),
                                                      QStringLiteral("https://hero.partner.test"),
                                                      QString(), &error));
        QCOMPARE(explorer.window->currentEnvironment().name, QStringLiteral("Partner proxy"));
        QCOMPARE(explorer.window->currentEnvironment().origin(),
                 QStringLiteral("https://hero.partner.test:443"));
        explorer.window->close();
    }
    Explorer again(m_dir.path());
    QCOMPARE(again.window->currentEnvironment().name, QStringLiteral("Partner proxy"));
    auto *combo = again.window->findChild<QComboBox *>(QStringLiteral("environmentCombo"));
    QVERIFY(combo->findText(QStringLiteral("Partner proxy")) >= 0);
}

void TestMainWindow::theGaugeOpensDetailsWhereTheLimitIsChangedPerEnvironment()
{
    {
        Explorer explorer(m_dir.path());
        explorer.window->selectEnvironment(QStringLiteral("sandbox"));
        auto *gauge = explorer.window->findChild<QWidget *>(QStringLiteral("rateGauge"));
        QVERIFY(gauge);
        QTest::mouseClick(gauge, Qt::LeftButton);
        QWidget *details = nullptr;
        QTRY_VERIFY(
            (details = QApplication::activePopupWidget()
                 ? QApplication::activePopupWidget()
                 : explorer.window->findChild<QWidget *>(QStringLiteral("rateLimitDetails"))));
        auto *limit = details->findChild<QSpinBox *>(QStringLiteral("rateLimitSpin"));
        auto *window = details->findChild<QSpinBox *>(QStringLiteral("rateWindowSpin"));
        QVERIFY(limit && window);
        limit->setValue(600);
        window->setValue(60);
        details->findChild<QPushButton *>(QStringLiteral("rateApply"))->click();
        QCOMPARE(explorer.window->currentEnvironment().rateLimit, 600);
        explorer.window->close();
    }
    Explorer again(m_dir.path());
    QCOMPARE(again.window->currentEnvironment().id, QStringLiteral("sandbox"));
    QCOMPARE(again.window->currentEnvironment().rateLimit, 600);
    again.window->selectEnvironment(QStringLiteral("staging"));
    QCOMPARE(again.window->currentEnvironment().rateLimit, 300); // other environments keep theirs
}

void TestMainWindow::aQueuedRequestCountsDownAndCanBeCancelled()
{
    {
        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("environment/last"), QStringLiteral("sandbox"));
        // 3 a minute leaves a target of 2: the practice-group listing at start, then one request.
        settings.setValue(QStringLiteral("environments/sandbox/rateLimit"), 3);
        settings.setValue(QStringLiteral("environments/sandbox/rateWindowSeconds"), 60);
    }
    Explorer explorer(m_dir.path());
    QCOMPARE(explorer.window->currentEnvironment().rateLimit, 3);
    QCOMPARE(sendFromComposer(explorer, QStringLiteral("GET"), QStringLiteral("/v1/me")).status,
             200);

    QSignalSpy shown(explorer.window.get(), &MainWindow::exchangeShown);
    explorer.window->findChild<QPushButton *>(QStringLiteral("sendButton"))->click();
    QStatusBar *status = explorer.window->statusBar();
    QTRY_VERIFY(status->currentMessage().contains(QStringLiteral("Queued")));
    const QString first = status->currentMessage();
    QTRY_VERIFY_WITH_TIMEOUT(status->currentMessage() != first, 3000); // it counts down
    QVERIFY(status->currentMessage().contains(QStringLiteral("Queued")));
    auto *cancel = explorer.window->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel->isEnabled());
    cancel->click(); // a queued request is dropped at once, synchronously
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(shown.first().first().value<Exchange>().transportError, TransportError::Canceled);
    QCOMPARE(shown.first().first().value<Exchange>().attempt, 0); // never sent
}

void TestMainWindow::theNetworkMapShowsTheListedGroupsAndWhatWasRefused()
{
    Explorer explorer(m_dir.path());
    explorer.window->selectEnvironment(QStringLiteral("sandbox"));
    auto *map = explorer.window->findChild<NetworkMapView *>(QStringLiteral("networkMapView"));
    QVERIFY(map);
    const auto reachOf = [map](const QString &id) {
        for (const NetworkMap::Group &group : map->groups()) {
            if (group.id == id)
                return int(group.reach);
        }
        return -1;
    };
    // GET /v1/practice-groups, sent at start, lists the Northside PCN groups.
    QTRY_VERIFY(reachOf(QStringLiteral("1002")) == int(NetworkMap::Reach::Reachable));
    explorer.window->selectPracticeGroup(QStringLiteral("2001"));
    QCOMPARE(sendFromComposer(explorer, QStringLiteral("GET"), QStringLiteral("/v1/me")).status,
             403);
    QCOMPARE(reachOf(QStringLiteral("2001")), int(NetworkMap::Reach::Refused));
    QVERIFY(map->description().contains(QStringLiteral("Northside PCN")));
}

void TestMainWindow::addKey(Explorer &explorer, const QString &environmentId,
                            const QByteArray &secret)
{
    KeyProfile profile;
    profile.label = QStringLiteral("Test key");
    profile.environmentId = environmentId;
    profile.homePracticeGroup = QStringLiteral("1001");
    KeyJob *job = explorer.keys.add(profile, secret);
    QSignalSpy added(job, &KeyJob::finished);
    QVERIFY(added.wait());
}

void TestMainWindow::aMistypedPracticeGroupKeepsItsTextShowsTheErrorAndSendsNothing()
{
    Explorer explorer(m_dir.path());
    explorer.window->selectEnvironment(QStringLiteral("sandbox"));
    explorer.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(explorer.window.get()));
    auto *combo = explorer.window->findChild<QComboBox *>(QStringLiteral("practiceGroupCombo"));
    auto *error = explorer.window->findChild<QLabel *>(QStringLiteral("practiceGroupError"));
    combo->lineEdit()->clear();
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("10o1"));
    QCOMPARE(combo->lineEdit()->text(), QStringLiteral("10o1")); // nothing dropped
    QCOMPARE(explorer.window->currentPracticeGroup(), QStringLiteral("10o1"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("digits only")), qPrintable(error->text()));
    QVERIFY(explorer.window->findChild<QAction *>(QStringLiteral("practiceGroupProblemMark"))
                ->isVisible()); // marked in the field too

    auto *browser = explorer.window->findChild<EndpointBrowser *>();
    QVERIFY(browser->selectOperation(QStringLiteral("GET"), QStringLiteral("/v1/me")));
    QSignalSpy shown(explorer.window.get(), &MainWindow::exchangeShown);
    explorer.window->findChild<QPushButton *>(QStringLiteral("sendButton"))->click();
    QVERIFY(!shown.wait(500)); // nothing sent, for 101 or any other group
    QCOMPARE(explorer.history.entries().size(), 0);
    QVERIFY(error->text().contains(QStringLiteral("digits only")));
    QTRY_VERIFY(combo->lineEdit()->hasFocus());
    QCOMPARE(combo->lineEdit()->text(), QStringLiteral("10o1"));
}

void TestMainWindow::pastedTextInThePracticeGroupIsKeptAndItsProblemShown_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("problem");
    QTest::newRow("letters") << QStringLiteral("abc") << QStringLiteral("digits only");
    QTest::newRow("a trailing space") << QStringLiteral("1001 ") << QStringLiteral("a space");
    QTest::newRow("full-width digits") << QStringLiteral("１００１") << QStringLiteral("non-ASCII");
}

void TestMainWindow::pastedTextInThePracticeGroupIsKeptAndItsProblemShown()
{
    QFETCH(QString, pasted);
    QFETCH(QString, problem);
    Explorer explorer(m_dir.path());
    explorer.window->selectEnvironment(QStringLiteral("sandbox"));
    auto *combo = explorer.window->findChild<QComboBox *>(QStringLiteral("practiceGroupCombo"));
    auto *error = explorer.window->findChild<QLabel *>(QStringLiteral("practiceGroupError"));
    QGuiApplication::clipboard()->setText(pasted);
    combo->lineEdit()->clear();
    combo->lineEdit()->paste();
    QCOMPARE(combo->lineEdit()->text(), pasted);
    QCOMPARE(explorer.window->currentPracticeGroup(), pasted);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(problem), qPrintable(error->text()));
    // Fixed, the error goes.
    combo->lineEdit()->setText(QStringLiteral("1002"));
    QVERIFY(!error->isVisible());
}

void TestMainWindow::changingEnvironmentKeyOrGroupClearsTheLastResult_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("environment") << QStringLiteral("environment");
    QTest::newRow("key") << QStringLiteral("key");
    QTest::newRow("group") << QStringLiteral("group");
}

void TestMainWindow::changingEnvironmentKeyOrGroupClearsTheLastResult()
{
    QFETCH(QString, change);
    Explorer explorer(m_dir.path());
    explorer.window->findChild<QPushButton *>(QStringLiteral("welcomeSandbox"))->click();
    explorer.window->selectPracticeGroup(QStringLiteral("2001"));
    // A refusal fills every result: response, diagnosis, flow.
    QCOMPARE(sendFromComposer(explorer, QStringLiteral("GET"), QStringLiteral("/v1/me")).status,
             403);
    auto *viewer = explorer.window->findChild<ResponseViewer *>();
    auto *diagnosis =
        explorer.window->findChild<DiagnosisPanel *>(QStringLiteral("diagnosisPanel"));
    auto *flow = explorer.window->findChild<CrossOrgPanel *>(QStringLiteral("crossOrgPanel"));
    QCOMPARE(viewer->exchange().status, 403);
    QVERIFY(diagnosis->isVisible());
    QVERIFY(flow->hasFlow());

    if (change == u"environment") {
        explorer.window->selectEnvironment(QStringLiteral("staging"));
    } else if (change == u"key") {
        auto *keys = explorer.window->findChild<QComboBox *>(QStringLiteral("keyCombo"));
        QVERIFY(keys->count() > 1);
        keys->setCurrentIndex((keys->currentIndex() + 1) % keys->count());
    } else {
        explorer.window->selectPracticeGroup(QStringLiteral("1003"));
    }
    QCOMPARE(viewer->exchange().status, 0);
    QVERIFY(!diagnosis->isVisible());
    QVERIFY(!flow->hasFlow());
    QVERIFY(explorer.window->lastDiagnosis().code.isEmpty());
}

void TestMainWindow::anAnswerArrivingAfterASwitchIsNotShownUnderTheNewTarget()
{
    Explorer explorer(m_dir.path());
    explorer.window->selectEnvironment(QStringLiteral("sandbox"));
    auto *browser = explorer.window->findChild<EndpointBrowser *>();
    QVERIFY(browser->selectOperation(QStringLiteral("GET"), QStringLiteral("/v1/me")));
    explorer.window->findChild<QPushButton *>(QStringLiteral("sendButton"))->click();
    explorer.window->selectPracticeGroup(QStringLiteral("1003")); // while the call is in flight
    QTRY_VERIFY(explorer.window->statusBar()->currentMessage().contains(
        QStringLiteral("after you switched")));
    QCOMPARE(explorer.window->findChild<ResponseViewer *>()->exchange().status, 0);
    QVERIFY(!explorer.window->findChild<CrossOrgPanel *>()->hasFlow());
    QVERIFY(explorer.window->findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
}

void TestMainWindow::theNetworkMapIsKeptPerEnvironmentAndKey()
{
    Explorer explorer(m_dir.path());
    addKey(explorer, QStringLiteral("staging"), SandboxWorld::FullKey); // the same key, elsewhere
    explorer.window->selectEnvironment(QStringLiteral("sandbox"));
    auto *keys = explorer.window->findChild<QComboBox *>(QStringLiteral("keyCombo"));
    keys->setCurrentIndex(
        keys->findText(QStringLiteral("Riverside, all scopes"), Qt::MatchStartsWith));
    auto *map = explorer.window->findChild<NetworkMapView *>(QStringLiteral("networkMapView"));
    const auto refused = [map](const QString &id) {
        for (const NetworkMap::Group &group : map->groups()) {
            if (group.id == id)
                return group.reach == NetworkMap::Reach::Refused;
        }
        return false;
    };
    explorer.window->selectPracticeGroup(QStringLiteral("2001"));
    QCOMPARE(sendFromComposer(explorer, QStringLiteral("GET"), QStringLiteral("/v1/me")).status,
             403);
    QVERIFY(refused(QStringLiteral("2001")));
    const QString sandboxMap = map->fingerprint();
    const QString fingerprint = explorer.window->currentKey().fingerprint;

    explorer.window->selectEnvironment(QStringLiteral("staging"));
    QCOMPARE(explorer.window->currentKey().fingerprint, fingerprint);
    QVERIFY(map->fingerprint() != sandboxMap);
    QVERIFY(!refused(QStringLiteral("2001"))); // staging never refused it

    explorer.window->selectEnvironment(QStringLiteral("sandbox"));
    QVERIFY(refused(QStringLiteral("2001"))); // and the sandbox's map is still there
}

void TestMainWindow::theGaugeFollowsTheKeyAtOnce()
{
    Explorer explorer(m_dir.path());
    explorer.window->selectEnvironment(QStringLiteral("sandbox"));
    QCOMPARE(sendFromComposer(explorer, QStringLiteral("GET"), QStringLiteral("/v1/me")).status,
             200);
    auto *gauge = explorer.window->findChild<RateLimitGauge *>(QStringLiteral("rateGauge"));
    QTRY_VERIFY(gauge->state().used > 0);
    auto *keys = explorer.window->findChild<QComboBox *>(QStringLiteral("keyCombo"));
    keys->setCurrentIndex(keys->findText(QStringLiteral("Elm Tree"), Qt::MatchStartsWith));
    QVERIFY(explorer.window->currentKey().label.startsWith(QStringLiteral("Elm Tree")));
    // At once, not at the next tick: the Elm Tree key has sent nothing.
    QCOMPARE(gauge->state().used, 0);
}

void TestMainWindow::aServerRefusalIsNotWordedAsOurOwnQueueing()
{
    // A sandbox that answers 429 (Retry-After: 1) when asked, as if another client had used
    // the key up while this app had sent next to nothing.
    SandboxServer server;
    SandboxOptions options;
    options.faults = true;
    QString error;
    QVERIFY2(server.start(options, &error), qPrintable(error));
    Explorer explorer(m_dir.path());
    QVERIFY2(explorer.window->addCustomEnvironment(QStringLiteral("Shared key"),
                                                   server.baseUrl().toString(), QString(), &error),
             qPrintable(error));
    addKey(explorer, explorer.window->currentEnvironment().id, SandboxWorld::FullKey);
    QVERIFY(explorer.window->currentKey().isValid());
    QVERIFY(explorer.window->findChild<EndpointBrowser *>()->selectOperation(
        QStringLiteral("GET"), QStringLiteral("/v1/me")));
    explorer.window->findChild<RequestComposer *>()->loadRequest(
        {"GET",
         QStringLiteral("/v1/me"),
         {},
         {{QByteArrayLiteral("x-sandbox-fault"), QByteArrayLiteral("status=429")}},
         {},
         false});
    QSignalSpy shown(explorer.window.get(), &MainWindow::exchangeShown);
    explorer.window->findChild<QPushButton *>(QStringLiteral("sendButton"))->click();
    QStatusBar *status = explorer.window->statusBar();
    QTRY_VERIFY_WITH_TIMEOUT(status->currentMessage().contains(QStringLiteral("429")), 5000);
    QVERIFY2(status->currentMessage().contains(QStringLiteral("server refused")),
             qPrintable(status->currentMessage()));
    QVERIFY(!status->currentMessage().contains(QStringLiteral("Queued")));
    auto *gauge = explorer.window->findChild<RateLimitGauge *>(QStringLiteral("rateGauge"));
    QTRY_VERIFY(gauge->stateText().startsWith(QStringLiteral("Server refused (429)")));
    explorer.window->findChild<QPushButton *>(QStringLiteral("cancelButton"))->click();
    QTRY_COMPARE(shown.size(), 1);
}

void TestMainWindow::aGroupIsCalledHomeOnlyWhenTheKeySaysSo()
{
    Explorer explorer(m_dir.path());
    explorer.window->selectEnvironment(QStringLiteral("sandbox"));
    auto *hint = explorer.window->findChild<QLabel *>(QStringLiteral("crossOrgHint"));
    explorer.window->selectPracticeGroup(QStringLiteral("1001"));
    QVERIFY(hint->text().contains(QStringLiteral("Home practice group")));
    explorer.window->selectEnvironment(QStringLiteral("staging")); // no key there
    explorer.window->selectPracticeGroup(QStringLiteral("2001"));
    QVERIFY(!explorer.window->currentKey().isValid());
    QVERIFY2(!hint->text().contains(QStringLiteral("Home")), qPrintable(hint->text()));
}

// Issue 13: "Add a staging key…" opened the key list and left the user to find "Add…".
void TestMainWindow::welcomeAddAStagingKeyOpensTheAddFormForStaging()
{
    Explorer explorer(m_dir.path());
    QCOMPARE(explorer.window->currentEnvironment().kind, EnvironmentKind::Sandbox);
    explorer.window->findChild<QPushButton *>(QStringLiteral("welcomeAddKey"))->click();
    auto *manager = explorer.window->findChild<QDialog *>(QStringLiteral("keyManager"));
    QVERIFY(manager && manager->isVisible());
    QVERIFY(manager->findChild<QWidget *>(QStringLiteral("keyEditor"))->isVisible());
    auto *environment = manager->findChild<QComboBox *>(QStringLiteral("keyEnvironmentCombo"));
    QCOMPARE(environment->currentData().toString(), QStringLiteral("staging"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

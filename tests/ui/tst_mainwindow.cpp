// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "catalogue/operationsmodel.h"
#include "crossorg/networkmap.h"
#include "crossorgpanel.h"
#include "diagnosis/diagnosis.h"
#include "diagnosispanel.h"
#include "endpointbrowser.h"
#include "explorer/explorerparts.h"
#include "explorerfixture.h"
#include "history/historystore.h"
#include "http/apiclient.h"
#include "keys/keyprofilestore.h"
#include "keys/keyring.h"
#include "keys/memorysecretstore.h"
#include "loopbackonlyproxyfactory.h"
#include "mainwindow.h"
#include "methodbadge.h"
#include "networkmapview.h"
#include "ratelimit/ratelimiter.h"
#include "ratelimitgauge.h"
#include "requestcomposer.h"
#include "requesttab.h"
#include "responseviewer.h"
#include "sandboxserver.h"
#include "sandboxworld.h"
#include "session/requestrun.h"
#include "targetbar.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
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
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

#include <memory>

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void aLongKeyLabelGivesWayToTheKeysEnd_data();
    void aLongKeyLabelGivesWayToTheKeysEnd();
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
    void theWindowFitsA1024By700ScreenWithEveryPanelShown();
    void showingAndHidingADiagnosisNeverResizesTheWindow();
    void theCrossOrgWarningIsVisibleAt1024Pixels();
    void theCatalogueShowsWholePathsAt1024Pixels();
    void theHistoryColumnsAndBodiesBoxAreWhole();

private:
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
    // The GET was sent, so the POST opens in a tab of its own, on production too.
    QVERIFY(browser->selectOperation(QStringLiteral("POST"), QStringLiteral("/v1/messages/send")));
    QCOMPARE(explorer.window->currentEnvironment().id, QStringLiteral("production"));
    explorer.window->currentTab()->findChild<QPushButton *>(QStringLiteral("sendButton"))->click();
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
    QCOMPARE(explorer.window->lastDiagnosis().code, DiagnosisCode::CrossOrgForbidden);
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
    auto *path = again.window->currentTab()->findChild<QLineEdit *>(QStringLiteral("pathEdit"));
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
    startOnASlowSandbox(m_dir.path());
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
    QCOMPARE(explorer.window->lastDiagnosis().code, DiagnosisCode::None);
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

namespace {

// The smallest screen the explorer promises to fit: 1024×700 at 100 %, which is also less
// than a 2560×1600 screen at 200 % (1280×800 logical).
const QSize SmallScreen(1024, 700);

// Why the window would not fit the small screen, or an empty string when it does.
QString doesNotFit(MainWindow *window, const QString &what)
{
    QApplication::processEvents(); // layouts settle through posted events
    const QSize hint = window->minimumSizeHint();
    const QSize minimum = window->minimumSize();
    const QSize size = window->size();
    if (hint.boundedTo(SmallScreen) == hint && minimum.boundedTo(SmallScreen) == minimum
        && size.boundedTo(SmallScreen) == size)
        return QString();
    QString text = QStringLiteral("%1: minimumSizeHint %2x%3, minimumSize %4x%5, size %6x%7")
                       .arg(what)
                       .arg(hint.width())
                       .arg(hint.height())
                       .arg(minimum.width())
                       .arg(minimum.height())
                       .arg(size.width())
                       .arg(size.height());
    for (const char *name :
         {"endpointBrowser", "centerSplitter", "requestComposer", "responseViewer", "sideTabs",
          "diagnosisPanel", "diagnosisScroll", "targetToolBar", "pages"}) {
        // The current tab's own parts, not the first tab's.
        QWidget *child = window->currentTab()->findChild<QWidget *>(QString::fromLatin1(name));
        if (!child)
            child = window->findChild<QWidget *>(QString::fromLatin1(name));
        if (child)
            text += QStringLiteral("; %1 %2x%3")
                        .arg(QString::fromLatin1(name))
                        .arg(child->minimumSizeHint().width())
                        .arg(child->minimumSizeHint().height());
    }
    return text;
}

// The option a tree view hands its delegate when it paints a row: initViewItemOption is
// protected, so it is reached through a pointer to the member, called on the tree itself (a cast
// of the tree to a subclass it is not is undefined behaviour, which UBSan reports).
struct ItemOptions : QTreeView
{
    static void init(const QTreeView *tree, QStyleOptionViewItem *option)
    {
        (tree->*&ItemOptions::initViewItemOption)(option);
    }
};

// A 429 with a long wait and a 400 with field problems: the tallest diagnoses there are.
Exchange refusal(int status, const QByteArray &body, const HeaderList &headers = {})
{
    Exchange exchange;
    exchange.request.method = "POST";
    exchange.request.url = QUrl(QStringLiteral("https://api.staging.htech.app/v1/messages/send"));
    exchange.request.headers = {{"x-practice-group-id", "1001"}};
    exchange.startedAt = QDateTime::currentDateTimeUtc();
    exchange.status = status;
    exchange.headers = headers;
    exchange.headers.append(qMakePair(QByteArray("content-type"), QByteArray("application/json")));
    exchange.body = body;
    return exchange;
}

} // namespace

void TestMainWindow::theWindowFitsA1024By700ScreenWithEveryPanelShown()
{
    Explorer explorer(m_dir.path());
    MainWindow *window = explorer.window.get();
    window->resize(SmallScreen);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QString problem = doesNotFit(window, QStringLiteral("welcome pane"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    window->findChild<QPushButton *>(QStringLiteral("welcomeSandbox"))->click();
    QCOMPARE(sendFromComposer(explorer, QStringLiteral("GET"), QStringLiteral("/v1/me")).status,
             200);
    problem = doesNotFit(window, QStringLiteral("response"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    window->selectPracticeGroup(QStringLiteral("2001"));
    QCOMPARE(sendFromComposer(explorer, QStringLiteral("GET"), QStringLiteral("/v1/me")).status,
             403);
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("sideTabs"));
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        problem =
            doesNotFit(window, QStringLiteral("cross-org diagnosis, tab ") + tabs->tabText(tab));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The 200's tab was sent, so the 403 has a tab of its own: its panel is the one in view.
    DiagnosisPanel *panel = window->currentTab()->diagnosisPanel();
    QVERIFY(panel->isVisible());
    DiagnosisContext context;
    context.environment = window->currentEnvironment();
    context.homePracticeGroup = QStringLiteral("1001");
    context.rateUsed = 300;
    context.rateLimit = 300;
    const Exchange limited = refusal(
        429, R"({"statusCode":429,"error":"rate_limit_exceeded","message":"Too many requests"})",
        {{"retry-after", "42"}});
    panel->showDiagnosis(limited, diagnose(limited, context));
    problem = doesNotFit(window, QStringLiteral("429 diagnosis"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const Exchange invalid =
        refusal(400,
                R"({"statusCode":400,"error":"validation_error","message":["recipients must )"
                R"(not be empty","message must be a string","sendAt must be a valid ISO )"
                R"(8601 date","practiceGroupId must be a number string"]})");
    panel->showDiagnosis(invalid, diagnose(invalid, context));
    problem = doesNotFit(window, QStringLiteral("400 diagnosis with field problems"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    window->selectEnvironment(QStringLiteral("production"));
    problem = doesNotFit(window, QStringLiteral("production banner"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestMainWindow::showingAndHidingADiagnosisNeverResizesTheWindow()
{
    Explorer explorer(m_dir.path());
    MainWindow *window = explorer.window.get();
    window->findChild<QPushButton *>(QStringLiteral("welcomeSandbox"))->click();
    window->resize(SmallScreen);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(window->size(), SmallScreen);
    window->selectPracticeGroup(QStringLiteral("2001"));
    QCOMPARE(sendFromComposer(explorer, QStringLiteral("GET"), QStringLiteral("/v1/me")).status,
             403);
    auto *panel = window->findChild<DiagnosisPanel *>(QStringLiteral("diagnosisPanel"));
    QTRY_VERIFY(panel->isVisible());
    QApplication::processEvents();
    QCOMPARE(window->size(), SmallScreen);
    // It makes room for itself inside the window instead: several lines, the rest scrolls.
    auto *scroll = window->findChild<QWidget *>(QStringLiteral("diagnosisScroll"));
    QTRY_VERIFY2(scroll->height() >= scroll->fontMetrics().lineSpacing() * 5,
                 qPrintable(QString::number(scroll->height())));
    panel->dismiss();
    QApplication::processEvents();
    QCOMPARE(window->size(), SmallScreen);
    window->selectPracticeGroup(QStringLiteral("1001"));
    QCOMPARE(sendFromComposer(explorer, QStringLiteral("GET"), QStringLiteral("/v1/me")).status,
             200);
    QApplication::processEvents();
    QCOMPARE(window->size(), SmallScreen);
}

void TestMainWindow::theCrossOrgWarningIsVisibleAt1024Pixels()
{
    Explorer explorer(m_dir.path());
    MainWindow *window = explorer.window.get();
    window->findChild<QPushButton *>(QStringLiteral("welcomeSandbox"))->click();
    window->resize(SmallScreen);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->selectPracticeGroup(QStringLiteral("2001"));
    auto *hint = window->findChild<QLabel *>(QStringLiteral("crossOrgHint"));
    QVERIFY(hint->text().contains(QStringLiteral("Cross-organisational")));
    QApplication::processEvents();
    // In the toolbar itself, not in its overflow menu, and wholly inside the window.
    QTRY_VERIFY(hint->isVisible());
    const QRect shown(hint->mapTo(window, QPoint()), hint->size());
    QVERIFY2(window->rect().contains(shown),
             qPrintable(QStringLiteral("%1,%2 %3x%4")
                            .arg(shown.x())
                            .arg(shown.y())
                            .arg(shown.width())
                            .arg(shown.height())));
    QVERIFY(hint->width() >= hint->sizeHint().width());
}

void TestMainWindow::theCatalogueShowsWholePathsAt1024Pixels()
{
    Explorer explorer(m_dir.path());
    MainWindow *window = explorer.window.get();
    window->findChild<QPushButton *>(QStringLiteral("welcomeSandbox"))->click();
    window->resize(SmallScreen);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QApplication::processEvents();
    auto *tree = window->findChild<QTreeView *>(QStringLiteral("endpointTree"));
    auto *delegate = qobject_cast<MethodBadgeDelegate *>(tree->itemDelegate());
    QVERIFY(delegate);
    QAbstractItemModel *model = tree->model();
    const int TypicalPathLength = 30;
    int checked = 0;
    int typical = 0;
    for (int tag = 0; tag < model->rowCount(); ++tag) {
        const QModelIndex parent = model->index(tag, 0);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            const QString path = index.data(OperationsModel::PathRole).toString();
            QStyleOptionViewItem option;
            ItemOptions::init(tree, &option);
            option.rect = tree->visualRect(index);
            const QString shown = delegate->shownText(option, index);
            const QString problem =
                QStringLiteral("%1 shown as %2 in a %3-pixel row of a %4-pixel catalogue")
                    .arg(path, shown)
                    .arg(option.rect.width())
                    .arg(window->findChild<EndpointBrowser *>()->width());
            // Typical paths (up to 30 characters: nine in ten of them) are whole; a longer one
            // may lose its middle, never its start or end.
            if (path.size() <= TypicalPathLength)
                QVERIFY2(shown == path, qPrintable(problem));
            else
                QVERIFY2(shown == path
                             || (shown.startsWith(path.left(4)) && shown.endsWith(path.right(4))
                                 && shown.contains(QChar(0x2026))),
                         qPrintable(problem));
            typical += path.size() <= TypicalPathLength ? 1 : 0;
            QVERIFY(index.data(Qt::ToolTipRole).toString().contains(path));
            ++checked;
        }
    }
    QVERIFY(checked >= 47);
    QVERIFY(typical * 10 >= checked * 9);
}

void TestMainWindow::theHistoryColumnsAndBodiesBoxAreWhole()
{
    Explorer explorer(m_dir.path());
    MainWindow *window = explorer.window.get();
    window->findChild<QPushButton *>(QStringLiteral("welcomeSandbox"))->click();
    window->resize(SmallScreen);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(sendFromComposer(explorer, QStringLiteral("GET"), QStringLiteral("/v1/me")).status,
             200);
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("sideTabs"));
    tabs->setCurrentWidget(window->findChild<QWidget *>(QStringLiteral("historyPanel")));
    QApplication::processEvents();
    auto *view = window->findChild<QTableView *>(QStringLiteral("historyView"));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    // The first column cut short, or the columns overflowing the view; empty when all is whole.
    const auto cut = [view] {
        QHeaderView *header = view->horizontalHeader();
        int used = 0;
        for (int column = 0; column < view->model()->columnCount(); ++column) {
            if (view->isColumnHidden(column))
                continue;
            const int needed =
                std::max(static_cast<QAbstractItemView *>(view)->sizeHintForColumn(column),
                         header->sectionSizeHint(column));
            if (view->columnWidth(column) < needed)
                return QStringLiteral("%1: %2 < %3 in a %4-pixel view")
                    .arg(view->model()->headerData(column, Qt::Horizontal).toString())
                    .arg(view->columnWidth(column))
                    .arg(needed)
                    .arg(view->viewport()->width());
            used += view->columnWidth(column);
        }
        return used <= view->viewport()->width()
            ? QString()
            : QStringLiteral("%1 > %2").arg(used).arg(view->viewport()->width());
    };
    QTRY_VERIFY2(cut().isEmpty(), qPrintable(cut()));
    auto *keep = window->findChild<QCheckBox *>(QStringLiteral("historyKeepBodies"));
    QVERIFY(keep->isVisible());
    QVERIFY(keep->width() >= keep->sizeHint().width());
    const QRect shown(keep->mapTo(tabs, QPoint()), keep->size());
    QVERIFY(tabs->rect().contains(shown));
}

void TestMainWindow::aLongKeyLabelGivesWayToTheKeysEnd_data()
{
    QTest::addColumn<QString>("tail");
    QTest::newRow("a kept key") << QStringLiteral("  …2mX9");
    QTest::newRow("a key for this session only") << QStringLiteral("  …2mX9  (session only)");
}

// The key list is narrow at 1024×700: what is cut is the label, never the key's last characters
// or "(session only)" (the combo paints elidedKeyText()).
void TestMainWindow::aLongKeyLabelGivesWayToTheKeysEnd()
{
    QFETCH(QString, tail);
    const QString label = QStringLiteral("Riverside Medical Practice, all scopes");
    const QString text = label + tail;
    const QFontMetrics metrics(QApplication::font());
    const int full = metrics.horizontalAdvance(text);
    QCOMPARE(elidedKeyText(text, label, metrics, full), text);

    const int narrow = metrics.horizontalAdvance(label.left(8) + u'…' + tail);
    const QString elided = elidedKeyText(text, label, metrics, narrow);
    QVERIFY2(elided.endsWith(tail), qPrintable(elided));
    QVERIFY2(elided.startsWith(u"Riv"), qPrintable(elided));
    QVERIFY2(elided.contains(u'…' + tail), qPrintable(elided));
    QVERIFY(metrics.horizontalAdvance(elided) <= narrow);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

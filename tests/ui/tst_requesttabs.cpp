// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "catalogue/operationsfiltermodel.h"
#include "endpointbrowser.h"
#include "explorerfixture.h"
#include "mainwindow.h"
#include "requestcomposer.h"
#include "requesttab.h"
#include "responseviewer.h"
#include "session/requestsession.h"
#include "session/workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

// Several requests open at once, each tab over its own RequestSession (issue 15).
class TestRequestTabs : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void ctrlTOpensATabAndCtrlWClosesIt();
    void theKeyboardMovesBetweenTabs_data();
    void theKeyboardMovesBetweenTabs();
    void theCatalogueReusesAnUntouchedTabAndOpensANewOneOtherwise();
    void aMiddleClickInTheCatalogueOpensANewTab();
    void eachTabKeepsItsTargetAndTheWindowFollowsTheCurrentOne();
    void closingATabThatIsRunningCancelsItsRequest();
    void closingTheLastTabLeavesAFreshOne();
    void theOpenTabsComeBackAfterARestart();
    void aTabsBodyComesBackOnlyWhenBodiesAreKept_data();
    void aTabsBodyComesBackOnlyWhenBodiesAreKept();

private:
    static QTabWidget *tabs(Explorer &explorer);
    static QString label(Explorer &explorer, int index);
    QTemporaryDir m_dir;
};

void TestRequestTabs::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
    QFile::remove(m_dir.filePath(QStringLiteral("history.json")));
}

QTabWidget *TestRequestTabs::tabs(Explorer &explorer)
{
    return explorer.window->findChild<QTabWidget *>(QStringLiteral("requestTabs"));
}

QString TestRequestTabs::label(Explorer &explorer, int index)
{
    return tabs(explorer)->tabText(index);
}

void TestRequestTabs::ctrlTOpensATabAndCtrlWClosesIt()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    MainWindow *window = explorer.window.get();
    QCOMPARE(window->tabCount(), 1);
    RequestTab *first = window->currentTab();
    QTest::keyClick(window, Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(window->tabCount(), 2);
    QVERIFY(window->currentTab() != first);
    QCOMPARE(tabs(explorer)->currentIndex(), 1);
    QCOMPARE(label(explorer, 1), QStringLiteral("New request"));
    // A new tab aims where the current one did.
    QCOMPARE(window->currentEnvironment().id, QStringLiteral("sandbox"));
    QTest::keyClick(window, Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(window->tabCount(), 1);
    QCOMPARE(window->currentTab(), first);
}

void TestRequestTabs::theKeyboardMovesBetweenTabs_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<int>("step");
    QTest::newRow("Ctrl+Tab") << int(Qt::Key_Tab) << int(Qt::ControlModifier) << 1;
    QTest::newRow("Ctrl+PgDown") << int(Qt::Key_PageDown) << int(Qt::ControlModifier) << 1;
    QTest::newRow("Ctrl+Shift+Tab")
        << int(Qt::Key_Backtab) << int(Qt::ControlModifier | Qt::ShiftModifier) << -1;
    QTest::newRow("Ctrl+PgUp") << int(Qt::Key_PageUp) << int(Qt::ControlModifier) << -1;
}

void TestRequestTabs::theKeyboardMovesBetweenTabs()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(int, step);
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    MainWindow *window = explorer.window.get();
    window->newTab();
    window->newTab();
    tabs(explorer)->setCurrentIndex(1);
    // From inside the composer too, where a user is when they want the next request.
    QWidget *path = window->currentTab()->findChild<QLineEdit *>(QStringLiteral("pathEdit"));
    path->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(path, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QCOMPARE(tabs(explorer)->currentIndex(), 1 + step);
    // Round the ends, as browsers do.
    tabs(explorer)->setCurrentIndex(step > 0 ? 2 : 0);
    QTest::keyClick(window, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QCOMPARE(tabs(explorer)->currentIndex(), step > 0 ? 0 : 2);
}

void TestRequestTabs::theCatalogueReusesAnUntouchedTabAndOpensANewOneOtherwise()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    MainWindow *window = explorer.window.get();
    auto *browser = window->findChild<EndpointBrowser *>();
    QVERIFY(browser->selectOperation(QStringLiteral("GET"), QStringLiteral("/v1/me")));
    QCOMPARE(window->tabCount(), 1);
    QVERIFY(label(explorer, 0).contains(QStringLiteral("GET /v1/me")));
    // Browsing on replaces what nobody touched.
    QVERIFY(browser->selectOperation(QStringLiteral("GET"), QStringLiteral("/v1/locations")));
    QCOMPARE(window->tabCount(), 1);
    QVERIFY(label(explorer, 0).contains(QStringLiteral("GET /v1/locations")));

    // Sent: the next endpoint opens beside it.
    QSignalSpy shown(window, &MainWindow::exchangeShown);
    window->currentTab()->findChild<QPushButton *>(QStringLiteral("sendButton"))->click();
    QVERIFY(shown.wait(20000));
    QVERIFY(browser->selectOperation(QStringLiteral("GET"), QStringLiteral("/v1/me")));
    QCOMPARE(window->tabCount(), 2);
    QCOMPARE(tabs(explorer)->currentIndex(), 1);
    QVERIFY(label(explorer, 0).contains(QStringLiteral("GET /v1/locations")));
    QVERIFY(label(explorer, 1).contains(QStringLiteral("GET /v1/me")));

    // Edited by hand: kept too.
    auto *path = window->currentTab()->findChild<QLineEdit *>(QStringLiteral("pathEdit"));
    path->setText(QStringLiteral("/v1/me?edited"));
    QVERIFY(!window->currentTab()->isUntouched());
    QVERIFY(browser->selectOperation(QStringLiteral("GET"), QStringLiteral("/v1/locations")));
    QCOMPARE(window->tabCount(), 3);
    QCOMPARE(window->currentTab()->composer()->request().path, QStringLiteral("/v1/locations"));

    // Typed by hand into a fresh tab: kept as well.
    window->newTab();
    QVERIFY(window->currentTab()->isUntouched());
    window->currentTab()
        ->findChild<QLineEdit *>(QStringLiteral("pathEdit"))
        ->setText(QStringLiteral("/v1/typed"));
    QVERIFY(!window->currentTab()->isUntouched());
    QVERIFY(browser->selectOperation(QStringLiteral("GET"), QStringLiteral("/v1/me")));
    QCOMPARE(window->tabCount(), 5);
    QCOMPARE(window->tab(3)->composer()->request().path, QStringLiteral("/v1/typed"));
}

void TestRequestTabs::aMiddleClickInTheCatalogueOpensANewTab()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    MainWindow *window = explorer.window.get();
    auto *browser = window->findChild<EndpointBrowser *>();
    QVERIFY(browser->selectOperation(QStringLiteral("GET"), QStringLiteral("/v1/me")));
    RequestTab *first = window->currentTab();
    auto *tree = browser->findChild<QTreeView *>(QStringLiteral("endpointTree"));
    // The row of another operation, found by its path in the tree.
    QModelIndex target;
    for (int tag = 0; tag < tree->model()->rowCount() && !target.isValid(); ++tag) {
        const QModelIndex parent = tree->model()->index(tag, 0);
        for (int row = 0; row < tree->model()->rowCount(parent); ++row) {
            const QModelIndex index = tree->model()->index(row, 0, parent);
            if (index.data().toString().contains(QStringLiteral("/v1/locations"))) {
                target = index;
                break;
            }
        }
    }
    QVERIFY(target.isValid());
    tree->scrollTo(target);
    const QPoint centre = tree->visualRect(target).center();
    QTest::mouseClick(tree->viewport(), Qt::MiddleButton, {}, centre);
    QCOMPARE(window->tabCount(), 2);
    QVERIFY(window->currentTab() != first);
    QVERIFY(label(explorer, 1).contains(QStringLiteral("GET /v1/locations")));
    // The first tab, untouched as it was, still holds its own request.
    QVERIFY(label(explorer, 0).contains(QStringLiteral("GET /v1/me")));
    QCOMPARE(first->composer()->request().path, QStringLiteral("/v1/me"));
}

void TestRequestTabs::eachTabKeepsItsTargetAndTheWindowFollowsTheCurrentOne()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    MainWindow *window = explorer.window.get();
    auto *banner = window->findChild<QLabel *>(QStringLiteral("productionBanner"));
    auto *environments = window->findChild<QComboBox *>(QStringLiteral("environmentCombo"));
    window->selectPracticeGroup(QStringLiteral("1003"));
    window->newTab();
    QVERIFY(window->selectEnvironment(QStringLiteral("production")));
    QVERIFY(banner->isVisible());
    QVERIFY(window->windowTitle().contains(QStringLiteral("PRODUCTION")));
    // Marked in words, not by colour alone.
    QVERIFY(label(explorer, 1).contains(QStringLiteral("LIVE")));
    QVERIFY(!tabs(explorer)->tabIcon(1).isNull());
    QVERIFY(!label(explorer, 0).contains(QStringLiteral("LIVE")));

    tabs(explorer)->setCurrentIndex(0);
    QVERIFY(!banner->isVisible());
    QVERIFY(!window->windowTitle().contains(QStringLiteral("PRODUCTION")));
    QCOMPARE(window->currentEnvironment().id, QStringLiteral("sandbox"));
    QCOMPARE(environments->currentData().toString(), QStringLiteral("sandbox"));
    QCOMPARE(window->currentPracticeGroup(), QStringLiteral("1003"));
    QVERIFY(window->findChild<QComboBox *>(QStringLiteral("practiceGroupCombo"))
                ->currentText()
                .startsWith(QStringLiteral("1003")));

    tabs(explorer)->setCurrentIndex(1);
    QVERIFY(banner->isVisible());
    QCOMPARE(environments->currentData().toString(), QStringLiteral("production"));
    QCOMPARE(window->tab(0)->session()->environment().id, QStringLiteral("sandbox"));
}

void TestRequestTabs::closingATabThatIsRunningCancelsItsRequest()
{
    startOnASlowSandbox(m_dir.path());
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    MainWindow *window = explorer.window.get();
    QCOMPARE(sendFromComposer(explorer, QStringLiteral("GET"), QStringLiteral("/v1/me")).status,
             200);
    RequestTab *running = window->currentTab();
    running->findChild<QPushButton *>(QStringLiteral("sendButton"))->click();
    QTRY_VERIFY(running->session()->run()
                && running->session()->run()->stage() == RequestRun::Stage::Queued);
    QPointer<RequestRun> run = running->session()->run();
    QSignalSpy finished(run.data(), &RequestRun::finished);
    window->newTab(); // the request runs on in a tab in the background
    QVERIFY(run);
    QCOMPARE(run->stage(), RequestRun::Stage::Queued);

    window->closeTab(0);
    QTRY_COMPARE(finished.size(), 1);
    const Exchange exchange = finished.first().first().value<Exchange>();
    QCOMPARE(exchange.transportError, TransportError::Canceled);
    QCOMPARE(exchange.attempt, 0); // never sent
    QCOMPARE(window->tabCount(), 1);
}

void TestRequestTabs::closingTheLastTabLeavesAFreshOne()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    MainWindow *window = explorer.window.get();
    auto *browser = window->findChild<EndpointBrowser *>();
    QVERIFY(browser->selectOperation(QStringLiteral("GET"), QStringLiteral("/v1/me")));
    QPointer<RequestTab> closed = window->currentTab();
    QTest::keyClick(window, Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(window->tabCount(), 1);
    QVERIFY(window->currentTab() != closed);
    QCOMPARE(label(explorer, 0), QStringLiteral("New request"));
    QVERIFY(window->currentTab()->isUntouched());
    QCOMPARE(window->currentEnvironment().id, QStringLiteral("sandbox"));
}

void TestRequestTabs::theOpenTabsComeBackAfterARestart()
{
    {
        Explorer explorer(m_dir.path());
        QVERIFY(openWorkspace(explorer));
        MainWindow *window = explorer.window.get();
        window->selectPracticeGroup(QStringLiteral("1003"));
        QCOMPARE(sendFromComposer(explorer, QStringLiteral("GET"), QStringLiteral("/v1/me")).status,
                 200);
        window->newTab();
        auto *browser = window->findChild<EndpointBrowser *>();
        QVERIFY(browser->selectOperation(QStringLiteral("GET"), QStringLiteral("/v1/locations")));
        window->currentTab()
            ->findChild<QLineEdit *>(QStringLiteral("pathEdit"))
            ->setText(QStringLiteral("/v1/locations?limit=5"));
        window->newTab(); // a fresh one, left empty
        tabs(explorer)->setCurrentIndex(1);
        window->close();
    }
    Explorer again(m_dir.path());
    MainWindow *window = again.window.get();
    QCOMPARE(window->tabCount(), 3);
    QCOMPARE(tabs(again)->currentIndex(), 1);
    QVERIFY(label(again, 0).contains(QStringLiteral("GET /v1/me")));
    QCOMPARE(window->tab(0)->session()->practiceGroup(), QStringLiteral("1003"));
    QCOMPARE(window->tab(0)->session()->environment().id, QStringLiteral("sandbox"));
    const ApiRequest edited = window->tab(1)->composer()->request();
    QCOMPARE(edited.path, QStringLiteral("/v1/locations"));
    QVERIFY(edited.query.contains(qMakePair(QStringLiteral("limit"), QStringLiteral("5"))));
    QCOMPARE(label(again, 2), QStringLiteral("New request"));
    // Requests come back, responses do not.
    QVERIFY(!window->tab(0)->session()->hasResult());
    QCOMPARE(window->tab(0)->viewer()->exchange().status, 0);
}

void TestRequestTabs::aTabsBodyComesBackOnlyWhenBodiesAreKept_data()
{
    QTest::addColumn<bool>("keepBodies");
    QTest::newRow("bodies not kept (the default)") << false;
    QTest::newRow("bodies kept") << true;
}

// A body may hold patient data: it reaches the disk only under the history's "Keep bodies"
// switch (docs/architecture.md), the tabs left open included.
void TestRequestTabs::aTabsBodyComesBackOnlyWhenBodiesAreKept()
{
    QFETCH(bool, keepBodies);
    const QByteArray body = QByteArrayLiteral("{\"patientId\": \"p-canary-42\"}");
    {
        Explorer explorer(m_dir.path());
        QVERIFY(openWorkspace(explorer));
        MainWindow *window = explorer.window.get();
        ApiRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/v1/appointments");
        request.body = body;
        window->currentTab()->composer()->loadRequest(request);
        QCOMPARE(window->currentTab()->composer()->request().body, body);
        explorer.history.setKeepBodies(keepBodies);
        window->close();
    }
    Explorer again(m_dir.path());
    const ApiRequest restored = again.window->tab(0)->composer()->request();
    QCOMPARE(restored.method, QByteArray("POST"));
    QCOMPARE(restored.path, QStringLiteral("/v1/appointments"));
    QCOMPARE(restored.body, keepBodies ? body : QByteArray());
}

QTEST_MAIN(TestRequestTabs)
#include "tst_requesttabs.moc"

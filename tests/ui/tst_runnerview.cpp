// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "collections/collectionfolder.h"
#include "collectionspanel.h"
#include "diagnosispanel.h"
#include "explorerfixture.h"
#include "mainwindow.h"
#include "requesttab.h"
#include "runnerview.h"
#include "session/requestsession.h"
#include "session/workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

namespace {

// Four checks: two that hold, one that is wrong on purpose, and one acting for a practice group
// of another organisation, which the sandbox refuses with 403.
const QByteArray Checks = "### me\n"
                          "GET /v1/me\n"
                          "?? status == 200\n"
                          "\n"
                          "### locations\n"
                          "GET /v1/locations?limit=2\n"
                          "?? status == 200\n"
                          "?? header content-type includes json\n"
                          "\n"
                          "### wrong on purpose\n"
                          "GET /v1/me\n"
                          "?? status == 201\n"
                          "\n"
                          "### other organisation\n"
                          "GET /v1/me\n"
                          "x-practice-group-id: 2001\n"
                          "?? status == 200\n";

const QString FullKey = QStringLiteral("hero_sbx_full_7Q2mX9");

} // namespace

// The runner view (issue 17): a collection run against the in-process sandbox, shown live, with
// the rate limit's countdown, cancel, a summary, a report without the key, and rows that open
// their exchange in a tab.
class TestRunnerView : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void theTableFillsLiveWithPassedAndFailedRowsAndASummary();
    void aRowOpensItsExchangeInATabWithTheDiagnosis();
    void theReportHasEveryLineAndNeverTheKey();
    void bailStopsAtTheFirstFailureAndTheFilterChoosesWhatRuns();
    void whileTheThrottleHoldsARequestTheCountdownShows();
    void cancelStopsTheRunAndNothingMoreIsSent();
    void aWriteToProductionAsksOnceAndADeclineRunsNothing();
    void runOnARequestInTheCollectionsPanelRunsThatRequest();
    void everyControlIsNamed();

private:
    QString folder() const { return m_dir.filePath(QStringLiteral("collection")); }
    static RunnerView *runAndWait(Explorer &explorer, const QString &path)
    {
        RunnerView *view = explorer.window->runCollection({path});
        if (!view || !view->run())
            return nullptr;
        QSignalSpy finished(view->run(), &CollectionRun::finished);
        if (view->isRunning() && !finished.wait(30000))
            return nullptr;
        return view;
    }
    static QTreeWidget *table(RunnerView *view)
    {
        return view->findChild<QTreeWidget *>(QStringLiteral("runnerTable"));
    }
    // The texts under a request's row: each assertion's mark, text and finding.
    static QStringList details(QTreeWidgetItem *row)
    {
        QStringList texts;
        for (int i = 0; i < row->childCount(); ++i) {
            QStringList columns;
            for (int column = 0; column < row->columnCount(); ++column)
                columns.append(row->child(i)->text(column));
            texts.append(columns.join(u'|'));
        }
        return texts;
    }
    QTemporaryDir m_dir;
};

void TestRunnerView::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
    QFile::remove(m_dir.filePath(QStringLiteral("history.json")));
    QDir(folder()).removeRecursively();
    QDir(m_dir.path()).mkpath(QStringLiteral("collection"));
    QFile file(m_dir.filePath(QStringLiteral("collection/checks.http")));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(Checks);
}

void TestRunnerView::theTableFillsLiveWithPassedAndFailedRowsAndASummary()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    explorer.window->selectPracticeGroup(QStringLiteral("1001"));
    RunnerView *view = explorer.window->runCollection({folder()});
    QVERIFY(view && view->isVisible() && view->isRunning());
    auto *progress = view->findChild<QProgressBar *>(QStringLiteral("runnerProgress"));
    QCOMPARE(progress->maximum(), 4);
    QCOMPARE(table(view)->topLevelItemCount(), 4); // the plan, before any answer

    // Live: the first row is filled while the others still wait.
    QSignalSpy itemFinished(view->run(), &CollectionRun::itemFinished);
    QVERIFY(itemFinished.wait(30000));
    QVERIFY(view->isRunning());
    QCOMPARE(table(view)->topLevelItem(0)->text(0), QStringLiteral("✓ Passed"));
    QCOMPARE(table(view)->topLevelItem(0)->text(3), QStringLiteral("200 OK"));
    QCOMPARE(progress->value(), 1);
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("runnerSummary"))->text().isEmpty());

    QSignalSpy finished(view->run(), &CollectionRun::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(progress->value(), 4);
    QTreeWidget *rows = table(view);
    QCOMPARE(rows->topLevelItem(1)->text(0), QStringLiteral("✓ Passed"));
    QCOMPARE(rows->topLevelItem(1)->text(2), QStringLiteral("GET /v1/locations?limit=2"));
    QCOMPARE(rows->topLevelItem(1)->text(5), QStringLiteral("✓ 2 held"));
    // A failure says so in words, with what was expected and what came.
    QCOMPARE(rows->topLevelItem(2)->text(0), QStringLiteral("✗ Failed"));
    QCOMPARE(rows->topLevelItem(2)->text(5), QStringLiteral("✗ 1 of 1 failed"));
    QVERIFY2(
        details(rows->topLevelItem(2)).first().contains(QStringLiteral("expected 201, got 200")),
        qPrintable(details(rows->topLevelItem(2)).join(u'\n')));
    QVERIFY(rows->topLevelItem(2)->isExpanded());
    QCOMPARE(rows->topLevelItem(3)->text(0), QStringLiteral("✗ Failed"));
    QVERIFY(rows->topLevelItem(3)->text(3).startsWith(QStringLiteral("403")));
    const QString summary = view->findChild<QLabel *>(QStringLiteral("runnerSummary"))->text();
    QVERIFY2(summary.startsWith(QStringLiteral("2 of 4 requests passed, 2 failed")),
             qPrintable(summary));
    QVERIFY(view->findChild<QPushButton *>(QStringLiteral("runnerCopyReport"))->isEnabled());
    QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("runnerCancel"))->isEnabled());
}

void TestRunnerView::aRowOpensItsExchangeInATabWithTheDiagnosis()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    MainWindow *window = explorer.window.get();
    window->selectPracticeGroup(QStringLiteral("1001"));
    RunnerView *view = runAndWait(explorer, folder());
    QVERIFY(view);

    QSignalSpy shown(window, &MainWindow::exchangeShown);
    QTreeWidgetItem *crossOrg = table(view)->topLevelItem(3);
    emit table(view)->itemActivated(crossOrg, 0);
    QCOMPARE(shown.size(), 1);
    RequestTab *tab = window->currentTab();
    QCOMPARE(tab->collectionRequest().name, QStringLiteral("other organisation"));
    QCOMPARE(tab->findChild<QLineEdit *>(QStringLiteral("pathEdit"))->text(),
             QStringLiteral("/v1/me"));
    QCOMPARE(tab->session()->lastExchange().status, 403);
    QCOMPARE(window->lastDiagnosis().code, DiagnosisCode::CrossOrgForbidden);
    QCOMPARE(window->currentPracticeGroup(), QStringLiteral("2001"));
    QVERIFY(tab->diagnosisPanel()->isVisibleTo(tab));

    // A passed row opens in its own tab, the cross-org one staying where it is.
    emit table(view)->itemActivated(table(view)->topLevelItem(0)->child(0), 0);
    QCOMPARE(shown.size(), 2);
    QVERIFY(window->currentTab() != tab);
    QCOMPARE(window->currentTab()->collectionRequest().name, QStringLiteral("me"));
    QCOMPARE(window->lastDiagnosis().code, DiagnosisCode::Ok);
    QCOMPARE(window->currentPracticeGroup(), QStringLiteral("1001"));
}

void TestRunnerView::theReportHasEveryLineAndNeverTheKey()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    explorer.window->selectPracticeGroup(QStringLiteral("1001"));
    RunnerView *view = runAndWait(explorer, folder());
    QVERIFY(view);
    view->findChild<QPushButton *>(QStringLiteral("runnerCopyReport"))->click();
    const QString report = QGuiApplication::clipboard()->text();
    QCOMPARE(report, view->reportText());
    QVERIFY2(report.contains(QStringLiteral("✓ me  GET /v1/me  200")), qPrintable(report));
    QVERIFY(report.contains(QStringLiteral("✗ wrong on purpose  GET /v1/me  200")));
    QVERIFY(report.contains(QStringLiteral("✗ status == 201 (got 200)")));
    QVERIFY(report.contains(QStringLiteral("✗ other organisation  GET /v1/me  403")));
    QVERIFY(report.contains(QStringLiteral("2 of 4 requests passed")));
    QVERIFY(!report.contains(FullKey));
    QVERIFY(!report.contains(FullKey.right(8)));

    // The JUnit file holds no key either.
    const QString junit = m_dir.filePath(QStringLiteral("report.xml"));
    QString error;
    QVERIFY2(view->saveJUnit(junit, &error), qPrintable(error));
    QFile file(junit);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray xml = file.readAll();
    QVERIFY(xml.contains("<testsuites"));
    QVERIFY(xml.contains("wrong on purpose"));
    QVERIFY(!xml.contains(FullKey.toUtf8()));
}

void TestRunnerView::bailStopsAtTheFirstFailureAndTheFilterChoosesWhatRuns()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    explorer.window->selectPracticeGroup(QStringLiteral("1001"));
    RunnerView *view = runAndWait(explorer, folder());
    QVERIFY(view);

    view->findChild<QCheckBox *>(QStringLiteral("runnerBail"))->setChecked(true);
    view->findChild<QPushButton *>(QStringLiteral("runnerRunAgain"))->click();
    QVERIFY(view->isRunning());
    QSignalSpy finished(view->run(), &CollectionRun::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(view->run()->results().size(), 3);
    QCOMPARE(table(view)->topLevelItem(3)->text(0), QStringLiteral("Not run"));

    view->findChild<QCheckBox *>(QStringLiteral("runnerBail"))->setChecked(false);
    auto *filter = view->findChild<QLineEdit *>(QStringLiteral("runnerFilter"));
    filter->setText(QStringLiteral("LOCATIONS"));
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(table(view)->topLevelItemCount(), 1);
    QCOMPARE(table(view)->topLevelItem(0)->text(1), QStringLiteral("locations"));
    QSignalSpy filtered(view->run(), &CollectionRun::finished);
    QVERIFY(filtered.wait(30000));

    filter->setText(QStringLiteral("nothing like it"));
    QTest::keyClick(filter, Qt::Key_Return);
    QVERIFY(!view->run());
    QTRY_VERIFY(view->findChild<QLabel *>(QStringLiteral("runnerNotice"))
                    ->text()
                    .contains(QStringLiteral("nothing like it")));
}

void TestRunnerView::whileTheThrottleHoldsARequestTheCountdownShows()
{
    startOnASlowSandbox(m_dir.path());
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    RunnerView *view = explorer.window->runCollection({folder()});
    QVERIFY(view);
    auto *wait = view->findChild<QLabel *>(QStringLiteral("runnerWait"));
    QTRY_VERIFY_WITH_TIMEOUT(wait->isVisible(), 30000);
    QVERIFY2(
        wait->text().startsWith(QStringLiteral("Queued to stay under the rate limit: next in ")),
        qPrintable(wait->text()));
    QVERIFY(wait->text().contains(QStringLiteral(" s ")));
    QCOMPARE(table(view)->topLevelItem(0)->text(0), QStringLiteral("✓ Passed"));
    QCOMPARE(table(view)->topLevelItem(1)->text(0), QStringLiteral("Queued"));
    view->cancel();
    QTRY_VERIFY(!wait->isVisible());
}

void TestRunnerView::cancelStopsTheRunAndNothingMoreIsSent()
{
    startOnASlowSandbox(m_dir.path());
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    RunnerView *view = explorer.window->runCollection({folder()});
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->run()->current()
                                 && view->run()->current()->stage() == RequestRun::Stage::Queued,
                             30000);
    QSignalSpy started(view->run(), &CollectionRun::itemStarted);
    QSignalSpy finished(view->run(), &CollectionRun::finished);
    view->findChild<QPushButton *>(QStringLiteral("runnerCancel"))->click();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!view->isRunning());
    QCOMPARE(view->run()->results().size(), 2);
    const Exchange queued = view->run()->results().at(1).exchange;
    QCOMPARE(queued.transportError, TransportError::Canceled);
    QCOMPARE(queued.attempt, 0); // it never went out
    QTest::qWait(300);
    QCOMPARE(started.size(), 0); // nothing after it either
    QCOMPARE(table(view)->topLevelItem(2)->text(0), QStringLiteral("Not run"));
    QCOMPARE(table(view)->topLevelItem(3)->text(0), QStringLiteral("Not run"));
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("runnerSummary"))
                ->text()
                .contains(QStringLiteral("cancelled, 2 not run")));
}

void TestRunnerView::aWriteToProductionAsksOnceAndADeclineRunsNothing()
{
    QFile file(m_dir.filePath(QStringLiteral("collection/writes.http")));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("### send\nPOST /v1/messages/send\nContent-Type: application/json\n\n{}\n\n"
               "### send again\nPOST /v1/messages/send\nContent-Type: application/json\n\n{}\n");
    file.close();
    Explorer explorer(m_dir.path());
    RunnerView view(&explorer.parts.runner);
    QStringList questions;
    view.setProductionConfirmer([&questions](const QString &question) {
        questions.append(question);
        return false;
    });
    RunTarget target;
    target.environment = explorer.window->workspace()->environment(QStringLiteral("production"));
    QVERIFY(target.environment.isProduction());
    target.practiceGroup = QStringLiteral("1001");
    QVERIFY(!view.start({file.fileName()}, {}, target));
    QCOMPARE(questions.size(), 1); // once for the run, not once a request
    QVERIFY(questions.first().contains(QStringLiteral("PRODUCTION")));
    QVERIFY(questions.first().contains(QStringLiteral("POST /v1/messages/send")));
    QVERIFY(questions.first().contains(QStringLiteral("1001")));
    QVERIFY(!view.run());
    QCOMPARE(table(&view)->topLevelItemCount(), 0);

    // A GET-only collection asks nothing, even on production.
    questions.clear();
    RunnerView reads(&explorer.parts.runner);
    reads.setProductionConfirmer([&questions](const QString &question) {
        questions.append(question);
        return false;
    });
    QVERIFY(reads.start({m_dir.filePath(QStringLiteral("collection/checks.http"))}, {}, target));
    QVERIFY(questions.isEmpty());
    reads.cancel();
}

void TestRunnerView::runOnARequestInTheCollectionsPanelRunsThatRequest()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    MainWindow *window = explorer.window.get();
    auto *panel = window->findChild<CollectionsPanel *>(QStringLiteral("collectionsPanel"));
    QSignalSpy loaded(panel->folder(), &CollectionFolder::loaded);
    panel->openFolder(folder());
    QVERIFY(loaded.wait(5000));
    const QString checks = QDir(folder()).absoluteFilePath(QStringLiteral("checks.http"));
    panel->select(checks, 2);
    QCOMPARE(panel->currentRequestIndex(), 2);
    QSignalSpy asked(panel, &CollectionsPanel::runRequested);
    panel->findChild<QAction *>(QStringLiteral("runAction"))->trigger();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().at(1).toString(), QStringLiteral("wrong on purpose"));
    RunnerView *view = window->runner();
    QVERIFY(view && view->run());
    QCOMPARE(view->run()->items().size(), 1);
    QCOMPARE(view->run()->items().first().title(), QStringLiteral("wrong on purpose"));
    view->cancel();

    // Request → Run collection… (Ctrl+R) runs the open collection whole.
    window->findChild<QAction *>(QStringLiteral("runCollectionAction"))->trigger();
    QCOMPARE(window->runner(), view);
    QCOMPARE(view->run()->items().size(), 4);
    QCOMPARE(window->findChild<QAction *>(QStringLiteral("runCollectionAction"))->shortcut(),
             QKeySequence(Qt::CTRL | Qt::Key_R));
    view->cancel();
}

void TestRunnerView::everyControlIsNamed()
{
    Explorer explorer(m_dir.path());
    RunnerView view(&explorer.parts.runner);
    const QList<QWidget *> controls = view.findChildren<QWidget *>();
    for (const QString &name : {QStringLiteral("runnerFilter"), QStringLiteral("runnerBail"),
                                QStringLiteral("runnerRunAgain"), QStringLiteral("runnerCancel"),
                                QStringLiteral("runnerProgress"), QStringLiteral("runnerWait"),
                                QStringLiteral("runnerTable"), QStringLiteral("runnerSummary"),
                                QStringLiteral("runnerCopyReport"),
                                QStringLiteral("runnerSaveJUnit"), QStringLiteral("runnerClose")}) {
        auto *control = view.findChild<QWidget *>(name);
        QVERIFY2(control, qPrintable(name));
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(name));
    }
}

QTEST_MAIN(TestRunnerView)
#include "tst_runnerview.moc"

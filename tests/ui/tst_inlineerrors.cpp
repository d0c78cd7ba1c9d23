// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "diagnosispanel.h"
#include "endpointbrowser.h"
#include "explorerfixture.h"
#include "hostilespecs.h"
#include "keys/keyjob.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

// Issue 13 item 6: an error the user must act on appears where they are looking (inline, or in
// a dialog for modal work), never only in the status bar.
class TestInlineErrors : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void aFailedImportIsReportedInADialog();
    void anImportPastItsBudgetIsReportedAndChangesNothing_data();
    void anImportPastItsBudgetIsReportedAndChangesNothing();
    void sendingWithNoKeySaysSoInTheComposerAndHidesTheOldDiagnosis();
    void anEmptyPracticeGroupIsReportedInTheComposer();
    void checkTheNetworkConnectionSaysWhatToCheckInThePanel();

private:
    static QLabel *composerMessage(Explorer &explorer);
    QTemporaryDir m_dir;
};

void TestInlineErrors::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
    QFile::remove(m_dir.filePath(QStringLiteral("history.json")));
}

QLabel *TestInlineErrors::composerMessage(Explorer &explorer)
{
    return explorer.window->findChild<QLabel *>(QStringLiteral("composerMessage"));
}

void TestInlineErrors::aFailedImportIsReportedInADialog()
{
    Explorer explorer(m_dir.path());
    const QString broken = m_dir.filePath(QStringLiteral("broken.yaml"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("openapi: 3.0.3\npaths:\n  /v1/x:\n    get: [unclosed\n");
    file.close();
    QSignalSpy imported(explorer.window.get(), &MainWindow::catalogueImported);
    explorer.window->importCatalogue(broken, MainWindow::ImportMode::Add);
    QVERIFY(imported.wait());
    auto *box = explorer.window->findChild<QMessageBox *>(QStringLiteral("importFailedBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY2(box->text().contains(QStringLiteral("broken.yaml"))
                 && box->text().contains(QStringLiteral("line")),
             qPrintable(box->text()));
    QVERIFY(box->text().contains(QStringLiteral("unchanged")));
    box->close();
}

void TestInlineErrors::anImportPastItsBudgetIsReportedAndChangesNothing_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<QString>("reason");
    QTest::newRow("$ref breadth") << QStringLiteral("breadth.json") << HostileSpecs::refBreadth()
                                  << QStringLiteral("schemas refer to each other too much");
    QTest::newRow("YAML billion laughs")
        << QStringLiteral("laughs.yaml") << HostileSpecs::billionLaughs()
        << QStringLiteral("YAML aliases (*name) expand the document too much");
}

// Issue 14: such a file kept the import busy for minutes. It stops at the import's budget, the
// dialog says why, and "Replace" replaced nothing.
void TestInlineErrors::anImportPastItsBudgetIsReportedAndChangesNothing()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, spec);
    QFETCH(QString, reason);
    Explorer explorer(m_dir.path());
    const Catalogue before = explorer.window->catalogue();
    QVERIFY(before.operations.size() >= 47);
    const QString path = m_dir.filePath(fileName);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(spec);
    file.close();

    QSignalSpy imported(explorer.window.get(), &MainWindow::catalogueImported);
    explorer.window->importCatalogue(path, MainWindow::ImportMode::Replace);
    QVERIFY(imported.wait(60000)); // a bound on a hang, not a measure of speed
    QCOMPARE(imported.first().at(0).toBool(), false);
    auto *box = explorer.window->findChild<QMessageBox *>(QStringLiteral("importFailedBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    for (const QString &part : {fileName, reason, QStringLiteral("stopped after"),
                                QStringLiteral("The catalogue is unchanged.")})
        QVERIFY2(box->text().contains(part), qPrintable(part + u" missing in: " + box->text()));
    box->close();

    QCOMPARE(explorer.window->catalogue(), before);
    auto *browser = explorer.window->findChild<EndpointBrowser *>();
    QVERIFY(browser->selectOperation(QStringLiteral("GET"), QStringLiteral("/v1/me")));
}

void TestInlineErrors::sendingWithNoKeySaysSoInTheComposerAndHidesTheOldDiagnosis()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    explorer.window->selectPracticeGroup(QStringLiteral("2001"));
    QCOMPARE(sendFromComposer(explorer, QStringLiteral("GET"), QStringLiteral("/v1/me")).status,
             403);
    auto *panel = explorer.window->findChild<DiagnosisPanel *>(QStringLiteral("diagnosisPanel"));
    QVERIFY(panel->isVisible());

    QVERIFY(explorer.window->selectEnvironment(QStringLiteral("staging")));
    QVERIFY(!explorer.window->currentKey().isValid());
    QSignalSpy shown(explorer.window.get(), &MainWindow::exchangeShown);
    explorer.window->findChild<QPushButton *>(QStringLiteral("sendButton"))->click();
    QVERIFY(composerMessage(explorer)->isVisible());
    QVERIFY2(composerMessage(explorer)->text().contains(QStringLiteral("Add a key for Staging")),
             qPrintable(composerMessage(explorer)->text()));
    // The sandbox's 403 no longer stands beside a request that was never sent.
    QVERIFY(!panel->isVisible());
    QTRY_VERIFY(
        explorer.window->findChild<QPushButton *>(QStringLiteral("keysButton"))->hasFocus());
    QCOMPARE(shown.count(), 0);
}

void TestInlineErrors::anEmptyPracticeGroupIsReportedInTheComposer()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    QVERIFY(explorer.window->findChild<EndpointBrowser *>()->selectOperation(
        QStringLiteral("GET"), QStringLiteral("/v1/me")));
    auto *group = explorer.window->findChild<QComboBox *>(QStringLiteral("practiceGroupCombo"));
    group->setEditText(QString());
    QSignalSpy shown(explorer.window.get(), &MainWindow::exchangeShown);
    explorer.window->findChild<QPushButton *>(QStringLiteral("sendButton"))->click();
    QVERIFY(composerMessage(explorer)->isVisible());
    QVERIFY2(composerMessage(explorer)->text().contains(QStringLiteral("practice group")),
             qPrintable(composerMessage(explorer)->text()));
    QTRY_VERIFY(group->hasFocus());
    QCOMPARE(shown.count(), 0);
}

void TestInlineErrors::checkTheNetworkConnectionSaysWhatToCheckInThePanel()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    QString error;
    QVERIFY2(explorer.window->addCustomEnvironment(QStringLiteral("Nothing listens"),
                                                   QStringLiteral("http://127.0.0.1:9"), {},
                                                   &error),
             qPrintable(error));
    KeyProfile profile;
    profile.label = QStringLiteral("Dead end");
    profile.environmentId = explorer.window->currentEnvironment().id;
    profile.homePracticeGroup = QStringLiteral("1001");
    KeyJob *job = explorer.keys.add(profile, QByteArrayLiteral("hero_test_dead_end_key_0001"));
    QSignalSpy added(job, &KeyJob::finished);
    QVERIFY(added.wait());
    QTRY_VERIFY(explorer.window->currentKey().isValid());
    explorer.window->selectPracticeGroup(QStringLiteral("1001"));

    const Exchange exchange =
        sendFromComposer(explorer, QStringLiteral("GET"), QStringLiteral("/v1/me"));
    QCOMPARE(exchange.transportError, TransportError::ConnectionRefused);
    auto *check =
        explorer.window->findChild<QPushButton *>(QStringLiteral("nextStep_CheckNetwork"));
    QVERIFY(check && check->isVisible());
    explorer.window->statusBar()->clearMessage();
    check->click();
    auto *note = explorer.window->findChild<QLabel *>(QStringLiteral("diagnosisActionNote"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("127.0.0.1:9"))
                 && note->text().contains(QStringLiteral("proxy")),
             qPrintable(note->text()));
}

QTEST_MAIN(TestInlineErrors)
#include "tst_inlineerrors.moc"

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "diagnosis/diagnosis.h"
#include "diagnosis/doctor.h"
#include "diagnosis/pendingexchange.h"
#include "diagnosispanel.h"
#include "doctordialog.h"
#include "http/apiclient.h"
#include "sandboxserver.h"
#include "sandboxworld.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// The sandbox's fictional keys work nowhere else, but no report may hold them all the same.
using namespace SandboxWorld;
const QMap<QString, QString> Names = practiceGroupNames();

} // namespace

class TestDoctorDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void plannedProbesAreListedAndNothingIsSentBeforeRun();
    void reachesTheVerdictAgainstTheSandboxWithGetsOnly_data();
    void reachesTheVerdictAgainstTheSandboxWithGetsOnly();
    void copiedReportHasProbesAndVerdictButNoKeyOrBody();
    void verdictStepAsksForItsActionAndCloses();
    void requestForReadsTheActingGroupFromTheExchange();
    void closingWhileProbingStopsTheDoctor();
    void rendersTheVerdict();

private:
    struct Case
    {
        QByteArray key;
        QString home;
        QByteArray group;
        QByteArray method;
        QString path;
    };
    // Sends the original call (the test's own doing, before the doctor) and opens the doctor.
    void openDoctor(const Case &c);
    template <typename T> T *find(const QString &name) const
    {
        return m_dialog->findChild<T *>(name);
    }
    void runToVerdict();

    SandboxServer m_sandbox;
    QNetworkAccessManager m_network;
    ApiClient m_client{&m_network};
    Environment m_environment;
    std::unique_ptr<DoctorDialog> m_dialog;
    QList<QByteArray> m_methodsSent;
    SupportReportInput m_refused;
};

void TestDoctorDialog::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(SandboxOptions{}, &error), qPrintable(error));
    m_environment = sandboxEnvironment(m_sandbox.baseUrl());
    connect(&m_client, &ApiClient::exchangeFinished, this,
            [this](const Exchange &exchange) { m_methodsSent.append(exchange.request.method); });
}

void TestDoctorDialog::init()
{
    m_methodsSent.clear();
    QGuiApplication::clipboard()->clear();
}

void TestDoctorDialog::cleanup()
{
    m_dialog.reset();
}

void TestDoctorDialog::openDoctor(const Case &c)
{
    ApiRequest request;
    request.method = c.method;
    request.path = c.path;
    if (c.method != "GET")
        request.body = R"({"patient":"Jane Canarybody"})";
    ApiCall *call = m_client.send(m_environment, {c.key, c.group}, request);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(10000));
    const Exchange refused = finished.first().first().value<Exchange>();
    QVERIFY(refused.status >= 400);

    DiagnosisContext context;
    context.environment = m_environment;
    context.keyLabel = QStringLiteral("Sandbox key");
    context.keyFingerprint = redactedKey(c.key);
    context.homePracticeGroup = c.home;
    context.practiceGroupNames = Names;
    const Diagnosis diagnosis = diagnose(refused, context);

    ReportContext report;
    report.environment = m_environment;
    report.keyLabel = context.keyLabel;
    report.keyFingerprint = context.keyFingerprint;
    report.homePracticeGroup = c.home;
    report.practiceGroupNames = Names;
    m_refused = SupportReportInput{refused, diagnosis, report, {}};

    const DoctorRequest doctorRequest =
        DoctorDialog::requestFor(request, refused, diagnosis, m_environment, c.home);
    const QByteArray key = c.key;
    Doctor::Sender sender = [this, key](const ApiRequest &probe, const QString &group) {
        return PendingExchange::fromApiCall(
            m_client.send(m_environment, {key, group.toLatin1()}, probe));
    };
    m_dialog = std::make_unique<DoctorDialog>(sender, doctorRequest, m_refused);
    m_dialog->show();
    m_methodsSent.clear(); // from here on, only what the doctor sends
}

void TestDoctorDialog::runToVerdict()
{
    QSignalSpy verdict(m_dialog.get(), &DoctorDialog::verdictReached);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("doctorRun")), Qt::LeftButton);
    QVERIFY(verdict.wait(10000));
    QVERIFY(m_dialog->hasVerdict());
}

void TestDoctorDialog::plannedProbesAreListedAndNothingIsSentBeforeRun()
{
    openDoctor({FullKey, QStringLiteral("1001"), "2001", "GET", QStringLiteral("/v1/locations")});
    QCOMPARE(m_dialog->plannedProbes().size(), 3);
    for (int index = 0; index < 3; ++index) {
        const QString suffix = QString::number(index);
        QCOMPARE(find<QLabel>(QStringLiteral("probeDescription_") + suffix)->text(),
                 m_dialog->plannedProbes().at(index).description);
        QVERIFY(find<QLabel>(QStringLiteral("probeStatus_") + suffix)
                    ->text()
                    .contains(QStringLiteral("Waiting")));
        QVERIFY(!find<QLabel>(QStringLiteral("probeAnswer_") + suffix)->isVisible());
    }
    QVERIFY(find<QLabel>(QStringLiteral("doctorRateNote"))
                ->text()
                .contains(QStringLiteral("rate limit")));
    QCOMPARE(find<QPushButton>(QStringLiteral("doctorRun"))->text(),
             QStringLiteral("Run the &probes (3)"));
    QCoreApplication::processEvents();
    QVERIFY(m_methodsSent.isEmpty());
    QCOMPARE(m_dialog->probesSent(), 0);
    QVERIFY(!m_dialog->hasVerdict());
}

void TestDoctorDialog::reachesTheVerdictAgainstTheSandboxWithGetsOnly_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("home");
    QTest::addColumn<QByteArray>("group");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QStringList>("outcomes");

    const QString passed = QStringLiteral("Passed");
    const QString failed = QStringLiteral("Failed");
    const QString notNeeded = QStringLiteral("Not needed");
    QTest::newRow("full key acting for Elm Tree")
        << FullKey << "1001" << QByteArray("2001") << QByteArray("GET") << "/v1/locations"
        << "no_shared_network" << QStringList{passed, failed, passed};
    QTest::newRow("messaging key on appointment types")
        << MessagingKey << "1001" << QByteArray("1001") << QByteArray("GET")
        << "/v1/appointment_types"
        << "missing_scope" << QStringList{passed, failed};
    QTest::newRow("expired key") << ExpiredKey << "1001" << QByteArray("1001") << QByteArray("GET")
                                 << "/v1/locations"
                                 << "key_invalid" << QStringList{failed, notNeeded};
    QTest::newRow("Elm key posting for Riverside")
        << ElmKey << "2001" << QByteArray("1001") << QByteArray("POST") << "/v1/messages/send"
        << "no_shared_network" << QStringList{passed, failed};
}

void TestDoctorDialog::reachesTheVerdictAgainstTheSandboxWithGetsOnly()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, home);
    QFETCH(QByteArray, group);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, verdict);
    QFETCH(QStringList, outcomes);

    openDoctor({key, home, group, method, path});
    QCOMPARE(m_dialog->plannedProbes().size(), outcomes.size());
    runToVerdict();

    QCOMPARE(doctorVerdictId(m_dialog->verdict()), verdict);
    QVERIFY(!m_methodsSent.isEmpty());
    QCOMPARE(m_methodsSent.size(), m_dialog->probesSent());
    for (const QByteArray &sent : std::as_const(m_methodsSent))
        QCOMPARE(sent, QByteArray("GET"));
    for (int index = 0; index < outcomes.size(); ++index)
        QVERIFY2(find<QLabel>(QStringLiteral("probeStatus_%1").arg(index))
                     ->text()
                     .contains(outcomes.at(index)),
                 qPrintable(QStringLiteral("probe %1").arg(index)));
    QVERIFY(find<QLabel>(QStringLiteral("probeAnswer_0"))->isVisible());
    QCOMPARE(find<QLabel>(QStringLiteral("doctorVerdictTitle"))->text(),
             QStringLiteral("Verdict: ") + DoctorDialog::verdictTitle(m_dialog->verdict()));
    QCOMPARE(find<QLabel>(QStringLiteral("doctorExplanation"))->text(), m_dialog->explanation());
    QVERIFY(find<QLabel>(QStringLiteral("doctorProbeCount"))
                ->text()
                .contains(QString::number(m_methodsSent.size())));
}

void TestDoctorDialog::copiedReportHasProbesAndVerdictButNoKeyOrBody()
{
    openDoctor(
        {ElmKey, QStringLiteral("2001"), "1001", "POST", QStringLiteral("/v1/messages/send")});
    runToVerdict();
    QSignalSpy copied(m_dialog.get(), &DoctorDialog::reportCopied);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("copyReport")), Qt::LeftButton);
    QCOMPARE(copied.size(), 1);
    const QString report = QGuiApplication::clipboard()->text();
    QVERIFY(report.contains(QStringLiteral("403 doctor probes")));
    QVERIFY(report.contains(m_dialog->explanation()));
    QVERIFY(report.contains(m_dialog->plannedProbes().first().description));
    QVERIFY(!report.contains(QString::fromLatin1(ElmKey)));
    QVERIFY(report.contains(redactedKey(ElmKey)));
    QVERIFY(!report.contains(QStringLiteral("Canarybody")));
    const QString refusedBody = QString::fromUtf8(m_refused.exchange.body);
    QVERIFY(!refusedBody.isEmpty());
    QVERIFY(!report.contains(refusedBody));
}

void TestDoctorDialog::verdictStepAsksForItsActionAndCloses()
{
    openDoctor({FullKey, QStringLiteral("1001"), "2001", "GET", QStringLiteral("/v1/locations")});
    QVERIFY(!find<QPushButton>(QStringLiteral("verdictStep_SwitchToHomeGroup")));
    runToVerdict();
    QSignalSpy requested(m_dialog.get(), &DoctorDialog::actionRequested);
    auto *button = find<QPushButton>(QStringLiteral("verdictStep_SwitchToHomeGroup"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().value<NextStep::Action>(), NextStep::SwitchToHomeGroup);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
}

void TestDoctorDialog::requestForReadsTheActingGroupFromTheExchange()
{
    Exchange refused;
    refused.request.method = "POST";
    refused.request.headers = {{"x-practice-group-id", "2001"}};
    ApiRequest original;
    original.method = "POST";
    original.path = QStringLiteral("/v1/messages/send");
    original.body = "{}";
    Diagnosis diagnosis;
    diagnosis.code = DiagnosisCode::MissingScope;
    const DoctorRequest request = DoctorDialog::requestFor(original, refused, diagnosis,
                                                           m_environment, QStringLiteral("1001"));
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, original.path);
    QCOMPARE(request.homeGroup, QStringLiteral("1001"));
    QCOMPARE(request.targetGroup, QStringLiteral("2001"));
    QCOMPARE(request.originalCode, DiagnosisCode::MissingScope);
    for (const DoctorProbe &probe : Doctor::plannedProbes(request))
        QCOMPARE(probe.request.method, QByteArray("GET"));
}

void TestDoctorDialog::closingWhileProbingStopsTheDoctor()
{
    openDoctor({FullKey, QStringLiteral("1001"), "2001", "GET", QStringLiteral("/v1/locations")});
    QSignalSpy verdict(m_dialog.get(), &DoctorDialog::verdictReached);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("doctorRun")), Qt::LeftButton);
    QVERIFY(m_dialog->isRunning());
    QTest::mouseClick(find<QPushButton>(QStringLiteral("doctorClose")), Qt::LeftButton);
    QVERIFY(!m_dialog->isRunning());
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(verdict.size(), 0);
    QVERIFY(m_dialog->probesSent() <= 1);
}

void TestDoctorDialog::rendersTheVerdict()
{
    openDoctor({FullKey, QStringLiteral("1001"), "2001", "GET", QStringLiteral("/v1/locations")});
    QTemporaryDir scratch;
    const QString dir = qEnvironmentVariableIsSet("HERO_UI_SCREENSHOTS")
        ? qEnvironmentVariable("HERO_UI_SCREENSHOTS")
        : scratch.path();
    QDir().mkpath(dir);
    const QPixmap before = m_dialog->grab();
    QVERIFY(!before.isNull());
    QVERIFY(before.save(QDir(dir).filePath(QStringLiteral("doctor-planned.png"))));
    runToVerdict();
    m_dialog->resize(m_dialog->width(), m_dialog->heightForWidth(m_dialog->width()));
    const QPixmap after = m_dialog->grab();
    QVERIFY(!after.isNull());
    QVERIFY(after.save(QDir(dir).filePath(QStringLiteral("doctor-verdict.png"))));
}

QTEST_MAIN(TestDoctorDialog)
#include "tst_doctordialog.moc"

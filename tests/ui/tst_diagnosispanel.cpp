// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "diagnosis/diagnosis.h"
#include "diagnosispanel.h"
#include "environments/environment.h"
#include "export/supportreport.h"
#include "modalanswer.h"
#include "supportreportdialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

namespace {

// Never a real key: it must not come out of any report.
const QByteArray CanaryKey = QByteArrayLiteral("hero_ui_canary_Wd81Lm0Pq7");
const QByteArray PatientBody = QByteArrayLiteral("{\"patient\":\"Jane Canarybody\"}");

const QMap<QString, QString> Names{
    {QStringLiteral("1001"), QStringLiteral("Riverside Medical Practice")},
    {QStringLiteral("1002"), QStringLiteral("Hillview Surgery")},
    {QStringLiteral("2001"), QStringLiteral("Elm Tree Practice")}};

Exchange answer(int status, const QByteArray &reason, const QByteArray &body,
                const HeaderList &headers = {}, const QByteArray &group = "2001",
                const QString &path = QStringLiteral("/v1/locations"))
{
    Exchange exchange;
    exchange.request.method = "GET";
    exchange.request.url = QUrl(QStringLiteral("https://api.staging.herohealth.net") + path);
    // The way a broken exporter would leak it: the report must redact it.
    exchange.request.headers = {{"x-api-key", CanaryKey}, {"x-practice-group-id", group}};
    exchange.request.body = PatientBody;
    exchange.startedAt = QDateTime::currentDateTimeUtc();
    exchange.status = status;
    exchange.reason = reason;
    exchange.headers = headers;
    exchange.headers.append(qMakePair(QByteArray("content-type"), QByteArray("application/json")));
    exchange.headers.append(qMakePair(QByteArray("x-request-id"), QByteArray("req-7f3a9c")));
    exchange.body = body;
    exchange.timings.totalMs = 84;
    return exchange;
}

Exchange tlsFailure()
{
    Exchange exchange = answer(0, {}, {});
    exchange.headers.clear();
    exchange.transportError = TransportError::TlsFailure;
    exchange.errorText = QStringLiteral("SSL handshake failed");
    exchange.tlsErrors = {QSslError::CertificateExpired};
    return exchange;
}

DiagnosisContext diagnosisContext()
{
    DiagnosisContext context;
    context.environment = builtInEnvironment(EnvironmentKind::Staging);
    context.keyLabel = QStringLiteral("Riverside integration");
    context.keyFingerprint = QStringLiteral("…mX9a");
    context.homePracticeGroup = QStringLiteral("1001");
    context.knownKeyScopes = {QStringLiteral("messaging")};
    context.requiredScope = QStringLiteral("booking");
    context.practiceGroupNames = Names;
    context.rateUsed = 300;
    context.rateLimit = 300;
    return context;
}

ReportContext reportContext()
{
    ReportContext context;
    context.environment = builtInEnvironment(EnvironmentKind::Staging);
    context.keyLabel = QStringLiteral("Riverside integration");
    context.keyFingerprint = QStringLiteral("…mX9a");
    context.homePracticeGroup = QStringLiteral("1001");
    context.practiceGroupNames = Names;
    return context;
}

Diagnosis oneStep(NextStep::Action action)
{
    Diagnosis diagnosis;
    diagnosis.code = DiagnosisCode::HttpError;
    diagnosis.severity = Diagnosis::Severity::Error;
    diagnosis.title = QStringLiteral("Something failed");
    diagnosis.cause = QStringLiteral("Because.");
    diagnosis.nextSteps = {{action, QStringLiteral("Do it")}};
    return diagnosis;
}

// Answers the next message box, recording its objectName.
void answerNextMessageBox(QMessageBox::StandardButton answer, QString *seenName)
{
    answerNextMessageBox(answer,
                         [seenName](const QMessageBox &box) { *seenName = box.objectName(); });
}

} // namespace

class TestDiagnosisPanel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void eachNextStepButtonEmitsItsAction_data();
    void eachNextStepButtonEmitsItsAction();
    void realDiagnosesOfferTheirNextSteps_data();
    void realDiagnosesOfferTheirNextSteps();
    void retryCountdownReachesZeroThenAllowsTheRetry();
    void autoRetryAsksForTheRetryOnceTheWaitIsOver();
    void identicalDiagnosesCountUpInsteadOfStacking();
    void aDifferentDiagnosisResetsTheCounter();
    void judgementNoteOnlyForJudgements_data();
    void judgementNoteOnlyForJudgements();
    void validationErrorsListEachFieldProblem();
    void okExchangeHidesThePanel();
    void closeButtonAndEscapeDismiss();
    void copiedReportHoldsNoKeyAndNoBodyByDefault();
    void includingBodiesAsksFirstAndStaysOffWhenRefused();
    void includingBodiesAfterConsentPutsThemInTheReport();
    void serverTextIsShownAsPlainText();
    void previewShowsTheReportThatIsCopied();
    void rendersEachKindOfFailure_data();
    void rendersEachKindOfFailure();

private:
    template <typename T> T *find(const QString &name) const
    {
        return m_panel->findChild<T *>(name);
    }
    QPushButton *stepButton(NextStep::Action action) const
    {
        return find<QPushButton>(QStringLiteral("nextStep_") + nextStepActionName(action));
    }
    void showAnswer(const Exchange &exchange)
    {
        m_panel->showDiagnosis(exchange, diagnose(exchange, diagnosisContext()), reportContext());
    }

    std::unique_ptr<QWidget> m_window;
    DiagnosisPanel *m_panel = nullptr;
};

void TestDiagnosisPanel::init()
{
    m_window = std::make_unique<QWidget>();
    m_panel = new DiagnosisPanel(m_window.get());
    m_window->resize(860, 400);
    m_panel->resize(860, 400);
    m_window->show();
    QGuiApplication::clipboard()->clear();
}

void TestDiagnosisPanel::cleanup()
{
    m_window.reset();
    m_panel = nullptr;
}

void TestDiagnosisPanel::eachNextStepButtonEmitsItsAction_data()
{
    QTest::addColumn<NextStep::Action>("action");
    for (NextStep::Action action :
         {NextStep::OpenKeyManager, NextStep::SwitchToHomeGroup, NextStep::ShowRateLimit,
          NextStep::RetryAfterWait, NextStep::RunDoctor, NextStep::CopyReport,
          NextStep::CheckNetwork, NextStep::EditRequest})
        QTest::newRow(qPrintable(nextStepActionName(action))) << action;
}

void TestDiagnosisPanel::eachNextStepButtonEmitsItsAction()
{
    QFETCH(NextStep::Action, action);
    m_panel->showDiagnosis(answer(500, "Internal Server Error", {}), oneStep(action));
    QSignalSpy requested(m_panel, &DiagnosisPanel::actionRequested);
    QPushButton *button = stepButton(action);
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().value<NextStep::Action>(), action);
}

void TestDiagnosisPanel::realDiagnosesOfferTheirNextSteps_data()
{
    QTest::addColumn<Exchange>("exchange");
    QTest::addColumn<QString>("code");
    QTest::newRow("401") << answer(401, "Unauthorized",
                                   R"({"statusCode":401,"error":"invalid_credentials"})")
                         << "invalid_credentials";
    QTest::newRow("403 forbidden")
        << answer(403, "Forbidden", R"({"statusCode":403,"error":"forbidden"})")
        << "cross_org_forbidden";
    QTest::newRow("403 scope") << answer(403, "Forbidden",
                                         R"({"error":"insufficient_permissions"})", {}, "1001")
                               << "missing_scope";
    QTest::newRow("429") << answer(429, "Too Many Requests", R"({"error":"rate_limit_exceeded"})",
                                   {{"retry-after", "30"}})
                         << "rate_limited";
    QTest::newRow("tls") << tlsFailure() << "tls_failure";
}

void TestDiagnosisPanel::realDiagnosesOfferTheirNextSteps()
{
    QFETCH(Exchange, exchange);
    QFETCH(QString, code);
    showAnswer(exchange);
    QCOMPARE(diagnosisCodeId(m_panel->diagnosis().code), code);
    QVERIFY(m_panel->isVisible());
    QCOMPARE(find<QLabel>(QStringLiteral("diagnosisTitle"))->text(), m_panel->diagnosis().title);
    QVERIFY(find<QLabel>(QStringLiteral("diagnosisSeverity"))->text().contains(code));
    QVERIFY(!m_panel->diagnosis().nextSteps.isEmpty());
    for (const NextStep &step : m_panel->diagnosis().nextSteps) {
        QPushButton *button = stepButton(step.action);
        QVERIFY2(button, qPrintable(nextStepActionName(step.action)));
        QVERIFY(button->isVisible());
    }
    // Copy report is offered for every failure, not only where the diagnosis names it.
    QVERIFY(stepButton(NextStep::CopyReport)->isVisible());
}

void TestDiagnosisPanel::retryCountdownReachesZeroThenAllowsTheRetry()
{
    showAnswer(answer(429, "Too Many Requests", R"({"error":"rate_limit_exceeded"})",
                      {{"retry-after", "1"}}));
    QSignalSpy requested(m_panel, &DiagnosisPanel::actionRequested);
    QPushButton *retry = stepButton(NextStep::RetryAfterWait);
    QVERIFY(retry);
    QCOMPARE(m_panel->retrySecondsLeft(), 1);
    QVERIFY(!retry->isEnabled());
    QCOMPARE(retry->text(), QStringLiteral("Retry in 1 s"));

    QTRY_VERIFY_WITH_TIMEOUT(retry->isEnabled(), 5000);
    QCOMPARE(m_panel->retrySecondsLeft(), 0);
    QCOMPARE(retry->text(), QStringLiteral("Retry now"));
    QCOMPARE(requested.size(), 0); // enabled, but not sent by itself unless asked to
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().value<NextStep::Action>(), NextStep::RetryAfterWait);
    QVERIFY(!retry->isEnabled()); // one retry per wait
}

void TestDiagnosisPanel::autoRetryAsksForTheRetryOnceTheWaitIsOver()
{
    m_panel->setAutoRetry(true);
    showAnswer(answer(429, "Too Many Requests", R"({"error":"rate_limit_exceeded"})",
                      {{"retry-after", "1"}}));
    QSignalSpy requested(m_panel, &DiagnosisPanel::actionRequested);
    QVERIFY(find<QCheckBox>(QStringLiteral("autoRetryCheck"))->isVisible());
    QCOMPARE(requested.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(requested.size(), 1, 5000);
    QCOMPARE(requested.first().first().value<NextStep::Action>(), NextStep::RetryAfterWait);
    QCOMPARE(m_panel->retrySecondsLeft(), 0);
}

void TestDiagnosisPanel::identicalDiagnosesCountUpInsteadOfStacking()
{
    const Exchange refused = answer(403, "Forbidden", R"({"statusCode":403,"error":"forbidden"})");
    showAnswer(refused);
    QCOMPARE(m_panel->repeatCount(), 1);
    auto *repeat = find<QLabel>(QStringLiteral("diagnosisRepeat"));
    QVERIFY(!repeat->isVisible());
    showAnswer(refused);
    showAnswer(refused);
    QCOMPARE(m_panel->repeatCount(), 3);
    QVERIFY(repeat->isVisible());
    QVERIFY(repeat->text().contains(QStringLiteral("3×")));
    QCOMPARE(m_window->findChildren<DiagnosisPanel *>().size(), 1);
    QCOMPARE(m_panel->findChildren<QPushButton *>(QStringLiteral("nextStep_RunDoctor")).size(), 1);
    // Rebuilt while the panel is on screen, the buttons are still there at once.
    QVERIFY(stepButton(NextStep::RunDoctor)->isVisible());
    QVERIFY(find<QLabel>(QStringLiteral("evidence_0"))->isVisible());
    QCOMPARE(m_panel->findChildren<QLabel *>(QStringLiteral("diagnosisTitle")).size(), 1);
}

void TestDiagnosisPanel::aDifferentDiagnosisResetsTheCounter()
{
    const Exchange refused = answer(403, "Forbidden", R"({"statusCode":403,"error":"forbidden"})");
    showAnswer(refused);
    showAnswer(refused);
    QCOMPARE(m_panel->repeatCount(), 2);
    showAnswer(answer(401, "Unauthorized", R"({"error":"invalid_credentials"})"));
    QCOMPARE(m_panel->repeatCount(), 1);
    QCOMPARE(m_panel->diagnosis().code, DiagnosisCode::InvalidCredentials);
    QVERIFY(!find<QLabel>(QStringLiteral("diagnosisRepeat"))->isVisible());
    QVERIFY(!stepButton(NextStep::RunDoctor) || !stepButton(NextStep::RunDoctor)->isVisible());
    // Dismissing forgets the count too.
    m_panel->dismiss();
    showAnswer(refused);
    QCOMPARE(m_panel->repeatCount(), 1);
}

void TestDiagnosisPanel::judgementNoteOnlyForJudgements_data()
{
    QTest::addColumn<Exchange>("exchange");
    QTest::addColumn<bool>("judgement");
    QTest::newRow("403 without a code") << answer(403, "Forbidden", {}) << true;
    QTest::newRow("403 forbidden") << answer(403, "Forbidden", R"({"error":"forbidden"})") << false;
    QTest::newRow("401") << answer(401, "Unauthorized", R"({"error":"invalid_credentials"})")
                         << false;
}

void TestDiagnosisPanel::judgementNoteOnlyForJudgements()
{
    QFETCH(Exchange, exchange);
    QFETCH(bool, judgement);
    showAnswer(exchange);
    QCOMPARE(m_panel->diagnosis().isJudgement, judgement);
    QCOMPARE(find<QLabel>(QStringLiteral("diagnosisJudgement"))->isVisible(), judgement);
}

void TestDiagnosisPanel::validationErrorsListEachFieldProblem()
{
    showAnswer(answer(
        400, "Bad Request",
        R"({"error":true,"statusCode":400,"message":[)"
        R"({"code":"invalid_type","expected":"string","path":["headers","x-practice-group-id"]},)"
        R"({"code":"too_small","expected":"1","path":["body","name"]}]})"));
    QCOMPARE(m_panel->diagnosis().code, DiagnosisCode::ValidationFailed);
    auto *problems = find<QLabel>(QStringLiteral("diagnosisFieldProblems"));
    QVERIFY(problems->isVisible());
    QCOMPARE(problems->text().count(QStringLiteral("• ")), 2);
    QVERIFY(problems->text().contains(QStringLiteral("x-practice-group-id")));
    // Listed once: not again inside the cause.
    QVERIFY(!find<QLabel>(QStringLiteral("diagnosisCause"))
                 ->text()
                 .contains(QStringLiteral("x-practice-group-id")));
}

void TestDiagnosisPanel::okExchangeHidesThePanel()
{
    showAnswer(answer(403, "Forbidden", R"({"error":"forbidden"})"));
    QVERIFY(m_panel->isVisible());
    showAnswer(answer(200, "OK", R"({"id":"1001"})", {}, "1001"));
    QVERIFY(!m_panel->isVisible());
    QCOMPARE(m_panel->repeatCount(), 0);
}

void TestDiagnosisPanel::closeButtonAndEscapeDismiss()
{
    showAnswer(answer(403, "Forbidden", R"({"error":"forbidden"})"));
    QSignalSpy dismissed(m_panel, &DiagnosisPanel::dismissed);
    QTest::mouseClick(find<QToolButton>(QStringLiteral("diagnosisClose")), Qt::LeftButton);
    QVERIFY(!m_panel->isVisible());
    QCOMPARE(dismissed.size(), 1);

    showAnswer(answer(403, "Forbidden", R"({"error":"forbidden"})"));
    QPushButton *doctor = stepButton(NextStep::RunDoctor);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    doctor->setFocus();
    QTRY_VERIFY(doctor->hasFocus());
    QTest::keyClick(doctor, Qt::Key_Escape);
    QCOMPARE(dismissed.size(), 2);
    QVERIFY(!m_panel->isVisible());
}

void TestDiagnosisPanel::copiedReportHoldsNoKeyAndNoBodyByDefault()
{
    showAnswer(answer(403, "Forbidden",
                      R"({"statusCode":403,"error":"forbidden","message":"Jane Canarybody"})"));
    QSignalSpy copied(m_panel, &DiagnosisPanel::reportCopied);
    QVERIFY(!m_panel->includesBodies());
    QTest::mouseClick(stepButton(NextStep::CopyReport), Qt::LeftButton);
    QCOMPARE(copied.size(), 1);
    const QString report = QGuiApplication::clipboard()->text();
    QVERIFY(report.contains(QStringLiteral("cross_org_forbidden")));
    QVERIFY(report.contains(QStringLiteral("req-7f3a9c")));
    QVERIFY(!report.contains(QString::fromLatin1(CanaryKey)));
    QVERIFY(!report.contains(QStringLiteral("Canarybody")));
    QVERIFY(
        find<QLabel>(QStringLiteral("reportStatus"))->text().contains(QStringLiteral("no bodies")));
}

void TestDiagnosisPanel::includingBodiesAsksFirstAndStaysOffWhenRefused()
{
    showAnswer(answer(403, "Forbidden", R"({"error":"forbidden"})"));
    auto *check = find<QCheckBox>(QStringLiteral("includeBodiesCheck"));
    QVERIFY(!check->isChecked());
    QString seen;
    answerNextMessageBox(QMessageBox::No, &seen);
    QTest::mouseClick(check, Qt::LeftButton);
    QCOMPARE(seen, QStringLiteral("includeBodiesWarning"));
    QVERIFY(!check->isChecked());
    QVERIFY(!m_panel->reportText().contains(QStringLiteral("Canarybody")));
}

void TestDiagnosisPanel::includingBodiesAfterConsentPutsThemInTheReport()
{
    showAnswer(answer(403, "Forbidden", R"({"error":"forbidden"})"));
    auto *check = find<QCheckBox>(QStringLiteral("includeBodiesCheck"));
    QString seen;
    answerNextMessageBox(QMessageBox::Yes, &seen);
    QTest::mouseClick(check, Qt::LeftButton);
    QCOMPARE(seen, QStringLiteral("includeBodiesWarning"));
    QVERIFY(check->isChecked());
    QTest::mouseClick(stepButton(NextStep::CopyReport), Qt::LeftButton);
    const QString report = QGuiApplication::clipboard()->text();
    QVERIFY(report.contains(QStringLiteral("Canarybody")));
    QVERIFY(!report.contains(QString::fromLatin1(CanaryKey)));
}

void TestDiagnosisPanel::serverTextIsShownAsPlainText()
{
    showAnswer(
        answer(403, "Forbidden", R"({"error":"forbidden","message":"<img src=x><b>bold</b>"})"));
    const QList<QLabel *> labels = m_panel->findChildren<QLabel *>();
    bool shown = false;
    for (const QLabel *label : labels) {
        if (label->text().contains(QStringLiteral("<b>bold</b>"))) {
            shown = true;
            QCOMPARE(label->textFormat(), Qt::PlainText);
        }
    }
    QVERIFY(shown);
}

void TestDiagnosisPanel::previewShowsTheReportThatIsCopied()
{
    showAnswer(answer(401, "Unauthorized", R"({"error":"invalid_credentials"})"));
    QTest::mouseClick(find<QPushButton>(QStringLiteral("previewReport")), Qt::LeftButton);
    auto *dialog = m_panel->findChild<SupportReportDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reportText"));
    QVERIFY(text->isReadOnly());
    QVERIFY(text->toPlainText().contains(QStringLiteral("invalid_credentials")));
    QVERIFY(!text->toPlainText().contains(QString::fromLatin1(CanaryKey)));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("copyReport")),
                      Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), text->toPlainText());
    if (qEnvironmentVariableIsSet("HERO_UI_SCREENSHOTS"))
        QVERIFY(dialog->grab().save(QDir(qEnvironmentVariable("HERO_UI_SCREENSHOTS"))
                                        .filePath(QStringLiteral("report-preview.png"))));
    dialog->close();
}

void TestDiagnosisPanel::rendersEachKindOfFailure_data()
{
    QTest::addColumn<Exchange>("exchange");
    QTest::addColumn<QString>("file");
    QTest::newRow("403 forbidden")
        << answer(403, "Forbidden",
                  R"({"statusCode":403,"error":"forbidden","message":"Forbidden resource"})")
        << "panel-403-forbidden.png";
    QTest::newRow("403 uncoded") << answer(403, "Forbidden", {}) << "panel-403-uncoded.png";
    QTest::newRow("401") << answer(
        401, "Unauthorized", R"({"statusCode":401,"error":"invalid_credentials"})", {}, "1001")
                         << "panel-401.png";
    QTest::newRow("429") << answer(429, "Too Many Requests",
                                   R"({"statusCode":429,"error":"rate_limit_exceeded"})",
                                   {{"retry-after", "12"}}, "1001")
                         << "panel-429.png";
    QTest::newRow("tls") << tlsFailure() << "panel-tls.png";
    QTest::newRow("400") << answer(400, "Bad Request",
                                   R"({"error":true,"statusCode":400,"message":[{"code":)"
                                   R"("invalid_type","expected":"string","path":["headers",)"
                                   R"("x-practice-group-id"]}]})",
                                   {}, "1001")
                         << "panel-400.png";
}

void TestDiagnosisPanel::rendersEachKindOfFailure()
{
    QFETCH(Exchange, exchange);
    QFETCH(QString, file);
    showAnswer(exchange);
    if (exchange.status == 403)
        showAnswer(exchange); // shows the repeat counter
    const int width = m_panel->fontMetrics().averageCharWidth() * 120;
    m_panel->resize(width, m_panel->heightForWidth(width));
    const QPixmap shot = m_panel->grab();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.height() >= m_panel->fontMetrics().height() * 6);
    // HERO_UI_SCREENSHOTS keeps the pictures for people to look at; otherwise they are thrown
    // away with the temporary directory.
    QTemporaryDir scratch;
    const QString dir = qEnvironmentVariableIsSet("HERO_UI_SCREENSHOTS")
        ? qEnvironmentVariable("HERO_UI_SCREENSHOTS")
        : scratch.path();
    QDir().mkpath(dir);
    QVERIFY(shot.save(QDir(dir).filePath(file)));
}

QTEST_MAIN(TestDiagnosisPanel)
#include "tst_diagnosispanel.moc"

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "crossorg/crossorgflow.h"
#include "crossorgpanel.h"
#include "diagnosis/diagnosis.h"
#include "flowexchanges.h"
#include "http/apiclient.h"
#include "sandboxserver.h"
#include "tones.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

namespace {

// The sandbox fixture's fictional key (SANDBOX.md); it works nowhere else.
const QByteArray RiversideKey = "hero_sbx_full_7Q2mX9";
const QByteArray ExpiredKey = "hero_sbx_expired_Q0aa";
const QString Home = QStringLiteral("1001");

const QMap<QString, QString> Names{
    {QStringLiteral("1001"), QStringLiteral("Riverside Medical Practice")},
    {QStringLiteral("1002"), QStringLiteral("Hillview Surgery")},
    {QStringLiteral("1003"), QStringLiteral("Northside PCN Hub")},
    {QStringLiteral("2001"), QStringLiteral("Elm Tree Practice")}};

// Pixels clearly red: the error colour is red blended with the palette's text colour.
int reddishPixels(const QImage &image, const QRect &area)
{
    int count = 0;
    const QRect inside = area.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() > c.green() + 60 && c.red() > c.blue() + 60)
                ++count;
        }
    }
    return count;
}

// Lays the panel out at a dock's width, as tall as it wants to be.
void sizeForDock(QWidget *widget, int width)
{
    widget->ensurePolished();
    if (widget->layout())
        widget->layout()->activate();
    widget->resize(width, 100);
    const int height = widget->heightForWidth(width);
    widget->resize(width, height > 0 ? height : widget->sizeHint().height());
}

QImage render(QWidget *widget, qreal scale)
{
    QPixmap pixmap(widget->size() * scale);
    pixmap.setDevicePixelRatio(scale);
    pixmap.fill(widget->palette().color(QPalette::Window));
    widget->render(&pixmap);
    return pixmap.toImage();
}

} // namespace

class TestCrossOrgPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void riversideFlowsHighlightTheRightEdge_data();
    void riversideFlowsHighlightTheRightEdge();
    void flowAndButtonsStateOnlyWhatIsKnown_data();
    void flowAndButtonsStateOnlyWhatIsKnown();
    void threeFlowsRenderDifferentlyAndAreSaved();
    void failingEdgeIsDrawnInTheErrorColour();
    void accessibleDescriptionReadsTheFlow();
    void clickingAStepShowsItsEvidence();
    void keyboardMovesTheFocusRingAndEnterSelects();
    void buttonsEmitTheirRequests();
    void animationRunsOnlyWhenMotionIsAllowed();
    void reducedMotionEnvironmentTurnsAnimationOff();
    void clearShowsNoFlow();
    void sizeHintFollowsTheFont();

private:
    CrossOrgFlow flowFor(const QByteArray &group);

    SandboxServer m_sandbox;
    QNetworkAccessManager m_network;
    ApiClient m_client{&m_network};
    Environment m_environment;
    QHash<QByteArray, CrossOrgFlow> m_flows;
    QTemporaryDir m_screenshots;
};

void TestCrossOrgPanel::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(SandboxOptions{}, &error), qPrintable(error));
    m_environment = sandboxEnvironment(m_sandbox.baseUrl());
    QVERIFY(m_screenshots.isValid());
    // HERO_KEEP_SCREENSHOTS=1 keeps the PNGs for a human to look at.
    m_screenshots.setAutoRemove(qEnvironmentVariableIsEmpty("HERO_KEEP_SCREENSHOTS"));
    // The three Riverside calls of the issue, and an expired key's 401 ("expired", as 1001).
    for (const QByteArray &name :
         {QByteArray("1001"), QByteArray("1003"), QByteArray("2001"), QByteArray("expired")}) {
        const bool expired = name == "expired";
        const QByteArray group = expired ? QByteArray("1001") : name;
        ApiRequest request;
        request.path = QStringLiteral("/v1/me");
        ApiCall *call =
            m_client.send(m_environment, {expired ? ExpiredKey : RiversideKey, group}, request);
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait(10000));
        const Exchange exchange = finished.first().first().value<Exchange>();
        DiagnosisContext context;
        context.environment = m_environment;
        context.homePracticeGroup = Home;
        context.practiceGroupNames = Names;
        const Diagnosis diagnosis = diagnose(exchange, context);
        m_flows.insert(name, deriveFlow(exchange, diagnosis, Home, Names));
    }
}

CrossOrgFlow TestCrossOrgPanel::flowFor(const QByteArray &group)
{
    return m_flows.value(group);
}

void TestCrossOrgPanel::riversideFlowsHighlightTheRightEdge_data()
{
    QTest::addColumn<QByteArray>("group");
    QTest::addColumn<int>("highlighted");
    QTest::addColumn<bool>("switchHomeShown");
    QTest::addColumn<bool>("doctorShown");
    QTest::addColumn<QString>("summary");

    QTest::newRow("home group 200")
        << QByteArray("1001") << -1 << false << false << "Same-group call (1001): answered 200";
    QTest::newRow("same network 200")
        << QByteArray("1003") << -1 << false << false
        << "Cross-organisational call 1001 → 1003: network check passed, answered 200";
    QTest::newRow("other network 403")
        << QByteArray("2001") << int(FlowStep::Kind::NetworkCheck) << true << true
        << "Cross-organisational call 1001 → 2001: refused by the network check";
    QTest::newRow("expired key 401") << QByteArray("expired") << int(FlowStep::Kind::Answer)
                                     << false << false << "Same-group call (1001): answered 401";
}

void TestCrossOrgPanel::riversideFlowsHighlightTheRightEdge()
{
    QFETCH(QByteArray, group);
    QFETCH(int, highlighted);
    QFETCH(bool, switchHomeShown);
    QFETCH(bool, doctorShown);
    QFETCH(QString, summary);

    CrossOrgPanel panel;
    panel.setAnimationsEnabled(false);
    panel.show();
    panel.setFlow(flowFor(group));
    QCOMPARE(panel.highlightedStep(), highlighted);
    // A refusal opens on the failing edge: its evidence is already showing.
    QCOMPARE(panel.selectedStep(), highlighted);
    auto *evidence = panel.findChild<QLabel *>(QStringLiteral("flowEvidence"));
    QVERIFY(evidence);
    if (highlighted >= 0)
        QVERIFY(evidence->text().contains(panel.flow().steps.at(highlighted).evidence));
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("flowSummary"))->text(), summary);
    QCOMPARE(panel.findChild<QPushButton *>(QStringLiteral("flowSwitchHome"))->isVisible(),
             switchHomeShown);
    QCOMPARE(panel.findChild<QPushButton *>(QStringLiteral("flowRunDoctor"))->isVisible(),
             doctorShown);
}

void TestCrossOrgPanel::flowAndButtonsStateOnlyWhatIsKnown_data()
{
    QTest::addColumn<Exchange>("exchange");
    QTest::addColumn<QString>("states"); // D done, F failed, U unknown, N not reached
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QStringList>("said"); // in the step or lane texts
    QTest::addColumn<QStringList>("neverSaid");
    QTest::addColumn<bool>("switchHomeShown");
    QTest::addColumn<bool>("doctorShown");

    using namespace FlowExchanges;
    const QByteArray forbidden = R"({"statusCode":403,"error":"forbidden"})";
    const QByteArray scope = R"({"statusCode":403,"error":"insufficient_permissions"})";
    const QStringList sentWords{QStringLiteral("acting for ?"), QStringLiteral("Request sent"),
                                QStringLiteral("answer no answer")};

    QTest::newRow("refused before sending")
        << refused(Refusal::InvalidPracticeGroup, QStringLiteral("Digits only.")) << "FNNN"
        << "Not sent: the explorer refused the request"
        << QStringList{QStringLiteral("Refused here: the explorer did not send it"),
                       QStringLiteral("Not contacted")}
        << sentWords + QStringList{QStringLiteral("Acting for")} << false << false;
    QTest::newRow("cancelled while queued")
        << cancelled("1001", true) << "NNNN"
        << "Not sent: cancelled while it waited"
        << QStringList{QStringLiteral("Not sent: you cancelled it while it waited"),
                       QStringLiteral("Not reached: no answer (you cancelled it)")}
        << sentWords + QStringList{QStringLiteral("Failed"), QStringLiteral("Refused")} << false
        << false;
    QTest::newRow("cancelled on the wire")
        << cancelled("1002", false) << "UUUN"
        << "Cross-organisational call 1001 → 1002: cancelled, no answer"
        << QStringList{QStringLiteral("Not reached: no answer (you cancelled it)")}
        << sentWords + QStringList{QStringLiteral("Failed"), QStringLiteral("check the network")}
        << false << false;
    QTest::newRow("502 on the home group")
        << answered("1001", 502, "<html>bad gateway</html>") << "DUUF"
        << "Same-group call (1001): answered 502"
        << QStringList{QStringLiteral("Unknown: would be same group 1001"),
                       QStringLiteral("Same group: no check expected"),
                       QStringLiteral("Failed here: answer 502")}
        << QStringList{QStringLiteral("Not needed"), QStringLiteral("no network check")} << false
        << false;
    QTest::newRow("401 invalid_credentials")
        << answered("1001", 401, R"({"statusCode":401,"error":"invalid_credentials"})") << "DNNF"
        << "Same-group call (1001): answered 401"
        << QStringList{QStringLiteral("Refused here: answer 401 \"invalid_credentials\"")}
        << QStringList{QStringLiteral("Not needed")} << false << false;
    QTest::newRow("403 forbidden cross-org")
        << answered("2001", 403, forbidden) << "DDFF"
        << "Cross-organisational call 1001 → 2001: refused by the network check"
        << QStringList{QStringLiteral("Refused here: 1001 and 2001 share no network")}
        << QStringList{QStringLiteral("Unknown")} << true << true;
    QTest::newRow("403 insufficient_permissions on the home group")
        << answered("1001", 403, scope) << "DDDF"
        << "Same-group call (1001): answered 403"
        << QStringList{QStringLiteral("Not needed: same group"),
                       QStringLiteral("Refused here: answer 403 \"insufficient_permissions\"")}
        << QStringList{QStringLiteral("share no network")} << false << true;
    QTest::newRow("200 same group")
        << answered("1001", 200) << "DDDD"
        << "Same-group call (1001): answered 200"
        << QStringList{QStringLiteral("Not needed: same group")}
        << QStringList{QStringLiteral("Unknown"), QStringLiteral("Failed")} << false << false;
    QTest::newRow("200 cross-org")
        << answered("1002", 200) << "DDDD"
        << "Cross-organisational call 1001 → 1002: network check passed, answered 200"
        << QStringList{QStringLiteral("Passed: 1001 and 1002 share a network")}
        << QStringList{QStringLiteral("Unknown"), QStringLiteral("Failed")} << false << false;
}

void TestCrossOrgPanel::flowAndButtonsStateOnlyWhatIsKnown()
{
    QFETCH(Exchange, exchange);
    QFETCH(QString, states);
    QFETCH(QString, summary);
    QFETCH(QStringList, said);
    QFETCH(QStringList, neverSaid);
    QFETCH(bool, switchHomeShown);
    QFETCH(bool, doctorShown);

    DiagnosisContext context;
    context.homePracticeGroup = Home;
    const Diagnosis diagnosis = diagnose(exchange, context);
    CrossOrgPanel panel;
    panel.setAnimationsEnabled(false);
    panel.show();
    panel.setExchange(exchange, diagnosis, Home, {});

    QCOMPARE(FlowExchanges::statesOf(panel.flow()), states);
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("flowSummary"))->text(), summary);
    QStringList texts = panel.laneTexts();
    for (int step = 0; step < panel.flow().steps.size(); ++step)
        texts << panel.stepText(step);
    const QString all = texts.join(u'\n');
    for (const QString &words : said)
        QVERIFY2(all.contains(words), qPrintable(words + u" not in:\n" + all));
    for (const QString &words : neverSaid)
        QVERIFY2(!all.contains(words), qPrintable(words + u" in:\n" + all));
    // Red only where something failed; a cancel is the user's choice, not a failure.
    QCOMPARE(panel.highlightedStep(), int(states.indexOf(u'F')));
    QCOMPARE(panel.findChild<QPushButton *>(QStringLiteral("flowSwitchHome"))->isVisible(),
             switchHomeShown);
    QCOMPARE(panel.findChild<QPushButton *>(QStringLiteral("flowRunDoctor"))->isVisible(),
             doctorShown);
    // The buttons offer exactly what the diagnosis offers.
    QCOMPARE(doctorShown, diagnosis.hasAction(NextStep::RunDoctor));
}

void TestCrossOrgPanel::threeFlowsRenderDifferentlyAndAreSaved()
{
    QList<QImage> grabs;
    for (const QByteArray &group :
         {QByteArray("1001"), QByteArray("1003"), QByteArray("2001"), QByteArray("expired")}) {
        CrossOrgPanel panel;
        panel.setAnimationsEnabled(false);
        panel.setFlow(flowFor(group));
        for (const int width : {320, 420}) {
            sizeForDock(&panel, width);
            QVERIFY(panel.height() >= panel.diagram()->heightForWidth(width));
            for (const qreal scale : {1.0, 2.0}) {
                const QImage image = render(&panel, scale);
                QCOMPARE(image.size(), panel.size() * scale);
                const QString name = QStringLiteral("crossorgpanel-%1-%2px-%3x.png")
                                         .arg(QString::fromLatin1(group))
                                         .arg(width)
                                         .arg(scale);
                QVERIFY(image.save(m_screenshots.filePath(name)));
            }
        }
        sizeForDock(&panel, 360);
        grabs.append(panel.diagram()->grab().toImage());
    }
    if (!m_screenshots.autoRemove())
        qInfo("screenshots kept in %s", qPrintable(m_screenshots.path()));
    QVERIFY(grabs.at(0) != grabs.at(1));
    QVERIFY(grabs.at(1) != grabs.at(2));
    QVERIFY(grabs.at(0) != grabs.at(2));
    QVERIFY(grabs.at(3) != grabs.at(0));
}

void TestCrossOrgPanel::failingEdgeIsDrawnInTheErrorColour()
{
    const int check = int(FlowStep::Kind::NetworkCheck);
    CrossOrgPanel refused;
    refused.setAnimationsEnabled(false);
    refused.setFlow(flowFor("2001"));
    sizeForDock(&refused, 360);
    const QImage refusedImage = refused.diagram()->grab().toImage();
    QVERIFY(reddishPixels(refusedImage, refused.stepRect(check)) > 50);
    QCOMPARE(reddishPixels(refusedImage, refused.stepRect(int(FlowStep::Kind::RequestSent))), 0);

    CrossOrgPanel passed;
    passed.setAnimationsEnabled(false);
    passed.setFlow(flowFor("1003"));
    sizeForDock(&passed, 360);
    const QImage passedImage = passed.diagram()->grab().toImage();
    QCOMPARE(reddishPixels(passedImage, passed.stepRect(check)), 0);
}

void TestCrossOrgPanel::accessibleDescriptionReadsTheFlow()
{
    CrossOrgPanel panel;
    panel.setAnimationsEnabled(false);
    const CrossOrgFlow flow = flowFor("2001");
    panel.setFlow(flow);
    QCOMPARE(panel.accessibleDescription(), describeFlow(flow));
    QCOMPARE(panel.diagram()->accessibleDescription(), describeFlow(flow));
    const QString text = panel.accessibleDescription();
    QVERIFY2(text.contains(QStringLiteral("Network check, failed")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Elm Tree Practice (2001)")), qPrintable(text));
    QVERIFY(!text.contains(QString::fromLatin1(RiversideKey)));
    QVERIFY(!panel.accessibleName().isEmpty());

    panel.setFlow(flowFor("expired"));
    QVERIFY2(panel.accessibleDescription().contains(QStringLiteral("Network check, not reached")),
             qPrintable(panel.accessibleDescription()));

    panel.setFlow(flowFor("1001"));
    QVERIFY(panel.accessibleDescription().contains(QStringLiteral("Network check, done: Not "
                                                                  "needed")));
}

void TestCrossOrgPanel::clickingAStepShowsItsEvidence()
{
    CrossOrgPanel panel;
    panel.setAnimationsEnabled(false);
    panel.setFlow(flowFor("2001"));
    sizeForDock(&panel, 360);
    panel.show();
    auto *evidence = panel.findChild<QLabel *>(QStringLiteral("flowEvidence"));
    QVERIFY(evidence);
    for (const int step : {0, 3, 1}) {
        const QRect rect = panel.stepRect(step);
        QVERIFY(!rect.isEmpty());
        QTest::mouseClick(panel.diagram(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(panel.selectedStep(), step);
        QVERIFY2(evidence->text().contains(panel.flow().steps.at(step).evidence),
                 qPrintable(evidence->text()));
    }
    // Steps do not overlap, so every click lands on exactly one.
    QVERIFY(!panel.stepRect(0).intersects(panel.stepRect(1)));
    QVERIFY(!panel.stepRect(2).intersects(panel.stepRect(3)));
}

void TestCrossOrgPanel::keyboardMovesTheFocusRingAndEnterSelects()
{
    QWidget window;
    auto *before = new QPushButton(QStringLiteral("before"), &window);
    auto *panel = new CrossOrgPanel(&window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(before);
    layout->addWidget(panel);
    panel->setAnimationsEnabled(false);
    panel->setFlow(flowFor("2001"));
    window.resize(360, 700);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *evidence = panel->findChild<QLabel *>(QStringLiteral("flowEvidence"));

    before->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(before, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), panel->diagram());
    QCOMPARE(panel->focusedStep(), 0);
    QTest::keyClick(panel->diagram(), Qt::Key_Tab);
    QCOMPARE(panel->focusedStep(), 1);
    QTest::keyClick(panel->diagram(), Qt::Key_Down);
    QCOMPARE(panel->focusedStep(), 2);
    QTest::keyClick(panel->diagram(), Qt::Key_Up);
    QCOMPARE(panel->focusedStep(), 1);
    QTest::keyClick(panel->diagram(), Qt::Key_Return);
    QCOMPARE(panel->selectedStep(), 1);
    QVERIFY(evidence->text().contains(panel->flow().steps.at(1).evidence));
    // A screen reader reads the focused step: the list item the diagram's interface gives.
    QAccessibleInterface *focused =
        QAccessible::queryAccessibleInterface(panel->diagram())->focusChild();
    QVERIFY(focused);
    QVERIFY(focused->text(QAccessible::Name).contains(panel->flow().steps.at(1).title));
    QVERIFY(window.grab().save(m_screenshots.filePath(QStringLiteral("crossorgpanel-focus.png"))));

    // Past the last step, Tab leaves the diagram for the buttons.
    QTest::keyClick(panel->diagram(), Qt::Key_End);
    QCOMPARE(panel->focusedStep(), 3);
    QTest::keyClick(panel->diagram(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(),
             panel->findChild<QPushButton *>(QStringLiteral("flowSwitchHome")));
    // Shift+Tab comes back to the last step.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), panel->diagram());
    QCOMPARE(panel->focusedStep(), 3);
}

void TestCrossOrgPanel::buttonsEmitTheirRequests()
{
    CrossOrgPanel panel;
    panel.setAnimationsEnabled(false);
    panel.setFlow(flowFor("2001"));
    panel.show();
    QSignalSpy switchHome(&panel, &CrossOrgPanel::switchToHomeGroupRequested);
    QSignalSpy doctor(&panel, &CrossOrgPanel::runDoctorRequested);
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("flowSwitchHome")),
                      Qt::LeftButton);
    QCOMPARE(switchHome.count(), 1);
    QCOMPARE(switchHome.first().first().toString(), Home);
    QCOMPARE(doctor.count(), 0);
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("flowRunDoctor")),
                      Qt::LeftButton);
    QCOMPARE(doctor.count(), 1);
}

void TestCrossOrgPanel::animationRunsOnlyWhenMotionIsAllowed()
{
    CrossOrgPanel panel;
    sizeForDock(&panel, 360);
    panel.setAnimationsEnabled(true);
    panel.setFlow(flowFor("2001"));
    sizeForDock(&panel, 360);
    QVERIFY(panel.isAnimating());
    // Before the event loop runs, no arrow is drawn yet.
    const QImage first = panel.diagram()->grab().toImage();
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isAnimating(), 5000);
    const QImage last = panel.diagram()->grab().toImage();
    QVERIFY(first != last);
    QVERIFY(reddishPixels(last, panel.stepRect(int(FlowStep::Kind::NetworkCheck))) > 0);

    panel.setAnimationsEnabled(false);
    panel.setFlow(flowFor("1003"));
    QVERIFY(!panel.isAnimating());
    const QImage still = panel.diagram()->grab().toImage();
    QTest::qWait(0);
    QCOMPARE(panel.diagram()->grab().toImage(), still);
}

void TestCrossOrgPanel::reducedMotionEnvironmentTurnsAnimationOff()
{
    const QByteArray saved = qgetenv("QT_REDUCED_MOTION");
    const bool wasSet = qEnvironmentVariableIsSet("QT_REDUCED_MOTION");
    qputenv("QT_REDUCED_MOTION", "1");
    QVERIFY(Tones::prefersReducedMotion());
    {
        CrossOrgPanel panel;
        QVERIFY(!panel.animationsEnabled());
        panel.setFlow(flowFor("2001"));
        QVERIFY(!panel.isAnimating());
    }
    qputenv("QT_REDUCED_MOTION", "0");
    QVERIFY(!Tones::prefersReducedMotion());
    QVERIFY(CrossOrgPanel().animationsEnabled());
    if (wasSet)
        qputenv("QT_REDUCED_MOTION", saved);
    else
        qunsetenv("QT_REDUCED_MOTION");
}

void TestCrossOrgPanel::clearShowsNoFlow()
{
    CrossOrgPanel panel;
    panel.setAnimationsEnabled(false);
    panel.setFlow(flowFor("2001"));
    panel.show();
    panel.clear();
    QVERIFY(!panel.hasFlow());
    QCOMPARE(panel.highlightedStep(), -1);
    QCOMPARE(panel.selectedStep(), -1);
    QVERIFY(panel.stepRect(0).isEmpty());
    QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("flowSwitchHome"))->isVisible());
    QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("flowRunDoctor"))->isVisible());
    QVERIFY(!panel.accessibleDescription().contains(QStringLiteral("Network check")));
}

void TestCrossOrgPanel::sizeHintFollowsTheFont()
{
    CrossOrgPanel panel;
    panel.setAnimationsEnabled(false);
    panel.setFlow(flowFor("2001"));
    const QSize normal = panel.diagram()->sizeHint();
    QFont large = panel.font();
    large.setPointSizeF(large.pointSizeF() * 2);
    panel.setFont(large);
    const QSize big = panel.diagram()->sizeHint();
    QVERIFY2(big.width() > normal.width() * 3 / 2, qPrintable(QString::number(big.width())));
    QVERIFY(big.height() > normal.height() * 3 / 2);
    // Wrapping makes a narrower diagram taller, never clipped.
    QVERIFY(panel.diagram()->heightForWidth(300) > panel.diagram()->heightForWidth(900));
}

QTEST_MAIN(TestCrossOrgPanel)
#include "tst_crossorgpanel.moc"

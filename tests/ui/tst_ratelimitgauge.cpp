// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "ratelimitgauge.h"

#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

namespace {

RateGaugeState sampleState(RateState kind)
{
    RateGaugeState state;
    state.state = kind;
    state.limit = 300;
    state.target = 285;
    state.sparkline = QList<int>(60, 0);
    for (int i = 30; i < 60; ++i)
        state.sparkline[i] = (i * 7) % 11;
    state.untilOldestLeaves = 41'200ms;
    switch (kind) {
    case RateState::Ok:
        state.used = 120;
        break;
    case RateState::NearLimit:
        state.used = 240;
        break;
    case RateState::Throttling:
        state.used = 285;
        state.queued = 3;
        state.nextSendIn = 11'100ms;
        break;
    case RateState::Paused:
        state.used = 300;
        state.queued = 2;
        state.pausedUntil = QDateTime::fromSecsSinceEpoch(1'700'000'042, Qt::UTC);
        state.pauseRemaining = 6'500ms;
        state.nextSendIn = 6'500ms;
        state.fromServer = true;
        state.serverRefused = true;
        break;
    }
    return state;
}

int countPixels(const QImage &image, const QRect &area, QRgb colour)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (image.pixel(x, y) == colour)
                ++count;
        }
    }
    return count;
}

} // namespace

Q_DECLARE_METATYPE(RateState)

class TestRateLimitGauge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyStateIsSaidInWords_data();
    void everyStateIsSaidInWords();
    void estimateIsMarkedWhenTheServerSendsNoHeaders();
    void aServerRefusalIsNeverWordedAsOurOwnQueueing_data();
    void aServerRefusalIsNeverWordedAsOurOwnQueueing();
    void grabsRenderEachStateAndAreSaved();
    void fillGrowsWithUse();
    void sizeHintFollowsTheFont();
    void clickEnterAndSpaceAskForTheDetails_data();
    void clickEnterAndSpaceAskForTheDetails();
    void otherInputDoesNotClick();

private:
    QTemporaryDir m_screenshots;
};

void TestRateLimitGauge::initTestCase()
{
    QVERIFY(m_screenshots.isValid());
    // HERO_KEEP_SCREENSHOTS=1 keeps the PNGs for a human to look at.
    m_screenshots.setAutoRemove(qEnvironmentVariableIsEmpty("HERO_KEEP_SCREENSHOTS"));
}

void TestRateLimitGauge::everyStateIsSaidInWords_data()
{
    QTest::addColumn<RateState>("kind");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QStringList>("described");

    const QString pausedAt = QLocale().toString(
        QDateTime::fromSecsSinceEpoch(1'700'000'042, Qt::UTC).toLocalTime().time(),
        QStringLiteral("HH:mm:ss"));
    QTest::newRow("ok") << RateState::Ok << QStringLiteral("OK · estimate")
                        << QStringList{QStringLiteral("120 of 300 requests used in the last 60 s"),
                                       QStringLiteral("lets 285 through"),
                                       QStringLiteral("leaves the window in 42 s"),
                                       QStringLiteral("State: OK.")};
    QTest::newRow("near limit") << RateState::NearLimit << QStringLiteral("Near limit · estimate")
                                << QStringList{QStringLiteral("240 of 300"),
                                               QStringLiteral("State: near limit.")};
    QTest::newRow("throttling") << RateState::Throttling
                                << QStringLiteral("Throttling: 3 queued, next in 12 s · estimate")
                                << QStringList{QStringLiteral(
                                       "State: throttling, 3 request(s) queued; the next goes "
                                       "in 12 s.")};
    QTest::newRow("paused")
        << RateState::Paused
        << QStringLiteral("Server refused (429): retry at %1 (7 s)").arg(pausedAt)
        << QStringList{QStringLiteral("State: the server refused a request "
                                      "with 429 (too many requests); sending "
                                      "resumes at %1 (7 s left).")
                           .arg(pausedAt),
                       QStringLiteral("2 request(s) queued."),
                       QStringLiteral("what the server reported")};
}

void TestRateLimitGauge::everyStateIsSaidInWords()
{
    QFETCH(RateState, kind);
    QFETCH(QString, shown);
    QFETCH(QStringList, described);
    RateLimitGauge gauge;
    gauge.setState(sampleState(kind));
    QCOMPARE(gauge.stateText(), shown);
    for (const QString &part : described)
        QVERIFY2(gauge.toolTip().contains(part), qPrintable(gauge.toolTip()));
    QCOMPARE(gauge.accessibleDescription(), gauge.toolTip());
    QVERIFY(!gauge.accessibleName().isEmpty());
}

void TestRateLimitGauge::estimateIsMarkedWhenTheServerSendsNoHeaders()
{
    RateLimitGauge gauge;
    RateGaugeState state = sampleState(RateState::Ok);
    gauge.setState(state);
    QVERIFY(gauge.stateText().contains(QStringLiteral("estimate")));
    QVERIFY(gauge.toolTip().contains(QStringLiteral("no rate-limit headers")));
    state.fromServer = true;
    gauge.setState(state);
    QVERIFY(!gauge.stateText().contains(QStringLiteral("estimate")));
    QVERIFY(!gauge.toolTip().contains(QStringLiteral("no rate-limit headers")));
}

void TestRateLimitGauge::aServerRefusalIsNeverWordedAsOurOwnQueueing_data()
{
    QTest::addColumn<RateGaugeState>("state");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QStringList>("described");
    QTest::addColumn<QStringList>("neverSaid");

    const QString at = QLocale().toString(
        QDateTime::fromSecsSinceEpoch(1'700'000'042, Qt::UTC).toLocalTime().time(),
        QStringLiteral("HH:mm:ss"));
    // Another client used the key up: the server refused while this app had sent 49.
    RateGaugeState shared = sampleState(RateState::Paused);
    shared.used = 49;
    shared.queued = 0;
    QTest::newRow("429 on a shared key")
        << shared << QStringLiteral("Server refused (429): retry at %1 (7 s)").arg(at)
        << QStringList{QStringLiteral("refused a request with 429"),
                       QStringLiteral("counted only 49 of 300"), QStringLiteral("another client")}
        << QStringList{QStringLiteral("Throttling"), QStringLiteral("queued")};
    RateGaugeState quota = sampleState(RateState::Paused);
    quota.serverRefused = false;
    QTest::newRow("quota the server reported")
        << quota << QStringLiteral("Server quota used up: sends again at %1 (7 s)").arg(at)
        << QStringList{QStringLiteral("reported no requests left")}
        << QStringList{QStringLiteral("429"), QStringLiteral("refused")};
    QTest::newRow("our own queueing")
        << sampleState(RateState::Throttling)
        << QStringLiteral("Throttling: 3 queued, next in 12 s · estimate")
        << QStringList{QStringLiteral("3 request(s) queued")}
        << QStringList{QStringLiteral("429"), QStringLiteral("refused")};
}

void TestRateLimitGauge::aServerRefusalIsNeverWordedAsOurOwnQueueing()
{
    QFETCH(RateGaugeState, state);
    QFETCH(QString, shown);
    QFETCH(QStringList, described);
    QFETCH(QStringList, neverSaid);
    RateLimitGauge gauge;
    gauge.setState(state);
    QCOMPARE(gauge.stateText(), shown);
    for (const QString &part : described)
        QVERIFY2(gauge.toolTip().contains(part), qPrintable(gauge.toolTip()));
    for (const QString &part : neverSaid)
        QVERIFY2(!gauge.toolTip().contains(part) && !shown.contains(part),
                 qPrintable(gauge.toolTip()));
}

void TestRateLimitGauge::grabsRenderEachStateAndAreSaved()
{
    const RateState kinds[] = {RateState::Ok, RateState::NearLimit, RateState::Throttling,
                               RateState::Paused};
    const QString names[] = {QStringLiteral("ok"), QStringLiteral("nearlimit"),
                             QStringLiteral("throttling"), QStringLiteral("paused")};
    QList<QImage> images;
    for (int i = 0; i < 4; ++i) {
        RateLimitGauge gauge;
        gauge.setState(sampleState(kinds[i]));
        gauge.resize(gauge.sizeHint());
        const QPixmap pixmap = gauge.grab();
        QVERIFY(!pixmap.isNull());
        QCOMPARE(pixmap.size() / pixmap.devicePixelRatio(), gauge.sizeHint());
        const QString path = m_screenshots.filePath(names[i] + QStringLiteral(".png"));
        QVERIFY(pixmap.save(path));
        images.append(QImage(path));
        QVERIFY(!images.last().isNull());
        qInfo("%s", qPrintable(path));
    }
    // Each state looks different from every other one.
    for (int a = 0; a < images.size(); ++a) {
        for (int b = a + 1; b < images.size(); ++b)
            QVERIFY2(images.at(a) != images.at(b), qPrintable(names[a] + u" vs " + names[b]));
    }
}

void TestRateLimitGauge::fillGrowsWithUse()
{
    RateLimitGauge gauge;
    RateGaugeState state = sampleState(RateState::Ok);
    state.sparkline = QList<int>(60, 0); // keep the accent colour to the track
    gauge.resize(gauge.sizeHint());
    const QRgb accent = gauge.palette().color(QPalette::Highlight).rgb();
    const QRect trackArea(0, 0, gauge.width() / 4, gauge.height());
    int previous = -1;
    for (const int used : {0, 75, 150, 300}) {
        state.used = used;
        gauge.setState(state);
        const QImage image = gauge.grab().toImage().convertToFormat(QImage::Format_RGB32);
        const int filled = countPixels(image, trackArea, accent);
        QVERIFY2(filled > previous, qPrintable(QString::number(filled)));
        previous = filled;
    }
}

void TestRateLimitGauge::sizeHintFollowsTheFont()
{
    RateLimitGauge gauge;
    const QSize normal = gauge.sizeHint();
    QVERIFY(normal.height() >= gauge.fontMetrics().height());
    QVERIFY(normal.width() > gauge.fontMetrics().horizontalAdvance(gauge.stateText()));
    QFont large = gauge.font();
    large.setPointSizeF(large.pointSizeF() * 2);
    gauge.setFont(large);
    const QSize bigger = gauge.sizeHint();
    QVERIFY(bigger.height() > normal.height());
    QVERIFY(bigger.width() > normal.width());
}

void TestRateLimitGauge::clickEnterAndSpaceAskForTheDetails_data()
{
    QTest::addColumn<int>("key"); // 0: a left click
    QTest::newRow("left click") << 0;
    QTest::newRow("Return") << int(Qt::Key_Return);
    QTest::newRow("Enter") << int(Qt::Key_Enter);
    QTest::newRow("Space") << int(Qt::Key_Space);
}

void TestRateLimitGauge::clickEnterAndSpaceAskForTheDetails()
{
    QFETCH(int, key);
    RateLimitGauge gauge;
    gauge.setState(sampleState(RateState::Ok));
    gauge.resize(gauge.sizeHint());
    gauge.show();
    QVERIFY(QTest::qWaitForWindowExposed(&gauge));
    QVERIFY(gauge.focusPolicy() & Qt::TabFocus); // reachable from the keyboard
    QCOMPARE(gauge.cursor().shape(), Qt::PointingHandCursor);
    QSignalSpy clicked(&gauge, &RateLimitGauge::clicked);
    if (key == 0)
        QTest::mouseClick(&gauge, Qt::LeftButton);
    else
        QTest::keyClick(&gauge, Qt::Key(key));
    QCOMPARE(clicked.count(), 1);
}

void TestRateLimitGauge::otherInputDoesNotClick()
{
    RateLimitGauge gauge;
    gauge.resize(gauge.sizeHint());
    gauge.show();
    QVERIFY(QTest::qWaitForWindowExposed(&gauge));
    QSignalSpy clicked(&gauge, &RateLimitGauge::clicked);
    QTest::mouseClick(&gauge, Qt::RightButton);
    QTest::keyClick(&gauge, Qt::Key_A);
    // Pressed on the gauge but released elsewhere: taken back, as with a button.
    QTest::mousePress(&gauge, Qt::LeftButton, {}, QPoint(4, 4));
    QTest::mouseRelease(&gauge, Qt::LeftButton, {}, QPoint(gauge.width() + 20, 4));
    // A release without a press (the press closed a popup and was not replayed).
    QTest::mouseRelease(&gauge, Qt::LeftButton, {}, QPoint(4, 4));
    QCOMPARE(clicked.count(), 0);
    QTest::mouseClick(&gauge, Qt::LeftButton);
    QCOMPARE(clicked.count(), 1);
}

QTEST_MAIN(TestRateLimitGauge)
#include "tst_ratelimitgauge.moc"

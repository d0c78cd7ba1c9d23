// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "ratelimit/ratelimiter.h"
#include "ratelimitdetails.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace std::chrono_literals;

namespace {

const QString Key = QStringLiteral("sandbox|fp:1a2b");

Exchange answer(int status, const HeaderList &headers = {})
{
    Exchange exchange;
    exchange.request.method = "GET";
    exchange.status = status;
    exchange.headers = headers;
    return exchange;
}

Environment sandbox(int limit = 300, int windowSeconds = 60)
{
    Environment environment;
    environment.id = QStringLiteral("sandbox");
    environment.name = QStringLiteral("Sandbox");
    environment.kind = EnvironmentKind::Sandbox;
    environment.rateLimit = limit;
    environment.rateWindowSeconds = windowSeconds;
    return environment;
}

QString clockTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
}

} // namespace

class TestRateLimitDetails : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void recentRequestsAreListedNewestFirstWithTimeLeft();
    void requestsThatLeftTheWindowAreNotListed();
    void listFollowsTheLimiterLiveWhileShown();
    void applyEmitsTheNewLimitForTheEnvironment();
    void noteShowsTheTargetLeftAfterHeadroom_data();
    void noteShowsTheTargetLeftAfterHeadroom();
    void resetRestoresTheDefaultLimit();
    void headerSaysPausedAfterTooManyRequests();
    void headerSaysWhenCountsComeFromTheServer();
    void headerCountsQueuedRequests();
    void withoutAKeyTheHeaderSaysSo();
    void popUpSitsBelowTheAnchorOrAboveWhenNoRoom();
    void renderingFitsItsTextAndIsSaved();

private:
    QTreeWidget *recentList(RateLimitDetails &details);
    QString labelText(RateLimitDetails &details, const char *name);

    QTemporaryDir m_screenshots;
    std::unique_ptr<VirtualClock> m_clock;
    std::unique_ptr<RateLimiter> m_limiter;
};

void TestRateLimitDetails::initTestCase()
{
    QVERIFY(m_screenshots.isValid());
    // HERO_KEEP_SCREENSHOTS=1 keeps the PNGs for a human to look at.
    m_screenshots.setAutoRemove(qEnvironmentVariableIsEmpty("HERO_KEEP_SCREENSHOTS"));
}

void TestRateLimitDetails::init()
{
    m_clock = std::make_unique<VirtualClock>();
    m_limiter = std::make_unique<RateLimiter>(m_clock.get());
    m_limiter->setRetryPolicy(RetryPolicy(RetryPolicy::seededRandom(1)));
}

void TestRateLimitDetails::cleanup()
{
    m_limiter.reset();
    m_clock.reset();
}

QTreeWidget *TestRateLimitDetails::recentList(RateLimitDetails &details)
{
    return details.findChild<QTreeWidget *>(QStringLiteral("rateRecentList"));
}

QString TestRateLimitDetails::labelText(RateLimitDetails &details, const char *name)
{
    const auto *label = details.findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(name));
}

void TestRateLimitDetails::recentRequestsAreListedNewestFirstWithTimeLeft()
{
    const QDateTime start = m_clock->wallNow();
    m_limiter->recordSent(Key);
    m_clock->advanceTo(10s);
    m_limiter->recordSent(Key);
    m_clock->advanceTo(25'400ms);
    m_limiter->recordSent(Key);
    m_clock->advanceTo(30s);

    RateLimitDetails details;
    details.setSource(m_limiter.get(), Key, sandbox());
    QTreeWidget *list = recentList(details);
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 3);
    QCOMPARE(list->topLevelItem(0)->text(0), clockTime(start.addMSecs(25'400)));
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("in 56 s")); // 55.4 s, rounded up
    QCOMPARE(list->topLevelItem(1)->text(0), clockTime(start.addSecs(10)));
    QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("in 40 s"));
    QCOMPARE(list->topLevelItem(2)->text(0), clockTime(start));
    QCOMPARE(list->topLevelItem(2)->text(1), QStringLiteral("in 30 s"));
    QCOMPARE(labelText(details, "rateUsedLabel"),
             QStringLiteral("3 of 300 requests in the last 60 s"));
    QCOMPARE(labelText(details, "rateTargetLabel"),
             QStringLiteral("285 per 60 s (15 left as headroom)"));
}

void TestRateLimitDetails::requestsThatLeftTheWindowAreNotListed()
{
    // A 3 s window: the limiter still remembers 60 s of sends for the sparkline.
    m_limiter->setPolicy(Key, RatePolicy::forLimit(5, std::chrono::seconds(3)));
    m_limiter->recordSent(Key);
    m_clock->advanceTo(2s);
    m_limiter->recordSent(Key);
    m_clock->advanceTo(3'500ms);
    QCOMPARE(m_limiter->recentSends(Key).size(), 2);

    RateLimitDetails details;
    details.setSource(m_limiter.get(), Key, sandbox(5, 3));
    QTreeWidget *list = recentList(details);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("in 2 s")); // 1.5 s left
}

void TestRateLimitDetails::listFollowsTheLimiterLiveWhileShown()
{
    RateLimitDetails details;
    details.setSource(m_limiter.get(), Key, sandbox());
    details.show();
    QTreeWidget *list = recentList(details);
    QCOMPARE(list->topLevelItemCount(), 0);

    // A send announces itself through stateChanged.
    m_limiter->recordSent(Key);
    QTRY_COMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("in 60 s"));

    // The countdown moves with no new send: the popup's own timer.
    m_clock->advanceBy(20s);
    QTRY_COMPARE(list->topLevelItem(0)->text(1), QStringLiteral("in 40 s"));
    m_clock->advanceBy(40s);
    QTRY_COMPARE(list->topLevelItemCount(), 0);
}

void TestRateLimitDetails::applyEmitsTheNewLimitForTheEnvironment()
{
    RateLimitDetails details;
    details.setSource(m_limiter.get(), Key, sandbox());
    auto *limit = details.findChild<QSpinBox *>(QStringLiteral("rateLimitSpin"));
    auto *window = details.findChild<QSpinBox *>(QStringLiteral("rateWindowSpin"));
    auto *apply = details.findChild<QPushButton *>(QStringLiteral("rateApply"));
    QVERIFY(limit && window && apply);
    QCOMPARE(limit->value(), 300);
    QCOMPARE(window->value(), 60);
    QCOMPARE(limit->minimum(), 1);
    QCOMPARE(limit->maximum(), 100000);
    QCOMPARE(window->minimum(), 1);
    QCOMPARE(window->maximum(), 3600);
    QVERIFY(!apply->isEnabled()); // nothing to apply yet

    QSignalSpy changed(&details, &RateLimitDetails::limitChanged);
    limit->setValue(600);
    window->setValue(120);
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toString(), QStringLiteral("sandbox"));
    QCOMPARE(changed.first().at(1).toInt(), 600);
    QCOMPARE(changed.first().at(2).toInt(), 120);
    QCOMPARE(details.environment().rateLimit, 600);
    QCOMPARE(details.environment().rateWindowSeconds, 120);
    QVERIFY(!apply->isEnabled()); // applied: the editor matches the environment again
}

void TestRateLimitDetails::noteShowsTheTargetLeftAfterHeadroom_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("target");
    QTest::newRow("Hero default") << 300 << QStringLiteral("285");
    QTest::newRow("sandbox test setting") << 5 << QStringLiteral("4");
    QTest::newRow("a partner's limit") << 2000 << QLocale().toString(1900);
    QTest::newRow("one request") << 1 << QStringLiteral("1");
}

void TestRateLimitDetails::noteShowsTheTargetLeftAfterHeadroom()
{
    QFETCH(int, limit);
    QFETCH(QString, target);
    RateLimitDetails details;
    details.setSource(m_limiter.get(), Key, sandbox());
    details.findChild<QSpinBox *>(QStringLiteral("rateLimitSpin"))->setValue(limit);
    const QString note = labelText(details, "rateLimitNote");
    QVERIFY2(note.contains(QStringLiteral("lets %1 through in any 60 s").arg(target)),
             qPrintable(note));
    QVERIFY(note.contains(QStringLiteral("partners can agree higher limits")));
    QVERIFY(note.contains(QStringLiteral("5 % headroom")));
}

void TestRateLimitDetails::resetRestoresTheDefaultLimit()
{
    RateLimitDetails details;
    details.setSource(m_limiter.get(), Key, sandbox(1000, 30));
    auto *limit = details.findChild<QSpinBox *>(QStringLiteral("rateLimitSpin"));
    auto *window = details.findChild<QSpinBox *>(QStringLiteral("rateWindowSpin"));
    auto *reset = details.findChild<QPushButton *>(QStringLiteral("rateReset"));
    QVERIFY(reset);
    QCOMPARE(limit->value(), 1000);
    QCOMPARE(window->value(), 30);
    QCOMPARE(reset->text(), QStringLiteral("Reset to 300 / 60 s"));

    QSignalSpy changed(&details, &RateLimitDetails::limitChanged);
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(limit->value(), 300);
    QCOMPARE(window->value(), 60);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first(), (QVariantList{QStringLiteral("sandbox"), 300, 60}));
    QVERIFY(!reset->isEnabled()); // already the default
}

void TestRateLimitDetails::headerSaysPausedAfterTooManyRequests()
{
    RateLimitDetails details;
    details.setSource(m_limiter.get(), Key, sandbox());
    details.show();
    auto *paused = details.findChild<QLabel *>(QStringLiteral("ratePausedLabel"));
    QCOMPARE(labelText(details, "rateStateLabel"), QStringLiteral("OK"));
    QVERIFY(!paused->isVisible());

    const QDateTime now = m_clock->wallNow();
    m_limiter->recordSent(Key);
    m_limiter->recordAnswer(Key, answer(429, {{"Retry-After", "7"}}));
    const QString until = clockTime(now.addSecs(7));
    QTRY_COMPARE(labelText(details, "rateStateLabel"),
                 QStringLiteral("Server refused (429): retry at %1 (7 s)").arg(until));
    QVERIFY(paused->isVisible());
    QCOMPARE(paused->text(), QStringLiteral("%1 (7 s left)").arg(until));

    m_clock->advanceBy(8s);
    m_limiter->process();
    QTRY_COMPARE(labelText(details, "rateStateLabel"), QStringLiteral("OK"));
    QVERIFY(!paused->isVisible());
}

void TestRateLimitDetails::headerSaysWhenCountsComeFromTheServer()
{
    RateLimitDetails details;
    details.setSource(m_limiter.get(), Key, sandbox());
    QCOMPARE(labelText(details, "rateSourceLabel"), QStringLiteral("estimate (no server headers)"));

    m_limiter->recordSent(Key);
    m_limiter->recordAnswer(Key,
                            answer(200, {{"RateLimit", "limit=300, remaining=200, reset=40"}}));
    details.refresh();
    QCOMPARE(labelText(details, "rateSourceLabel"), QStringLiteral("from the server's headers"));
    QCOMPARE(labelText(details, "rateUsedLabel"),
             QStringLiteral("100 of 300 requests in the last 60 s"));
}

void TestRateLimitDetails::headerCountsQueuedRequests()
{
    m_limiter->setPolicy(Key, RatePolicy::forLimit(5, std::chrono::seconds(3))); // target 4
    int sent = 0;
    for (int i = 0; i < 6; ++i)
        m_limiter->enqueue(
            Key, [&sent] { ++sent; }, this);
    QCOMPARE(sent, 4);

    RateLimitDetails details;
    details.setSource(m_limiter.get(), Key, sandbox(5, 3));
    QCOMPARE(labelText(details, "rateQueuedLabel"),
             QStringLiteral("2 request(s), the next in 3 s"));
    QVERIFY(
        labelText(details, "rateStateLabel").startsWith(QStringLiteral("Throttling: 2 queued")));
    QCOMPARE(recentList(details)->topLevelItemCount(), 4);

    m_limiter->cancelAll(Key);
    details.refresh();
    QCOMPARE(labelText(details, "rateQueuedLabel"), QStringLiteral("none"));
}

void TestRateLimitDetails::withoutAKeyTheHeaderSaysSo()
{
    m_limiter->recordSent(Key);
    RateLimitDetails details;
    details.setSource(m_limiter.get(), QString(), sandbox());
    QCOMPARE(labelText(details, "rateStateLabel"), QStringLiteral("No API key selected"));
    QVERIFY(!details.findChild<QLabel *>(QStringLiteral("rateUsedLabel"))->isVisibleTo(&details));
    QCOMPARE(recentList(details)->topLevelItemCount(), 0);
    // The environment's limit can still be changed.
    QSignalSpy changed(&details, &RateLimitDetails::limitChanged);
    details.findChild<QSpinBox *>(QStringLiteral("rateLimitSpin"))->setValue(400);
    QTest::mouseClick(details.findChild<QPushButton *>(QStringLiteral("rateApply")),
                      Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
}

void TestRateLimitDetails::popUpSitsBelowTheAnchorOrAboveWhenNoRoom()
{
    QWidget window;
    const QRect screen = window.screen()->availableGeometry();
    window.setGeometry(screen);
    auto *top = new QWidget(&window);
    top->setGeometry(screen.width() - 300, 0, 200, 20);
    auto *bottom = new QWidget(&window);
    bottom->setGeometry(screen.width() - 300, screen.height() - 20, 200, 20);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The offscreen platform shifts a moved window by the frame margins it pretends to draw.
    QWidget plainPopup(nullptr, Qt::Popup);
    plainPopup.resize(10, 10);
    plainPopup.move(100, 100);
    plainPopup.show();
    const QPoint shift = plainPopup.pos() - QPoint(100, 100);
    plainPopup.close();

    QPointer<RateLimitDetails> below =
        RateLimitDetails::showFor(top, m_limiter.get(), Key, sandbox());
    QVERIFY(below->isVisible());
    QVERIFY(below->windowFlags().testFlag(Qt::Popup));
    QCOMPARE(below->objectName(), QStringLiteral("rateLimitDetails"));
    const QRect topRect(top->mapToGlobal(QPoint(0, 0)), top->size());
    QVERIFY2(below->geometry().height() + topRect.bottom() < screen.bottom(),
             "the screen is too small for this test");
    QCOMPARE(below->y() - shift.y(), topRect.bottom() + 1);
    // Right-aligned with the anchor, which sits at the right of the status bar.
    QCOMPARE(below->x() - shift.x() + below->width() - 1, topRect.right());
    below->close();
    QTRY_VERIFY(below.isNull()); // deletes itself when closed

    QPointer<RateLimitDetails> above =
        RateLimitDetails::showFor(bottom, m_limiter.get(), Key, sandbox());
    const QRect bottomRect(bottom->mapToGlobal(QPoint(0, 0)), bottom->size());
    QCOMPARE(above->y() - shift.y() + above->height(), bottomRect.top());
    above->close();
    QTRY_VERIFY(above.isNull());
}

void TestRateLimitDetails::renderingFitsItsTextAndIsSaved()
{
    const RatePolicy policy = RatePolicy::forLimit(300, std::chrono::seconds(60));
    m_limiter->setPolicy(Key, policy);
    for (int i = 0; i < 14; ++i) {
        m_limiter->recordSent(Key);
        m_clock->advanceBy(std::chrono::milliseconds(1300 + 700 * (i % 3)));
    }
    m_limiter->recordAnswer(Key, answer(429, {{"Retry-After", "12"}}));
    int sent = 0;
    m_limiter->enqueue(
        Key, [&sent] { ++sent; }, this);

    const struct
    {
        QString name;
        Environment environment;
        QString rateKey;
    } shots[] = {{QStringLiteral("details-paused"), sandbox(), Key},
                 {QStringLiteral("details-nokey"), sandbox(2000, 60), QString()}};
    for (const auto &shot : shots) {
        RateLimitDetails details;
        details.setSource(m_limiter.get(), shot.rateKey, shot.environment);
        details.adjustSize();
        // Every label and button gets at least the room its text asks for.
        const QList<QWidget *> children = details.findChildren<QWidget *>();
        for (const QWidget *child : children) {
            const auto *label = qobject_cast<const QLabel *>(child);
            if ((label && !label->wordWrap()) || qobject_cast<const QPushButton *>(child)
                || qobject_cast<const QSpinBox *>(child)) {
                QVERIFY2(child->width() >= child->minimumSizeHint().width(),
                         qPrintable(child->objectName() + u' ' + QString::number(child->width())));
            }
        }
        const QPixmap pixmap = details.grab();
        QVERIFY(!pixmap.isNull());
        const QString path = m_screenshots.filePath(shot.name + QStringLiteral(".png"));
        QVERIFY(pixmap.save(path));
        qInfo("%s", qPrintable(path));
    }
}

QTEST_MAIN(TestRateLimitDetails)
#include "tst_ratelimitdetails.moc"

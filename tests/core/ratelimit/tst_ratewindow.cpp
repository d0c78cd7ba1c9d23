// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "ratelimit/ratewindow.h"

#include <QTest>

#include <algorithm>

using namespace std::chrono_literals;
using std::chrono::milliseconds;

class TestRateWindow : public QObject
{
    Q_OBJECT

private slots:
    void emptyWindowHasFullRemaining();
    void sendsLeaveExactlyOneWindowLater();
    void untilOldestLeavesCountsDownFromTheOldestSend();
    void untilAdmits_data();
    void untilAdmits();
    void sparklineBucketsByAgeInSeconds();
    void shorterWindowKeepsSixtySecondsForTheSparkline();
    void recordingAnEarlierTimeNeverGoesBackwards();
    void restampedSendLeavesLater();
    void limitAndWindowCannotBeZero();
};

void TestRateWindow::emptyWindowHasFullRemaining()
{
    const RateWindow window;
    QCOMPARE(window.limit(), 300);
    QCOMPARE(window.window(), 60s);
    QCOMPARE(window.used(1000s), 0);
    QCOMPARE(window.remaining(1000s), 300);
    QCOMPARE(window.untilOldestLeaves(1000s), 0ms);
    QCOMPARE(window.untilAdmits(1000s, 285), 0ms);
}

void TestRateWindow::restampedSendLeavesLater()
{
    RateWindow window(5, 10s);
    window.record(1000ms);
    window.record(1000ms);
    window.record(3000ms);
    // The first send's answer showed the server had it only at 1025 ms.
    window.restamp(1001ms, 1025ms);
    QCOMPARE(window.recentSends(3000ms),
             (QList<std::chrono::milliseconds>{1000ms, 1025ms, 3000ms}));
    QCOMPARE(window.used(11000ms), 2);
    QCOMPARE(window.used(11025ms), 1);
    QCOMPARE(window.untilOldestLeaves(11000ms), 25ms);
    // Never earlier, and never a send that is not there.
    window.restamp(3000ms, 2000ms);
    window.restamp(6000ms, 7000ms);
    QCOMPARE(window.recentSends(3000ms),
             (QList<std::chrono::milliseconds>{1000ms, 1025ms, 3000ms}));
}

void TestRateWindow::sendsLeaveExactlyOneWindowLater()
{
    RateWindow window(5, 10s);
    window.record(1000ms);
    window.record(2000ms);
    window.record(2000ms);
    QCOMPARE(window.used(2000ms), 3);
    QCOMPARE(window.remaining(2000ms), 2);
    QCOMPARE(window.used(10'999ms), 3);
    QCOMPARE(window.used(11'000ms), 2); // the send at 1 s is out at 11 s exactly
    QCOMPARE(window.used(11'999ms), 2);
    QCOMPARE(window.used(12'000ms), 0);
    QCOMPARE(window.remaining(12'000ms), 5);
}

void TestRateWindow::untilOldestLeavesCountsDownFromTheOldestSend()
{
    RateWindow window(300, 60s);
    window.record(10s);
    window.record(40s);
    QCOMPARE(window.untilOldestLeaves(10s), 60s);
    QCOMPARE(window.untilOldestLeaves(45s), 25s);
    // Once the first has left, the second is the oldest.
    QCOMPARE(window.untilOldestLeaves(70s), 30s);
    QCOMPARE(window.untilOldestLeaves(100s), 0ms);
}

void TestRateWindow::untilAdmits_data()
{
    QTest::addColumn<QList<int>>("sendsMs");
    QTest::addColumn<int>("nowMs");
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("expectedMs");

    // Window 10 s throughout.
    QTest::newRow("room left") << QList<int>{0, 1000} << 2000 << 3 << 0;
    QTest::newRow("full: wait for the oldest") << QList<int>{0, 1000, 2000} << 2000 << 3 << 8000;
    QTest::newRow("over cap: wait for enough to leave")
        << QList<int>{0, 1000, 2000, 3000} << 3000 << 2 << 9000;
    QTest::newRow("cap of one") << QList<int>{4000} << 5000 << 1 << 9000;
    QTest::newRow("old sends do not count") << QList<int>{0, 1000, 2000} << 10'500 << 3 << 0;
}

void TestRateWindow::untilAdmits()
{
    QFETCH(QList<int>, sendsMs);
    QFETCH(int, nowMs);
    QFETCH(int, cap);
    QFETCH(int, expectedMs);
    RateWindow window(300, 10s);
    for (const int at : sendsMs)
        window.record(milliseconds(at));
    const milliseconds wait = window.untilAdmits(milliseconds(nowMs), cap);
    QCOMPARE(wait.count(), qint64(expectedMs));
    // At that moment one more send keeps every window at or under the cap.
    QVERIFY(window.used(milliseconds(nowMs) + wait) < cap);
}

void TestRateWindow::sparklineBucketsByAgeInSeconds()
{
    RateWindow window;
    window.record(100'000ms); // 59.5 s before now: the oldest bucket
    window.record(158'000ms); // 1.5 s before
    window.record(159'100ms); // 0.4 s before: the current bucket
    window.record(159'400ms);
    const QList<int> buckets = window.sparkline(159'500ms);
    QCOMPARE(buckets.size(), RateWindow::SparklineBuckets);
    QCOMPARE(buckets.at(59), 2);
    QCOMPARE(buckets.at(58), 1);
    QCOMPARE(buckets.at(0), 1);
    int total = 0;
    for (const int count : buckets)
        total += count;
    QCOMPARE(total, 4);
    // A minute later all of them have aged out of the sparkline.
    const QList<int> later = window.sparkline(220'000ms);
    QVERIFY(std::all_of(later.begin(), later.end(), [](int count) { return count == 0; }));
}

void TestRateWindow::shorterWindowKeepsSixtySecondsForTheSparkline()
{
    RateWindow window(5, 3s);
    window.record(0ms);
    window.record(1000ms);
    QCOMPARE(window.used(30s), 0);
    QCOMPARE(window.recentSends(30s).size(), 2);
    QCOMPARE(window.sparkline(30s).at(29), 1); // sent 30 s before now
    window.prune(60'500ms);
    QCOMPARE(window.recentSends(60'500ms), QList<milliseconds>{1000ms});
}

void TestRateWindow::recordingAnEarlierTimeNeverGoesBackwards()
{
    RateWindow window(10, 10s);
    window.record(5s);
    window.record(1s); // recorded as 5 s: time of a later send cannot be earlier
    QCOMPARE(window.used(14'999ms), 2);
    QCOMPARE(window.used(15s), 0);
}

void TestRateWindow::limitAndWindowCannotBeZero()
{
    RateWindow window(0, 0ms);
    QCOMPARE(window.limit(), 1);
    QVERIFY(window.window() > 0ms);
    window.setLimit(-5);
    QCOMPARE(window.limit(), 1);
}

QTEST_GUILESS_MAIN(TestRateWindow)
#include "tst_ratewindow.moc"

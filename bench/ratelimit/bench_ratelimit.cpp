// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
//
// RELIABILITY.md §6 R2: 10,000 queued requests played through the throttle over a simulated
// 10 minutes on a VirtualClock. Prints, per arrival pattern, the median wall time of the runs,
// what was sent, the most sends in any sliding 60 s window, and throughput against the target.
//
//   bench_ratelimit [runs]      (default 7)
#include "ratelimit/ratelimiter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <vector>

using std::chrono::milliseconds;

namespace {

const QString Key = QStringLiteral("fp:bench");
constexpr qint64 SimulatedMs = 600'000;
constexpr int Requests = 10'000;

struct Arrival
{
    qint64 atMs;
    int count;
};

struct Scenario
{
    QString name;
    std::vector<Arrival> arrivals;
    qint64 tooManyAtMs = -1; // a 429 with Retry-After: 30 at this time
};

struct Result
{
    qint64 elapsedUs = 0;
    int sent = 0;
    int maxInWindow = 0;
};

std::vector<Scenario> scenarios()
{
    std::vector<Scenario> list;
    list.push_back({QStringLiteral("burst at t=0"), {{0, Requests}}});

    Scenario steady{QStringLiteral("steady, 1,000/min"), {}};
    for (int i = 0; i < Requests; ++i)
        steady.arrivals.push_back({qint64(i) * SimulatedMs / Requests, 1});
    list.push_back(steady);

    Scenario bursts{QStringLiteral("random bursts"), {}};
    QRandomGenerator random(2026);
    for (int left = Requests; left > 0;) {
        const int count = std::min(left, int(random.bounded(1, 400)));
        bursts.arrivals.push_back({qint64(random.bounded(int(SimulatedMs))), count});
        left -= count;
    }
    std::sort(bursts.arrivals.begin(), bursts.arrivals.end(),
              [](const Arrival &a, const Arrival &b) { return a.atMs < b.atMs; });
    list.push_back(bursts);

    Scenario paused{QStringLiteral("burst, 429 at 2 min"), {{0, Requests}}, 120'000};
    list.push_back(paused);
    return list;
}

int maxInAnyWindow(const std::vector<qint64> &sends, qint64 windowMs)
{
    int best = 0;
    std::size_t end = 0;
    for (std::size_t begin = 0; begin < sends.size(); ++begin) {
        while (end < sends.size() && sends[end] < sends[begin] + windowMs)
            ++end;
        best = std::max(best, int(end - begin));
    }
    return best;
}

Result run(const Scenario &scenario)
{
    VirtualClock clock;
    RateLimiter limiter(&clock);
    QObject context;
    std::vector<qint64> sends;
    sends.reserve(Requests);
    bool tooManySent = scenario.tooManyAtMs < 0;

    QElapsedTimer timer;
    timer.start();
    std::size_t next = 0;
    for (;;) {
        const qint64 arrivalAt = next < scenario.arrivals.size()
            ? scenario.arrivals[next].atMs
            : std::numeric_limits<qint64>::max();
        const qint64 tooManyAt =
            tooManySent ? std::numeric_limits<qint64>::max() : scenario.tooManyAtMs;
        const auto wake = limiter.nextWakeUp();
        const qint64 wakeAt = wake ? wake->count() : std::numeric_limits<qint64>::max();
        const qint64 at = std::min({arrivalAt, tooManyAt, wakeAt});
        if (at >= SimulatedMs)
            break;
        clock.advanceTo(milliseconds(at));
        if (at == tooManyAt) {
            Exchange exchange;
            exchange.status = 429;
            exchange.headers = {{"Retry-After", "30"}};
            limiter.recordAnswer(Key, exchange);
            tooManySent = true;
        } else if (at == arrivalAt) {
            for (int i = 0; i < scenario.arrivals[next].count; ++i) {
                limiter.enqueue(
                    Key, [&sends, &clock]() { sends.push_back(clock.now().count()); }, &context);
            }
            ++next;
        } else {
            limiter.process();
        }
    }
    Result result;
    result.elapsedUs = timer.nsecsElapsed() / 1000;
    result.sent = int(sends.size());
    result.maxInWindow = maxInAnyWindow(sends, limiter.policy(Key).window.count());
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = std::max(1, argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 7);
    const RatePolicy policy;
    const int perWindow = policy.target;
    const qint64 windows = SimulatedMs / policy.window.count();

    QTextStream out(stdout);
    out << "Throttle simulation: " << Requests << " requests, " << SimulatedMs / 60'000
        << " simulated minutes, limit " << policy.limit << "/" << policy.window.count() / 1000
        << " s, target " << perWindow << ", median of " << runs << " runs\n\n";
    out << qSetFieldWidth(22) << Qt::left << "pattern" << qSetFieldWidth(12) << Qt::right
        << "median ms"
        << "sent"
        << "max/60 s"
        << "target"
        << "throughput" << qSetFieldWidth(0) << "\n";
    bool withinContract = true;
    for (const Scenario &scenario : scenarios()) {
        std::vector<qint64> times;
        Result last;
        for (int i = 0; i < runs; ++i) {
            last = run(scenario);
            times.push_back(last.elapsedUs);
        }
        std::nth_element(times.begin(), times.begin() + times.size() / 2, times.end());
        const double throughput = 100.0 * last.sent / double(perWindow * windows);
        withinContract = withinContract && last.maxInWindow <= perWindow;
        out << qSetFieldWidth(22) << Qt::left << scenario.name << qSetFieldWidth(12) << Qt::right
            << QString::number(times[times.size() / 2] / 1000.0, 'f', 2) << last.sent
            << last.maxInWindow << perWindow
            << QString::number(throughput, 'f', 1) + QStringLiteral(" %") << qSetFieldWidth(0)
            << "\n";
    }
    out << "\nthroughput = sent / (target x " << windows
        << " windows); the steady pattern's demand exceeds the target, after the 429 nothing goes "
           "for 30 s.\n";
    return withinContract ? 0 : 1;
}

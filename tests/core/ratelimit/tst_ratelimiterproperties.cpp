// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
//
// RELIABILITY.md §4.3 D as RapidCheck properties over random request schedules played for a
// simulated 10 minutes on a VirtualClock. A plain executable: RapidCheck reports through its
// own output, and the exit code tells ctest. RC_PARAMS overrides the 1,000 cases per property.
#include "ratelimit/ratelimiter.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <rapidcheck.h>
#include <set>
#include <vector>

using namespace std::chrono_literals;
using std::chrono::milliseconds;

namespace {

const QString Key = QStringLiteral("fp:property");
constexpr qint64 SimulatedMs = 600'000;

enum class EventKind { Arrive, Cancel, TooManyRequests };

struct Event
{
    qint64 atMs = 0;
    EventKind kind = EventKind::Arrive;
    int value = 0; // Arrive: how many; Cancel: which ticket; TooManyRequests: Retry-After s
};

struct Send
{
    qint64 atMs = 0;
    RateLimiter::Ticket ticket = 0;
};

struct Outcome
{
    std::vector<Send> sends;
    std::set<RateLimiter::Ticket> cancelled;
    struct Pause
    {
        qint64 from; // [from, until) after a 429
        qint64 until;
        std::size_t sendsBefore; // sends made before the 429 arrived, at the same ms or earlier
    };
    std::vector<Pause> pauses;
    int arrived = 0;
};

RatePolicy randomPolicy()
{
    if (*rc::gen::inRange(0, 3) == 0)
        return RatePolicy{}; // Hero's own: 300 per 60 s, target 285
    const int windowSeconds = *rc::gen::element(1, 3, 10, 30, 60, 120);
    const int limit = *rc::gen::inRange(1, std::max(2, 300 * windowSeconds / 60 + 6));
    return RatePolicy::forLimit(limit, std::chrono::seconds(windowSeconds));
}

// Plays events in time order, with the limiter's wake-ups in between, each possibly late.
Outcome play(const RatePolicy &policy, std::vector<Event> events,
             const std::vector<int> &latenessMs)
{
    std::stable_sort(events.begin(), events.end(),
                     [](const Event &a, const Event &b) { return a.atMs < b.atMs; });
    VirtualClock clock;
    RateLimiter limiter(&clock);
    limiter.setPolicy(Key, policy);
    QObject context;
    Outcome outcome;
    std::vector<RateLimiter::Ticket> tickets;
    std::size_t next = 0;
    std::size_t wakeUps = 0;

    const auto checkWorkConserving = [&limiter]() {
        // Never idle while requests wait: either paused, or the window is at the target.
        if (limiter.queuedCount(Key) > 0)
            RC_ASSERT(limiter.untilAdmitted(Key) > 0ms);
    };

    for (int guard = 0; guard < 10'000'000; ++guard) {
        const qint64 eventAt =
            next < events.size() ? events[next].atMs : std::numeric_limits<qint64>::max();
        if (const auto wake = limiter.nextWakeUp()) {
            const qint64 late = latenessMs.empty() ? 0 : latenessMs[wakeUps++ % latenessMs.size()];
            const qint64 at = std::max(wake->count(), clock.now().count()) + late;
            if (at <= eventAt && at < SimulatedMs) {
                clock.advanceTo(milliseconds(at));
                limiter.process();
                checkWorkConserving();
                continue;
            }
        }
        if (eventAt >= SimulatedMs)
            break;
        const Event &event = events[next++];
        clock.advanceTo(milliseconds(event.atMs));
        switch (event.kind) {
        case EventKind::Arrive:
            for (int i = 0; i < event.value; ++i) {
                ++outcome.arrived;
                auto ticket = std::make_shared<RateLimiter::Ticket>(0);
                const auto id = limiter.enqueue(
                    Key,
                    [&outcome, &clock, ticket]() {
                        outcome.sends.push_back({clock.now().count(), *ticket});
                    },
                    &context);
                *ticket = id;
                if (!outcome.sends.empty() && outcome.sends.back().ticket == 0)
                    outcome.sends.back().ticket = id; // sent before enqueue returned
                tickets.push_back(id);
            }
            break;
        case EventKind::Cancel: {
            if (tickets.empty())
                continue;
            const auto ticket = tickets[std::size_t(event.value) % tickets.size()];
            const bool wasQueued = limiter.isQueued(ticket);
            RC_ASSERT(limiter.cancel(ticket) == wasQueued);
            if (!wasQueued) // nothing changed, so a late timer may still be due
                continue;
            outcome.cancelled.insert(ticket);
            break;
        }
        case EventKind::TooManyRequests: {
            Exchange exchange;
            exchange.status = 429;
            exchange.headers = {{"Retry-After", QByteArray::number(event.value)}};
            limiter.recordAnswer(Key, exchange);
            outcome.pauses.push_back(
                {event.atMs, event.atMs + event.value * 1000LL, outcome.sends.size()});
            break;
        }
        }
        checkWorkConserving();
    }
    return outcome;
}

void assertWindowNeverExceedsTarget(const Outcome &outcome, const RatePolicy &policy)
{
    const auto &sends = outcome.sends;
    std::size_t end = 0;
    for (std::size_t begin = 0; begin < sends.size(); ++begin) {
        // Not one RC_ASSERT with ||: rapidcheck overloads || to show both sides, so both are
        // evaluated, and sends[begin - 1] read before the vector for begin == 0.
        if (begin > 0)
            RC_ASSERT(sends[begin - 1].atMs <= sends[begin].atMs);
        // The busiest [t, t + window) starts at a send.
        while (end < sends.size() && sends[end].atMs < sends[begin].atMs + policy.window.count())
            ++end;
        RC_ASSERT(int(end - begin) <= policy.target);
    }
}

std::vector<int> randomLateness()
{
    if (*rc::gen::inRange(0, 2) == 0)
        return {};
    return *rc::gen::container<std::vector<int>>(rc::gen::inRange(0, 5000));
}

bool checkWindowPausesAndCancels()
{
    return rc::check(
        "any schedule: at most the target in every window, nothing sent while paused "
        "after a 429, cancelled requests never sent, FIFO, never idle with a backlog",
        [] {
            const RatePolicy policy = randomPolicy();
            std::vector<Event> events;
            const int bursts = *rc::gen::inRange(0, 40);
            for (int i = 0; i < bursts; ++i) {
                events.push_back({*rc::gen::inRange<qint64>(0, SimulatedMs), EventKind::Arrive,
                                  *rc::gen::inRange(1, 200)});
            }
            const int cancels = *rc::gen::inRange(0, 30);
            for (int i = 0; i < cancels; ++i) {
                events.push_back({*rc::gen::inRange<qint64>(0, SimulatedMs), EventKind::Cancel,
                                  *rc::gen::inRange(0, 100'000)});
            }
            const int tooMany = *rc::gen::inRange(0, 4);
            for (int i = 0; i < tooMany; ++i) {
                events.push_back({*rc::gen::inRange<qint64>(0, SimulatedMs),
                                  EventKind::TooManyRequests, *rc::gen::inRange(0, 121)});
            }
            const Outcome outcome = play(policy, events, randomLateness());

            assertWindowNeverExceedsTarget(outcome, policy);
            // A send in the same millisecond as a 429 but before it arrived is not a breach.
            for (const Outcome::Pause &pause : outcome.pauses) {
                for (std::size_t i = pause.sendsBefore; i < outcome.sends.size(); ++i) {
                    const qint64 at = outcome.sends[i].atMs;
                    RC_ASSERT(at < pause.from || at >= pause.until);
                }
            }
            RateLimiter::Ticket previous = 0;
            for (const Send &send : outcome.sends) {
                RC_ASSERT(outcome.cancelled.count(send.ticket) == 0u);
                RC_ASSERT(send.ticket > previous); // first in, first out
                previous = send.ticket;
            }
            RC_ASSERT(outcome.sends.size() + outcome.cancelled.size()
                      <= std::size_t(outcome.arrived));
            RC_TAG(outcome.sends.size() < std::size_t(outcome.arrived) ? "backlog" : "all sent");
        });
}

bool checkSaturatedThroughput()
{
    return rc::check("demand above the target: at least 95 % of the target per window is sent", [] {
        const RatePolicy policy = randomPolicy();
        const qint64 windowMs = policy.window.count();
        std::vector<Event> events;
        events.push_back({0, EventKind::Arrive, policy.target});
        for (qint64 start = 0; start < SimulatedMs; start += windowMs) {
            // More than the target arrives in every window, at random moments.
            int left = policy.target + *rc::gen::inRange(1, policy.target + 2);
            while (left > 0) {
                const int count = std::min(left, *rc::gen::inRange(1, 50));
                const qint64 at = start + *rc::gen::inRange<qint64>(0, windowMs);
                events.push_back({std::min(at, SimulatedMs - 1), EventKind::Arrive, count});
                left -= count;
            }
        }
        const Outcome outcome = play(policy, events, {});
        assertWindowNeverExceedsTarget(outcome, policy);
        const double windows = double(SimulatedMs) / double(windowMs);
        const auto sent = std::count_if(outcome.sends.begin(), outcome.sends.end(),
                                        [](const Send &send) { return send.atMs < SimulatedMs; });
        const double expected = 0.95 * policy.target * std::floor(windows);
        RC_ASSERT(double(sent) >= expected);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("RC_PARAMS"))
        qputenv("RC_PARAMS", "max_success=1000");
    const bool ok = checkWindowPausesAndCancels() && checkSaturatedThroughput();
    return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}

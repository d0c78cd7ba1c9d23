// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "http/apiclient.h"
#include "ratelimit/ratelimiter.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>
#include <optional>

class Clock;
class KeyRing;
class QTimer;

// Where one request goes and with which key: the secret either comes from the key ring by
// profile id or is given (the CLI's --key-env); it is never stored here beyond the run.
struct RunTarget
{
    Environment environment;
    QString keyProfileId; // read from the KeyRing when secret is empty
    QByteArray secret;
    QString practiceGroup;
    bool retries = true; // the retry policy of RELIABILITY.md §3.5; off for --no-retry
    bool throttle = true; // queue under the key's target rather than send at once
};

// One user request through the whole path: key read, throttle, send, automatic retries.
// Reports every attempt, each wait, then finishes once and deletes itself. It reads the time
// from the limiter's Clock: on a manual clock (a VirtualClock) it starts no timer, and a retry
// waits until the runner's process() finds it due.
class RequestRun : public QObject
{
    Q_OBJECT
public:
    enum class Stage { ReadingKey, Queued, Sending, WaitingToRetry, Finished };
    Q_ENUM(Stage)

    void cancel();
    Stage stage() const { return m_stage; }
    // The limiter's key for this run: environment id and key fingerprint, never the key.
    QString rateKey() const { return m_rateKey; }
    int attempt() const { return m_attempt; }

signals:
    // wait is how long until the next step is expected (queued or retry), zero otherwise.
    void stageChanged(RequestRun::Stage stage, std::chrono::milliseconds wait);
    void attemptFinished(const Exchange &exchange);
    void finished(const Exchange &exchange);

private:
    friend class RequestRunner;
    RequestRun(ApiClient *client, KeyRing *keys, RateLimiter *limiter, Clock *clock,
               const RunTarget &target, const ApiRequest &request, QObject *parent);
    void start();
    void secretReady(const QByteArray &secret);
    void enqueue();
    void sendNow();
    void attemptDone(const Exchange &exchange);
    void waitToRetry(std::chrono::milliseconds wait);
    // On a manual clock: enqueues the retry when its time has come; true when it did.
    bool retryIfDue();
    void setStage(Stage stage, std::chrono::milliseconds wait = {});
    void finishWith(const Exchange &exchange);
    void finishRefused(Refusal refusal, const QString &text);

    ApiClient *const m_client;
    KeyRing *const m_keys;
    RateLimiter *const m_limiter;
    Clock *const m_clock;
    RunTarget m_target;
    ApiRequest m_request;
    RetryPolicy m_retryPolicy;
    QString m_rateKey;
    QPointer<ApiCall> m_call;
    QTimer *const m_retryTimer;
    std::optional<std::chrono::milliseconds> m_retryDue; // on a manual clock only
    RateLimiter::Ticket m_ticket = 0;
    Stage m_stage = Stage::ReadingKey;
    int m_attempt = 0;
    bool m_finished = false;
};

// Starts runs over shared parts; the composition root makes one. Its clock is the limiter's
// (a SystemClock of its own without a limiter).
class RequestRunner : public QObject
{
    Q_OBJECT
public:
    RequestRunner(ApiClient *client, KeyRing *keys, RateLimiter *limiter,
                  QObject *parent = nullptr);
    ~RequestRunner() override;
    RequestRun *start(const RunTarget &target, const ApiRequest &request);
    RateLimiter *limiter() const { return m_limiter; }
    ApiClient *client() const { return m_client; }
    Clock *clock() const { return m_clock; }
    static QString rateKeyFor(const QString &environmentId, const QString &fingerprint);

    // On a manual clock, where nothing starts timers: enqueues the retries that are due and lets
    // the limiter send what is due. The caller moves the clock, then calls this.
    void process();
    // The monotonic time at which process() next has something to do, or nullopt.
    std::optional<std::chrono::milliseconds> nextWakeUp() const;

private:
    ApiClient *const m_client;
    KeyRing *const m_keys;
    RateLimiter *const m_limiter;
    std::unique_ptr<Clock> m_ownClock;
    Clock *const m_clock;
};

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "http/apiclient.h"
#include "ratelimit/ratelimiter.h"

#include <QObject>
#include <QPointer>

#include <chrono>

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
// Reports every attempt, each wait, then finishes once and deletes itself.
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
    RequestRun(ApiClient *client, KeyRing *keys, RateLimiter *limiter, const RunTarget &target,
               const ApiRequest &request, QObject *parent);
    void start();
    void secretReady(const QByteArray &secret);
    void enqueue();
    void sendNow();
    void attemptDone(const Exchange &exchange);
    void setStage(Stage stage, std::chrono::milliseconds wait = {});
    void finishWith(const Exchange &exchange);
    void finishRefused(Refusal refusal, const QString &text);

    ApiClient *const m_client;
    KeyRing *const m_keys;
    RateLimiter *const m_limiter;
    RunTarget m_target;
    ApiRequest m_request;
    RetryPolicy m_retryPolicy;
    QString m_rateKey;
    QPointer<ApiCall> m_call;
    QTimer *const m_retryTimer;
    RateLimiter::Ticket m_ticket = 0;
    Stage m_stage = Stage::ReadingKey;
    int m_attempt = 0;
    bool m_finished = false;
};

// Starts runs over shared parts; the composition root makes one.
class RequestRunner : public QObject
{
    Q_OBJECT
public:
    RequestRunner(ApiClient *client, KeyRing *keys, RateLimiter *limiter,
                  QObject *parent = nullptr);
    RequestRun *start(const RunTarget &target, const ApiRequest &request);
    RateLimiter *limiter() const { return m_limiter; }
    ApiClient *client() const { return m_client; }
    static QString rateKeyFor(const QString &environmentId, const QString &fingerprint);

private:
    ApiClient *const m_client;
    KeyRing *const m_keys;
    RateLimiter *const m_limiter;
};

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "requestrun.h"

#include "keys/keyjob.h"
#include "keys/keyprofile.h"
#include "keys/keyprofilestore.h"
#include "keys/keyring.h"
#include "ratelimit/clock.h"

#include <QCoreApplication>
#include <QTimer>

RequestRun::RequestRun(ApiClient *client, KeyRing *keys, RateLimiter *limiter, Clock *clock,
                       const RunTarget &target, const ApiRequest &request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_keys(keys)
    , m_limiter(limiter)
    , m_clock(clock)
    , m_target(target)
    , m_request(request)
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &RequestRun::enqueue);
}

void RequestRun::start()
{
    setStage(Stage::ReadingKey);
    if (!m_target.secret.isEmpty() || !m_keys) {
        secretReady(m_target.secret);
        return;
    }
    KeyJob *job = m_keys->readSecret(m_target.keyProfileId);
    connect(job, &KeyJob::finished, this, [this, job] {
        if (!job->isOk()) {
            finishRefused(job->keychainResult().status == SecretResult::Locked
                              ? Refusal::KeychainLocked
                              : Refusal::KeyUnavailable,
                          job->errorText());
            return;
        }
        secretReady(job->secret());
    });
}

void RequestRun::secretReady(const QByteArray &secret)
{
    if (m_finished)
        return;
    m_target.secret = secret;
    m_rateKey = RequestRunner::rateKeyFor(m_target.environment.id, keyFingerprint(secret));
    if (m_limiter) {
        m_limiter->setPolicy(
            m_rateKey,
            RatePolicy::forLimit(m_target.environment.rateLimit,
                                 std::chrono::seconds(m_target.environment.rateWindowSeconds)));
    }
    enqueue();
}

void RequestRun::enqueue()
{
    if (m_finished)
        return;
    if (!m_limiter || !m_target.throttle) {
        if (m_limiter)
            m_limiter->recordSent(m_rateKey);
        sendNow();
        return;
    }
    m_ticket = m_limiter->enqueue(
        m_rateKey, [this] { sendNow(); }, this);
    if (m_ticket && m_limiter->isQueued(m_ticket))
        setStage(Stage::Queued,
                 m_limiter->estimatedWait(m_ticket).value_or(std::chrono::milliseconds(0)));
}

void RequestRun::sendNow()
{
    m_ticket = 0;
    ++m_attempt;
    setStage(Stage::Sending);
    m_call = m_client->send(m_target.environment,
                            {m_target.secret, m_target.practiceGroup.toUtf8()}, m_request);
    connect(m_call, &ApiCall::finished, this, &RequestRun::attemptDone);
}

void RequestRun::attemptDone(const Exchange &result)
{
    Exchange exchange = result;
    exchange.attempt = m_attempt;
    if (m_limiter) // also for a refusal: the send it counted is taken back
        m_limiter->recordAnswer(m_rateKey, exchange);
    emit attemptFinished(exchange);
    if (m_finished)
        return;
    if (exchange.status == 401 && m_limiter)
        m_limiter->cancelAll(m_rateKey); // a bad key stops every queued request for it
    if (m_target.retries && exchange.wasSent()
        && exchange.transportError != TransportError::Canceled) {
        const RetryDecision decision =
            m_retryPolicy.decide(exchange, m_request.method, m_attempt, m_clock->wallNow());
        if (decision.retry) {
            // With the throttle on, a 429 has paused the key in the limiter, which holds the
            // request until then; without it, the run waits itself.
            const bool limiterWaits =
                decision.reason == RetryReason::RateLimited && m_limiter && m_target.throttle;
            const auto wait = limiterWaits ? std::chrono::milliseconds(0) : decision.wait;
            const auto shown = limiterWaits ? m_limiter->untilAdmitted(m_rateKey) : decision.wait;
            setStage(Stage::WaitingToRetry, shown);
            waitToRetry(wait);
            return;
        }
    }
    finishWith(exchange);
}

void RequestRun::waitToRetry(std::chrono::milliseconds wait)
{
    if (m_clock->isManual())
        m_retryDue = m_clock->now() + wait;
    else
        m_retryTimer->start(int(wait.count()));
}

bool RequestRun::retryIfDue()
{
    if (m_finished || !m_retryDue || *m_retryDue > m_clock->now())
        return false;
    m_retryDue.reset();
    enqueue();
    return true;
}

void RequestRun::cancel()
{
    if (m_finished)
        return;
    if (m_ticket && m_limiter)
        m_limiter->cancel(m_ticket);
    m_retryTimer->stop();
    m_retryDue.reset();
    if (m_call && m_stage == Stage::Sending) {
        m_call->cancel(); // finishes through attemptDone with TransportError::Canceled
        return;
    }
    Exchange exchange;
    exchange.request.method = m_request.method;
    exchange.request.url = ApiClient::urlFor(m_target.environment, m_request);
    exchange.startedAt = m_clock->wallNow();
    exchange.transportError = TransportError::Canceled;
    exchange.errorText = QCoreApplication::translate("RequestRun", "Cancelled before it was sent.");
    exchange.attempt = m_attempt;
    finishWith(exchange);
}

void RequestRun::setStage(Stage stage, std::chrono::milliseconds wait)
{
    m_stage = stage;
    emit stageChanged(stage, wait);
}

void RequestRun::finishRefused(Refusal refusal, const QString &text)
{
    Exchange exchange;
    exchange.request.method = m_request.method;
    exchange.request.url = ApiClient::urlFor(m_target.environment, m_request);
    exchange.startedAt = m_clock->wallNow();
    exchange.refusal = refusal;
    exchange.refusalText = text;
    finishWith(exchange);
}

void RequestRun::finishWith(const Exchange &exchange)
{
    if (m_finished)
        return;
    m_finished = true;
    m_target.secret.fill('\0');
    m_target.secret.clear();
    setStage(Stage::Finished);
    emit finished(exchange);
    deleteLater();
}

RequestRunner::RequestRunner(ApiClient *client, KeyRing *keys, RateLimiter *limiter,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_keys(keys)
    , m_limiter(limiter)
    , m_ownClock(limiter ? nullptr : std::make_unique<SystemClock>())
    , m_clock(limiter ? limiter->clock() : m_ownClock.get())
{
}

RequestRunner::~RequestRunner() = default;

RequestRun *RequestRunner::start(const RunTarget &target, const ApiRequest &request)
{
    auto *run = new RequestRun(m_client, m_keys, m_limiter, m_clock, target, request, this);
    QTimer::singleShot(0, run, [run] { run->start(); });
    return run;
}

void RequestRunner::process()
{
    // A retry that goes now may be sent at once or queue in the limiter behind others.
    const QList<RequestRun *> runs = findChildren<RequestRun *>(Qt::FindDirectChildrenOnly);
    for (RequestRun *run : runs)
        run->retryIfDue();
    if (m_limiter)
        m_limiter->process();
}

std::optional<std::chrono::milliseconds> RequestRunner::nextWakeUp() const
{
    std::optional<std::chrono::milliseconds> next =
        m_limiter ? m_limiter->nextWakeUp() : std::nullopt;
    const QList<RequestRun *> runs = findChildren<RequestRun *>(Qt::FindDirectChildrenOnly);
    for (const RequestRun *run : runs) {
        if (run->m_retryDue && !run->m_finished && (!next || *run->m_retryDue < *next))
            next = run->m_retryDue;
    }
    return next;
}

QString RequestRunner::rateKeyFor(const QString &environmentId, const QString &fingerprint)
{
    return environmentId + u'/' + fingerprint;
}

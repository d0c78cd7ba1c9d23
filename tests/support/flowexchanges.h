// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "crossorg/crossorgflow.h"
#include "http/exchange.h"

#include <QByteArray>
#include <QUrl>

// Exchanges as the client would report them for GET /v1/appointments/1 with the Riverside
// key, for tests of what the flow, the diagnosis and the gauge make of them. Header-only: the
// tests that include it link hero_core.
namespace FlowExchanges {

inline Exchange answered(const QByteArray &group, int status, const QByteArray &body = "{}")
{
    Exchange exchange;
    exchange.request.method = "GET";
    exchange.request.url = QUrl(QStringLiteral("http://127.0.0.1:8080/v1/appointments/1"));
    exchange.request.headers = {{"x-api-key", "…7Q2m"}, {"x-practice-group-id", group}};
    exchange.status = status;
    exchange.body = body;
    exchange.timings = {5, 9, 30, 35};
    return exchange;
}

inline Exchange transportFailure(const QByteArray &group, TransportError error)
{
    Exchange exchange = answered(group, 0, QByteArray());
    exchange.transportError = error;
    exchange.timings = {-1, -1, -1, 30000};
    return exchange;
}

// Refused by the client: nothing was built, so no request header names a group.
inline Exchange refused(Refusal refusal, const QString &text)
{
    Exchange exchange;
    exchange.request.method = "GET";
    exchange.request.url = QUrl(QStringLiteral("http://127.0.0.1:8080/v1/appointments/1"));
    exchange.refusal = refusal;
    exchange.refusalText = text;
    return exchange;
}

// Cancelled by the user: while queued (as RequestRun::cancel() reports it: no attempt, no
// headers), or while the request was on the wire.
inline Exchange cancelled(const QByteArray &group, bool whileQueued)
{
    if (whileQueued) {
        Exchange exchange = refused(Refusal::None, QString());
        exchange.transportError = TransportError::Canceled;
        exchange.attempt = 0;
        return exchange;
    }
    Exchange exchange = transportFailure(group, TransportError::Canceled);
    exchange.timings = {5, 9, -1, 800};
    return exchange;
}

// The four states, first letters: D done, F failed, U unknown, N not reached.
inline QString statesOf(const CrossOrgFlow &flow)
{
    QString states;
    for (const FlowStep &step : flow.steps)
        states += flowStepStateId(step.state).at(0).toUpper();
    return states;
}

} // namespace FlowExchanges

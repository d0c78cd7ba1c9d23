// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "pendingexchange.h"

#include "http/apiclient.h"

PendingExchange::PendingExchange(QObject *parent)
    : QObject(parent)
{
}

PendingExchange *PendingExchange::fromApiCall(ApiCall *call)
{
    auto *pending = new PendingExchange(call);
    // The call deletes itself after finished(); the pending result outlives it.
    connect(call, &ApiCall::finished, pending, [pending](const Exchange &exchange) {
        pending->setParent(nullptr);
        pending->finish(exchange);
    });
    connect(pending, &PendingExchange::cancelRequested, call, &ApiCall::cancel);
    return pending;
}

void PendingExchange::finish(const Exchange &exchange)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exchange = exchange;
    emit finished(m_exchange);
    deleteLater();
}

void PendingExchange::cancel()
{
    emit cancelRequested();
}

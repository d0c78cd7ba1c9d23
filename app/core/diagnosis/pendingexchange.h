// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "http/exchange.h"

#include <QObject>

class ApiCall;

// An exchange that will arrive later: what a Doctor's sender returns. It reports once through
// finished() and then deletes itself. A result set before anyone connected is kept, so a sender
// may finish it at once.
class PendingExchange : public QObject
{
    Q_OBJECT
public:
    explicit PendingExchange(QObject *parent = nullptr);

    // Adapts a real call: finishes when the call does, and cancels it when cancelled.
    static PendingExchange *fromApiCall(ApiCall *call);

    void finish(const Exchange &exchange);
    void cancel();
    bool isFinished() const { return m_finished; }
    const Exchange &exchange() const { return m_exchange; }

signals:
    void finished(const Exchange &exchange);
    void cancelRequested();

private:
    Exchange m_exchange;
    bool m_finished = false;
};

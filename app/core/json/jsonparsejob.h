// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "jsonparseresult.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

// Parses one body on a worker thread. Reports progress, then finished() exactly once (Ok, an
// error with its position, or Canceled) and deletes itself afterwards.
class JsonParseJob : public QObject
{
    Q_OBJECT

public:
    explicit JsonParseJob(const QByteArray &body, QObject *parent = nullptr);
    ~JsonParseJob() override;

    void start();
    // finished(Canceled) is emitted at once; the worker's late result is dropped.
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(int percent);
    void finished(const JsonParseResult &result);

private:
    void finish(const JsonParseResult &result);

    QByteArray m_body; // released to the worker on start()
    std::shared_ptr<std::atomic_bool> m_canceled;
    QFutureWatcher<JsonParseResult> m_watcher;
    bool m_running = false;
    bool m_finished = false;
};

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "jsonparsejob.h"

#include <QCoreApplication>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

JsonParseJob::JsonParseJob(const QByteArray &body, QObject *parent)
    : QObject(parent)
    , m_body(body)
    , m_canceled(std::make_shared<std::atomic_bool>(false))
{
    connect(&m_watcher, &QFutureWatcher<JsonParseResult>::progressValueChanged, this,
            &JsonParseJob::progress);
    connect(&m_watcher, &QFutureWatcher<JsonParseResult>::finished, this, [this] {
        if (m_finished)
            return;
        const QFuture<JsonParseResult> future = m_watcher.future();
        if (future.isCanceled() || future.resultCount() == 0) {
            JsonParseResult canceled;
            canceled.status = JsonParseStatus::Canceled;
            canceled.message = QCoreApplication::translate("JsonParse", "Parsing was cancelled");
            finish(canceled);
            return;
        }
        finish(future.result());
    });
}

JsonParseJob::~JsonParseJob()
{
    // The worker holds its own reference to the flag and the body; it ends on its own.
    m_canceled->store(true);
}

void JsonParseJob::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    emit progress(0);
    QByteArray body = std::move(m_body);
    m_body = QByteArray();
    const std::shared_ptr<std::atomic_bool> canceled = m_canceled;
    m_watcher.setFuture(QtConcurrent::run(
        [](QPromise<JsonParseResult> &promise, QByteArray bytes,
           std::shared_ptr<std::atomic_bool> flag) {
            promise.setProgressRange(0, 100);
            promise.setProgressValue(10);
            // simdjson parses in one call; progress moves at the stage boundaries around it.
            JsonParseResult result = parseJson(std::move(bytes), flag.get());
            if (promise.isCanceled() || flag->load())
                return;
            promise.setProgressValue(100);
            promise.addResult(std::move(result));
        },
        std::move(body), canceled));
}

void JsonParseJob::cancel()
{
    if (m_finished)
        return;
    m_canceled->store(true);
    m_watcher.cancel();
    JsonParseResult result;
    result.status = JsonParseStatus::Canceled;
    result.message = QCoreApplication::translate("JsonParse", "Parsing was cancelled");
    finish(result);
}

void JsonParseJob::finish(const JsonParseResult &result)
{
    m_finished = true;
    m_running = false;
    emit finished(result);
    deleteLater();
}

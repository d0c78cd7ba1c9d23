// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "collections/assertion.h"
#include "collections/collectionvariables.h"
#include "collections/httprequesttext.h"
#include "session/requestrun.h"

#include <QElapsedTimer>
#include <QJsonValue>
#include <QObject>
#include <QPointer>

// One request of a collection run: where it is written and what it says.
struct RunItem
{
    QString filePath;
    int index = 0; // in its file
    int line = 0; // its request line, 1-based
    HttpRequestText request;
    QMap<QString, QString> fileVariables;
    QStringList ignored; // lines of its file the runner does not run ("line 9: response handler")

    // "list appointments", or "GET /v1/appointments" for an unnamed request.
    QString title() const;
};

// The requests a run takes from files and folders, in order: files in the order given, a
// folder's .http and .rest files in name order, subfolders after files; within a file, file
// order. filter, when set, keeps requests whose name (or title) contains it. A file that cannot
// be read is an error naming it; the run goes on without it.
QList<RunItem> collectRunItems(const QStringList &paths, const QString &filter,
                               QStringList *errors);

// What one request of a run came to.
struct RunItemResult
{
    enum class Outcome { Passed, Failed, Error };
    Outcome outcome = Outcome::Error;
    bool attempted = false; // false when it was not sent: the problem was found before
    Exchange exchange; // empty when nothing was sent
    QList<AssertionResult> assertions;
    // Why it failed before or without an answer: an unresolved or missing chained value, an
    // assertion that cannot be read (with its file and line), a refused URL, no answer.
    QString problem;
    QStringList skipped; // what was not run (scripts), never counted as passed
    qint64 elapsedMs = 0;
};

// The totals of a run.
struct RunSummary
{
    int requests = 0; // run, of those planned
    int planned = 0;
    int passed = 0;
    int failed = 0;
    int errors = 0; // no answer, or not sent
    int assertionsPassed = 0;
    int assertionsFailed = 0;
    int skipped = 0; // lines not run
    bool cancelled = false;
    bool bailed = false;
    qint64 elapsedMs = 0;
};

// Runs the requests of a collection one after the other through the explorer's own request
// path (key ring, throttle, retries), so a 429 waits rather than fails. Each request sees its
// file's variables, the environment's from http-client.env.json and the responses of the named
// requests before it ({{created.id}}); its "??" lines are checked against its answer.
class CollectionRun : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        RunTarget target; // environment, key and the practice group requests act for by default
        QMap<QString, QString> environmentVariables; // from http-client.env.json
        bool bail = false; // stop at the first request that fails
        // Production runs only what the user confirmed (hero-cli's --confirm-production).
        bool confirmedForProduction = false;
    };

    CollectionRun(RequestRunner *runner, const QList<RunItem> &items, const Options &options,
                  QObject *parent = nullptr);
    ~CollectionRun() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const QList<RunItem> &items() const { return m_items; }
    const QList<RunItemResult> &results() const { return m_results; }
    RunSummary summary() const;
    // The run in flight, for its wait (throttle, retry); null between requests.
    RequestRun *current() const { return m_current; }

signals:
    void itemStarted(int index);
    void itemFinished(int index, const RunItemResult &result);
    void stageChanged(RequestRun::Stage stage, std::chrono::milliseconds wait);
    void finished(const RunSummary &summary);

private:
    void next();
    void onFinished(const Exchange &exchange);
    void finishItem(RunItemResult result);
    void finishRun();
    // The chained values ({{name.path}}) the request uses, from earlier named responses; sets
    // *problem naming the first that has no value.
    QMap<QString, QString> chainedValues(const HttpRequestText &request, QString *problem) const;

    RequestRunner *const m_runner;
    const QList<RunItem> m_items;
    const Options m_options;
    QList<RunItemResult> m_results;
    QMap<QString, QJsonValue> m_responses; // parsed bodies of named requests, by name
    VariableScope m_scope; // what the request in flight was resolved with
    QStringList m_skipped; // and what of it is not run
    QPointer<RequestRun> m_current;
    QElapsedTimer m_clock;
    QElapsedTimer m_itemClock;
    qint64 m_elapsedMs = -1; // frozen when the run ends, so every report of it agrees
    int m_next = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_bailed = false;
};

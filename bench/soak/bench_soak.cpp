// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
//
// Soak (issue 14): 20,000 requests, one after another, through the explorer's core as the app
// wires it (ExplorerParts: network manager with the proxy sign-in and the explorer's proxy
// factory, key ring, throttle, RequestRun with its retries, history on and saved to a file), with
// diagnose() on every attempt and answer, the network map and the JSON parse job on each answer,
// as the main window does. They go to a hero-sandbox process with its rate limit raised, as a
// mix of GET and POST answered 200/201/401/403/404/429 and a few faults (reset, truncate).
// Resident memory, the heap in use, open descriptors and live QObjects are read after the first
// 1,000 requests and at the end (goal: RSS grows ≤ 10 %, descriptors not at all). A bare
// QNetworkAccessManager sending the same mix, in its own process in the same run, is the floor:
// what Qt's stack alone does over as many requests.
#include "catalogue/catalogue.h"
#include "crossorg/networkmap.h"
#include "diagnosis/diagnosis.h"
#include "explorer/explorerparts.h"
#include "http/proxyfactory.h"
#include "json/jsondocumentmodel.h"
#include "json/jsonparsejob.h"
#include "keys/memorysecretstore.h"
#include "keys/sandboxkeys.h"
#include "processprobe.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QNetworkReply>
#include <QProcess>
#include <QSettings>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <functional>
#include <optional>
#include <vector>

namespace {

constexpr int RaisedLimit = 100000000; // per window, for the sandbox and the client's throttle
constexpr int CheckpointEvery = 1000;

const QByteArray FullKey = QByteArrayLiteral("hero_sbx_full_7Q2mX9");
const QByteArray MessagingKey = QByteArrayLiteral("hero_sbx_msg_K4pL8v");
const QByteArray ElmKey = QByteArrayLiteral("hero_sbx_elm_Z1rT5c");
const QByteArray ExpiredKey = QByteArrayLiteral("hero_sbx_expired_Q0aa");
const QByteArray MessageBody = QByteArrayLiteral(
    R"({"patient_id":"p-1","channel":"sms","message":"Your appointment is confirmed."})");

// One kind of request in the mix.
struct Row
{
    const char *what;
    QByteArray method;
    const char *path;
    QByteArray key;
    const char *group;
    QByteArray fault; // x-sandbox-fault; empty for none
};

// The 429 row goes with a key of its own: the pause a 429 puts on its key then holds up only
// the next 429 row, as it would in the app.
const Row Rows[] = {
    {"GET /v1/me → 200", "GET", "/v1/me", FullKey, "1001", {}},
    {"GET /v1/me for a group of the same network → 200", "GET", "/v1/me", FullKey, "1002", {}},
    {"GET /v1/practice-groups → 200", "GET", "/v1/practice-groups", FullKey, "1001", {}},
    {"POST /v1/messages/send → 200", "POST", "/v1/messages/send", FullKey, "1001", {}},
    {"GET /v1/me, expired key → 401", "GET", "/v1/me", ExpiredKey, "1001", {}},
    {"GET /v1/me for another organisation → 403", "GET", "/v1/me", FullKey, "2001", {}},
    {"GET /v1/appointments without the scope → 403",
     "GET",
     "/v1/appointments",
     MessagingKey,
     "1001",
     {}},
    {"GET /v1/no-such-route → 404", "GET", "/v1/no-such-route", FullKey, "1001", {}},
    {"POST /v1/messages/send, connection reset (a write: not retried)", "POST", "/v1/messages/send",
     FullKey, "1001", "reset"},
    {"POST /v1/messages/send, body cut short", "POST", "/v1/messages/send", FullKey, "1001",
     "truncate"},
    {"GET /v1/me → 429, Retry-After: 1 (retried up to 5 attempts)", "GET", "/v1/me", ElmKey, "2001",
     "status=429"},
    {"GET /v1/me, connection reset (retried up to 3 attempts)", "GET", "/v1/me", FullKey, "1001",
     "reset"},
};
constexpr int RowCount = int(sizeof(Rows) / sizeof(Rows[0]));

// Which row request i sends. In every 1,000: 630 GET /v1/me; 50 each of the same-network group,
// the practice groups, the POST, 401, both 403s and 404; 8 resets and 10 truncations on the
// POST; one 429 and one reset GET, whose retries wait seconds each.
int rowFor(int i)
{
    const int position = i % 1000;
    if (position == 250)
        return 10;
    if (position == 750)
        return 11;
    if (position % 100 == 50)
        return 8;
    if (position % 100 == 51)
        return 9;
    switch (position % 20) {
    case 1:
        return 4;
    case 2:
        return 5;
    case 3:
        return 6;
    case 4:
        return 7;
    case 5:
        return 3;
    case 6:
        return 2;
    case 7:
        return 1;
    default:
        return 0;
    }
}

// The final outcome of one request, as the mix table shows it.
QString outcomeOf(const Exchange &exchange)
{
    if (!exchange.wasSent())
        return QStringLiteral("refused: ") + refusalId(exchange.refusal);
    if (exchange.transportError != TransportError::None)
        return transportErrorId(exchange.transportError);
    return QString::number(exchange.status);
}

// What one soak reports on its standard output, one line each, for the driver to collect.
class Report
{
public:
    explicit Report(QTextStream &out)
        : m_out(out)
    {
    }
    void checkpoint(int requests, const ProcessSample &s, qint64 activeMs, qint64 waitMs)
    {
        m_out << "checkpoint " << requests << ' ' << s.rssKb << ' ' << s.heapBytes << ' '
              << s.descriptors << ' ' << s.qobjects << ' ' << activeMs << ' ' << waitMs << ' '
              << qint64(s.cpuMs) << Qt::endl;
    }
    void outcome(int row, const QString &outcome)
    {
        ++m_outcomes[row][outcome];
        ++m_runs[row];
    }
    void extra(const QString &line) { m_out << "note " << line << Qt::endl; }
    void finish()
    {
        for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it) {
            QStringList parts;
            for (auto o = it->cbegin(); o != it->cend(); ++o)
                parts << o.key() + QStringLiteral(" ×") + QString::number(o.value());
            m_out << "mix " << it.key() << ' ' << m_runs.value(it.key()) << ' '
                  << parts.join(QStringLiteral(", ")) << Qt::endl;
        }
    }

private:
    QTextStream &m_out;
    QMap<int, QMap<QString, int>> m_outcomes;
    QMap<int, int> m_runs;
};

// Drives requests one after another and samples the process every CheckpointEvery requests,
// after settle() has let the event loop tidy up. Time spent at checkpoints is not counted.
class Soak
{
public:
    Soak(int requests, Report *report)
        : m_requests(requests)
        , m_report(report)
    {
    }
    virtual ~Soak() = default;

    int run()
    {
        m_timer.start();
        QTimer::singleShot(0, &m_context, [this] { send(0); });
        return QCoreApplication::exec();
    }

protected:
    virtual void send(int i) = 0;
    // Calls then() once pending work (deferred deletes, saves) is done.
    virtual void settle(std::function<void()> then) = 0;

    void answered(int i)
    {
        const int done = i + 1;
        if (done % CheckpointEvery != 0 && done != m_requests) {
            send(done);
            return;
        }
        m_activeMs += m_timer.elapsed();
        settle([this, done] {
            m_report->checkpoint(done, ProcessProbe::sample(), m_activeMs, m_waitMs);
            if (done == m_requests) {
                QCoreApplication::quit();
                return;
            }
            m_timer.start();
            send(done);
        });
    }

    QObject m_context;
    const int m_requests;
    Report *const m_report;
    qint64 m_waitMs = 0; // of the active time, spent waiting for a retry or the throttle

private:
    QElapsedTimer m_timer;
    qint64 m_activeMs = 0;
};

// The explorer's core, as app/main.cpp and MainWindow use it.
class ExplorerSoak : public Soak
{
public:
    ExplorerSoak(const QUrl &base, int requests, Report *report)
        : Soak(requests, report)
        , m_settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
        , m_parts(&m_settings, &m_keychain, m_dir.filePath(QStringLiteral("history.json")),
                  new ExplorerProxyFactory, {})
        , m_environment(sandboxEnvironment(base))
    {
        m_environment.rateLimit = RaisedLimit;
        m_parts.history.load();
        const QList<SandboxKey> keys = loadSandboxKeys();
        m_parts.keys.addSandboxKeys(keys);
        for (const KeyProfile &profile : m_parts.profiles.profilesFor(m_environment.id)) {
            for (const SandboxKey &key : keys) {
                if (keyFingerprint(key.key) == profile.fingerprint)
                    m_profiles.insert(key.key, profile);
            }
        }
    }

    ~ExplorerSoak() override
    {
        m_report->extra(QStringLiteral("history %1 entries (cap %2), %3 bytes in memory (cap %4)")
                            .arg(m_parts.history.entries().size())
                            .arg(m_parts.history.maxEntries())
                            .arg(m_parts.history.totalBytes())
                            .arg(m_parts.history.maxBytes()));
    }

protected:
    void send(int i) override
    {
        const int rowIndex = rowFor(i);
        const Row &row = Rows[rowIndex];
        const KeyProfile key = m_profiles.value(row.key);
        RunTarget target;
        target.environment = m_environment;
        target.keyProfileId = key.id;
        target.practiceGroup = QString::fromLatin1(row.group);
        ApiRequest request;
        request.method = row.method;
        request.path = QString::fromLatin1(row.path);
        if (request.method == "POST")
            request.body = MessageBody;
        request.extraHeaders.append(
            qMakePair(QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json")));
        if (!row.fault.isEmpty())
            request.extraHeaders.append(qMakePair(QByteArrayLiteral("x-sandbox-fault"), row.fault));
        RequestRun *run = m_parts.runner.start(target, request);
        QObject::connect(run, &RequestRun::stageChanged, &m_context,
                         [this](RequestRun::Stage stage) { countWaits(stage); });
        // As MainWindow::send: every attempt that went out is diagnosed into the history.
        QObject::connect(run, &RequestRun::attemptFinished, &m_context,
                         [this, key, target, request](const Exchange &exchange) {
                             if (!exchange.wasSent())
                                 return;
                             HistoryContext context =
                                 HistoryContext::forEnvironment(target.environment);
                             context.practiceGroup = target.practiceGroup;
                             context.keyFingerprint = u"…" + key.fingerprint;
                             context.keyLabel = key.label;
                             context.diagnosisCode =
                                 diagnose(exchange, diagnosisContext(key, request)).code;
                             m_parts.history.add(exchange, context);
                         });
        QObject::connect(run, &RequestRun::finished, &m_context,
                         [this, i, rowIndex, key, request](const Exchange &exchange) {
                             m_report->outcome(rowIndex, outcomeOf(exchange));
                             show(i, key, request, exchange);
                         });
    }

    void settle(std::function<void()> then) override
    {
        // The history saves a second after the last change, off the GUI thread: measure once
        // that is done, so each checkpoint sees the same state.
        if (!m_parts.history.hasUnsavedChanges()) {
            QTimer::singleShot(0, &m_context,
                               [this, then] { QTimer::singleShot(0, &m_context, then); });
            return;
        }
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(&m_parts.history, &HistoryStore::saved, &m_context,
                                       [this, connection, then] {
                                           QObject::disconnect(*connection);
                                           settle(then);
                                       });
    }

private:
    void countWaits(RequestRun::Stage stage)
    {
        const bool waiting =
            stage == RequestRun::Stage::Queued || stage == RequestRun::Stage::WaitingToRetry;
        if (waiting && !m_waiting.isValid()) {
            m_waiting.start();
        } else if (!waiting && m_waiting.isValid()) {
            m_waitMs += m_waiting.elapsed();
            m_waiting.invalidate();
        }
    }

    DiagnosisContext diagnosisContext(const KeyProfile &key, const ApiRequest &request)
    {
        DiagnosisContext context;
        context.environment = m_environment;
        context.keyLabel = key.label;
        context.keyFingerprint = u"…" + key.fingerprint;
        context.homePracticeGroup = key.homePracticeGroup;
        context.requiredScopeLookup = [this, request] {
            if (!m_catalogue)
                m_catalogue = Catalogue::bundled();
            const Operation *operation =
                m_catalogue->find(QString::fromLatin1(request.method), request.path);
            return operation ? operation->requiredScope : QString();
        };
        return context;
    }

    // As MainWindow::showExchange and the response viewer: diagnose, feed the network map,
    // parse the body into the tree model; the next request goes once the parse is done.
    void show(int i, const KeyProfile &key, const ApiRequest &request, const Exchange &exchange)
    {
        const Diagnosis diagnosis = diagnose(exchange, diagnosisContext(key, request));
        const QString mapKey = m_environment.id + u'/' + key.fingerprint;
        if (exchange.wasSent())
            m_map.recordExchange(mapKey, key.homePracticeGroup, exchange, diagnosis);
        if (exchange.isSuccess() && request.path == u"/v1/practice-groups")
            m_map.recordPracticeGroups(mapKey, exchange.body);
        m_model.clear();
        if (exchange.body.isEmpty()) {
            answered(i);
            return;
        }
        auto *job = new JsonParseJob(exchange.body, &m_context);
        QObject::connect(job, &JsonParseJob::finished, &m_context,
                         [this, i](const JsonParseResult &result) {
                             if (result.ok())
                                 m_model.setDocument(result.document);
                             answered(i);
                         });
        job->start();
    }

    QTemporaryDir m_dir;
    QSettings m_settings;
    MemorySecretStore m_keychain;
    ExplorerParts m_parts;
    Environment m_environment;
    QHash<QByteArray, KeyProfile> m_profiles;
    NetworkMap m_map;
    JsonDocumentModel m_model;
    std::optional<Catalogue> m_catalogue;
    QElapsedTimer m_waiting;
};

// The floor: the same requests through a bare QNetworkAccessManager, with the auth headers and
// nothing else, each reply read and deleted.
class BareSoak : public Soak
{
public:
    BareSoak(const QUrl &base, int requests, Report *report)
        : Soak(requests, report)
        , m_base(base)
    {
    }

protected:
    void send(int i) override
    {
        const int rowIndex = rowFor(i);
        const Row &row = Rows[rowIndex];
        QNetworkRequest request(QUrl(m_base.toString() + QLatin1String(row.path)));
        request.setRawHeader("x-api-key", row.key);
        request.setRawHeader("x-practice-group-id", row.group);
        request.setRawHeader("content-type", "application/json");
        if (!row.fault.isEmpty())
            request.setRawHeader("x-sandbox-fault", row.fault);
        QNetworkReply *reply =
            row.method == "POST" ? m_network.post(request, MessageBody) : m_network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &m_context, [this, i, rowIndex, reply] {
            reply->readAll();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            m_report->outcome(rowIndex,
                              reply->error() == QNetworkReply::NoError || status >= 400
                                  ? QString::number(status)
                                  : QStringLiteral("error %1").arg(reply->error()));
            reply->deleteLater();
            answered(i);
        });
    }

    void settle(std::function<void()> then) override
    {
        QTimer::singleShot(0, &m_context,
                           [this, then] { QTimer::singleShot(0, &m_context, then); });
    }

private:
    const QUrl m_base;
    QNetworkAccessManager m_network;
};

// Checkpoints and outcomes of one soak, read back from its output.
struct Result
{
    struct Point
    {
        int requests = 0;
        ProcessSample sample;
        qint64 activeMs = 0;
        qint64 waitMs = 0;
    };
    std::vector<Point> points;
    QMap<int, QString> mix; // row → "runs|outcomes"
    QStringList notes;
    bool ok = false;

    const Point *at(int requests) const
    {
        for (const Point &point : points) {
            if (point.requests == requests)
                return &point;
        }
        return nullptr;
    }
};

Result parseResult(const QByteArray &output)
{
    Result result;
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.value(0) == "checkpoint" && f.size() == 9) {
            Result::Point point;
            point.requests = f[1].toInt();
            point.sample.rssKb = f[2].toLongLong();
            point.sample.heapBytes = f[3].toLongLong();
            point.sample.descriptors = f[4].toInt();
            point.sample.qobjects = f[5].toLongLong();
            point.activeMs = f[6].toLongLong();
            point.waitMs = f[7].toLongLong();
            point.sample.cpuMs = f[8].toDouble();
            result.points.push_back(point);
        } else if (f.value(0) == "mix" && f.size() >= 4) {
            result.mix.insert(
                f[1].toInt(),
                QString::fromUtf8(f[2]) + u'|'
                    + QString::fromUtf8(line.mid(f[0].size() + f[1].size() + f[2].size() + 3)));
        } else if (f.value(0) == "note") {
            result.notes << QString::fromUtf8(line.mid(5));
        }
    }
    result.ok = !result.points.empty();
    return result;
}

int runSoak(const QString &mode, const QUrl &base, int requests)
{
    QTextStream out(stdout);
    Report report(out);
    int code = 0;
    {
        std::unique_ptr<Soak> soak;
        if (mode == u"explorer")
            soak = std::make_unique<ExplorerSoak>(base, requests, &report);
        else
            soak = std::make_unique<BareSoak>(base, requests, &report);
        code = soak->run();
    }
    report.finish();
    return code;
}

Result runChild(const QString &mode, const QUrl &base, int requests)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--child"), mode, QStringLiteral("--base"), base.toString(),
                 QStringLiteral("--requests"), QString::number(requests)});
    if (!child.waitForFinished(60 * 60 * 1000) || child.exitCode() != 0) {
        QTextStream(stderr) << "bench_soak: the " << mode << " soak failed\n";
        return {};
    }
    return parseResult(child.readAllStandardOutput());
}

QString mb(qint64 bytes)
{
    return QString::number(bytes / (1024.0 * 1024.0), 'f', 1);
}

QString percent(double from, double to)
{
    return (to >= from ? QStringLiteral("+") : QString())
        + QString::number((to - from) * 100.0 / from, 'f', 1) + QStringLiteral(" %");
}

QString signedCount(qint64 from, qint64 to)
{
    return (to >= from ? QStringLiteral("+") : QString()) + QString::number(to - from);
}

// Least-squares slope of a measure over the checkpoints from `first` on, per 1,000 requests: a
// leak shows as a steady rise, allocator noise as a slope near zero.
double trendPer1000(const Result &result, int first,
                    const std::function<double(const ProcessSample &)> &measure)
{
    double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const Result::Point &p : result.points) {
        if (p.requests < first)
            continue;
        const double x = p.requests / 1000.0;
        const double y = measure(p.sample);
        n += 1;
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
    }
    const double denominator = n * sxx - sx * sx;
    return n < 2 || denominator == 0 ? 0 : (n * sxy - sx * sy) / denominator;
}

QString signedNumber(double value)
{
    return (value >= 0 ? QStringLiteral("+") : QString()) + QString::number(value, 'f', 1);
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2)
                                          : QStringLiteral("?");
}

// Prints the tables; returns whether the goal was met.
bool printResults(int requests, int first, const Result &explorer, const Result &bare)
{
    QTextStream out(stdout);
    const struct
    {
        const char *name;
        const Result &result;
    } programs[] = {{"explorer core (ExplorerParts)", explorer},
                    {"bare QNetworkAccessManager (floor)", bare}};

    out << "\n| request | runs | explorer core: final answers | bare QNetworkAccessManager |\n"
        << "|---|---:|---|---|\n";
    for (int row = 0; row < RowCount; ++row) {
        const QString e = explorer.mix.value(row);
        out << "| " << Rows[row].what << " | " << e.section(u'|', 0, 0) << " | "
            << e.section(u'|', 1) << " | " << bare.mix.value(row).section(u'|', 1) << " |\n";
    }

    out << "\n| program | after requests | RSS MB | heap in use MB | open descriptors | live "
           "QObjects | requests/s | requests/s without retry waits | CPU µs/request since start |\n"
        << "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    for (const auto &program : programs) {
        for (const int at : {first, requests}) {
            const Result::Point *p = program.result.at(at);
            if (!p)
                continue;
            out << "| " << program.name << " | " << at << " | " << mb(p->sample.rssKb * 1024)
                << " | " << mb(p->sample.heapBytes) << " | " << p->sample.descriptors << " | "
                << p->sample.qobjects << " | "
                << QString::number(at * 1000.0 / std::max<qint64>(1, p->activeMs), 'f', 0) << " | "
                << QString::number(at * 1000.0 / std::max<qint64>(1, p->activeMs - p->waitMs), 'f',
                                   0)
                << " | " << QString::number(p->sample.cpuMs * 1000.0 / at, 'f', 0) << " |\n";
        }
    }

    out << "\nGrowth from " << first << " to " << requests << " requests:\n\n"
        << "| program | RSS | heap in use | open descriptors | live QObjects | RSS trend, kB per "
           "1,000 requests | heap trend, kB per 1,000 requests | goal: RSS ≤ +10 %, descriptors "
           "+0 |\n"
        << "|---|---:|---:|---:|---:|---:|---:|---|\n";
    bool met = false;
    for (const auto &program : programs) {
        const Result::Point *a = program.result.at(first);
        const Result::Point *b = program.result.at(requests);
        if (!a || !b)
            continue;
        const bool pass = (b->sample.rssKb - a->sample.rssKb) * 10 <= a->sample.rssKb
            && b->sample.descriptors <= a->sample.descriptors;
        const bool judged = &program.result == &explorer;
        if (judged)
            met = pass;
        out << "| " << program.name << " | " << percent(a->sample.rssKb, b->sample.rssKb) << " | "
            << percent(a->sample.heapBytes, b->sample.heapBytes) << " | "
            << signedCount(a->sample.descriptors, b->sample.descriptors) << " | "
            << signedCount(a->sample.qobjects, b->sample.qobjects) << " | "
            << signedNumber(trendPer1000(program.result, first,
                                         [](const ProcessSample &s) { return double(s.rssKb); }))
            << " | "
            << signedNumber(
                   trendPer1000(program.result, first,
                                [](const ProcessSample &s) { return s.heapBytes / 1024.0; }))
            << " | " << (judged ? (pass ? "**PASS**" : "**FAIL**") : "(floor, not judged)")
            << " |\n";
    }

    out << "\nRSS MB (heap in use MB) every " << CheckpointEvery * 2 << " requests:\n\n| program |";
    for (const Result::Point &p : explorer.points) {
        if (p.requests % (CheckpointEvery * 2) == 0 || p.requests == first)
            out << ' ' << p.requests << " |";
    }
    out << "\n|---|";
    for (const Result::Point &p : explorer.points) {
        if (p.requests % (CheckpointEvery * 2) == 0 || p.requests == first)
            out << "---:|";
    }
    out << '\n';
    for (const auto &program : programs) {
        out << "| " << program.name << " |";
        for (const Result::Point &p : program.result.points) {
            if (p.requests % (CheckpointEvery * 2) == 0 || p.requests == first)
                out << ' ' << mb(p.sample.rssKb * 1024) << " (" << mb(p.sample.heapBytes) << ") |";
        }
        out << '\n';
    }
    for (const QString &note : explorer.notes)
        out << "\nexplorer core: " << note << '\n';
    return met;
}

} // namespace

int main(int argc, char *argv[])
{
    ProcessProbe::countQObjects();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Soak: requests through the explorer's core, then through a bare QNetworkAccessManager, "
        "each in its own process, against one hero-sandbox."));
    parser.addHelpOption();
    const QCommandLineOption requestsOption(QStringLiteral("requests"),
                                            QStringLiteral("Requests in all (default 20000)."),
                                            QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption childOption(
        QStringLiteral("child"),
        QStringLiteral("Run one soak in this process: explorer or bare (for heaptrack); its "
                       "output is the raw lines the driver reads."),
        QStringLiteral("MODE"));
    const QCommandLineOption baseOption(
        QStringLiteral("base"),
        QStringLiteral("Use this running hero-sandbox (started with "
                       "--faults and a raised --rate-limit)."),
        QStringLiteral("URL"));
    parser.addOptions({requestsOption, childOption, baseOption});
    parser.process(app);
    const int requests = parser.value(requestsOption).toInt();
    const int first = std::min(CheckpointEvery, requests);
    if (requests < 1) {
        QTextStream(stderr) << "bench_soak: --requests must be at least 1\n";
        return 2;
    }

    QProcess server;
    QUrl base(parser.value(baseOption));
    if (base.isEmpty()) {
        server.start(QStringLiteral(HERO_SANDBOX_EXE),
                     {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--faults"),
                      QStringLiteral("--rate-limit"), QString::number(RaisedLimit)});
        if (!server.waitForReadyRead(10000)) {
            QTextStream(stderr) << "bench_soak: hero-sandbox did not start\n";
            return 1;
        }
        base = QUrl(QString::fromUtf8(server.readLine()).trimmed().section(u' ', -1));
    }
    const auto stopServer = [&server] {
        server.terminate();
        server.waitForFinished(5000);
    };

    if (parser.isSet(childOption)) {
        const QString mode = parser.value(childOption);
        if (mode != u"explorer" && mode != u"bare") {
            QTextStream(stderr) << "bench_soak: --child is explorer or bare\n";
            return 2;
        }
        const int code = runSoak(mode, base, requests);
        stopServer();
        return code;
    }

    QTextStream out(stdout);
    out << "bench_soak: " << requests << " sequential requests to hero-sandbox on loopback "
        << "(--faults, --rate-limit " << RaisedLimit << "), each program in its own process; "
        << QSysInfo::prettyProductName() << ", " << QSysInfo::currentCpuArchitecture() << ", Qt "
        << qVersion() << "; load average before " << loadAverage() << Qt::endl;
    const Result explorer = runChild(QStringLiteral("explorer"), base, requests);
    const Result bare = runChild(QStringLiteral("bare"), base, requests);
    stopServer();
    if (!explorer.ok || !bare.ok)
        return 1;
    out << "load average after " << loadAverage() << '\n';
    const bool met = printResults(requests, first, explorer, bare);
    out << "\nGoal (issue 14), explorer core: " << (met ? "met" : "NOT met") << '\n';
    return met ? 0 : 1;
}

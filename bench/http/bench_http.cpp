// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
//
// 1,000 sequential GETs to a hero-sandbox process through the core ApiClient, against a bare
// QNetworkAccessManager doing the same 1,000 GETs in the same run, so the cost of our layers
// (validation, origin binding, timings, streaming reads, truncation checks) over Qt's own stack
// shows (goal: client ≤ 1.15 × bare Qt). curl fetching the same URLs in one process over one
// kept-alive connection is printed for information, with no goal. Medians of several runs.
#include "http/apiclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <vector>

namespace {

const QByteArray Key = QByteArrayLiteral("hero_sbx_full_7Q2mX9");
constexpr int Requests = 1000;
constexpr int Runs = 11;

// CPU time of this whole process (every thread: QNetworkAccessManager works in its own), in ms.
double processCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) { return t.tv_sec * 1e3 + t.tv_usec / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

// Wall and CPU milliseconds of one run.
struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Runs one batch and measures its wall time and this process's CPU time.
template <typename Batch> Timing measure(Batch batch)
{
    const double cpuBefore = processCpuMs();
    QElapsedTimer timer;
    timer.start();
    batch();
    return {timer.nsecsElapsed() / 1e6, processCpuMs() - cpuBefore};
}

Timing runClient(const Environment &environment)
{
    QNetworkAccessManager network;
    ApiClient client(&network);
    const Credentials credentials{Key, QByteArrayLiteral("1001")};
    ApiRequest request;
    request.path = QStringLiteral("/v1/me");
    int failures = 0;
    const Timing timing = measure([&] {
        for (int i = 0; i < Requests; ++i) {
            QEventLoop loop;
            ApiCall *call = client.send(environment, credentials, request);
            QObject::connect(call, &ApiCall::finished, &loop,
                             [&loop, &failures](const Exchange &e) {
                                 failures += e.isSuccess() ? 0 : 1;
                                 loop.quit();
                             });
            loop.exec();
        }
    });
    if (failures)
        QTextStream(stderr) << "client: " << failures << " requests failed\n";
    return timing;
}

// The same requests through a bare QNetworkAccessManager with the same two auth headers and none
// of our checks: the floor of any client built on Qt's stack, which ApiClient is.
Timing runBareQt(const QUrl &base)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(base.toString() + QStringLiteral("/v1/me")));
    request.setRawHeader("x-api-key", Key);
    request.setRawHeader("x-practice-group-id", "1001");
    return measure([&] {
        for (int i = 0; i < Requests; ++i) {
            QEventLoop loop;
            QNetworkReply *reply = network.get(request);
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            reply->readAll();
            reply->deleteLater();
        }
    });
}

double runCurl(const QString &curl, const QUrl &base)
{
    QTemporaryFile config;
    config.open();
    QTextStream out(&config);
    out << "silent\nheader = \"x-api-key: " << QString::fromLatin1(Key)
        << "\"\nheader = \"x-practice-group-id: 1001\"\n";
    for (int i = 0; i < Requests; ++i)
        out << "url = \"" << base.toString() << "/v1/me\"\noutput = \"/dev/null\"\n";
    out.flush();
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(curl, {QStringLiteral("-K"), config.fileName()});
    process.waitForFinished(120000);
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString sandbox = QStringLiteral(HERO_SANDBOX_EXE);
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));

    QProcess server;
    server.start(sandbox,
                 {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--rate-limit"),
                  QStringLiteral("100000000")});
    if (!server.waitForReadyRead(10000)) {
        QTextStream(stderr) << "hero-sandbox did not start\n";
        return 1;
    }
    const QString line = QString::fromUtf8(server.readLine()).trimmed();
    const QUrl base(line.section(u' ', -1));
    Environment environment = sandboxEnvironment(base);

    std::vector<Timing> client;
    std::vector<Timing> bare;
    std::vector<double> curlTimes;
    runClient(environment); // warm-up, both paths
    runBareQt(base);
    for (int run = 0; run < Runs; ++run) {
        // Alternate which goes first, so drift on a shared machine hits both alike.
        if (run % 2 == 0) {
            client.push_back(runClient(environment));
            bare.push_back(runBareQt(base));
        } else {
            bare.push_back(runBareQt(base));
            client.push_back(runClient(environment));
        }
        if (!curl.isEmpty())
            curlTimes.push_back(runCurl(curl, base));
    }
    server.terminate();
    server.waitForFinished(5000);

    const auto wall = [](const std::vector<Timing> &timings) {
        std::vector<double> values;
        for (const Timing &t : timings)
            values.push_back(t.wallMs);
        return values;
    };
    const auto cpu = [](const std::vector<Timing> &timings) {
        std::vector<double> values;
        for (const Timing &t : timings)
            values.push_back(t.cpuMs);
        return values;
    };
    const auto number = [](double value) { return QString::number(value, 'f', 1); };
    const auto row = [&out, &number](const char *what, const std::vector<double> &wallMs,
                                     const std::vector<double> &cpuMs) {
        const double ms = median(wallMs);
        out << "| " << what << " | " << number(ms) << " | "
            << number(*std::min_element(wallMs.begin(), wallMs.end())) << " | "
            << number(*std::max_element(wallMs.begin(), wallMs.end())) << " | "
            << number(ms * 1000 / Requests) << " | "
            << (cpuMs.empty() ? QStringLiteral("–") : number(median(cpuMs) * 1000 / Requests))
            << " |\n";
    };
    out << "bench_http: " << Requests << " sequential GET /v1/me to hero-sandbox on loopback, "
        << Runs << " runs, median\n\n";
    out << "| what | median ms | min ms | max ms | per request µs | CPU per request µs |\n"
        << "|---|---:|---:|---:|---:|---:|\n";
    row("core ApiClient (through QNetworkAccessManager)", wall(client), cpu(client));
    row("bare QNetworkAccessManager", wall(bare), cpu(bare));
    if (!curlTimes.empty())
        row("curl, one process, kept-alive (information only)", curlTimes, {});

    // Each run's client time over the bare time measured next to it, so load that comes and
    // goes on a shared machine hits both sides of each ratio alike.
    std::vector<double> pairRatios;
    for (std::size_t run = 0; run < client.size(); ++run)
        pairRatios.push_back(client[run].wallMs / bare[run].wallMs);
    const double ratio = median(wall(client)) / median(wall(bare));
    const double cpuRatio = median(cpu(client)) / median(cpu(bare));
    out << "\nratio client/bare Qt, wall time: " << QString::number(ratio, 'f', 2)
        << " of the medians, " << QString::number(median(pairRatios), 'f', 2)
        << " median of the run-by-run ratios (goal ≤ 1.15): "
        << (std::max(ratio, median(pairRatios)) <= 1.15 ? "met" : "NOT met") << '\n';
    out << "ratio client/bare Qt, CPU time of this process: " << QString::number(cpuRatio, 'f', 2)
        << '\n';
    if (!curlTimes.empty())
        out << "ratio client/curl: "
            << QString::number(median(wall(client)) / median(curlTimes), 'f', 2)
            << " (information only, no goal)\n";
    return 0;
}

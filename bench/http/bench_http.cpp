// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
//
// 1,000 sequential GETs to a hero-sandbox process through the core ApiClient (its in-thread
// HttpTransport), against a bare QNetworkAccessManager and curl fetching the same 1,000 URLs in
// one process over one kept-alive connection. Prints a table with the median of several runs
// and the ratio (goal: client ≤ 1.3 × curl).
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

#include <algorithm>
#include <vector>

namespace {

const QByteArray Key = QByteArrayLiteral("hero_sbx_full_7Q2mX9");
constexpr int Requests = 1000;
constexpr int Runs = 5;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double runClient(const Environment &environment)
{
    QNetworkAccessManager network;
    ApiClient client(&network);
    const Credentials credentials{Key, QByteArrayLiteral("1001")};
    ApiRequest request;
    request.path = QStringLiteral("/v1/me");
    QElapsedTimer timer;
    timer.start();
    int failures = 0;
    for (int i = 0; i < Requests; ++i) {
        QEventLoop loop;
        ApiCall *call = client.send(environment, credentials, request);
        QObject::connect(call, &ApiCall::finished, &loop, [&loop, &failures](const Exchange &e) {
            failures += e.isSuccess() ? 0 : 1;
            loop.quit();
        });
        loop.exec();
    }
    const double ms = timer.nsecsElapsed() / 1e6;
    if (failures)
        QTextStream(stderr) << "client: " << failures << " requests failed\n";
    return ms;
}

// The old path: the same requests through a bare QNetworkAccessManager, none of our checks.
// Qt runs its HTTP on a worker thread, so this is the floor of any client built on it.
double runBareQt(const QUrl &base)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(base.toString() + QStringLiteral("/v1/me")));
    request.setRawHeader("x-api-key", Key);
    request.setRawHeader("x-practice-group-id", "1001");
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < Requests; ++i) {
        QEventLoop loop;
        QNetworkReply *reply = network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->readAll();
        reply->deleteLater();
    }
    return timer.nsecsElapsed() / 1e6;
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

    std::vector<double> client;
    std::vector<double> curlTimes;
    std::vector<double> bare;
    runClient(environment); // warm-up
    for (int run = 0; run < Runs; ++run) {
        client.push_back(runClient(environment));
        bare.push_back(runBareQt(base));
        if (!curl.isEmpty())
            curlTimes.push_back(runCurl(curl, base));
    }
    server.terminate();
    server.waitForFinished(5000);

    out << "bench_http: " << Requests << " sequential GET /v1/me to hero-sandbox on loopback, "
        << Runs << " runs, median\n\n";
    out << "| what | median ms | per request ms |\n|---|---:|---:|\n";
    const double clientMedian = median(client);
    out << "| core ApiClient | " << QString::number(clientMedian, 'f', 1) << " | "
        << QString::number(clientMedian / Requests, 'f', 3) << " |\n";
    const double bareMedian = median(bare);
    out << "| bare QNetworkAccessManager (Qt's floor) | " << QString::number(bareMedian, 'f', 1)
        << " | " << QString::number(bareMedian / Requests, 'f', 3) << " |\n";
    if (!curlTimes.empty()) {
        const double curlMedian = median(curlTimes);
        out << "| curl (one process, kept-alive) | " << QString::number(curlMedian, 'f', 1) << " | "
            << QString::number(curlMedian / Requests, 'f', 3) << " |\n";
        out << "\nratio client/curl: " << QString::number(clientMedian / curlMedian, 'f', 2)
            << " (goal ≤ 1.30)\n";
        out << "ratio bare Qt/curl: " << QString::number(bareMedian / curlMedian, 'f', 2)
            << "; client/bare Qt: " << QString::number(clientMedian / bareMedian, 'f', 2) << '\n';
    }
    return 0;
}

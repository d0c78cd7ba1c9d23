// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
//
// A collection run, hero-cli against the tools users would otherwise run the same .http
// collection with: starts one hero-sandbox process with its rate limit raised, writes one
// collection of N GET /v1/me requests, each with "?? status == 200", and runs it with
// `hero-cli run` and with httpyac (when its node_modules are given or found in the build tree;
// newman and bru cannot read a .http file, so they are not rows). Each tool runs the whole
// collection and a one-request collection, taking turns; per request is (whole − one) / (N − 1),
// start to first request is the one-request run. Peak memory is the child's ru_maxrss.
// Goal (issue 17): hero-cli ≤ 1/10 of the fastest other tool per request and to first request.
#include "childprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <optional>
#include <vector>

namespace {

const QByteArray Key = QByteArrayLiteral("hero_sbx_full_7Q2mX9"); // the sandbox's, not a secret
constexpr int TimeoutSeconds = 300;

// N requests as a partner writes them: the origin from the environment file, the key as the
// placeholder both tools read from HERO_API_KEY.
QByteArray collection(int requests)
{
    QByteArray text;
    for (int i = 1; i <= requests; ++i)
        text += "### me " + QByteArray::number(i)
            + "\nGET {{baseUrl}}/v1/me\nx-api-key: {{$processEnv HERO_API_KEY}}\n"
              "x-practice-group-id: 1001\n\n?? status == 200\n\n";
    return text;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

struct Tool
{
    QString label;
    QStringList whole; // the command for the whole collection, executable first
    QStringList one; // for the one-request collection
    QString workingDirectory;
};

struct Samples
{
    std::vector<double> wholeMs, oneMs, rssMiB;
};

QString number(double value, int decimals = 2)
{
    return QString::number(value, 'f', decimals);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("hero-cli run against httpyac."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs per row (default 5)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption requestsOption(QStringLiteral("requests"),
                                            QStringLiteral("Requests in the collection (200)."),
                                            QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption httpyacOption(
        QStringLiteral("httpyac-dir"),
        QStringLiteral("Where tests/interop/install-httpyac.sh installed httpyac."),
        QStringLiteral("DIR"), QStringLiteral(HERO_BENCH_HTTPYAC_DIR));
    parser.addOptions({runsOption, requestsOption, httpyacOption});
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int requests = std::max(2, parser.value(requestsOption).toInt());

    QProcess server;
    server.start(QStringLiteral(HERO_BENCH_SANDBOX),
                 {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--rate-limit"),
                  QStringLiteral("100000000")});
    if (!server.waitForReadyRead(10000)) {
        err << "hero-sandbox did not start\n";
        return 1;
    }
    const QString base = QString::fromUtf8(server.readLine()).trimmed().section(u' ', -1);

    QTemporaryDir home;
    QTemporaryDir dir;
    const QString whole = dir.filePath(QStringLiteral("whole.http"));
    const QString one = dir.filePath(QStringLiteral("one.http"));
    // hero-cli's --env custom is the environment "custom" of the file; httpyac is told so too.
    const QByteArray env = "{\"custom\": {\"baseUrl\": \"" + base.toUtf8() + "\"}}";
    if (!write(whole, collection(requests)) || !write(one, collection(1))
        || !write(dir.filePath(QStringLiteral("http-client.env.json")), env)) {
        err << "cannot write the collection\n";
        return 1;
    }
    QByteArrayList environment = ChildProcess::environmentWithHome(
        home.path(),
        {"http_proxy=", "https_proxy=", "HTTP_PROXY=", "HTTPS_PROXY=", "HERO_API_KEY="});
    environment.append("HERO_API_KEY=" + Key);
    environment.append("NO_COLOR=1");

    const QStringList cli = {QStringLiteral(HERO_BENCH_CLI),
                             QStringLiteral("--env"),
                             QStringLiteral("custom"),
                             QStringLiteral("--base-url"),
                             base,
                             QStringLiteral("--key-env"),
                             QStringLiteral("HERO_API_KEY"),
                             QStringLiteral("--practice-group"),
                             QStringLiteral("1001"),
                             QStringLiteral("--no-retry"),
                             QStringLiteral("run")};
    std::vector<Tool> tools = {{QStringLiteral("hero-cli run"), cli + QStringList{whole},
                                cli + QStringList{one}, dir.path()}};
    const QString httpyac =
        parser.value(httpyacOption) + QStringLiteral("/node_modules/httpyac/bin/httpyac.js");
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (QFileInfo::exists(httpyac) && !node.isEmpty()) {
        const QStringList command = {node, httpyac, QStringLiteral("send")};
        const QStringList options = {QStringLiteral("--all"), QStringLiteral("--env"),
                                     QStringLiteral("custom"), QStringLiteral("--silent")};
        tools.push_back({QStringLiteral("httpyac"), command + QStringList{whole} + options,
                         command + QStringList{one} + options, dir.path()});
    } else {
        err << "httpyac not found at " << httpyac << ": its row is left out\n";
    }
    for (const QString &name : {QStringLiteral("newman"), QStringLiteral("bru")}) {
        if (!QStandardPaths::findExecutable(name).isEmpty())
            err << name << " is installed, but it runs its own collection format, not .http\n";
    }

    // httpyac reads files relative to its working directory: run every tool from the folder.
    if (!QDir::setCurrent(dir.path()))
        return 1;
    std::vector<Samples> samples(tools.size());
    for (int run = 0; run < runs; ++run) {
        for (size_t t = 0; t < tools.size(); ++t) {
            for (const bool isWhole : {true, false}) {
                QString error;
                const std::optional<ChildProcess::Run> result = ChildProcess::runQuietly(
                    isWhole ? tools[t].whole : tools[t].one, environment, TimeoutSeconds, &error);
                if (!result || !result->exitedWith(0)) {
                    err << tools[t].label << " failed: "
                        << (result ? QStringLiteral("wait status %1").arg(result->status) : error)
                        << "\n";
                    return 1;
                }
                (isWhole ? samples[t].wholeMs : samples[t].oneMs).push_back(result->wallMs);
                if (isWhole)
                    samples[t].rssMiB.push_back(result->usage.ru_maxrss / 1024.0);
            }
        }
    }

    out << "Collection run: " << requests << " GET /v1/me with one assertion each, to a "
        << "hero-sandbox process on loopback; medians of " << runs << " runs, load "
        << ChildProcess::loadAverage() << "\n\n";
    out << "| tool | whole run (ms) | per request (ms) | start to first request (ms) | peak "
           "RSS (MiB) |\n|---|---|---|---|---|\n";
    std::vector<double> perRequest(tools.size()), first(tools.size());
    for (size_t t = 0; t < tools.size(); ++t) {
        const double wholeMs = ChildProcess::median(samples[t].wholeMs);
        first[t] = ChildProcess::median(samples[t].oneMs);
        perRequest[t] = (wholeMs - first[t]) / (requests - 1);
        out << "| " << tools[t].label << " | " << number(wholeMs, 1) << " | "
            << number(perRequest[t]) << " | " << number(first[t], 1) << " | "
            << number(ChildProcess::median(samples[t].rssMiB), 1) << " |\n";
    }
    if (tools.size() > 1) {
        out << "\nhero-cli ÷ httpyac: per request " << number(perRequest[0] / perRequest[1], 3)
            << ", start to first request " << number(first[0] / first[1], 3)
            << " (goal ≤ 0.1 for each)\n";
    }
    server.kill();
    server.waitForFinished();
    return 0;
}

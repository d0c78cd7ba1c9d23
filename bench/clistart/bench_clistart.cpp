// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
//
// Cold start of hero-cli for one GET, against curl: starts one hero-sandbox process, then runs
// `hero-cli … request GET /v1/me` and curl for the same URL as fresh processes, taking turns,
// many times. Each run is timed from just before posix_spawn() to wait4(), and its CPU time
// (user + system, all threads) comes from wait4()'s rusage. Rows not judged: a bare
// QCoreApplication that exits at once and a bare QNetworkAccessManager GET (Qt's floors), and the
// same GET with hero-cli's other libraries loaded (what linking them costs). Prints Markdown
// tables with medians and the ratios to curl (goal: hero-cli ≤ 1.25 × curl, wall and CPU).
#include "childprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUrl>

#include <sys/resource.h>

#include <algorithm>
#include <csignal>
#include <optional>
#include <unistd.h>
#include <vector>

namespace {

// The sandbox fixture's all-scopes key for practice group 1001: not a secret.
const QByteArray Key = QByteArrayLiteral("hero_sbx_full_7Q2mX9");
const QByteArray KeyVariable = QByteArrayLiteral("HERO_BENCH_KEY");
constexpr double Goal = 1.25;
constexpr int TimeoutSeconds = 30;

double ms(const timeval &tv)
{
    return tv.tv_sec * 1e3 + tv.tv_usec / 1e3;
}

struct Program
{
    QString label;
    QStringList command; // executable first
};

struct Sample
{
    double wallMs = 0;
    double userMs = 0;
    double sysMs = 0;
    double cpuMs() const { return userMs + sysMs; }
};

// The children's environment: ours without proxies or a session bus, with a fresh, empty HOME
// and XDG directories (no saved settings or keys: --key-env brings the key) and the key.
QByteArrayList childEnvironment(const QTemporaryDir &home)
{
    QByteArrayList env = ChildProcess::environmentWithHome(
        home.path(),
        {"http_proxy=", "https_proxy=", "all_proxy=", "no_proxy=", "HTTP_PROXY=", "HTTPS_PROXY=",
         "ALL_PROXY=", "NO_PROXY=", KeyVariable + '='});
    env.append(KeyVariable + '=' + Key);
    return env;
}

std::optional<Sample> runOnce(const Program &program, QByteArrayList env, QString *error)
{
    const std::optional<ChildProcess::Run> run =
        ChildProcess::runQuietly(program.command, std::move(env), TimeoutSeconds, error);
    if (!run)
        return std::nullopt;
    if (!run->exitedWith(0)) {
        *error = QStringLiteral("%1 failed (wait status %2): %3")
                     .arg(program.label)
                     .arg(run->status)
                     .arg(program.command.join(u' '));
        return std::nullopt;
    }
    return Sample{run->wallMs, ms(run->usage.ru_utime), ms(run->usage.ru_stime)};
}

struct Summary
{
    double wallMs = 0;
    double minWallMs = 0;
    double maxWallMs = 0;
    double cpuMs = 0;
};

Summary summarise(const std::vector<Sample> &samples)
{
    std::vector<double> wall, cpu;
    for (const Sample &s : samples) {
        wall.push_back(s.wallMs);
        cpu.push_back(s.cpuMs());
    }
    return {ChildProcess::median(wall), *std::min_element(wall.begin(), wall.end()),
            *std::max_element(wall.begin(), wall.end()), ChildProcess::median(cpu)};
}

QString number(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Cold start of hero-cli for one GET against curl (goal ≤ %1 × curl).")
            .arg(Goal));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Measured runs per row (default 101)."),
                                        QStringLiteral("N"), QStringLiteral("101"));
    const QCommandLineOption cliOption(QStringLiteral("cli"),
                                       QStringLiteral("The hero-cli executable."),
                                       QStringLiteral("PATH"), QStringLiteral(HERO_BENCH_CLI));
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"), QStringLiteral("The hero-sandbox executable."),
        QStringLiteral("PATH"), QStringLiteral(HERO_BENCH_SANDBOX));
    const QCommandLineOption inProcessOption(
        QStringLiteral("with-in-process-sandbox"),
        QStringLiteral("Also time hero-cli --env sandbox, which starts its own sandbox (not "
                       "judged)."));
    const QCommandLineOption compareOption(
        QStringLiteral("compare"),
        QStringLiteral("Also time this other hero-cli build the same way, e.g. one from before a "
                       "change (repeatable; not judged)."),
        QStringLiteral("PATH"));
    parser.addOptions({runsOption, cliOption, sandboxOption, inProcessOption, compareOption});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty()) {
        err << "curl is not in PATH\n";
        return 1;
    }

    QProcess server;
    server.start(parser.value(sandboxOption),
                 {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--rate-limit"),
                  QStringLiteral("100000000")});
    if (!server.waitForReadyRead(10000)) {
        err << "hero-sandbox did not start\n";
        return 1;
    }
    // "hero-sandbox listening on http://127.0.0.1:PORT"
    const QString base = QString::fromUtf8(server.readLine()).trimmed().section(u' ', -1);
    const QString url = base + QStringLiteral("/v1/me");

    std::vector<Program> programs = {
        {QStringLiteral("hero-cli"),
         {parser.value(cliOption), QStringLiteral("--env"), QStringLiteral("custom"),
          QStringLiteral("--base-url"), base, QStringLiteral("--key-env"),
          QString::fromLatin1(KeyVariable), QStringLiteral("--practice-group"),
          QStringLiteral("1001"), QStringLiteral("request"), QStringLiteral("GET"),
          QStringLiteral("/v1/me")}},
        {QStringLiteral("curl"),
         {curl, QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
          QStringLiteral("-H"), QStringLiteral("x-api-key: ") + QString::fromLatin1(Key),
          QStringLiteral("-H"), QStringLiteral("x-practice-group-id: 1001"), url}},
        {QStringLiteral("floor: bare QCoreApplication, exits at once"),
         {QStringLiteral(HERO_BENCH_BARE_CORE)}},
        {QStringLiteral("floor: bare QNetworkAccessManager GET"),
         {QStringLiteral(HERO_BENCH_BARE_GET), url}},
        {QStringLiteral("the same GET, QtKeychain + QtDBus + yaml-cpp loaded, unused"),
         {QStringLiteral(HERO_BENCH_BARE_GET_LIBS), url}},
    };
    for (const QString &other : parser.values(compareOption)) {
        Program program = programs.front();
        program.label = QStringLiteral("hero-cli, %1").arg(other);
        program.command.first() = other;
        programs.push_back(program);
    }
    if (parser.isSet(inProcessOption)) {
        programs.push_back({QStringLiteral("hero-cli --env sandbox (in-process sandbox)"),
                            {parser.value(cliOption), QStringLiteral("request"),
                             QStringLiteral("GET"), QStringLiteral("/v1/me")}});
    }

    QTemporaryDir home;
    const QByteArrayList env = childEnvironment(home);
    {
        // curl says nothing about the status with -s -o /dev/null: check it answers 200 once.
        QProcess check;
        check.start(curl,
                    {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                     QStringLiteral("-w"), QStringLiteral("%{http_code}"), QStringLiteral("-H"),
                     QStringLiteral("x-api-key: ") + QString::fromLatin1(Key), QStringLiteral("-H"),
                     QStringLiteral("x-practice-group-id: 1001"), url});
        check.waitForFinished(10000);
        if (check.readAllStandardOutput() != "200") {
            err << "curl did not get a 200 from " << url << '\n';
            return 1;
        }
    }

    const QString loadBefore = ChildProcess::loadAverage();
    std::signal(SIGALRM, ChildProcess::killOnAlarm);
    std::vector<std::vector<Sample>> samples(programs.size());
    // One discarded warm-up round fills the page cache ("cold" is a new process, not a cold
    // disk); then the programs take turns so that drift on a shared machine hits them alike.
    for (int round = -1; round < runs; ++round) {
        for (size_t p = 0; p < programs.size(); ++p) {
            QString error;
            const std::optional<Sample> sample = runOnce(programs[p], env, &error);
            if (!sample) {
                err << error << '\n';
                return 1;
            }
            if (round >= 0)
                samples[p].push_back(*sample);
        }
        if (round % 10 == 9) {
            err << "round " << (round + 1) << '/' << runs << '\r';
            err.flush();
        }
    }
    err << '\n';
    const QString loadAfter = ChildProcess::loadAverage();
    server.terminate();
    server.waitForFinished(5000);

    std::vector<Summary> summaries;
    for (const std::vector<Sample> &s : samples)
        summaries.push_back(summarise(s));
    const Summary &curlSummary = summaries[1];

    out << "Cold start, one GET /v1/me to a hero-sandbox process on loopback: medians of " << runs
        << " runs each after one warm-up round, programs taking turns\n";
    out << "machine: " << QSysInfo::prettyProductName() << ", "
        << QSysInfo::currentCpuArchitecture() << ", " << QThread::idealThreadCount()
        << " threads; Qt " << QString::fromLatin1(qVersion()) << "; load average before "
        << loadBefore << ", after " << loadAfter << "\n\n";
    out << "| program | median wall ms | min | max | × curl | median CPU ms | × curl |\n";
    out << "|---|---:|---:|---:|---:|---:|---:|\n";
    for (size_t p = 0; p < programs.size(); ++p) {
        const Summary &s = summaries[p];
        out << "| " << programs[p].label << " | " << number(s.wallMs) << " | "
            << number(s.minWallMs) << " | " << number(s.maxWallMs) << " | "
            << number(s.wallMs / curlSummary.wallMs, 2) << " | " << number(s.cpuMs) << " | "
            << number(s.cpuMs / curlSummary.cpuMs, 2) << " |\n";
    }
    // The kernel splits a process's exact run time into user and system by sampling ticks,
    // which for a 5 ms process is noise: only the sum is shown.
    out << "\nCPU time is user + system of the process and all its threads (wait4).\n";

    out << "\n| hero-cli / curl | ratio | goal | |\n|---|---:|---:|---|\n";
    const Summary &cli = summaries[0];
    const double wallRatio = cli.wallMs / curlSummary.wallMs;
    const double cpuRatio = cli.cpuMs / curlSummary.cpuMs;
    for (const auto &[what, ratio] : {std::pair{QStringLiteral("wall time"), wallRatio},
                                      std::pair{QStringLiteral("CPU time"), cpuRatio}}) {
        out << "| " << what << " | " << number(ratio, 2) << " | ≤ " << number(Goal, 2) << " | "
            << (ratio <= Goal ? "met" : "missed") << " |\n";
    }
    if (std::max(loadBefore.section(u' ', 0, 0).toDouble(),
                 loadAfter.section(u' ', 0, 0).toDouble())
        > 0.5 * QThread::idealThreadCount())
        out << "\nWarning: the machine was busy (load average above half the cores); wall times "
               "are inflated, CPU times much less so.\n";
    return 0;
}

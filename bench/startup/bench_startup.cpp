// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
//
// Cold start of hero-explorer against a bare QMainWindow program, both started fresh many
// times in turn on the same display (run it under one xvfb-run). Two measures per program:
//   exit:  process spawn to exit with --quit-after 0 (show, reach the event loop, quit), and
//          the child's peak resident memory from wait4()'s ru_maxrss;
//   ready: process spawn to "window exposed and event loop idle", reported from inside the
//          process by the startup probe (linked into the bare program, LD_PRELOADed into the
//          explorer, which is not changed), with VmRSS at that moment.
// Every run gets a fresh, empty HOME and XDG directories (a first run: the welcome pane, no
// keys, so no keychain) and no D-Bus session bus. Prints Markdown tables with medians.
#include "childprocess.h"
#include "startupprobe.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <optional>
#include <spawn.h>
#include <time.h>
#include <unistd.h>
#include <vector>

namespace {

constexpr int TimeoutSeconds = 60;

enum class Measure { Exit, Ready };

struct Program
{
    QString label;
    QString executable;
    QStringList arguments;
    bool preloadProbe = false;
};

struct Sample
{
    double ms = 0;
    double maxRssMb = 0; // ru_maxrss of the child
    double readyRssMb = 0; // VmRSS at ready (Ready only)
    double cpuMs = 0; // user + system, to exit or to ready; robust against a busy machine
    QString window;
};

QByteArrayList childEnvironment(const QTemporaryDir &home, const Program &program, Measure measure,
                                const QString &probeFile, const QString &probe)
{
    QByteArrayList env = ChildProcess::environmentWithHome(
        home.path(),
        {"LD_PRELOAD=", "QT_QPA_PLATFORM=", StartupProbe::OutputVariable + QByteArray("="),
         StartupProbe::StartVariable + QByteArray("=")});
    if (measure == Measure::Ready) {
        env.append(StartupProbe::OutputVariable + QByteArray("=") + QFile::encodeName(probeFile));
        if (program.preloadProbe)
            env.append("LD_PRELOAD=" + QFile::encodeName(probe));
    }
    return env;
}

std::optional<Sample> runOnce(const Program &program, Measure measure, const QString &probe,
                              QString *error)
{
    QTemporaryDir home;
    const QString probeFile = home.filePath(QStringLiteral("probe.txt"));
    const QString logFile = home.filePath(QStringLiteral("output.log"));
    QByteArrayList env = childEnvironment(home, program, measure, probeFile, probe);

    QByteArrayList args = {QFile::encodeName(program.executable)};
    for (const QString &argument : program.arguments)
        args.append(argument.toLocal8Bit());
    if (measure == Measure::Exit)
        args.append({"--quit-after", "0"});
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<char *> envp;
    for (QByteArray &e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray log = QFile::encodeName(logFile);
    posix_spawn_file_actions_addopen(&actions, 1, log.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);

    pid_t pid = 0;
    const qint64 t0 = ChildProcess::monotonicNs();
    if (measure == Measure::Ready) {
        // The probe counts from here; set in the environment the child gets.
        env.append(StartupProbe::StartVariable + QByteArray("=") + QByteArray::number(t0));
        envp.insert(envp.end() - 1, env.last().data());
    }
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        *error = QStringLiteral("cannot start %1: %2")
                     .arg(program.executable, QString::fromLocal8Bit(strerror(spawned)));
        return std::nullopt;
    }
    int status = 0;
    rusage usage{};
    const qint64 t1 = ChildProcess::waitFor(pid, TimeoutSeconds, &status, &usage);

    QFile output(logFile);
    output.open(QIODevice::ReadOnly);
    const QString childOutput = QString::fromLocal8Bit(output.readAll()).trimmed();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        *error = QStringLiteral("%1 failed (status %2): %3")
                     .arg(program.label)
                     .arg(status)
                     .arg(childOutput.left(2000));
        return std::nullopt;
    }
    Sample sample;
    sample.maxRssMb = usage.ru_maxrss / 1024.0;
    sample.ms = (t1 - t0) / 1e6;
    sample.cpuMs = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
    if (measure == Measure::Ready) {
        QFile file(probeFile);
        file.open(QIODevice::ReadOnly);
        const QList<QByteArray> fields = file.readAll().simplified().split(' ');
        if (fields.size() < 10 || fields.at(0) != "ready") {
            *error = QStringLiteral("%1 reported no ready line: %2")
                         .arg(program.label, childOutput.left(2000));
            return std::nullopt;
        }
        sample.ms = fields.at(1).toDouble();
        sample.readyRssMb = fields.at(3).toDouble() / 1024.0;
        sample.window = QString::fromLatin1(fields.at(7));
        sample.cpuMs = fields.at(9).toDouble();
    }
    return sample;
}

struct Summary
{
    double medianMs = 0;
    double minMs = 0;
    double maxMs = 0;
    double maxRssMb = 0;
    double readyRssMb = 0;
    double cpuMs = 0;
    QString window;
};

Summary summarise(const std::vector<Sample> &samples)
{
    std::vector<double> ms, maxRss, readyRss, cpu;
    for (const Sample &s : samples) {
        cpu.push_back(s.cpuMs);
        ms.push_back(s.ms);
        maxRss.push_back(s.maxRssMb);
        readyRss.push_back(s.readyRssMb);
    }
    return {ChildProcess::median(ms),
            *std::min_element(ms.begin(), ms.end()),
            *std::max_element(ms.begin(), ms.end()),
            ChildProcess::median(maxRss),
            ChildProcess::median(readyRss),
            ChildProcess::median(cpu),
            samples.front().window};
}

QString verdict(double ratio, double goal)
{
    return ratio <= goal ? QStringLiteral("met") : QStringLiteral("missed");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Cold start of hero-explorer against a bare QMainWindow. Run it under "
                       "xvfb-run -a -s \"-screen 0 1280x1024x24\"."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Measured runs per row (default 15)."),
                                        QStringLiteral("N"), QStringLiteral("15"));
    const QCommandLineOption bareOption(QStringLiteral("bare"), QStringLiteral("The bare program."),
                                        QStringLiteral("PATH"),
                                        QStringLiteral(HERO_BENCH_BARE_WINDOW));
    const QCommandLineOption explorerOption(
        QStringLiteral("explorer"), QStringLiteral("The hero-explorer executable."),
        QStringLiteral("PATH"), QStringLiteral(HERO_BENCH_EXPLORER));
    const QCommandLineOption probeOption(QStringLiteral("probe"),
                                         QStringLiteral("The LD_PRELOAD startup probe."),
                                         QStringLiteral("PATH"), QStringLiteral(HERO_BENCH_PROBE));
    const QCommandLineOption sandboxOption(
        QStringLiteral("with-sandbox"),
        QStringLiteral("Also time hero-explorer --environment sandbox (not judged)."));
    parser.addOptions({runsOption, bareOption, explorerOption, probeOption, sandboxOption});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        err << "No DISPLAY: run under xvfb-run -a -s \"-screen 0 1280x1024x24\"\n";
        return 2;
    }
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString probe = parser.value(probeOption);

    std::vector<Program> programs = {
        {QStringLiteral("bare QMainWindow"), parser.value(bareOption), {}, false},
        {QStringLiteral("hero-explorer (first run)"), parser.value(explorerOption), {}, true},
    };
    if (parser.isSet(sandboxOption)) {
        programs.push_back({QStringLiteral("hero-explorer --environment sandbox"),
                            parser.value(explorerOption),
                            {QStringLiteral("--environment"), QStringLiteral("sandbox")},
                            true});
    }
    const std::vector<Measure> measures = {Measure::Exit, Measure::Ready};

    const QString loadBefore = ChildProcess::loadAverage();
    std::signal(SIGALRM, ChildProcess::killOnAlarm);
    {
        // The bare window gets the explorer's first-run size, so both paint as many pixels.
        QString error;
        const std::optional<Sample> sized = runOnce(programs[1], Measure::Ready, probe, &error);
        if (!sized) {
            err << error << '\n';
            return 1;
        }
        programs[0].arguments = {QStringLiteral("--size"), sized->window};
    }
    // samples[program][measure]
    std::vector<std::vector<std::vector<Sample>>> samples(
        programs.size(), std::vector<std::vector<Sample>>(measures.size()));
    // One discarded warm-up round fills the page cache; then the programs take turns so
    // that drift on the shared machine hits them alike.
    for (int round = -1; round < runs; ++round) {
        for (size_t m = 0; m < measures.size(); ++m) {
            for (size_t p = 0; p < programs.size(); ++p) {
                QString error;
                const std::optional<Sample> sample =
                    runOnce(programs[p], measures[m], probe, &error);
                if (!sample) {
                    err << error << '\n';
                    return 1;
                }
                if (round >= 0)
                    samples[p][m].push_back(*sample);
            }
        }
        err << "round " << (round + 1) << '/' << runs << '\r';
        err.flush();
    }
    err << '\n';

    const QString loadAfter = ChildProcess::loadAverage();
    out << "Cold start under Xvfb, medians of " << runs
        << " runs each after one warm-up round, programs taking turns\n";
    out << "machine: " << QSysInfo::prettyProductName() << ", "
        << QSysInfo::currentCpuArchitecture() << ", " << QThread::idealThreadCount()
        << " threads; Qt " << QString::fromLatin1(qVersion()) << "; load average before "
        << loadBefore << ", after " << loadAfter << "\n\n";
    out << "| program | measure | median ms | min ms | max ms | median CPU ms "
           "| median max-RSS MB | median RSS at ready MB |\n";
    out << "|---|---|---:|---:|---:|---:|---:|---:|\n";
    std::vector<std::vector<Summary>> summaries(programs.size());
    for (size_t p = 0; p < programs.size(); ++p) {
        for (size_t m = 0; m < measures.size(); ++m) {
            const Summary s = summarise(samples[p][m]);
            summaries[p].push_back(s);
            const bool ready = measures[m] == Measure::Ready;
            out << "| " << programs[p].label << " | "
                << (ready ? QStringLiteral("start → shown and idle (window %1)").arg(s.window)
                          : QStringLiteral("start → exit, --quit-after 0"))
                << " | " << QString::number(s.medianMs, 'f', 1) << " | "
                << QString::number(s.minMs, 'f', 1) << " | " << QString::number(s.maxMs, 'f', 1)
                << " | " << QString::number(s.cpuMs, 'f', 1) << " | "
                << QString::number(s.maxRssMb, 'f', 1) << " | "
                << (ready ? QString::number(s.readyRssMb, 'f', 1) : QStringLiteral("–")) << " |\n";
        }
    }

    const Summary &bareExit = summaries[0][0];
    const Summary &bareReady = summaries[0][1];
    const Summary &explorerExit = summaries[1][0];
    const Summary &explorerReady = summaries[1][1];
    constexpr double NoGoal = 0;
    const struct
    {
        QString what;
        double ratio;
        double goal;
    } ratios[] = {
        {QStringLiteral("time, start → shown and idle"),
         explorerReady.medianMs / bareReady.medianMs, 3.0},
        {QStringLiteral("time, start → exit (--quit-after 0)"),
         explorerExit.medianMs / bareExit.medianMs, 3.0},
        {QStringLiteral("CPU time, start → shown and idle"), explorerReady.cpuMs / bareReady.cpuMs,
         NoGoal},
        {QStringLiteral("CPU time, start → exit (--quit-after 0)"),
         explorerExit.cpuMs / bareExit.cpuMs, NoGoal},
        {QStringLiteral("RSS at ready (VmRSS)"), explorerReady.readyRssMb / bareReady.readyRssMb,
         2.5},
        {QStringLiteral("peak RSS, --quit-after 0 run (ru_maxrss)"),
         explorerExit.maxRssMb / bareExit.maxRssMb, 2.5},
    };
    out << "\n| explorer / bare | ratio | goal | |\n|---|---:|---:|---|\n";
    for (const auto &r : ratios) {
        out << "| " << r.what << " | " << QString::number(r.ratio, 'f', 2) << " | ";
        if (r.goal == NoGoal)
            out << "– | (not a goal: shows how much of the wall time is the explorer's own work) "
                   "|\n";
        else
            out << "≤ " << QString::number(r.goal, 'f', 1) << " | " << verdict(r.ratio, r.goal)
                << " |\n";
    }
    if (loadAfter.section(u' ', 0, 0).toDouble() > 0.5 * QThread::idealThreadCount())
        out << "\nWarning: the machine was busy (load average above half the cores); wall times "
               "are inflated, CPU times much less so.\n";
    return 0;
}

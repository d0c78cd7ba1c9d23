// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayList>
#include <QDir>
#include <QFile>
#include <QString>

#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <signal.h>
#include <spawn.h>
#include <time.h>
#include <unistd.h>
#include <vector>

extern char **environ;

// What the benchmarks that time whole child processes share: a monotonic clock, a kill switch
// for a child that hangs (SIGALRM), a clean environment with a fresh home, medians and the load.
namespace ChildProcess {

// The child being waited for; killOnAlarm() ends it when the alarm set beside wait4() rings.
inline volatile pid_t running = 0;

inline void killOnAlarm(int)
{
    if (running > 0)
        kill(running, SIGKILL);
}

inline qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Waits for pid to end, killing it after timeoutSeconds; returns the monotonic time it ended.
inline qint64 waitFor(pid_t pid, int timeoutSeconds, int *status, rusage *usage)
{
    running = pid;
    alarm(unsigned(timeoutSeconds));
    pid_t reaped = 0;
    do {
        reaped = wait4(pid, status, 0, usage);
    } while (reaped < 0 && errno == EINTR);
    const qint64 end = monotonicNs();
    alarm(0);
    running = 0;
    return end;
}

// This process's environment without the variables that start with any of the prefixes
// ("HOME=" …), then HOME and the XDG folders inside home, so no saved settings or keys apply.
inline QByteArrayList environmentWithHome(const QString &home, QByteArrayList prefixes)
{
    prefixes << "HOME="
             << "XDG_CONFIG_HOME="
             << "XDG_DATA_HOME="
             << "XDG_CACHE_HOME="
             << "XDG_STATE_HOME="
             << "XDG_RUNTIME_DIR="
             << "DBUS_SESSION_BUS_ADDRESS=";
    QByteArrayList env;
    for (char **entry = environ; *entry; ++entry) {
        const QByteArray variable(*entry);
        const bool drop =
            std::any_of(prefixes.cbegin(), prefixes.cend(), [&variable](const QByteArray &prefix) {
                return variable.startsWith(prefix);
            });
        if (!drop)
            env.append(variable);
    }
    const QByteArray root = QFile::encodeName(home);
    for (const char *dir : {"config", "data", "cache", "state"})
        QDir().mkpath(home + QLatin1Char('/') + QLatin1String(dir));
    env.append("HOME=" + root);
    env.append("XDG_CONFIG_HOME=" + root + "/config");
    env.append("XDG_DATA_HOME=" + root + "/data");
    env.append("XDG_CACHE_HOME=" + root + "/cache");
    env.append("XDG_STATE_HOME=" + root + "/state");
    env.append("XDG_RUNTIME_DIR=" + root); // a QTemporaryDir is private (0700), as the spec asks
    return env;
}

// One run of a command with no input and its output thrown away, as a script that wants only
// the exit code runs it: timed from just before posix_spawn() to wait4().
struct Run
{
    int status = 0; // wait4()'s
    double wallMs = 0;
    rusage usage{}; // the child's CPU time and peak resident memory (ru_maxrss, KiB)

    bool exitedWith(int code) const { return WIFEXITED(status) && WEXITSTATUS(status) == code; }
};

inline std::optional<Run> runQuietly(const QStringList &command, QByteArrayList env,
                                     int timeoutSeconds, QString *error)
{
    QByteArrayList args;
    for (const QString &argument : command)
        args.append(argument.toLocal8Bit());
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
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    pid_t pid = 0;
    const qint64 start = monotonicNs();
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        *error = QStringLiteral("cannot start %1: %2")
                     .arg(command.first(), QString::fromLocal8Bit(strerror(spawned)));
        return std::nullopt;
    }
    Run run;
    const qint64 end = waitFor(pid, timeoutSeconds, &run.status, &run.usage);
    run.wallMs = (end - start) / 1e6;
    return run;
}

inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

inline QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

} // namespace ChildProcess

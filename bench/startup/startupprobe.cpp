// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "startupprobe.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QWindow>

#include <sys/resource.h>

#include <time.h>
#include <unistd.h>

namespace {

qint64 nowNs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double msSinceStart()
{
    bool ok = false;
    const qint64 t0 = qEnvironmentVariable(StartupProbe::StartVariable).toLongLong(&ok);
    if (ok)
        return (nowNs(CLOCK_MONOTONIC) - t0) / 1e6;
    // Field 22 of /proc/self/stat: start time in clock ticks since boot. The command name
    // (field 2) may hold spaces, so count from the closing parenthesis.
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const qint64 ticks = fields.value(19).toLongLong(); // field 22 is the 20th after ")"
    const double startMs = ticks * 1000.0 / sysconf(_SC_CLK_TCK);
    return nowNs(CLOCK_BOOTTIME) / 1e6 - startMs;
}

QByteArray statusField(const QByteArray &status, const QByteArray &name)
{
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(name))
            return line.mid(name.size()).simplified().split(' ').value(0);
    }
    return QByteArrayLiteral("0");
}

class Probe : public QObject
{
public:
    Probe(const QString &output, QObject *parent)
        : QObject(parent)
        , m_output(output)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_exposed && event->type() == QEvent::Expose && watched->isWindowType()) {
            auto *window = static_cast<QWindow *>(watched);
            if (window->isTopLevel() && window->type() == Qt::Window && window->isExposed()) {
                m_exposed = true;
                m_size = window->size();
                // The expose is painted while it is delivered; the next time the loop has
                // nothing left to do, the window is shown and idle.
                connect(QAbstractEventDispatcher::instance(),
                        &QAbstractEventDispatcher::aboutToBlock, this, [this] { report(); });
            }
        }
        return false;
    }

private:
    void report()
    {
        if (m_reported)
            return;
        m_reported = true;
        const double ms = msSinceStart();
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        const double cpuMs = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
            + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
        QFile statusFile(QStringLiteral("/proc/self/status"));
        statusFile.open(QIODevice::ReadOnly);
        const QByteArray status = statusFile.readAll();
        const QByteArray line = QByteArrayLiteral("ready ") + QByteArray::number(ms, 'f', 2)
            + QByteArrayLiteral(" rss-kb ") + statusField(status, QByteArrayLiteral("VmRSS:"))
            + QByteArrayLiteral(" hwm-kb ") + statusField(status, QByteArrayLiteral("VmHWM:"))
            + QByteArrayLiteral(" window ") + QByteArray::number(m_size.width()) + 'x'
            + QByteArray::number(m_size.height()) + QByteArrayLiteral(" cpu-ms ")
            + QByteArray::number(cpuMs, 'f', 2) + '\n';
        QFile out;
        if (m_output == QStringLiteral("-"))
            out.open(stdout, QIODevice::WriteOnly);
        else {
            out.setFileName(m_output);
            out.open(QIODevice::WriteOnly | QIODevice::Truncate);
        }
        out.write(line);
        out.close();
        QCoreApplication::quit();
    }

    const QString m_output;
    QSize m_size;
    bool m_exposed = false;
    bool m_reported = false;
};

} // namespace

void StartupProbe::install(const QString &output)
{
    QCoreApplication *app = QCoreApplication::instance();
    app->installEventFilter(new Probe(output, app));
}

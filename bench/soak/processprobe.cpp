// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "processprobe.h"

#include <QFile>

#include <sys/resource.h>

#include <atomic>
#include <cstdlib>
#include <dirent.h>
#include <malloc.h>

// Qt's table of hooks for debugging tools (QtCore/private/qhooks_p.h, exported from QtCore but
// not installed without the private headers): slot 3 is called from every QObject constructor,
// slot 4 from every destructor.
extern Q_CORE_EXPORT quintptr qtHookData[];

namespace {

constexpr int AddQObjectHook = 3;
constexpr int RemoveQObjectHook = 4;

std::atomic<qint64> liveQObjects{0};
bool counting = false;

void addQObject(QObject *)
{
    liveQObjects.fetch_add(1, std::memory_order_relaxed);
}

void removeQObject(QObject *)
{
    liveQObjects.fetch_sub(1, std::memory_order_relaxed);
}

qint64 statusKb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

int openDescriptors()
{
    DIR *dir = opendir("/proc/self/fd");
    if (!dir)
        return -1;
    int count = 0;
    while (const dirent *entry = readdir(dir)) {
        if (entry->d_name[0] != '.' && atoi(entry->d_name) != dirfd(dir))
            ++count;
    }
    closedir(dir);
    return count;
}

} // namespace

void ProcessProbe::countQObjects()
{
    qtHookData[AddQObjectHook] = reinterpret_cast<quintptr>(&addQObject);
    qtHookData[RemoveQObjectHook] = reinterpret_cast<quintptr>(&removeQObject);
    counting = true;
}

ProcessSample ProcessProbe::sample()
{
    ProcessSample sample;
    sample.rssKb = statusKb("VmRSS:");
    const struct mallinfo2 heap = mallinfo2();
    sample.heapBytes = qint64(heap.uordblks + heap.hblkhd);
    sample.descriptors = openDescriptors();
    sample.qobjects = counting ? liveQObjects.load() : -1;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) { return t.tv_sec * 1e3 + t.tv_usec / 1e3; };
    sample.cpuMs = ms(usage.ru_utime) + ms(usage.ru_stime);
    return sample;
}

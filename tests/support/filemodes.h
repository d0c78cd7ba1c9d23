// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QString>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace FileModes {

#ifdef Q_OS_UNIX
// The permission bits of path (e.g. 0600), or -1 when it cannot be read.
inline int modeOf(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

// Sets the umask for as long as it lives, like a process started under it.
class ScopedUmask
{
public:
    explicit ScopedUmask(mode_t mask)
        : m_before(::umask(mask))
    {
    }
    ~ScopedUmask() { ::umask(m_before); }
    ScopedUmask(const ScopedUmask &) = delete;
    ScopedUmask &operator=(const ScopedUmask &) = delete;

private:
    const mode_t m_before;
};
#endif

} // namespace FileModes

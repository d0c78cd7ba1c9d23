// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "privatestorage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {

constexpr QFileDevice::Permissions PrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions PrivateFolder = PrivateFile | QFileDevice::ExeOwner;

bool failed(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

bool tighten(const QString &path, QFileDevice::Permissions permissions, QString *error)
{
    constexpr QFileDevice::Permissions Modes = QFileDevice::ReadOwner | QFileDevice::WriteOwner
        | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    if ((QFile::permissions(path) & Modes) == permissions)
        return true;
    if (!QFile::setPermissions(path, permissions))
        return failed(
            error,
            QCoreApplication::translate("PrivateStorage", "Could not make %1 private to this user.")
                .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool settingsAreAFile(const QSettings &settings)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    return settings.format() != QSettings::InvalidFormat;
#else
    return settings.format() == QSettings::IniFormat;
#endif
}

} // namespace

bool makePrivateFolder(const QString &path, const QString &base, QString *error)
{
    const QString target = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QString top =
        base.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(base).absoluteFilePath());
    const bool underBase = !top.isEmpty() && target.startsWith(top + u'/');
    if (underBase && !QFileInfo::exists(top)) // the user's own folder: made as usual
        QDir().mkpath(top);
    // From path up: the folders to create, and the existing ones that are ours.
    QStringList chain;
    for (QString folder = target; !folder.isEmpty(); folder = QFileInfo(folder).path()) {
        if (underBase ? folder == top : (QFileInfo::exists(folder) && folder != target))
            break;
        chain.prepend(folder);
        if (folder == QFileInfo(folder).path()) // the root
            break;
    }
    for (const QString &folder : std::as_const(chain)) {
        if (!QFileInfo::exists(folder) && !QDir().mkdir(folder, PrivateFolder)
            && !QFileInfo(folder).isDir())
            return failed(error,
                          QCoreApplication::translate("PrivateStorage", "Could not create %1.")
                              .arg(QDir::toNativeSeparators(folder)));
        if (!tighten(folder, PrivateFolder, error))
            return false;
    }
    return true;
}

bool makePrivateFile(const QString &path, QString *error)
{
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        // NewOnly: never truncates a file that appeared in the meantime.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, PrivateFile)
            && !QFileInfo::exists(path))
            return failed(error,
                          QCoreApplication::translate("PrivateStorage", "Could not create %1: %2")
                              .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return tighten(path, PrivateFile, error);
}

bool makeSettingsPrivate(const QSettings &settings, QString *error)
{
    if (!settingsAreAFile(settings))
        return true;
    const QString file = settings.fileName();
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return makePrivateFolder(QFileInfo(file).path(), base, error) && makePrivateFile(file, error);
}

QString makeAppDataPrivate(QString *error)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (!makePrivateFolder(folder, base, error))
        return QString();
    return folder;
}

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QSettings;

// Owner-only places on disk for what the app keeps (settings, history): its folders 0700 and its
// files 0600, whatever the umask. Folders above the app's own (~/.config, ~/.local/share) are
// never touched. On Windows only the read-only bit exists, so these leave the ACLs as they are.

// Creates path and every folder missing above it, and makes path, each folder created, and each
// existing folder between base and path owner-only. base itself is left alone; an empty base, or
// one that does not contain path, leaves every existing folder above path alone.
bool makePrivateFolder(const QString &path, const QString &base = QString(),
                       QString *error = nullptr);

// Makes the file owner-only: created empty when missing, so that a writer that keeps the
// existing permissions (QSaveFile, and QSettings through it) writes into an owner-only file from
// its first byte; tightened when it exists with looser permissions. Its folder must exist.
bool makePrivateFile(const QString &path, QString *error = nullptr);

// The settings' file and its folders below the user's config folder made owner-only, where the
// settings are a file (INI, or the native format on Linux and the BSDs; not the registry or a
// macOS plist). Call it before the first write.
bool makeSettingsPrivate(const QSettings &settings, QString *error = nullptr);

// The application's data folder (QStandardPaths::AppDataLocation), created and made owner-only
// with the folders below the user's data folder; the path, or empty (and error) on failure.
QString makeAppDataPrivate(QString *error = nullptr);

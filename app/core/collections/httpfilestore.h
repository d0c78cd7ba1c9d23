// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "collections/collectionvariables.h"
#include "collections/httpfile.h"

struct Environment;

// Reading and writing .http files whole: a write is atomic (QSaveFile), so a crash or a full
// disk leaves the previous file as it was.
bool readHttpFile(const QString &path, HttpFile *file, QString *error);
bool writeHttpFile(const QString &path, const HttpFile &file, QString *error);

// The folder whose http-client.env.json applies to a file: its own folder or the nearest one
// above it that has one; the file's own folder when none has.
QString environmentFolderFor(const QString &filePath);

// The name an explorer environment has in http-client.env.json: its id ("staging",
// "production", "sandbox", "portal-mock"; "custom-1" for a custom one).
QString collectionEnvironmentName(const Environment &environment);

// The environment's values from the env file that applies to a file, with {{baseUrl}} the
// environment's base URL unless the file defines it; a broken env file gives only that and says
// why.
QMap<QString, QString> environmentVariablesFor(const QString &filePath,
                                               const Environment &environment, QString *error);

// What a request of that file sees: the file's variables and the environment's values from the
// env file that applies; a broken env file leaves the environment's part empty and says why.
VariableScope variableScopeFor(const QString &filePath, const HttpFile &file,
                               const Environment &environment, QString *error);

// Where a request of a file stands: the file and the request's name, or its index when
// unnamed. A name survives edits above it; an index is the fallback.
struct HttpRequestRef
{
    QString filePath;
    QString name;
    int index = -1;

    bool isValid() const { return !filePath.isEmpty(); }
    // The index of this request in the file: by name when it has one, else by index; -1 when
    // gone.
    int find(const HttpFile &file) const;
};

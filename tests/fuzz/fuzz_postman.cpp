// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "collections/brunoimport.h"
#include "collections/collectionimport.h"
#include "collections/insomniaimport.h"
#include "collections/postmanimport.h"
#include "fuzzinput.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdlib>

// A Postman collection or environment export, an Insomnia export, or a Bruno request file
// (app/core/collections: readPostmanCollection, then writeImportedCollection into a temporary
// folder; readPostmanEnvironment; readInsomniaExport; readBrunoCollection of a folder holding
// the input as its one .bru file). Invariants: a refusal
// says why, a refused import leaves nothing behind, and a written one stays inside its target.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir directory;
    const QByteArray bytes = fuzzBytes(data, size);
    const QString source = QStringLiteral("fuzz.postman_collection.json");

    ImportedCollection collection;
    QString error;
    if (!readPostmanEnvironment(bytes, source, &collection, &error) && error.isEmpty())
        abort();

    collection = {};
    error.clear();
    const QJsonObject document = QJsonDocument::fromJson(bytes).object();
    if (!readInsomniaExport(document, source, &collection, &error) && error.isEmpty())
        abort();

    static QTemporaryDir bruno;
    QFile manifest(bruno.filePath(QStringLiteral("bruno.json")));
    QFile request(bruno.filePath(QStringLiteral("request.bru")));
    if (!manifest.open(QIODevice::WriteOnly) || manifest.write("{\"name\": \"fuzz\"}") < 0
        || !request.open(QIODevice::WriteOnly) || request.write(bytes) != bytes.size())
        abort();
    manifest.close();
    request.close();
    collection = {};
    error.clear();
    if (!readBrunoCollection(bruno.path(), &collection, &error) && error.isEmpty())
        abort();

    collection = {};
    error.clear();
    const bool read = isInsomniaExport(document)
        ? readInsomniaExport(document, source, &collection, &error)
        : readPostmanCollection(bytes, source, &collection, &error);
    if (read != error.isEmpty())
        abort();
    if (!read)
        return 0;
    const QString target = directory.filePath(QStringLiteral("out"));
    const ImportSummary summary = writeImportedCollection(collection, target);
    const QStringList left =
        QDir(directory.path())
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    const QStringList expected = summary.ok() ? QStringList{QStringLiteral("out")} : QStringList{};
    if (left != expected)
        abort();
    if (summary.ok() && !QDir(target).removeRecursively())
        abort();
    return 0;
}

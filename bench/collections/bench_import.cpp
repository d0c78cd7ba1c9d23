// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
//
// Imports a generated 5 MB Postman Collection v2.1 (issue 16) through importCollection, from the
// file to a new folder of .http files, several times (goal: median ≤ 1 s); then the two halves of
// one import, reading the JSON into requests and writing the folder, for where the time goes.
#include "collections/collectionimport.h"
#include "collections/postmanimport.h"
#include "generatedcollections.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

namespace {

struct Timing
{
    double median = 0;
    double min = 0;
    double max = 0;
};

// Runs work `runs` times, each given its run number, and returns milliseconds.
Timing timed(int runs, const std::function<void(int)> &work)
{
    std::vector<double> ms;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        work(run);
        ms.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.front(), ms.back()};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const int runs = application.arguments().contains(QStringLiteral("--quick")) ? 3 : 9;
    QTextStream out(stdout);

    const GeneratedCollections::Generated generated =
        GeneratedCollections::postmanCollection(5 * 1024 * 1024);
    QTemporaryDir directory;
    const QString source = directory.filePath(QStringLiteral("generated.postman_collection.json"));
    QFile file(source);
    if (!file.open(QIODevice::WriteOnly) || file.write(generated.json) != generated.json.size())
        return 1;
    file.close();

    bool ok = true;
    const Timing whole = timed(runs, [&](int run) {
        const ImportSummary summary =
            importCollection(source, directory.filePath(QStringLiteral("whole-%1").arg(run)));
        ok = ok && summary.ok() && summary.requests == generated.requests;
    });
    ImportedCollection collection;
    const Timing reading = timed(runs, [&](int) {
        QString error;
        ok = ok && readPostmanCollection(generated.json, source, &collection, &error);
    });
    const Timing writing = timed(runs, [&](int run) {
        const ImportSummary summary = writeImportedCollection(
            collection, directory.filePath(QStringLiteral("write-%1").arg(run)));
        ok = ok && summary.ok();
    });
    if (!ok) {
        out << "bench_import: an import failed\n";
        return 1;
    }

    out << "bench_import: a generated Postman Collection v2.1 of "
        << QString::number(double(generated.json.size()) / (1024 * 1024), 'f', 1) << " MB ("
        << generated.requests << " requests in " << generated.folders << " folders), " << runs
        << " runs, median; " << QSysInfo::prettyProductName() << "\n\n";
    out << "| what | median ms | min ms | max ms | goal |\n|---|---:|---:|---:|---|\n";
    const auto row = [&out](const char *what, const Timing &timing, const char *goal) {
        out << "| " << what << " | " << QString::number(timing.median, 'f', 1) << " | "
            << QString::number(timing.min, 'f', 1) << " | " << QString::number(timing.max, 'f', 1)
            << " | " << goal << " |\n";
    };
    row("importCollection: file to folder", whole,
        whole.median <= 1000 ? "≤ 1000 ms: met" : "≤ 1000 ms: NOT met");
    row("readPostmanCollection (JSON to requests)", reading, "–");
    row("writeImportedCollection (requests to files)", writing, "–");
    return whole.median <= 1000 ? 0 : 2;
}

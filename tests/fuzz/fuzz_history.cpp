// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "fuzzinput.h"
#include "history/historyfiltermodel.h"
#include "history/historymodel.h"
#include "history/historystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

// The history file (app/core/history: HistoryStore::load from a file, then the history list's
// models over what it read). HistoryStore saves through QFutureWatcher and a QTimer, so this
// harness makes its one QCoreApplication itself.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_history";
    static char *argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
    static QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("history.json"));

    // A file that does not load is moved aside: start from nothing each time.
    QDir folder(directory.path());
    for (const QString &leftOver : folder.entryList(QDir::Files | QDir::Hidden))
        folder.remove(leftOver);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(fuzzBytes(data, size)) != qint64(size))
        abort();
    file.close();

    HistoryStore store(path);
    store.setKeepBodies(true);
    store.load();
    for (const HistoryEntry &entry : store.entries())
        (void)entry.id.size();
    (void)store.search(QStringLiteral("patients"));
    HistoryModel model(&store);
    HistoryFilterModel filter;
    filter.setSourceModel(&model);
    filter.setSearchText(QStringLiteral("4"));
    for (int row = 0; row < filter.rowCount(); ++row)
        for (int column = 0; column < filter.columnCount(); ++column)
            (void)filter.data(filter.index(row, column));
    return 0;
}

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
//
// The child process of tst_historykill: appends entries to the history file given through the
// real HistoryStore, forever, and prints each entry's id on its own line once the write that
// holds it has been committed. Saves alternate between saveNow() and the background save, so
// that a kill can land in either. Exits 2 on any notice (a failed save or an unreadable file).
#include "history/historystore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QRandomGenerator>

#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3)
        return 1;
    HistoryStore store(arguments.at(1));
    store.setLimits(arguments.at(2).toInt(), HistoryStore::DefaultMaxBytes);
    store.setKeepBodies(true); // larger entries: longer writes for the kill to land in
    store.setSaveDelay(0);
    QObject::connect(&store, &HistoryStore::notice, &app, [](const QString &text) {
        std::fprintf(stderr, "%s\n", qPrintable(text));
        std::exit(2);
    });
    store.load();

    HistoryContext context;
    context.environmentId = QStringLiteral("sandbox");
    for (quint64 n = 0;; ++n) {
        Exchange exchange;
        exchange.request.method = "POST";
        exchange.request.url = QUrl(QStringLiteral("http://127.0.0.1:9/v1/notes/%1").arg(n));
        exchange.request.body = QByteArray(int(QRandomGenerator::global()->bounded(4096)), 'q');
        exchange.startedAt = QDateTime::currentDateTimeUtc();
        exchange.status = 201;
        exchange.body = QByteArray(int(QRandomGenerator::global()->bounded(4096)), 'r');
        store.add(exchange, context);
        const QString id = store.entries().constLast().id;
        if (n % 2 == 0) {
            if (!store.saveNow())
                return 2;
        } else {
            QEventLoop loop;
            QObject::connect(&store, &HistoryStore::saved, &loop, &QEventLoop::quit);
            loop.exec();
        }
        const QByteArray line = id.toLatin1() + '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
        std::fflush(stdout);
    }
}

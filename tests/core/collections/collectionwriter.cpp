// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
//
// The child process of tst_collectionkill: appends a request to a collection's .http file and
// then records it in the folder's http-client.env.json, each written whole as the explorer
// writes them (writeHttpFile, CollectionEnvironments::save), forever, and prints the request's
// name once both writes are committed. The file keeps the newest MaxRequests (argument 2): the
// oldest is removed as a user would, so a write both adds and removes. A request's name says
// how long its body is ("p<pid>-<n>-<length>"), so a cut body shows. Exits 2 when a read or a
// write fails.
#include "collections/collectionvariables.h"
#include "collections/httpfilestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3)
        return 1;
    const QString folder = arguments.at(1);
    const int maxRequests = arguments.at(2).toInt();
    const QString path = QDir(folder).filePath(QStringLiteral("checks.http"));
    QString error;
    for (quint64 n = 0;; ++n) {
        HttpFile file;
        if (QFile::exists(path) && !readHttpFile(path, &file, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        const int length = int(QRandomGenerator::global()->bounded(4096));
        HttpRequestText request;
        request.name =
            QStringLiteral("p%1-%2-%3").arg(QCoreApplication::applicationPid()).arg(n).arg(length);
        request.method = QStringLiteral("POST");
        request.url = QStringLiteral("/v1/notes?group={{practiceGroup}}");
        request.headers.append({QStringLiteral("Content-Type"), QStringLiteral("text/plain")});
        request.body = QString(length, u'q');
        request.assertions = {QStringLiteral("?? status == 201")};
        file.appendRequest(request);
        while (file.requests().size() > maxRequests)
            file.removeRequest(0);
        if (!writeHttpFile(path, file, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        CollectionEnvironments environments;
        environments.setVariables(QStringLiteral("staging"),
                                  {{QStringLiteral("practiceGroup"), QStringLiteral("1001")},
                                   {QStringLiteral("last"), request.name}});
        if (!environments.save(folder, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        const QByteArray line = request.name.toUtf8() + '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
        std::fflush(stdout);
    }
}

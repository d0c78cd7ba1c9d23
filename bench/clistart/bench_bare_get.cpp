// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
//
// The floor of one GET through Qt's own stack: a QCoreApplication and a QNetworkAccessManager
// fetch one URL with the two Hero headers, nothing else (no checks, no diagnosis, no output).
// bench_bare_get URL, the key in HERO_BENCH_KEY: exit 0 on a 2xx answer, 2 otherwise.
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2)
        return 1;
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(arguments.at(1)));
    request.setRawHeader("x-api-key", qgetenv("HERO_BENCH_KEY"));
    request.setRawHeader("x-practice-group-id", "1001");
    QNetworkReply *reply = network.get(request);
    int exitCode = 2;
    QObject::connect(reply, &QNetworkReply::finished, &app, [reply, &exitCode] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->readAll();
        exitCode = status >= 200 && status < 300 ? 0 : 2;
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    return exitCode;
}

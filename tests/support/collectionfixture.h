// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QFile>
#include <QString>

// A small collection for tests of the collections area:
//   appointments/archive/          (empty folder)
//   appointments/list.http         "List appointments" (GET), "Cancel appointment" (POST)
//   messages.http                  "Send message" (POST)
//   .git/ignored.http              (hidden: never part of the collection)
//   http-client.env.json           staging and sandbox
namespace CollectionFixture {

inline const QByteArray ListHttp = "# Appointments of one practice\n"
                                   "@practice = 1001\n"
                                   "\n"
                                   "### List appointments\n"
                                   "GET {{baseUrl}}/v1/appointments?practice={{practice}}\n"
                                   "Accept: application/json\n"
                                   "\n"
                                   "### Cancel appointment\n"
                                   "# kept as written\n"
                                   "POST {{baseUrl}}/v1/appointments/42/cancel\n"
                                   "Content-Type: application/json\n"
                                   "\n"
                                   "{\"reason\": \"patient request\"}\n";
inline const QByteArray MessagesHttp = "### Send message\n"
                                       "POST /v1/messages\n"
                                       "Content-Type: application/json\n"
                                       "\n"
                                       "{\"text\": \"Your appointment is confirmed\"}\n";
inline const QByteArray EnvJson =
    "{\n"
    "  \"staging\": {\"baseUrl\": \"https://api.staging.htech.app\"},\n"
    "  \"sandbox\": {\"baseUrl\": \"http://127.0.0.1:8080\"}\n"
    "}\n";

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline bool write(const QString &root)
{
    const QDir dir(root);
    return dir.mkpath(QStringLiteral("appointments/archive")) && dir.mkpath(QStringLiteral(".git"))
        && writeFile(root + QStringLiteral("/appointments/list.http"), ListHttp)
        && writeFile(root + QStringLiteral("/messages.http"), MessagesHttp)
        && writeFile(root + QStringLiteral("/.git/ignored.http"), MessagesHttp)
        && writeFile(root + QStringLiteral("/http-client.env.json"), EnvJson);
}

inline QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace CollectionFixture

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "sandboxkeys.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QList<SandboxKey> loadSandboxKeys(const QString &fixturePath)
{
    QFile file(fixturePath.isEmpty() ? QStringLiteral(":/hero/sandbox-fixture.json") : fixturePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    QList<SandboxKey> keys;
    const QJsonArray entries = document.object().value(QStringLiteral("keys")).toArray();
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        SandboxKey key;
        key.label = entry.value(QStringLiteral("label")).toString();
        key.practiceGroup = entry.value(QStringLiteral("practice_group")).toString();
        key.key = entry.value(QStringLiteral("key")).toString().toLatin1();
        key.expired = entry.value(QStringLiteral("expired")).toBool();
        if (!key.key.isEmpty())
            keys.append(key);
    }
    return keys;
}

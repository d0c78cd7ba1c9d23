// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

struct SandboxPracticeGroup
{
    QString id;
    QString name;
    QString odsCode;
};

struct SandboxNetwork
{
    QString id;
    QString name;
    QStringList members;
};

struct SandboxFixtureKey
{
    QString key;
    QString label;
    QString practiceGroup;
    QString partner;
    QStringList scopes;
    bool expired = false;
};

// The sandbox's world: practice groups, networks, scope → path prefixes, keys and the
// rate limit, as read from a fixture file (see SANDBOX.md).
struct SandboxFixture
{
    QList<SandboxPracticeGroup> practiceGroups;
    QList<SandboxNetwork> networks;
    QMap<QString, QStringList> scopes; // scope name → path prefixes
    QList<SandboxFixtureKey> keys;
    int rateLimitRequests = 300;
    int rateLimitWindowSeconds = 60;

    // Validates everything; on failure *error names the field and the problem, e.g.
    // "keys[2].practice_group: unknown practice group 9999". Never echoes key values.
    static std::optional<SandboxFixture> load(const QByteArray &json, QString *error);
    // The fixture shipped as the resource ":/hero/sandbox-fixture.json".
    static std::optional<SandboxFixture> builtIn(QString *error);

    const SandboxPracticeGroup *group(const QString &id) const;
    // Index into keys, or -1.
    int keyIndex(const QByteArray &key) const;
    // The networks the group belongs to, in fixture order.
    QList<const SandboxNetwork *> networksOf(const QString &groupId) const;
    bool shareNetwork(const QString &groupA, const QString &groupB) const;
    // The home group and every group sharing a network with it, sorted by id.
    QStringList groupsActableFor(const QString &homeGroupId) const;
    // The scope whose prefix governs the path ("" if none): the prefix equals the path
    // or is followed by '/'. The longest matching prefix wins.
    QString scopeForPath(const QString &path) const;
};

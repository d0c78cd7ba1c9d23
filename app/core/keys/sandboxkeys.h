// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// One of the in-process sandbox's published test keys. They open no real data, so they are
// offered ready-made, as session-only keys that never reach the keychain.
struct SandboxKey
{
    QString label;
    QString practiceGroup;
    QByteArray key;
    bool expired = false;
};

// The keys in the sandbox fixture (by default the bundled ":/hero/sandbox-fixture.json").
// Empty when the file cannot be read or parsed.
QList<SandboxKey> loadSandboxKeys(const QString &fixturePath = QString());

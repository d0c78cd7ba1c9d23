// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

// Asks the freedesktop Secret Service whether a default collection exists and is unlocked.
// QtKeychain 0.13 reports a locked or missing collection as "entry not found"; this tells the
// cases apart. It never starts (D-Bus-activates) a Secret Service that is not already running.
// One-shot: reports once through finished(), then deletes itself.
class SecretServiceProbe : public QObject
{
    Q_OBJECT
public:
    enum Outcome {
        Usable, // the default collection exists and is unlocked
        NoSessionBus,
        NoSecretService, // nobody owns org.freedesktop.secrets (e.g. KWallet is the backend)
        NoDefaultCollection,
        Locked,
        Inconclusive, // the service answered something unexpected
    };
    Q_ENUM(Outcome)

    explicit SecretServiceProbe(QObject *parent = nullptr);
    void start();

signals:
    void finished(SecretServiceProbe::Outcome outcome, const QString &detail);

private:
    void askForDefaultCollection();
    void askWhetherLocked(const QString &collectionPath);
    void report(Outcome outcome, const QString &detail = QString());
};

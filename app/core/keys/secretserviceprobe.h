// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "keyringadvice.h"

#include <QMap>
#include <QObject>
#include <QString>

#include <functional>

class QDBusMessage;

// Asks the freedesktop Secret Service whether the entry, or the default collection, is locked.
// QtKeychain 0.13 reports a locked or missing collection as "entry not found" (and libsecret an
// unlock prompt that could not be shown as no answer at all); this tells the cases apart. It
// looks first for the entry itself (SearchItems lists locked items apart), so an entry in a
// locked collection reads as Locked even when the `default` alias points at another, unlocked
// collection. It never starts (D-Bus-activates) a Secret Service that is not already running.
// One-shot: reports once through finished(), then deletes itself.
class SecretServiceProbe : public QObject
{
    Q_OBJECT
public:
    enum Outcome {
        Usable, // the default collection exists and is unlocked, and the entry is not locked
        NoSessionBus,
        NoSecretService, // nobody owns org.freedesktop.secrets (e.g. KWallet is the backend)
        NoDefaultCollection,
        Locked, // the entry's collection, or the default collection, is locked
        Inconclusive, // the service answered something unexpected
    };
    Q_ENUM(Outcome)

    struct Findings
    {
        Outcome outcome = Inconclusive;
        QString detail;
        SecretServiceProvider provider = SecretServiceProvider::Unknown;
        QString collectionPath; // the locked collection, for Locked
        QString collectionLabel;
    };

    explicit SecretServiceProbe(QObject *parent = nullptr);
    // attributes: the entry's lookup attributes (e.g. server and user); empty to ask only about
    // the default collection.
    void start(const QMap<QString, QString> &attributes = {});

signals:
    void finished(const SecretServiceProbe::Findings &findings);

private:
    using ReplyHandler = std::function<void(const QDBusMessage &reply)>;
    // Calls the bus; an error answer goes to onError, or without one ends the probe Inconclusive.
    void call(const QDBusMessage &message, const ReplyHandler &onReply,
              const ReplyHandler &onError = nullptr);
    void identifyProvider();
    void searchForEntry();
    void askForDefaultCollection();
    void askWhetherLocked(const QString &collectionPath);
    void reportLocked(const QString &collectionPath);
    void report(Outcome outcome, const QString &detail = QString());

    QMap<QString, QString> m_attributes;
    Findings m_findings;
};

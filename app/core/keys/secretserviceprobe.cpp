// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "secretserviceprobe.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>

namespace {

const QString serviceName = QStringLiteral("org.freedesktop.secrets");
const QString servicePath = QStringLiteral("/org/freedesktop/secrets");
constexpr int callTimeoutMs = 5000;

} // namespace

SecretServiceProbe::SecretServiceProbe(QObject *parent)
    : QObject(parent)
{
}

void SecretServiceProbe::start()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        report(NoSessionBus, bus.lastError().message());
        return;
    }
    // NameHasOwner rather than a call to the service: a call would D-Bus-activate a daemon
    // without a login keyring, which then keeps the name (PLATFORMS.md 2.7).
    QDBusMessage message = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("NameHasOwner"));
    message << serviceName;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(message, callTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<bool> reply = *w;
        if (reply.isError())
            report(Inconclusive, reply.error().message());
        else if (!reply.value())
            report(NoSecretService);
        else
            askForDefaultCollection();
    });
}

void SecretServiceProbe::askForDefaultCollection()
{
    QDBusMessage message = QDBusMessage::createMethodCall(
        serviceName, servicePath, QStringLiteral("org.freedesktop.Secret.Service"),
        QStringLiteral("ReadAlias"));
    message << QStringLiteral("default");
    auto *watcher = new QDBusPendingCallWatcher(
        QDBusConnection::sessionBus().asyncCall(message, callTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *w;
        if (reply.isError()) {
            report(Inconclusive, reply.error().message());
            return;
        }
        const QString path = reply.value().path();
        if (path.isEmpty() || path == u"/")
            report(NoDefaultCollection);
        else
            askWhetherLocked(path);
    });
}

void SecretServiceProbe::askWhetherLocked(const QString &collectionPath)
{
    QDBusMessage message = QDBusMessage::createMethodCall(
        serviceName, collectionPath, QStringLiteral("org.freedesktop.DBus.Properties"),
        QStringLiteral("Get"));
    message << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    auto *watcher = new QDBusPendingCallWatcher(
        QDBusConnection::sessionBus().asyncCall(message, callTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *w;
        if (reply.isError()) {
            // The alias points at a collection that does not exist (a half-set-up keyring).
            report(NoDefaultCollection, reply.error().message());
            return;
        }
        report(reply.value().variant().toBool() ? Locked : Usable);
    });
}

void SecretServiceProbe::report(Outcome outcome, const QString &detail)
{
    QMetaObject::invokeMethod(
        this,
        [this, outcome, detail] {
            emit finished(outcome, detail);
            deleteLater();
        },
        Qt::QueuedConnection);
}

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "secretserviceprobe.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusVariant>
#include <QFile>

namespace {

const QString serviceName = QStringLiteral("org.freedesktop.secrets");
const QString servicePath = QStringLiteral("/org/freedesktop/secrets");
const QString serviceInterface = QStringLiteral("org.freedesktop.Secret.Service");
const QString collectionInterface = QStringLiteral("org.freedesktop.Secret.Collection");
constexpr int callTimeoutMs = 5000;

QDBusMessage busCall(const QString &method)
{
    return QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
                                          QStringLiteral("/org/freedesktop/DBus"),
                                          QStringLiteral("org.freedesktop.DBus"), method);
}

QDBusMessage propertyCall(const QString &path, const QString &property)
{
    QDBusMessage message = QDBusMessage::createMethodCall(
        serviceName, path, QStringLiteral("org.freedesktop.DBus.Properties"),
        QStringLiteral("Get"));
    message << collectionInterface << property;
    return message;
}

QVariant propertyValue(const QDBusMessage &reply)
{
    return reply.arguments().value(0).value<QDBusVariant>().variant();
}

QList<QDBusObjectPath> objectPaths(const QVariant &argument)
{
    return qdbus_cast<QList<QDBusObjectPath>>(argument);
}

// What the process serving the name runs: /proc/PID/comm, Linux only, empty elsewhere.
QString processName(uint pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromLocal8Bit(comm.readAll()).trimmed();
}

} // namespace

SecretServiceProbe::SecretServiceProbe(QObject *parent)
    : QObject(parent)
{
}

void SecretServiceProbe::start(const QMap<QString, QString> &attributes)
{
    m_attributes = attributes;
    qDBusRegisterMetaType<QMap<QString, QString>>(); // SearchItems takes a{ss}
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        report(NoSessionBus, bus.lastError().message());
        return;
    }
    // NameHasOwner rather than a call to the service: a call would D-Bus-activate a daemon
    // without a login keyring, which then keeps the name (PLATFORMS.md 2.7).
    QDBusMessage message = busCall(QStringLiteral("NameHasOwner"));
    message << serviceName;
    call(message, [this](const QDBusMessage &reply) {
        if (!reply.arguments().value(0).toBool())
            report(NoSecretService);
        else
            identifyProvider();
    });
}

void SecretServiceProbe::call(const QDBusMessage &message, const ReplyHandler &onReply,
                              const ReplyHandler &onError)
{
    auto *watcher = new QDBusPendingCallWatcher(
        QDBusConnection::sessionBus().asyncCall(message, callTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, onReply, onError](QDBusPendingCallWatcher *w) {
                w->deleteLater();
                const QDBusMessage reply = w->reply();
                if (reply.type() != QDBusMessage::ErrorMessage)
                    onReply(reply);
                else if (onError)
                    onError(reply);
                else
                    report(Inconclusive, reply.errorMessage());
            });
}

void SecretServiceProbe::identifyProvider()
{
    // The provider decides how the user unlocks a keyring; not knowing it is no failure.
    QDBusMessage message = busCall(QStringLiteral("GetConnectionUnixProcessID"));
    message << serviceName;
    call(
        message,
        [this](const QDBusMessage &reply) {
            m_findings.provider = secretServiceProviderFromProcessName(
                processName(reply.arguments().value(0).toUInt()));
            searchForEntry();
        },
        [this](const QDBusMessage &) { searchForEntry(); });
}

void SecretServiceProbe::searchForEntry()
{
    if (m_attributes.isEmpty()) {
        askForDefaultCollection();
        return;
    }
    QDBusMessage message = QDBusMessage::createMethodCall(
        serviceName, servicePath, serviceInterface, QStringLiteral("SearchItems"));
    message << QVariant::fromValue(m_attributes);
    call(message, [this](const QDBusMessage &reply) {
        const QList<QDBusObjectPath> unlocked = objectPaths(reply.arguments().value(0));
        const QList<QDBusObjectPath> locked = objectPaths(reply.arguments().value(1));
        if (unlocked.isEmpty() && !locked.isEmpty()) {
            // Items live at <collection>/<item> in gnome-keyring, KWallet and KeePassXC alike.
            reportLocked(locked.first().path().section(u'/', 0, -2));
            return;
        }
        askForDefaultCollection();
    });
}

void SecretServiceProbe::askForDefaultCollection()
{
    QDBusMessage message = QDBusMessage::createMethodCall(
        serviceName, servicePath, serviceInterface, QStringLiteral("ReadAlias"));
    message << QStringLiteral("default");
    call(message, [this](const QDBusMessage &reply) {
        const QString path = reply.arguments().value(0).value<QDBusObjectPath>().path();
        if (path.isEmpty() || path == u"/")
            report(NoDefaultCollection);
        else
            askWhetherLocked(path);
    });
}

void SecretServiceProbe::askWhetherLocked(const QString &collectionPath)
{
    call(
        propertyCall(collectionPath, QStringLiteral("Locked")),
        [this, collectionPath](const QDBusMessage &reply) {
            if (propertyValue(reply).toBool())
                reportLocked(collectionPath);
            else
                report(Usable);
        },
        // The alias points at a collection that does not exist (a half-set-up keyring).
        [this](const QDBusMessage &reply) { report(NoDefaultCollection, reply.errorMessage()); });
}

void SecretServiceProbe::reportLocked(const QString &collectionPath)
{
    m_findings.collectionPath = collectionPath;
    // The label ("Login") is what Seahorse and KDE Wallet Manager show; the path is the fallback.
    const auto labelled = [this, collectionPath](const QString &label) {
        m_findings.collectionLabel = label.isEmpty() ? collectionPath.section(u'/', -1) : label;
        report(Locked);
    };
    call(
        propertyCall(collectionPath, QStringLiteral("Label")),
        [labelled](const QDBusMessage &reply) { labelled(propertyValue(reply).toString()); },
        [labelled](const QDBusMessage &) { labelled(QString()); });
}

void SecretServiceProbe::report(Outcome outcome, const QString &detail)
{
    m_findings.outcome = outcome;
    m_findings.detail = detail;
    QMetaObject::invokeMethod(
        this,
        [this] {
            emit finished(m_findings);
            deleteLater();
        },
        Qt::QueuedConnection);
}

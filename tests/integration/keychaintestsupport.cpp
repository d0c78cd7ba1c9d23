// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "keychaintestsupport.h"

#include "keys/keychainsecretstore.h"
#include "keys/keyjob.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QUrl>

namespace {

QMutex messagesMutex;
QStringList messages;
QtMessageHandler previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&messagesMutex);
        messages.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

QString keyringsDirectory()
{
    return QDir(qEnvironmentVariable("XDG_DATA_HOME")).filePath(QStringLiteral("keyrings"));
}

} // namespace

namespace KeychainTest {

bool inThrowAwayHome(QString *why)
{
    const QString home = qEnvironmentVariable("HOME");
    if (qEnvironmentVariable("HERO_KEYCHAIN_TEST_HOME") != home || home.isEmpty()) {
        *why = QStringLiteral("Run through ctest: HOME must be the harness's throw-away home.");
        return false;
    }
    if (!qEnvironmentVariable("XDG_DATA_HOME").startsWith(home)) {
        *why = QStringLiteral("XDG_DATA_HOME must lie inside the throw-away HOME.");
        return false;
    }
    return true;
}

QByteArray randomKey(int length)
{
    static const QByteArray alphabet =
        QByteArrayLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    QByteArray key = QByteArrayLiteral("kc+canary/");
    while (key.size() < length - 1)
        key.append(alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size()))));
    key.append('=');
    return key.left(length);
}

QList<QByteArray> leakForms(const QByteArray &key)
{
    QByteArray utf16;
    for (const char c : key) {
        utf16.append(c);
        utf16.append('\0');
    }
    QList<QByteArray> forms{
        key, key.toBase64(),
        key.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
        QUrl::toPercentEncoding(QString::fromLatin1(key)), utf16};
    // Inside longer base64 text the key starts at any of three alignments: encode whole
    // groups of three bytes from each, so the form is found wherever the key sits.
    for (int offset = 1; offset < 3; ++offset) {
        QByteArray aligned = key.mid(offset);
        aligned.chop(aligned.size() % 3);
        forms.append(aligned.toBase64());
    }
    return forms;
}

QStringList findLeaks(const QString &root, const QList<QByteArray> &keys)
{
    QStringList hits;
    const QString keyrings = QDir::cleanPath(keyringsDirectory());
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = QDir::cleanPath(it.next());
        if (path.startsWith(keyrings + u'/'))
            continue; // the encrypted keyring itself
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue; // sockets and the like
        const QByteArray contents = file.readAll();
        for (const QByteArray &key : keys) {
            const QList<QByteArray> forms = leakForms(key);
            for (int i = 0; i < forms.size(); ++i) {
                if (contents.contains(forms.at(i)))
                    hits.append(QStringLiteral("%1 (form %2)").arg(path).arg(i));
            }
        }
    }
    return hits;
}

void captureMessages()
{
    previousHandler = qInstallMessageHandler(recordMessage);
}

QStringList capturedMessages()
{
    QMutexLocker lock(&messagesMutex);
    return messages;
}

QByteArray secretToolLookup(const QString &account, bool *ok)
{
    QProcess process;
    process.start(QStringLiteral("secret-tool"),
                  {QStringLiteral("lookup"), QStringLiteral("server"),
                   KeychainSecretStore::defaultServiceName(), QStringLiteral("user"), account});
    const bool ran = process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit;
    if (ok)
        *ok = ran;
    return process.readAllStandardOutput();
}

int secretToolCount()
{
    QProcess process;
    process.start(QStringLiteral("secret-tool"),
                  {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                   KeychainSecretStore::defaultServiceName()});
    if (!process.waitForFinished(30000))
        return -1;
    // One "[/org/freedesktop/secrets/collection/…]" header per item, on stdout or stderr
    // depending on the libsecret version.
    const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
    return int(output.count("[/org/freedesktop/secrets/"));
}

QByteArray loginKeyringFile()
{
    QFile file(QDir(keyringsDirectory()).filePath(QStringLiteral("login.keyring")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool defaultCollectionReady()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    QDBusMessage owner = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("NameHasOwner"));
    owner << QStringLiteral("org.freedesktop.secrets");
    const QDBusReply<bool> owned = bus.call(owner);
    if (!owned.isValid() || !owned.value())
        return false;
    QDBusMessage alias = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("ReadAlias"));
    alias << QStringLiteral("default");
    const QDBusReply<QDBusObjectPath> path = bus.call(alias);
    if (!path.isValid() || path.value().path() == u"/")
        return false;
    QDBusMessage locked = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), path.value().path(),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    locked << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    const QDBusReply<QVariant> reply = bus.call(locked);
    return reply.isValid() && !reply.value().toBool();
}

bool lockDefaultCollection(QString *why)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    QDBusMessage alias = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("ReadAlias"));
    alias << QStringLiteral("default");
    const QDBusReply<QDBusObjectPath> path = bus.call(alias);
    if (!path.isValid() || path.value().path() == u"/") {
        *why = QStringLiteral("no default collection: ") + path.error().message();
        return false;
    }
    QDBusMessage lock = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"));
    lock << QVariant::fromValue(QList<QDBusObjectPath>{path.value()});
    const QDBusMessage reply = bus.call(lock);
    if (reply.type() == QDBusMessage::ErrorMessage) {
        *why = reply.errorMessage();
        return false;
    }
    return true;
}

KeyOutcome run(KeyJob *job)
{
    KeyOutcome outcome;
    QSignalSpy finished(job, &KeyJob::finished);
    QObject::connect(job, &KeyJob::finished, job, [job, &outcome] {
        outcome.finished = true;
        outcome.ok = job->isOk();
        outcome.error = int(job->error());
        outcome.keychain = job->keychainResult();
        outcome.text = job->errorText();
        outcome.profileId = job->profileId();
        outcome.secret = job->secret();
    });
    finished.wait(60000);
    return outcome;
}

SecretOutcome run(SecretJob *job)
{
    SecretOutcome outcome;
    QSignalSpy finished(job, &SecretJob::finished);
    QObject::connect(job, &SecretJob::finished, job, [job, &outcome](const SecretResult &result) {
        outcome.finished = true;
        outcome.result = result;
        outcome.secret = job->secret();
    });
    finished.wait(60000);
    return outcome;
}

} // namespace KeychainTest

CountingSecretStore::CountingSecretStore(SecretStore *inner, QObject *parent)
    : SecretStore(parent)
    , m_inner(inner)
{
}

SecretJob *CountingSecretStore::read(const QString &account)
{
    ++m_calls;
    return m_inner->read(account);
}

SecretJob *CountingSecretStore::write(const QString &account, const QByteArray &secret)
{
    ++m_calls;
    return m_inner->write(account, secret);
}

SecretJob *CountingSecretStore::remove(const QString &account)
{
    ++m_calls;
    return m_inner->remove(account);
}

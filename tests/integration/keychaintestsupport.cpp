// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "keychaintestsupport.h"

#include "keys/keychainsecretstore.h"
#include "keys/keyjob.h"
#include "keys/keyringadvice.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
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

const QString secretsName = QStringLiteral("org.freedesktop.secrets");
const QString secretsPath = QStringLiteral("/org/freedesktop/secrets");
const QString serviceInterface = QStringLiteral("org.freedesktop.Secret.Service");
const QString otherLabel = QStringLiteral("Other");

QDBusMessage serviceCall(const QString &method)
{
    return QDBusMessage::createMethodCall(secretsName, secretsPath, serviceInterface, method);
}

// Calls and waits; on an error answer sets *why and returns an invalid message.
QDBusMessage callOrExplain(const QDBusMessage &message, QString *why)
{
    const QDBusMessage reply = QDBusConnection::sessionBus().call(message, QDBus::Block, 20000);
    if (reply.type() == QDBusMessage::ErrorMessage) {
        *why = message.member() + u": " + reply.errorMessage();
        return QDBusMessage();
    }
    return reply;
}

bool lockPaths(const QList<QDBusObjectPath> &paths, QString *why)
{
    QDBusMessage lock = serviceCall(QStringLiteral("Lock"));
    lock << QVariant::fromValue(paths);
    return callOrExplain(lock, why).type() == QDBusMessage::ReplyMessage;
}

QList<QDBusObjectPath> itemsFor(const QString &account)
{
    qDBusRegisterMetaType<QMap<QString, QString>>();
    QDBusMessage search = serviceCall(QStringLiteral("SearchItems"));
    QMap<QString, QString> attributes{
        {QStringLiteral("server"), KeychainSecretStore::defaultServiceName()}};
    if (!account.isEmpty())
        attributes.insert(QStringLiteral("user"), account);
    search << QVariant::fromValue(attributes);
    QString ignored;
    const QDBusMessage reply = callOrExplain(search, &ignored);
    QList<QDBusObjectPath> items;
    for (const QVariant &list : reply.arguments())
        items += qdbus_cast<QList<QDBusObjectPath>>(list);
    return items;
}

// The secret that gnome-keyring's master-password calls take: (session, parameters, value,
// content type), in a "plain" session opened on this connection.
struct MasterSecret
{
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};

QDBusArgument &operator<<(QDBusArgument &argument, const MasterSecret &secret)
{
    argument.beginStructure();
    argument << secret.session << secret.parameters << secret.value << secret.contentType;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, MasterSecret &secret)
{
    argument.beginStructure();
    argument >> secret.session >> secret.parameters >> secret.value >> secret.contentType;
    argument.endStructure();
    return argument;
}

} // namespace

Q_DECLARE_METATYPE(MasterSecret)

// Receives a Secret Service prompt's Completed signal (QtDBus connects signals to slots only).
class KeychainPromptWatcher : public QObject
{
    Q_OBJECT
public:
    bool completed = false;
    bool dismissed = false;
public slots:
    void complete(bool wasDismissed, const QDBusVariant &)
    {
        completed = true;
        dismissed = wasDismissed;
    }
};

namespace {

// A "plain" session opened on this connection, for gnome-keyring's master-password calls.
QDBusObjectPath openPlainSession(QString *why)
{
    qDBusRegisterMetaType<MasterSecret>();
    QDBusMessage open = serviceCall(QStringLiteral("OpenSession"));
    open << QStringLiteral("plain") << QVariant::fromValue(QDBusVariant(QString()));
    const QDBusMessage session = callOrExplain(open, why);
    return session.type() == QDBusMessage::ReplyMessage
        ? session.arguments().value(1).value<QDBusObjectPath>()
        : QDBusObjectPath();
}

QDBusMessage guiltRiddenCall(const QString &method)
{
    return QDBusMessage::createMethodCall(
        secretsName, secretsPath,
        QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"), method);
}

// The "Other" keyring, made unlocked with a password of its own when there is none yet.
QDBusObjectPath otherCollection(QString *why)
{
    const QString path = secretsPath + QStringLiteral("/collection/other");
    QDBusMessage label = QDBusMessage::createMethodCall(
        secretsName, path, QStringLiteral("org.freedesktop.DBus.Properties"),
        QStringLiteral("Get"));
    label << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Label");
    if (QDBusConnection::sessionBus().call(label).type() == QDBusMessage::ReplyMessage)
        return QDBusObjectPath(path);

    const QDBusObjectPath session = openPlainSession(why);
    if (session.path().isEmpty())
        return QDBusObjectPath();
    QDBusMessage create = guiltRiddenCall(QStringLiteral("CreateWithMasterPassword"));
    create << QVariantMap{{QStringLiteral("org.freedesktop.Secret.Collection.Label"), otherLabel}}
           << QVariant::fromValue(MasterSecret{session, QByteArray(), QByteArrayLiteral("other"),
                                               QStringLiteral("text/plain")});
    const QDBusMessage created = callOrExplain(create, why);
    if (created.type() != QDBusMessage::ReplyMessage)
        return QDBusObjectPath();
    return created.arguments().value(0).value<QDBusObjectPath>();
}

bool setDefaultAlias(const QDBusObjectPath &collection, QString *why)
{
    QDBusMessage alias = serviceCall(QStringLiteral("SetAlias"));
    alias << QStringLiteral("default") << QVariant::fromValue(collection);
    return callOrExplain(alias, why).type() == QDBusMessage::ReplyMessage;
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

QString lockWayName(LockWay way)
{
    switch (way) {
    case LockWay::CollectionLock:
        return QStringLiteral("Lock on the login collection");
    case LockWay::ItemLock:
        return QStringLiteral("Lock on the item");
    case LockWay::LockService:
        return QStringLiteral("LockService");
    case LockWay::DefaultAliasElsewhere:
        break;
    }
    return QStringLiteral("default alias elsewhere, login locked");
}

bool lockKeyring(LockWay way, const QString &account, QString *why)
{
    const QList<QDBusObjectPath> items = itemsFor(account);
    if (items.isEmpty()) {
        *why = QStringLiteral("no item for ") + account;
        return false;
    }
    switch (way) {
    case LockWay::CollectionLock:
        return lockPaths({QDBusObjectPath(LoginCollection)}, why);
    case LockWay::ItemLock:
        return lockPaths(items, why);
    case LockWay::LockService:
        return callOrExplain(serviceCall(QStringLiteral("LockService")), why).type()
            == QDBusMessage::ReplyMessage;
    case LockWay::DefaultAliasElsewhere:
        break;
    }
    const QDBusObjectPath other = otherCollection(why);
    return !other.path().isEmpty() && setDefaultAlias(other, why)
        && lockPaths({QDBusObjectPath(LoginCollection)}, why) && !collectionLocked(other.path());
}

bool restoreDefaultAlias(QString *why)
{
    return setDefaultAlias(QDBusObjectPath(LoginCollection), why);
}

bool collectionLocked(const QString &collectionPath)
{
    QDBusMessage locked = QDBusMessage::createMethodCall(
        secretsName, collectionPath, QStringLiteral("org.freedesktop.DBus.Properties"),
        QStringLiteral("Get"));
    locked << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    const QDBusReply<QVariant> reply = QDBusConnection::sessionBus().call(locked);
    return reply.isValid() && reply.value().toBool();
}

bool unlockPromptIsDismissed(QString *why)
{
    QDBusMessage unlock = serviceCall(QStringLiteral("Unlock"));
    unlock << QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(LoginCollection)});
    const QDBusMessage reply = callOrExplain(unlock, why);
    if (reply.type() != QDBusMessage::ReplyMessage)
        return false;
    const QString prompt = reply.arguments().value(1).value<QDBusObjectPath>().path();
    if (prompt.isEmpty() || prompt == u"/") {
        *why = QStringLiteral("Unlock needed no prompt: the keyring was not locked");
        return false;
    }
    KeychainPromptWatcher watcher;
    const QString promptInterface = QStringLiteral("org.freedesktop.Secret.Prompt");
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.connect(secretsName, prompt, promptInterface, QStringLiteral("Completed"), &watcher,
                     SLOT(complete(bool, QDBusVariant)))) {
        *why = QStringLiteral("cannot watch the prompt");
        return false;
    }
    QDBusMessage show = QDBusMessage::createMethodCall(secretsName, prompt, promptInterface,
                                                       QStringLiteral("Prompt"));
    show << QString(); // no parent window
    if (callOrExplain(show, why).type() != QDBusMessage::ReplyMessage)
        return false;
    if (!QTest::qWaitFor([&watcher] { return watcher.completed; }, 30000)) {
        *why = QStringLiteral("the prompt never completed");
        return false;
    }
    if (!watcher.dismissed)
        *why = QStringLiteral("the prompt completed without being dismissed");
    return watcher.dismissed;
}

ProcessResult runProcess(const QString &program, const QStringList &arguments,
                         const QByteArray &input, const QProcessEnvironment &environment)
{
    ProcessResult result;
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return result;
    process.write(input);
    process.closeWriteChannel();
    // With the event loop running: a sandbox answering the child may live in this process.
    result.finished = finished.wait(60000);
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

ProcessResult runInBash(const QString &commandLine, const QByteArray &input)
{
    return runProcess(QStringLiteral("bash"), {QStringLiteral("-c"), commandLine}, input);
}

bool unlockLoginWithoutAPrompt(QString *why)
{
    const QDBusObjectPath session = openPlainSession(why);
    if (session.path().isEmpty())
        return false;
    QDBusMessage unlock = guiltRiddenCall(QStringLiteral("UnlockWithMasterPassword"));
    unlock << QVariant::fromValue(QDBusObjectPath(LoginCollection))
           << QVariant::fromValue(
                  MasterSecret{session, QByteArray(), LoginPassword, QStringLiteral("text/plain")});
    return callOrExplain(unlock, why).type() == QDBusMessage::ReplyMessage
        && defaultCollectionReady();
}

bool unlockWithThePrintedCommand(QString *why)
{
    const ProcessResult unlock = runInBash(gnomeKeyringTerminalUnlockCommand(), LoginPassword);
    if (!unlock.finished || unlock.exitCode != 0) {
        *why = QStringLiteral("the unlock command failed: ") + QString::fromUtf8(unlock.err);
        return false;
    }
    if (!QTest::qWaitFor(defaultCollectionReady, 60000)) {
        *why = QStringLiteral("the login keyring is still locked after the unlock command");
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

#include "keychaintestsupport.moc"

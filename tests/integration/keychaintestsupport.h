// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "keys/secretstore.h"

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class KeyJob;

// Helpers for the tests that run against a real, throw-away gnome-keyring (tests/integration).
namespace KeychainTest {

// Fails unless the process runs in the throw-away HOME the CMake harness made, so that these
// tests can never write to a developer's own keyring.
bool inThrowAwayHome(QString *why);

// A random key of the given length made of visible ASCII, including characters that base64 and
// URL encoding change, so every encoded form differs from the plain one.
QByteArray randomKey(int length);

// The forms a leaked key could take in a file: plain, base64, URL-encoded, UTF-16LE.
QList<QByteArray> leakForms(const QByteArray &key);

// Every file under the directory (skipping the encrypted keyrings/ directory) holding one of
// the keys in any of its leakForms(); "path (form n)" per hit.
QStringList findLeaks(const QString &root, const QList<QByteArray> &keys);

// Collects every qDebug/qWarning/… message from now on, to be searched for keys.
void captureMessages();
QStringList capturedMessages();

// `secret-tool lookup server "Hero API Explorer" user <account>`: what the keyring really holds.
// Empty when there is no such item; ok is false when secret-tool could not be run.
QByteArray secretToolLookup(const QString &account, bool *ok = nullptr);
// How many items the keyring holds for the service, per `secret-tool search --all`.
int secretToolCount();

// The login keyring file's bytes: unchanged bytes prove nothing was written to it.
QByteArray loginKeyringFile();

// Whether the Secret Service is up with an unlocked default collection. gnome-keyring-daemon
// --unlock returns before its login collection is registered, so tests wait for this first.
// Never D-Bus-activates the service.
bool defaultCollectionReady();

// Locks the default collection over D-Bus (org.freedesktop.Secret.Service.Lock).
bool lockDefaultCollection(QString *why);

// The password keyring-session.sh gives the login keyring.
inline const QByteArray LoginPassword = QByteArrayLiteral("test");
inline const QString LoginCollection = QStringLiteral("/org/freedesktop/secrets/collection/login");

// Every way a keyring can be locked that a script can reproduce on gnome-keyring. The desktop's
// screen lock and an idle timeout end in the same state as CollectionLock (see
// docs/architecture.md, keys).
enum class LockWay {
    CollectionLock, // Service.Lock on the login collection
    ItemLock, // Service.Lock on the entry's own item (gnome-keyring locks its collection)
    LockService, // Service.LockService: every collection
    DefaultAliasElsewhere, // `default` points at another, unlocked keyring; login is locked
};
QString lockWayName(LockWay way);
// Locks the keyring holding the entry filed under the account (any of the app's entries when
// the account is empty), the given way.
bool lockKeyring(LockWay way, const QString &account, QString *why);
// Points `default` back at the login keyring, undoing DefaultAliasElsewhere.
bool restoreDefaultAlias(QString *why);
bool collectionLocked(const QString &collectionPath);
// Asks the service to unlock the login keyring and answers its prompt: whether the prompt
// completed as dismissed (as it does when no prompter can show it, e.g. without a display).
bool unlockPromptIsDismissed(QString *why);

// A child process run to its end with this process's event loop running.
struct ProcessResult
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// `environment` empty: this process's own.
ProcessResult runProcess(const QString &program, const QStringList &arguments,
                         const QByteArray &input = QByteArray(),
                         const QProcessEnvironment &environment = QProcessEnvironment());
// A shell command line as a user would paste it into bash, with the input typed into it.
ProcessResult runInBash(const QString &commandLine, const QByteArray &input);
// Runs the unlock command the app prints for a session without a display, typing the login
// password, and waits until the (replaced) daemon serves an unlocked login keyring. Only for
// tests whose keychain users are other processes: libsecret keeps its session with the replaced
// daemon ("The session does not exist").
bool unlockWithThePrintedCommand(QString *why);
// Unlocks the login keyring in place, with gnome-keyring's own master-password call.
bool unlockLoginWithoutAPrompt(QString *why);

// Waits for a KeyJob and copies out what the test needs (the job deletes itself).
struct KeyOutcome
{
    bool finished = false;
    bool ok = false;
    int error = 0; // KeyJob::Error
    SecretResult keychain;
    QString text;
    QString profileId;
    QByteArray secret;
};
KeyOutcome run(KeyJob *job);
struct SecretOutcome
{
    bool finished = false;
    SecretResult result;
    QByteArray secret;
};
SecretOutcome run(SecretJob *job);

} // namespace KeychainTest

// Forwards to another store and counts the calls: proves when the keychain was not touched.
class CountingSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit CountingSecretStore(SecretStore *inner, QObject *parent = nullptr);
    SecretJob *read(const QString &account) override;
    SecretJob *write(const QString &account, const QByteArray &secret) override;
    SecretJob *remove(const QString &account) override;
    int calls() const { return m_calls; }

private:
    SecretStore *const m_inner;
    int m_calls = 0;
};

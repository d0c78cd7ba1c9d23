// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "keys/memorysecretstore.h"

#include <QSignalSpy>
#include <QTest>

class TestMemorySecretStore : public QObject
{
    Q_OBJECT
private:
    static SecretResult wait(SecretJob *job, QByteArray *secret = nullptr)
    {
        QSignalSpy finished(job, &SecretJob::finished);
        if (!finished.wait(5000))
            return {SecretResult::Other, QStringLiteral("test: no answer")};
        if (secret)
            *secret = job->secret();
        return finished.first().first().value<SecretResult>();
    }

private slots:
    void writtenSecretReadsBack()
    {
        MemorySecretStore store;
        QCOMPARE(wait(store.write(QStringLiteral("staging/a"), "key-one")).status,
                 SecretResult::Ok);
        QByteArray secret;
        QCOMPARE(wait(store.read(QStringLiteral("staging/a")), &secret).status, SecretResult::Ok);
        QCOMPARE(secret, QByteArray("key-one"));
    }

    void missingEntryIsNotFound()
    {
        MemorySecretStore store;
        QCOMPARE(wait(store.read(QStringLiteral("staging/none"))).status, SecretResult::NotFound);
        QCOMPARE(wait(store.remove(QStringLiteral("staging/none"))).status, SecretResult::NotFound);
    }

    void removeDeletesTheEntry()
    {
        MemorySecretStore store;
        store.insert(QStringLiteral("staging/a"), "key-one");
        QCOMPARE(wait(store.remove(QStringLiteral("staging/a"))).status, SecretResult::Ok);
        QVERIFY(!store.contains(QStringLiteral("staging/a")));
        QCOMPARE(wait(store.read(QStringLiteral("staging/a"))).status, SecretResult::NotFound);
    }

    void finishedIsReportedAfterTheCallReturns()
    {
        MemorySecretStore store;
        SecretJob *job = store.write(QStringLiteral("staging/a"), "key-one");
        QSignalSpy finished(job, &SecretJob::finished);
        QCOMPARE(finished.count(), 0); // a caller connecting after the call still hears it
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.count(), 1);
    }

    void simulatedFailureTouchesNothing_data()
    {
        QTest::addColumn<SecretResult::Status>("status");
        QTest::newRow("unavailable") << SecretResult::Unavailable;
        QTest::newRow("locked") << SecretResult::Locked;
        QTest::newRow("access denied") << SecretResult::AccessDenied;
        QTest::newRow("other") << SecretResult::Other;
    }

    void simulatedFailureTouchesNothing()
    {
        QFETCH(SecretResult::Status, status);
        MemorySecretStore store;
        store.insert(QStringLiteral("staging/a"), "key-one");
        store.simulateFailure(status);

        const SecretResult read = wait(store.read(QStringLiteral("staging/a")));
        QCOMPARE(read.status, status);
        QVERIFY(!read.message.isEmpty());
        QCOMPARE(wait(store.write(QStringLiteral("staging/a"), "key-two")).status, status);
        QCOMPARE(wait(store.remove(QStringLiteral("staging/a"))).status, status);

        store.simulateFailure(SecretResult::Ok);
        QByteArray secret;
        QCOMPARE(wait(store.read(QStringLiteral("staging/a")), &secret).status, SecretResult::Ok);
        QCOMPARE(secret, QByteArray("key-one"));
        QCOMPARE(store.operationCount(), 4);
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"

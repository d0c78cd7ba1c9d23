// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "filemodes.h"
#include "storage/privatestorage.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using FileModes::modeOf;

class TestPrivateStorage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void foldersBelowTheBaseAreOwnerOnlyAndTheBaseIsLeftAlone_data();
    void foldersBelowTheBaseAreOwnerOnlyAndTheBaseIsLeftAlone();
    void existingLooseFoldersAndFilesAreTightened();
    void withoutABaseOnlyTheFolderAndWhatWasCreatedAreTouched();
    void anExistingFileKeepsItsContents();
    void settingsWrittenUnderAnyUmaskStayOwnerOnly_data();
    void settingsWrittenUnderAnyUmaskStayOwnerOnly();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPrivateStorage::init()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX modes");
#endif
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QFile::setPermissions(m_dir->path(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                      | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                      | QFileDevice::ExeOther));
}

void TestPrivateStorage::foldersBelowTheBaseAreOwnerOnlyAndTheBaseIsLeftAlone_data()
{
    QTest::addColumn<int>("mask");
    QTest::newRow("umask 022") << 022;
    QTest::newRow("umask 000") << 0;
}

void TestPrivateStorage::foldersBelowTheBaseAreOwnerOnlyAndTheBaseIsLeftAlone()
{
    QFETCH(int, mask);
    const QString base = m_dir->filePath(QStringLiteral("share"));
    const QString app = base + QStringLiteral("/Org/App");
    {
        const FileModes::ScopedUmask underMask{mode_t(mask)};
        QVERIFY(QDir().mkdir(base));
        QVERIFY(makePrivateFolder(app, base));
        QVERIFY(makePrivateFile(app + QStringLiteral("/state.json")));
    }
    QCOMPARE(modeOf(app), 0700);
    QCOMPARE(modeOf(base + QStringLiteral("/Org")), 0700);
    QCOMPARE(modeOf(app + QStringLiteral("/state.json")), 0600);
    QCOMPARE(modeOf(base), 0777 & ~mask); // the user's own folder, as it was made
    QCOMPARE(modeOf(m_dir->path()), 0755);
}

void TestPrivateStorage::existingLooseFoldersAndFilesAreTightened()
{
    const QString base = m_dir->filePath(QStringLiteral("config"));
    const QString app = base + QStringLiteral("/Org");
    const QString file = app + QStringLiteral("/App.conf");
    {
        const FileModes::ScopedUmask underMask{0};
        QVERIFY(QDir().mkpath(app));
        QFile loose(file);
        QVERIFY(loose.open(QIODevice::WriteOnly));
    }
    QCOMPARE(modeOf(app), 0777);
    QCOMPARE(modeOf(file), 0666);
    QVERIFY(makePrivateFolder(app, base));
    QVERIFY(makePrivateFile(file));
    QCOMPARE(modeOf(app), 0700);
    QCOMPARE(modeOf(file), 0600);
    QCOMPARE(modeOf(base), 0777);
}

void TestPrivateStorage::withoutABaseOnlyTheFolderAndWhatWasCreatedAreTouched()
{
    const QString existing = m_dir->filePath(QStringLiteral("existing"));
    QVERIFY(QDir().mkdir(existing));
    QVERIFY(QFile::setPermissions(existing, QFile::permissions(m_dir->path())));
    const QString leaf = existing + QStringLiteral("/a/b");
    {
        const FileModes::ScopedUmask underMask{0};
        QVERIFY(makePrivateFolder(leaf));
    }
    QCOMPARE(modeOf(leaf), 0700);
    QCOMPARE(modeOf(existing + QStringLiteral("/a")), 0700); // created here
    QCOMPARE(modeOf(existing), 0755);
}

void TestPrivateStorage::anExistingFileKeepsItsContents()
{
    const QString path = m_dir->filePath(QStringLiteral("history.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write("{\"entries\":[]}"), 14);
    }
    QVERIFY(makePrivateFile(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("{\"entries\":[]}"));
    QCOMPARE(modeOf(path), 0600);
}

void TestPrivateStorage::settingsWrittenUnderAnyUmaskStayOwnerOnly_data()
{
    QTest::addColumn<int>("mask");
    QTest::newRow("umask 022") << 022;
    QTest::newRow("umask 000") << 0;
}

void TestPrivateStorage::settingsWrittenUnderAnyUmaskStayOwnerOnly()
{
    QFETCH(int, mask);
    const QString path = m_dir->filePath(QStringLiteral("Org/App.conf"));
    const FileModes::ScopedUmask underMask{mode_t(mask)};
    for (int write = 0; write < 2; ++write) { // the first write creates, the second replaces
        QSettings settings(path, QSettings::IniFormat);
        QVERIFY(makeSettingsPrivate(settings));
        settings.setValue(QStringLiteral("history/keepBodies"), write == 1);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(m_dir->filePath(QStringLiteral("Org"))), 0700);
    }
    QVERIFY(
        QSettings(path, QSettings::IniFormat).value(QStringLiteral("history/keepBodies")).toBool());
}

QTEST_GUILESS_MAIN(TestPrivateStorage)
#include "tst_privatestorage.moc"

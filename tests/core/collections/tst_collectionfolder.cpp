// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "collectionfixture.h"
#include "collections/collectionfolder.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestCollectionFolder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void loadsTheFolderOffTheGuiThread();
    void newFolderAndFile();
    void aBadNameIsRefusedInWords_data();
    void aBadNameIsRefusedInWords();
    void appendKeepsTheFilesOtherBytes();
    void aLiteralKeyIsNeverWritten();
    void renamesAFileAFolderAndARequest();
    void duplicatesARequestAndAFile();
    void movesARequestToAnotherFile();
    void movesAFileAndAFolder();
    void aFolderNeverMovesIntoItself();
    void removesARequestKeepingTheRest();
    void removesAFileAndAFolder();
    void aStaleRequestIndexIsRefused();
    void anEditOutsideReloadsAndNamesTheFile();
    void aFileAddedOutsideIsReported();
    void aFileRemovedOutsideIsReported();
    void ownWritesAreNotReportedAsOutsideChanges();
    void anUnreadableFileIsReportedNotDropped();
    void aBrokenEnvironmentFileIsReported();

private:
    QString path(const QString &relative) const { return m_dir->path() + u'/' + relative; }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CollectionFolder> m_folder;
};

void TestCollectionFolder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(CollectionFixture::write(m_dir->path()));
    m_folder = std::make_unique<CollectionFolder>();
    m_folder->setReloadDelay(20);
    QSignalSpy loaded(m_folder.get(), &CollectionFolder::loaded);
    QSignalSpy watching(m_folder.get(), &CollectionFolder::watching);
    m_folder->open(m_dir->path());
    QVERIFY(m_folder->isLoading());
    QVERIFY(loaded.wait(5000));
    QTRY_VERIFY(!watching.isEmpty()); // outside changes are seen from here on
}

void TestCollectionFolder::loadsTheFolderOffTheGuiThread()
{
    const CollectionSnapshot &snapshot = m_folder->snapshot();
    QCOMPARE(snapshot.root, m_dir->path());
    QCOMPARE(snapshot.folders,
             QStringList({path(QStringLiteral("appointments")),
                          path(QStringLiteral("appointments/archive"))}));
    QCOMPARE(snapshot.files.size(), 2); // .git is hidden and skipped
    QCOMPARE(snapshot.files.at(0).path, path(QStringLiteral("appointments/list.http")));
    QCOMPARE(snapshot.files.at(0).file.requests().size(), 2);
    QCOMPARE(snapshot.files.at(0).file.bytes(), CollectionFixture::ListHttp);
    QCOMPARE(snapshot.files.at(1).path, path(QStringLiteral("messages.http")));
    QCOMPARE(snapshot.environments.names(),
             QStringList({QStringLiteral("sandbox"), QStringLiteral("staging")}));
    QVERIFY(snapshot.environmentsError.isEmpty());
    QVERIFY(!m_folder->isLoading());
}

void TestCollectionFolder::newFolderAndFile()
{
    QString error;
    QSignalSpy changed(m_folder.get(), &CollectionFolder::snapshotChanged);
    const QString folder =
        m_folder->createFolder(m_dir->path(), QStringLiteral("patients"), &error);
    QCOMPARE(folder, path(QStringLiteral("patients")));
    QVERIFY(QFileInfo(folder).isDir());
    QVERIFY(m_folder->snapshot().folders.contains(folder));

    const QString file = m_folder->createFile(folder, QStringLiteral("search"), &error);
    QCOMPARE(file, path(QStringLiteral("patients/search.http")));
    QVERIFY(QFileInfo::exists(file));
    QVERIFY(m_folder->snapshot().fileIndex(file) >= 0);
    QCOMPARE(changed.count(), 2);

    QVERIFY(m_folder->createFile(folder, QStringLiteral("search.http"), &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
}

void TestCollectionFolder::aBadNameIsRefusedInWords_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("words");
    QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("empty");
    QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("cannot contain");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("cannot contain");
    QTest::newRow("dot") << QStringLiteral("..") << QStringLiteral("dot");
    QTest::newRow("exists") << QStringLiteral("appointments") << QStringLiteral("already exists");
}

void TestCollectionFolder::aBadNameIsRefusedInWords()
{
    QFETCH(QString, name);
    QFETCH(QString, words);
    QString error;
    QVERIFY(m_folder->createFolder(m_dir->path(), name, &error).isEmpty());
    QVERIFY2(error.contains(words), qPrintable(error));
    QCOMPARE(m_folder->snapshot().folders.size(), 2);
}

void TestCollectionFolder::appendKeepsTheFilesOtherBytes()
{
    HttpRequestText request;
    request.name = QStringLiteral("Practice groups");
    request.url = QStringLiteral("/v1/practice-groups");
    QString error;
    const QString file = path(QStringLiteral("appointments/list.http"));
    QCOMPARE(m_folder->appendRequest(file, request, &error), 2);
    const QByteArray bytes = CollectionFixture::read(file);
    QVERIFY(bytes.startsWith(CollectionFixture::ListHttp));
    QVERIFY(bytes.contains("### Practice groups\nGET /v1/practice-groups\n"));
    const HttpFile reread = HttpFile::parse(bytes);
    QCOMPARE(reread.requests().size(), 3);
    QCOMPARE(reread.requests().at(2).request, request);
    QCOMPARE(m_folder->snapshot().files.at(0).file.bytes(), bytes);
}

void TestCollectionFolder::aLiteralKeyIsNeverWritten()
{
    HttpRequestText request;
    request.url = QStringLiteral("/v1/me");
    request.headers = {{QStringLiteral("x-api-key"), QStringLiteral("hero_canary_Zx81Qw7")}};
    QString error;
    const QString file = path(QStringLiteral("messages.http"));
    QCOMPARE(m_folder->appendRequest(file, request, &error), -1);
    QVERIFY(!error.isEmpty());
    QVERIFY(!m_folder->replaceRequest(file, 0, request, &error));
    QCOMPARE(CollectionFixture::read(file), CollectionFixture::MessagesHttp);
}

void TestCollectionFolder::renamesAFileAFolderAndARequest()
{
    QString error;
    const QString list = path(QStringLiteral("appointments/list.http"));
    QVERIFY2(m_folder->renameRequest(list, 1, QStringLiteral("Cancel one"), &error),
             qPrintable(error));
    const QByteArray bytes = CollectionFixture::read(list);
    QVERIFY(bytes.contains("### Cancel one\n"));
    QVERIFY(bytes.startsWith(
        CollectionFixture::ListHttp.left(CollectionFixture::ListHttp.indexOf("### Cancel"))));

    const QString renamed = m_folder->rename(list, QStringLiteral("all"), &error);
    QCOMPARE(renamed, path(QStringLiteral("appointments/all.http")));
    QVERIFY(!QFileInfo::exists(list));
    QCOMPARE(CollectionFixture::read(renamed), bytes);

    const QString folder =
        m_folder->rename(path(QStringLiteral("appointments")), QStringLiteral("visits"), &error);
    QCOMPARE(folder, path(QStringLiteral("visits")));
    QCOMPARE(m_folder->snapshot().folders,
             QStringList({folder, path(QStringLiteral("visits/archive"))}));
    QVERIFY(m_folder->snapshot().fileIndex(path(QStringLiteral("visits/all.http"))) >= 0);

    QVERIFY(
        m_folder->rename(path(QStringLiteral("messages.http")), QStringLiteral("visits"), &error)
            .endsWith(QStringLiteral("visits.http")));
}

void TestCollectionFolder::duplicatesARequestAndAFile()
{
    QString error;
    const QString list = path(QStringLiteral("appointments/list.http"));
    QCOMPARE(m_folder->duplicateRequest(list, 0, &error), 2);
    const HttpFile file = HttpFile::parse(CollectionFixture::read(list));
    QCOMPARE(file.requests().size(), 3);
    QCOMPARE(file.requests().at(2).request.name, QStringLiteral("List appointments copy"));
    QCOMPARE(file.requests().at(2).request.url, file.requests().at(0).request.url);

    const QString copy = m_folder->duplicateFile(path(QStringLiteral("messages.http")), &error);
    QCOMPARE(copy, path(QStringLiteral("messages copy.http")));
    QCOMPARE(CollectionFixture::read(copy), CollectionFixture::MessagesHttp);
    QCOMPARE(m_folder->duplicateFile(path(QStringLiteral("messages.http")), &error),
             path(QStringLiteral("messages copy 2.http")));
}

void TestCollectionFolder::movesARequestToAnotherFile()
{
    QString error;
    const QString list = path(QStringLiteral("appointments/list.http"));
    const QString messages = path(QStringLiteral("messages.http"));
    QCOMPARE(m_folder->moveRequest(list, 1, messages, &error), 1);
    const HttpFile target = HttpFile::parse(CollectionFixture::read(messages));
    QCOMPARE(target.requests().size(), 2);
    QCOMPARE(target.requests().at(1).request.name, QStringLiteral("Cancel appointment"));
    QVERIFY(CollectionFixture::read(messages).startsWith(CollectionFixture::MessagesHttp));
    const HttpFile source = HttpFile::parse(CollectionFixture::read(list));
    QCOMPARE(source.requests().size(), 1);
    QCOMPARE(source.requests().at(0).request.name, QStringLiteral("List appointments"));

    QCOMPARE(m_folder->moveRequest(messages, 0, messages, &error), -1);
    QVERIFY(!error.isEmpty());
}

void TestCollectionFolder::movesAFileAndAFolder()
{
    QString error;
    const QString moved = m_folder->move(path(QStringLiteral("messages.http")),
                                         path(QStringLiteral("appointments/archive")), &error);
    QCOMPARE(moved, path(QStringLiteral("appointments/archive/messages.http")));
    QCOMPARE(CollectionFixture::read(moved), CollectionFixture::MessagesHttp);
    QVERIFY(m_folder->snapshot().fileIndex(moved) >= 0);

    const QString folder =
        m_folder->move(path(QStringLiteral("appointments/archive")), m_dir->path(), &error);
    QCOMPARE(folder, path(QStringLiteral("archive")));
    QVERIFY(m_folder->snapshot().fileIndex(path(QStringLiteral("archive/messages.http"))) >= 0);
}

void TestCollectionFolder::aFolderNeverMovesIntoItself()
{
    QString error;
    QVERIFY(m_folder
                ->move(path(QStringLiteral("appointments")),
                       path(QStringLiteral("appointments/archive")), &error)
                .isEmpty());
    QVERIFY2(error.contains(QStringLiteral("itself")), qPrintable(error));
    QVERIFY(QFileInfo(path(QStringLiteral("appointments/list.http"))).exists());
}

void TestCollectionFolder::removesARequestKeepingTheRest()
{
    QString error;
    const QString list = path(QStringLiteral("appointments/list.http"));
    QVERIFY2(m_folder->removeRequest(list, 1, &error), qPrintable(error));
    const QByteArray bytes = CollectionFixture::read(list);
    QVERIFY(!bytes.contains("Cancel appointment"));
    QVERIFY(bytes.startsWith("# Appointments of one practice\n@practice = 1001\n\n"
                             "### List appointments\n"));
    QCOMPARE(HttpFile::parse(bytes).requests().size(), 1);
}

void TestCollectionFolder::removesAFileAndAFolder()
{
    QString error;
    QVERIFY(m_folder->remove(path(QStringLiteral("messages.http")), &error));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("messages.http"))));
    QVERIFY(m_folder->remove(path(QStringLiteral("appointments")), &error));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("appointments"))));
    QVERIFY(m_folder->snapshot().files.isEmpty());
    QVERIFY(m_folder->snapshot().folders.isEmpty());
    QVERIFY(!m_folder->remove(m_dir->path(), &error)); // never the collection itself
    QVERIFY(QFileInfo::exists(path(QStringLiteral("http-client.env.json"))));
}

void TestCollectionFolder::aStaleRequestIndexIsRefused()
{
    QString error;
    const QString messages = path(QStringLiteral("messages.http"));
    QVERIFY(!m_folder->removeRequest(messages, 5, &error));
    QVERIFY2(error.contains(QStringLiteral("changed on disk")), qPrintable(error));
    QCOMPARE(CollectionFixture::read(messages), CollectionFixture::MessagesHttp);
}

void TestCollectionFolder::anEditOutsideReloadsAndNamesTheFile()
{
    QSignalSpy filesChanged(m_folder.get(), &CollectionFolder::filesChanged);
    const QString messages = path(QStringLiteral("messages.http"));
    const QByteArray edited = CollectionFixture::MessagesHttp + "\n### Me\nGET /v1/me\n";
    QVERIFY(CollectionFixture::writeFile(messages, edited));
    QVERIFY(filesChanged.wait(5000));
    QCOMPARE(filesChanged.first().first().toStringList(), QStringList{messages});
    const int index = m_folder->snapshot().fileIndex(messages);
    QCOMPARE(m_folder->snapshot().files.at(index).file.requests().size(), 2);
    QCOMPARE(m_folder->snapshot().files.at(index).file.bytes(), edited);
}

void TestCollectionFolder::aFileAddedOutsideIsReported()
{
    QSignalSpy filesChanged(m_folder.get(), &CollectionFolder::filesChanged);
    const QString added = path(QStringLiteral("appointments/archive/old.http"));
    QVERIFY(CollectionFixture::writeFile(added, "GET /v1/me\n"));
    QVERIFY(filesChanged.wait(5000));
    QVERIFY(filesChanged.first().first().toStringList().contains(added));
    QVERIFY(m_folder->snapshot().fileIndex(added) >= 0);
}

void TestCollectionFolder::aFileRemovedOutsideIsReported()
{
    QSignalSpy filesChanged(m_folder.get(), &CollectionFolder::filesChanged);
    const QString messages = path(QStringLiteral("messages.http"));
    QVERIFY(QFile::remove(messages));
    QVERIFY(filesChanged.wait(5000));
    QCOMPARE(filesChanged.first().first().toStringList(), QStringList{messages});
    QCOMPARE(m_folder->snapshot().fileIndex(messages), -1);
}

void TestCollectionFolder::ownWritesAreNotReportedAsOutsideChanges()
{
    QSignalSpy filesChanged(m_folder.get(), &CollectionFolder::filesChanged);
    QString error;
    QVERIFY(m_folder->removeRequest(path(QStringLiteral("appointments/list.http")), 0, &error));
    QVERIFY(!filesChanged.wait(500));
}

void TestCollectionFolder::anUnreadableFileIsReportedNotDropped()
{
    const QString locked = path(QStringLiteral("locked.http"));
    QVERIFY(CollectionFixture::writeFile(locked, "GET /v1/me\n"));
    QFile::setPermissions(locked, QFile::WriteOwner);
    if (QFile(locked).open(QIODevice::ReadOnly))
        QSKIP("this user reads files whatever their permissions (root)");
    const CollectionSnapshot snapshot = CollectionSnapshot::load(m_dir->path());
    const int index = snapshot.fileIndex(locked);
    QVERIFY(index >= 0);
    QVERIFY2(snapshot.files.at(index).error.contains(QStringLiteral("could not be read")),
             qPrintable(snapshot.files.at(index).error));
    QString error;
    QCOMPARE(m_folder->appendRequest(locked, {}, &error), -1);
}

void TestCollectionFolder::aBrokenEnvironmentFileIsReported()
{
    QVERIFY(CollectionFixture::writeFile(path(QStringLiteral("http-client.env.json")),
                                         "{\"staging\": {\"baseUrl\": }"));
    const CollectionSnapshot snapshot = CollectionSnapshot::load(m_dir->path());
    QVERIFY2(snapshot.environmentsError.contains(QStringLiteral("http-client.env.json")),
             qPrintable(snapshot.environmentsError));
    QCOMPARE(snapshot.files.size(), 2); // the requests are still there
}

QTEST_GUILESS_MAIN(TestCollectionFolder)
#include "tst_collectionfolder.moc"

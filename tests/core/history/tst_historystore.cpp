// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "filemodes.h"
#include "history/historystore.h"
#include "historytestdata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QByteArray Canary = "hk_live_CANARY_7f3a9c2e51d84b06";

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QStringList setAsideFiles(const QTemporaryDir &dir, const QString &pattern)
{
    return QDir(dir.path()).entryList({pattern}, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void entriesSurviveARestart();
    void aBurstOfEntriesIsSavedOnceInTheBackground();
    void pendingChangesAreWrittenWhenTheStoreIsDestroyed();
    void oldestEntriesAreDroppedBeyondTheCountLimit();
    void oldestEntriesAreDroppedBeyondTheByteLimit();
    void anEntryTooLargeForTheLimitIsKeptWithoutItsBodies();
    void corruptFileIsMovedAsideWithANotice_data();
    void corruptFileIsMovedAsideWithANotice();
    void unreadableFileIsMovedAsideWithANotice();
    void fileFromANewerVersionIsCopiedAsideAndRead();
    void savedFileIsCompleteJsonWithNoTemporaryFileLeft();
    void failedSaveGivesANoticeNotACrash();
    void searchLooksAtMethodPathStatusGroupAndEnvironment_data();
    void searchLooksAtMethodPathStatusGroupAndEnvironment();
    void canaryKeyNeverReachesTheFile();
    void bodiesAreNotStoredByDefault();
    void bodiesKeptEarlierStayUntilTheUserClearsThem();
    void requestBodiesFromAnOlderFileAreKeptAndCounted();
    void fileAndFoldersAreOwnerOnlyWhateverTheUmask_data();
    void fileAndFoldersAreOwnerOnlyWhateverTheUmask();
    void clearEmptiesTheFile();

private:
    QString historyPath() const { return m_dir->filePath(QStringLiteral("history.json")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHistoryStore::entriesSurviveARestart()
{
    QString firstId;
    {
        HistoryStore store(historyPath());
        store.load();
        store.add(HistoryTestData::exchange("GET", QStringLiteral("/v1/me"), 200, 1'700'000'000),
                  HistoryTestData::context());
        store.add(HistoryTestData::exchange("POST", QStringLiteral("/v1/notes?draft=true"), 404,
                                            1'700'000'100),
                  HistoryTestData::context(QStringLiteral("production"), QStringLiteral("77")));
        firstId = store.entries().first().id;
        QVERIFY(store.saveNow());
    }
    HistoryStore reopened(historyPath());
    QSignalSpy notices(&reopened, &HistoryStore::notice);
    reopened.load();
    QCOMPARE(notices.count(), 0);
    QCOMPARE(reopened.entries().size(), 2);
    QCOMPARE(reopened.entries().at(0).id, firstId);
    QCOMPARE(reopened.entries().at(0).path, QStringLiteral("/v1/me"));
    const HistoryEntry &second = reopened.entries().at(1);
    QCOMPARE(second.method, QStringLiteral("POST"));
    QCOMPARE(second.status, 404);
    QCOMPARE(second.environmentId, QStringLiteral("production"));
    QCOMPARE(second.practiceGroup, QStringLiteral("77"));
    QCOMPARE(second.queryText(), QStringLiteral("draft=true"));
}

void TestHistoryStore::aBurstOfEntriesIsSavedOnceInTheBackground()
{
    HistoryStore store(historyPath());
    store.setSaveDelay(50);
    store.load();
    QSignalSpy saved(&store, &HistoryStore::saved);
    for (int i = 0; i < 20; ++i)
        store.add(HistoryTestData::exchange("GET", u"/v1/items/" + QString::number(i)),
                  HistoryTestData::context());
    QVERIFY(!QFile::exists(historyPath())); // nothing written on the adding thread yet
    QVERIFY(saved.wait(5000));
    QCOMPARE(saved.count(), 1);
    QVERIFY(!store.hasUnsavedChanges());
    const QJsonObject root = QJsonDocument::fromJson(readAll(historyPath())).object();
    QCOMPARE(root.value(QStringLiteral("entries")).toArray().size(), 20);
}

void TestHistoryStore::pendingChangesAreWrittenWhenTheStoreIsDestroyed()
{
    {
        HistoryStore store(historyPath());
        store.setSaveDelay(60 * 60 * 1000);
        store.load();
        store.add(HistoryTestData::exchange("GET", QStringLiteral("/v1/me")),
                  HistoryTestData::context());
        QVERIFY(store.hasUnsavedChanges());
    }
    HistoryStore reopened(historyPath());
    reopened.load();
    QCOMPARE(reopened.entries().size(), 1);
}

void TestHistoryStore::oldestEntriesAreDroppedBeyondTheCountLimit()
{
    HistoryStore store(historyPath());
    store.load();
    store.setLimits(5, HistoryStore::DefaultMaxBytes);
    QSignalSpy dropped(&store, &HistoryStore::oldestDropped);
    for (int i = 0; i < 8; ++i)
        store.add(HistoryTestData::exchange("GET", u"/v1/items/" + QString::number(i), 200,
                                            1'700'000'000 + i),
                  HistoryTestData::context());
    QCOMPARE(store.entries().size(), 5);
    QCOMPARE(store.entries().first().path, QStringLiteral("/v1/items/3"));
    QCOMPARE(store.entries().last().path, QStringLiteral("/v1/items/7"));
    QCOMPARE(dropped.count(), 3);

    QVERIFY(store.saveNow());
    HistoryStore reopened(historyPath());
    reopened.setLimits(2, HistoryStore::DefaultMaxBytes); // a lower limit applies to the file too
    reopened.load();
    QCOMPARE(reopened.entries().size(), 2);
    QCOMPARE(reopened.entries().first().path, QStringLiteral("/v1/items/6"));
}

void TestHistoryStore::oldestEntriesAreDroppedBeyondTheByteLimit()
{
    const qint64 limit = 20 * 1024;
    HistoryStore store(historyPath());
    store.load();
    store.setKeepBodies(true); // the bodies make the bytes
    store.setLimits(HistoryStore::DefaultMaxEntries, limit);
    for (int i = 0; i < 30; ++i) {
        Exchange exchange = HistoryTestData::exchange("POST", u"/v1/notes/" + QString::number(i),
                                                      200, 1'700'000'000 + i);
        exchange.request.body = QByteArray(2048, 'x');
        store.add(exchange, HistoryTestData::context());
    }
    QVERIFY(store.entries().size() < 30);
    QVERIFY(store.entries().size() >= 5);
    QVERIFY(store.totalBytes() <= limit);
    QCOMPARE(store.entries().last().path, QStringLiteral("/v1/notes/29"));
    QVERIFY(store.saveNow());
    QVERIFY(QFileInfo(historyPath()).size() <= limit);
}

void TestHistoryStore::anEntryTooLargeForTheLimitIsKeptWithoutItsBodies()
{
    HistoryStore store(historyPath());
    store.load();
    store.setKeepBodies(true);
    store.setLimits(HistoryStore::DefaultMaxEntries, 4096);
    store.setMaxBodyBytes(1024 * 1024);
    Exchange exchange = HistoryTestData::exchange("POST", QStringLiteral("/v1/notes"));
    exchange.request.body = QByteArray(64 * 1024, 'x');
    store.add(exchange, HistoryTestData::context());
    QCOMPARE(store.entries().size(), 1);
    QVERIFY(store.entries().first().requestBody.isEmpty());
    QVERIFY(store.entries().first().requestBodyTruncated);
    QVERIFY(store.totalBytes() <= 4096);
}

void TestHistoryStore::corruptFileIsMovedAsideWithANotice_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("garbage") << QByteArray("\x00\x01not json at all", 17);
    QTest::newRow("cut short") << QByteArray(
        R"({"format":"hero-api-explorer-history","version":1,"entries":[{"id":"a")");
    QTest::newRow("an array") << QByteArray("[1,2,3]");
    QTest::newRow("another program's file") << QByteArray(R"({"entries":[]})");
    QTest::newRow("entries not a list")
        << QByteArray(R"({"format":"hero-api-explorer-history","version":1,"entries":{}})");
    QTest::newRow("version zero") << QByteArray(
        R"({"format":"hero-api-explorer-history","version":0,"entries":[]})");
}

void TestHistoryStore::corruptFileIsMovedAsideWithANotice()
{
    QFETCH(QByteArray, contents);
    writeAll(historyPath(), contents);

    HistoryStore store(historyPath());
    QSignalSpy notices(&store, &HistoryStore::notice);
    store.load();
    QCOMPARE(notices.count(), 1);
    QVERIFY(store.entries().isEmpty());
    QVERIFY(!QFile::exists(historyPath()));
    const QStringList aside = setAsideFiles(*m_dir, QStringLiteral("history.json.corrupt-*"));
    QCOMPARE(aside.size(), 1);
    QVERIFY(notices.first().first().toString().contains(aside.first()));
    QCOMPARE(readAll(m_dir->filePath(aside.first())), contents);

    // The store goes on working and writes a good file.
    store.add(HistoryTestData::exchange("GET", QStringLiteral("/v1/me")),
              HistoryTestData::context());
    QVERIFY(store.saveNow());
    HistoryStore reopened(historyPath());
    reopened.load();
    QCOMPARE(reopened.entries().size(), 1);
}

void TestHistoryStore::unreadableFileIsMovedAsideWithANotice()
{
    // A directory where the file should be cannot be read, even by root.
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("history.json")));
    HistoryStore store(historyPath());
    QSignalSpy notices(&store, &HistoryStore::notice);
    store.load();
    QCOMPARE(notices.count(), 1);
    QVERIFY(store.entries().isEmpty());
    QCOMPARE(setAsideFiles(*m_dir, QStringLiteral("history.json.corrupt-*")).size(), 1);
    store.add(HistoryTestData::exchange("GET", QStringLiteral("/v1/me")),
              HistoryTestData::context());
    QVERIFY(store.saveNow());
    QVERIFY(QFileInfo(historyPath()).isFile());
}

void TestHistoryStore::fileFromANewerVersionIsCopiedAsideAndRead()
{
    HistoryEntry entry =
        HistoryEntry::fromExchange(HistoryTestData::exchange("GET", QStringLiteral("/v1/me")),
                                   HistoryTestData::context(), false, 1024);
    QJsonObject json = entry.toJson();
    json.insert(QStringLiteral("somethingNew"), QStringLiteral("from the future"));
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("hero-api-explorer-history")},
                           {QStringLiteral("version"), 99},
                           {QStringLiteral("entries"), QJsonArray{json, QJsonObject{}}}};
    const QByteArray contents = QJsonDocument(root).toJson();
    writeAll(historyPath(), contents);

    HistoryStore store(historyPath());
    QSignalSpy notices(&store, &HistoryStore::notice);
    store.load();
    QCOMPARE(store.entries().size(), 1);
    QCOMPARE(store.entries().first().id, entry.id);
    QCOMPARE(notices.count(), 2); // the copy, and the one entry it could not read
    const QStringList copies = setAsideFiles(*m_dir, QStringLiteral("history.json.v99-*"));
    QCOMPARE(copies.size(), 1);
    QCOMPARE(readAll(m_dir->filePath(copies.first())), contents);
}

void TestHistoryStore::savedFileIsCompleteJsonWithNoTemporaryFileLeft()
{
    HistoryStore store(historyPath());
    store.setSaveDelay(0);
    store.load();
    QSignalSpy saved(&store, &HistoryStore::saved);
    for (int round = 1; round <= 3; ++round) {
        for (int i = 0; i < 50; ++i) {
            Exchange exchange =
                HistoryTestData::exchange("POST", u"/v1/notes/" + QString::number(i));
            exchange.request.body = QByteArray(1000, char('a' + round));
            store.add(exchange, HistoryTestData::context());
        }
        QVERIFY(saved.wait(5000));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(readAll(historyPath()), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(document.object().value(QStringLiteral("version")).toInt(),
                 HistoryStore::FormatVersion);
        QCOMPARE(document.object().value(QStringLiteral("entries")).toArray().size(), 50 * round);
    }
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("history.json")});
    QCOMPARE(QFileInfo(historyPath()).permissions()
                 & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
}

void TestHistoryStore::failedSaveGivesANoticeNotACrash()
{
    // A plain file where the history's folder should be: no save can succeed.
    writeAll(m_dir->filePath(QStringLiteral("blocked")), "x");
    HistoryStore store(m_dir->filePath(QStringLiteral("blocked/history.json")));
    store.load();
    QSignalSpy notices(&store, &HistoryStore::notice);
    store.add(HistoryTestData::exchange("GET", QStringLiteral("/v1/me")),
              HistoryTestData::context());
    QVERIFY(!store.saveNow());
    QCOMPARE(notices.count(), 1);
    QVERIFY(store.hasUnsavedChanges());
    QCOMPARE(store.entries().size(), 1);
}

void TestHistoryStore::searchLooksAtMethodPathStatusGroupAndEnvironment_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("paths");

    QTest::newRow("everything") << QString()
                                << QStringList{QStringLiteral("/v1/notes"),
                                               QStringLiteral("/v1/patients"),
                                               QStringLiteral("/v1/me")};
    QTest::newRow("method") << QStringLiteral("post") << QStringList{QStringLiteral("/v1/notes")};
    QTest::newRow("path") << QStringLiteral("patients")
                          << QStringList{QStringLiteral("/v1/patients")};
    QTest::newRow("status") << QStringLiteral("404") << QStringList{QStringLiteral("/v1/patients")};
    QTest::newRow("group") << QStringLiteral("77") << QStringList{QStringLiteral("/v1/notes")};
    QTest::newRow("environment") << QStringLiteral("production")
                                 << QStringList{QStringLiteral("/v1/notes")};
    QTest::newRow("nothing") << QStringLiteral("delete") << QStringList{};
}

void TestHistoryStore::searchLooksAtMethodPathStatusGroupAndEnvironment()
{
    QFETCH(QString, text);
    QFETCH(QStringList, paths);

    HistoryStore store(historyPath());
    store.load();
    store.add(HistoryTestData::exchange("GET", QStringLiteral("/v1/me"), 200, 1'700'000'000),
              HistoryTestData::context());
    store.add(HistoryTestData::exchange("GET", QStringLiteral("/v1/patients"), 404, 1'700'000'001),
              HistoryTestData::context());
    store.add(HistoryTestData::exchange("POST", QStringLiteral("/v1/notes"), 200, 1'700'000'002),
              HistoryTestData::context(QStringLiteral("production"), QStringLiteral("77")));

    QStringList found;
    for (const HistoryEntry &entry : store.search(text))
        found.append(entry.path);
    QCOMPARE(found, paths);
}

void TestHistoryStore::canaryKeyNeverReachesTheFile()
{
    {
        HistoryStore store(historyPath());
        store.load();
        // As if a caller handed over the key itself, everywhere it could hide.
        Exchange exchange = HistoryTestData::exchange(
            "GET", u"/v1/me?api_key=" + QString::fromLatin1(Canary) + u"&page=1");
        exchange.request.headers = {{"x-api-key", Canary},
                                    {"Authorization", "Bearer " + Canary},
                                    {"X-Hero-Token", Canary},
                                    {"Cookie", "session=" + Canary},
                                    {"x-practice-group-id", "4242"}};
        exchange.headers = {{"Set-Cookie", "session=" + Canary + "; HttpOnly"},
                            {"X-Echo-Api-Key", Canary}};
        exchange.body = R"({"echo":")" + Canary + R"("})";
        store.add(exchange, HistoryTestData::context());
        QVERIFY(store.saveNow());
        QCOMPARE(store.entries().size(), 1);
    }
    const QByteArray file = readAll(historyPath());
    QVERIFY(!file.isEmpty());
    QVERIFY(file.contains("/v1/me")); // the entry is there, without the key
    QVERIFY(!file.contains(Canary));
    QVERIFY(!file.contains(Canary.toBase64()));
    QVERIFY(!file.contains(Canary.toBase64(QByteArray::Base64UrlEncoding)));
    QVERIFY(!file.contains(QUrl::toPercentEncoding(QString::fromLatin1(Canary))));
    const QString canaryText = QString::fromLatin1(Canary);
    const QByteArray utf16(reinterpret_cast<const char *>(canaryText.utf16()),
                           canaryText.size() * 2);
    QVERIFY(!file.contains(utf16));
    // The middle of the key, in case something kept a prefix or an inner part.
    QVERIFY(!file.contains(Canary.mid(4, 16)));
}

void TestHistoryStore::bodiesAreNotStoredByDefault()
{
    const QByteArray sent = R"({"nhsNumber":"9434765919","name":"Jane Example"})";
    const QByteArray received = R"({"nhsNumber":"4010232137","name":"John Example"})";
    {
        HistoryStore store(historyPath());
        QVERIFY(!store.keepBodies());
        store.load();
        Exchange exchange = HistoryTestData::exchange("POST", QStringLiteral("/v1/patients"));
        exchange.request.body = sent;
        exchange.body = received;
        store.add(exchange, HistoryTestData::context());
        QVERIFY(store.entries().first().requestBody.isEmpty());
        QVERIFY(store.entries().first().responseBody.isEmpty());
        QCOMPARE(store.entries().first().requestBodySize, sent.size());
        QCOMPARE(store.entries().first().responseBodySize, received.size());
        QCOMPARE(store.storedBodyCount(), 0);
        QVERIFY(store.saveNow());
    }
    const QByteArray file = readAll(historyPath());
    QVERIFY(file.contains("/v1/patients"));
    for (const QByteArray &needle :
         {QByteArray("9434765919"), QByteArray("Jane Example"), QByteArray("4010232137"),
          QByteArray("John Example"), sent.toBase64(), received.toBase64()})
        QVERIFY2(!file.contains(needle), needle.constData());
}

void TestHistoryStore::bodiesKeptEarlierStayUntilTheUserClearsThem()
{
    const QByteArray patient = R"({"nhsNumber":"9434765919"})";
    {
        HistoryStore keeping(historyPath());
        keeping.setKeepBodies(true);
        keeping.load();
        Exchange exchange = HistoryTestData::exchange("POST", QStringLiteral("/v1/patients"));
        exchange.request.body = patient;
        keeping.add(exchange, HistoryTestData::context());
        QSignalSpy changed(&keeping, &HistoryStore::keepBodiesChanged);
        keeping.setKeepBodies(false); // turning it off keeps what was stored
        QCOMPARE(changed.count(), 1);
        QCOMPARE(keeping.storedBodyCount(), 1);
        QVERIFY(keeping.saveNow());
    }
    QVERIFY(readAll(historyPath()).contains("9434765919"));

    // A later session with the switch off: loaded with its bodies, and saved with them.
    HistoryStore store(historyPath());
    store.load();
    QVERIFY(!store.keepBodies());
    QCOMPARE(store.entries().size(), 1);
    QCOMPARE(store.entries().first().requestBody, patient);
    QCOMPARE(store.entries().first().responseBody, QByteArray(R"({"data":[]})"));
    QCOMPARE(store.storedBodyCount(), 1);
    store.add(HistoryTestData::exchange("GET", QStringLiteral("/v1/me"), 200, 1'700'000'100),
              HistoryTestData::context());
    QVERIFY(store.saveNow());
    QVERIFY(readAll(historyPath()).contains("9434765919"));
    QCOMPARE(store.storedBodyCount(), 1); // the new entry has none

    QSignalSpy reset(&store, &HistoryStore::reset);
    store.clearStoredBodies();
    QCOMPARE(reset.count(), 1);
    QVERIFY(!store.hasUnsavedChanges()); // written at once
    QCOMPARE(store.entries().size(), 2);
    QCOMPARE(store.storedBodyCount(), 0);
    const QByteArray file = readAll(historyPath());
    QVERIFY(file.contains("/v1/patients"));
    QVERIFY(!file.contains("9434765919"));
}

void TestHistoryStore::requestBodiesFromAnOlderFileAreKeptAndCounted()
{
    // As versions before the switch wrote it: request bodies always, no requestBodySize.
    writeAll(historyPath(), R"({"format":"hero-api-explorer-history","version":1,"entries":[
        {"id":"a","time":"2026-01-02T03:04:05.000Z","method":"POST","path":"/v1/notes",
         "status":201,"requestBody":"{\"note\":\"PATIENT-NOTE-77\"}"},
        {"id":"b","time":"2026-01-02T03:04:06.000Z","method":"GET","path":"/v1/me","status":200}
    ]})");
    HistoryStore store(historyPath());
    store.load();
    QCOMPARE(store.entries().size(), 2);
    QCOMPARE(store.storedBodyCount(), 1);
    QCOMPARE(store.entries().first().requestBodySize, 26);
    store.add(HistoryTestData::exchange("GET", QStringLiteral("/v1/me"), 200, 1'800'000'000),
              HistoryTestData::context());
    QVERIFY(store.saveNow());
    QVERIFY(readAll(historyPath()).contains("PATIENT-NOTE-77"));
}

void TestHistoryStore::fileAndFoldersAreOwnerOnlyWhateverTheUmask_data()
{
    QTest::addColumn<int>("mask");
    QTest::newRow("umask 022") << 022;
    QTest::newRow("umask 000") << 0;
}

void TestHistoryStore::fileAndFoldersAreOwnerOnlyWhateverTheUmask()
{
#ifdef Q_OS_UNIX
    QFETCH(int, mask);
    const QString path = m_dir->filePath(QStringLiteral("data/app/history.json"));
    {
        const FileModes::ScopedUmask underMask{mode_t(mask)};
        HistoryStore store(path);
        store.load();
        store.add(HistoryTestData::exchange("GET", QStringLiteral("/v1/me")),
                  HistoryTestData::context());
        QVERIFY(store.saveNow());
    }
    QCOMPARE(FileModes::modeOf(path), 0600);
    QCOMPARE(FileModes::modeOf(m_dir->filePath(QStringLiteral("data/app"))), 0700);
    QCOMPARE(FileModes::modeOf(m_dir->filePath(QStringLiteral("data"))), 0700);
#else
    QSKIP("POSIX modes");
#endif
}

void TestHistoryStore::clearEmptiesTheFile()
{
    HistoryStore store(historyPath());
    store.load();
    store.add(HistoryTestData::exchange("GET", QStringLiteral("/v1/me")),
              HistoryTestData::context());
    QVERIFY(store.saveNow());
    store.setSaveDelay(60 * 60 * 1000);
    QSignalSpy reset(&store, &HistoryStore::reset);
    store.clear();
    QCOMPARE(reset.count(), 1);
    QVERIFY(store.entries().isEmpty());
    QVERIFY(!store.hasUnsavedChanges()); // written at once, not after the delay
    HistoryStore reopened(historyPath());
    reopened.load();
    QVERIFY(reopened.entries().isEmpty());
    QVERIFY(!readAll(historyPath()).contains("/v1/me"));
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "collections/collectionimport.h"
#include "collections/collectionvariables.h"
#include "collections/httpfile.h"
#include "collections/postmanimport.h"
#include "generatedcollections.h"
#include "importtesthelpers.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Fixtures = QStringLiteral(HERO_COLLECTION_FIXTURES "/postman/");
const QString V21 = Fixtures + QStringLiteral("hero-api.v2.1.postman_collection.json");
const QString V20 = Fixtures + QStringLiteral("hero-api.v2.0.postman_collection.json");
const QString Staging = Fixtures + QStringLiteral("hero-staging.postman_environment.json");
const QString Placeholder = QString::fromLatin1(KeyPlaceholder);

const QString Json = QStringLiteral("application/json");
const QString BaseUrl = QStringLiteral("{{baseUrl}}");

} // namespace

class TestPostmanImport : public QObject
{
    Q_OBJECT

private slots:
    void v21RequestsLandInTheirFiles_data();
    void v21RequestsLandInTheirFiles();
    void v21SummaryListsEveryDroppedThing();
    void v20IsImportedToo();
    void variablesGoToTheEnvironmentFile();
    void noPlantedSecretReachesTheFolder();
    void refusedInputLeavesTheDiskUnchanged_data();
    void refusedInputLeavesTheDiskUnchanged();
    void aNonEmptyTargetIsRefusedAndKept();
    void anEmptyTargetFolderIsFilled();
    void aTargetWithATrailingSlashIsTheFolder();
    void safeFileNames_data();
    void safeFileNames();
    void bodyLinesThatWouldSplitTheFileAreIndented();
    void aGeneratedFiveMegabyteCollectionImportsWhole();
    void importedFilesReadBackAsWritten_data();
    void importedFilesReadBackAsWritten();

private:
    QTemporaryDir m_dir;
};

void TestPostmanImport::v21RequestsLandInTheirFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Requests>("requests");

    QTest::newRow("top level") << QStringLiteral("Hero API — partner calls.http")
                               << Requests{
                                      request(QStringLiteral("Capabilities"), QStringLiteral("GET"),
                                              BaseUrl + QStringLiteral("/v1/me/capabilities"))};
    QTest::newRow("folder")
        << QStringLiteral("Practice/Practice.http")
        << Requests{request(QStringLiteral("Who am I"), QStringLiteral("GET"),
                            BaseUrl + QStringLiteral("/v1/me"),
                            {{QStringLiteral("x-practice-group-id"),
                              QStringLiteral("{{practiceGroup}}")},
                             {QStringLiteral("Accept"), Json}}),
                    request(QStringLiteral("Locations"), QStringLiteral("GET"),
                            BaseUrl + QStringLiteral("/v1/locations?per_page={{pageSize}}"))};
    QTest::newRow("raw bodies, path variables")
        << QStringLiteral("Appointments/Appointments.http")
        << Requests{request(QStringLiteral("Book an appointment"), QStringLiteral("POST"),
                            BaseUrl + QStringLiteral("/v1/appointments"),
                            {{QStringLiteral("x-api-key"), Placeholder},
                             {QStringLiteral("Content-Type"), Json}},
                            QStringLiteral("{\n  \"patient_id\": \"{{patientId}}\",\n  "
                                           "\"slot_id\": \"slot_42\",\n  \"notes\": \"Zoë's "
                                           "check-up ✓\"\n}")),
                    request(QStringLiteral("Cancel an appointment"), QStringLiteral("PATCH"),
                            BaseUrl + QStringLiteral("/v1/appointments/apt_123/cancel"),
                            {{QStringLiteral("Content-Type"), Json}},
                            QStringLiteral("{\"reason\": \"patient request\"}"))};
    QTest::newRow("subfolder, path variable without a value")
        << QStringLiteral("Appointments/Slots/Slots.http")
        << Requests{request(QStringLiteral("Get a slot"), QStringLiteral("GET"),
                            BaseUrl + QStringLiteral("/v1/slots/{{id}}"))};
    QTest::newRow("urlencoded, formdata dropped")
        << QStringLiteral("Messages/Messages.http")
        << Requests{request(QStringLiteral("Send a message"), QStringLiteral("POST"),
                            BaseUrl + QStringLiteral("/v1/messages/send"),
                            {{QStringLiteral("Content-Type"), Json}},
                            QStringLiteral("{\"patient_id\": \"p_1\", \"text\": \"Hello\"}")),
                    request(QStringLiteral("Attach a file"), QStringLiteral("POST"),
                            BaseUrl + QStringLiteral("/v1/attachment_links")),
                    request(QStringLiteral("Access token"), QStringLiteral("POST"),
                            BaseUrl + QStringLiteral("/v1/access_token"),
                            {{QStringLiteral("Content-Type"),
                              QStringLiteral("application/x-www-form-urlencoded")}},
                            QStringLiteral("grant_type=client_credentials&scope=messages%20read"))};
    QTest::newRow("folder name collision")
        << QStringLiteral("messages (2)/messages.http")
        << Requests{request(QStringLiteral("Read a message"), QStringLiteral("GET"),
                            BaseUrl + QStringLiteral("/v1/messages/msg_7"))};
    QTest::newRow("unicode names, request name collision")
        << QStringLiteral("Patienten- Suche - 患者/Patienten- Suche - 患者.http")
        << Requests{request(QStringLiteral("Patienten suchen — Müller"), QStringLiteral("GET"),
                            BaseUrl + QStringLiteral("/v1/patients?search=Müller")),
                    request(QStringLiteral("Patienten suchen — Müller (2)"), QStringLiteral("GET"),
                            BaseUrl + QStringLiteral("/v1/patients?search=Mueller"))};
}

void TestPostmanImport::v21RequestsLandInTheirFiles()
{
    QFETCH(QString, file);
    QFETCH(Requests, requests);
    const QString target =
        m_dir.filePath(QStringLiteral("v21-") + QString::fromUtf8(QTest::currentDataTag()));
    const ImportSummary summary = importCollection(V21, target);
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QCOMPARE(summary.format, QStringLiteral("Postman Collection v2.1"));
    QCOMPARE(summary.requests, 12);
    QVERIFY(summary.files.contains(file));
    QCOMPARE(readText(target + u'/' + file), fileText(requests));
}

void TestPostmanImport::v21SummaryListsEveryDroppedThing()
{
    const ImportSummary summary =
        importCollection(V21, m_dir.filePath(QStringLiteral("v21-summary")), Staging);
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    const QString collection = QStringLiteral("Hero API — partner calls: ");
    QCOMPARE(noticeTexts(summary),
             (QStringList{
                 collection + QStringLiteral("auth (apikey) dropped"),
                 collection + QStringLiteral("pre-request script ignored"),
                 collection + QStringLiteral("variable apiKey dropped (secret value)"),
                 collection + QStringLiteral("variable oldGroup dropped (disabled)"),
                 QStringLiteral("Practice: auth (bearer) dropped"),
                 QStringLiteral("Practice/Who am I: test script ignored"),
                 QStringLiteral("Practice/Who am I: header X-Debug dropped (disabled)"),
                 QStringLiteral("Practice/Who am I: 1 saved response(s) ignored"),
                 QStringLiteral("Practice/Locations: query parameter page dropped (disabled)"),
                 QStringLiteral("Practice/Locations: query parameter api_key dropped (credential)"),
                 QStringLiteral("Appointments/Book an appointment: auth (apikey) dropped"),
                 QStringLiteral("Appointments/Book an appointment: x-api-key value replaced by ")
                     + Placeholder,
                 QStringLiteral("Messages/Send a message: header Authorization dropped "
                                "(credential)"),
                 QStringLiteral("Messages/Attach a file: body (formdata) dropped: only raw and "
                                "urlencoded bodies are imported"),
                 QStringLiteral("Messages/Access token: form field client_secret dropped "
                                "(credential)"),
                 QStringLiteral("Messages/Access token: form field debug dropped (disabled)"),
                 QStringLiteral("Capabilities: header X-Auth-Token dropped (credential)"),
                 QStringLiteral("Hero staging: variable heroKey dropped (secret value)"),
                 QStringLiteral("Hero staging: variable legacy dropped (disabled)"),
             }));
}

void TestPostmanImport::v20IsImportedToo()
{
    const QString target = m_dir.filePath(QStringLiteral("v20"));
    const ImportSummary summary = importCollection(V20, target);
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QCOMPARE(summary.format, QStringLiteral("Postman Collection v2.0"));
    QCOMPARE(summary.files,
             (QStringList{QStringLiteral("Hero API (v2.0 export).http"),
                          QStringLiteral("Batch messages/Batch messages.http"),
                          QStringLiteral("http-client.env.json")}));
    QCOMPARE(readText(target + QStringLiteral("/Hero API (v2.0 export).http")),
             fileText({request(QStringLiteral("Webhooks"), QStringLiteral("POST"),
                               BaseUrl + QStringLiteral("/v1/webhooks"),
                               {{QStringLiteral("Content-Type"), Json}},
                               QStringLiteral("{\"url\": \"https://partner.example/hook\"}"))}));
    QCOMPARE(readText(target + QStringLiteral("/Batch messages/Batch messages.http")),
             fileText({request(QStringLiteral("List batches"), QStringLiteral("GET"),
                               BaseUrl + QStringLiteral("/v1/batch_message?status=sent"),
                               {{QStringLiteral("Accept"), Json},
                                {QStringLiteral("x-api-key"), Placeholder}}),
                       request(QStringLiteral("Send a batch"), QStringLiteral("PATCH"),
                               BaseUrl + QStringLiteral("/v1/batch_message/b_9/send#top"))}));
    QCOMPARE(noticeTexts(summary),
             (QStringList{
                 QStringLiteral("Hero API (v2.0 export): auth (apikey) dropped"),
                 QStringLiteral("Hero API (v2.0 export): variable token dropped (secret value)"),
                 QStringLiteral("Batch messages/List batches: pre-request script ignored"),
                 QStringLiteral("Batch messages/List batches: x-api-key value replaced by ")
                     + Placeholder,
                 QStringLiteral("Batch messages/Send a batch: query parameter apiKey dropped "
                                "(credential)"),
                 QStringLiteral("Webhooks: auth (bearer) dropped"),
             }));
}

void TestPostmanImport::variablesGoToTheEnvironmentFile()
{
    const QString target = m_dir.filePath(QStringLiteral("v21-env"));
    const ImportSummary summary = importCollection(V21, target, Staging);
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QFile file(target + QStringLiteral("/http-client.env.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject environments = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(environments.keys(),
             (QStringList{QStringLiteral("$shared"), QStringLiteral("Hero staging")}));
    QCOMPARE(
        environments.value(QStringLiteral("$shared")).toObject(),
        (QJsonObject{{QStringLiteral("baseUrl"), QStringLiteral("https://api.staging.htech.app")},
                     {QStringLiteral("practiceGroup"), QStringLiteral("1001")},
                     {QStringLiteral("pageSize"), QStringLiteral("25")}}));
    QCOMPARE(
        environments.value(QStringLiteral("Hero staging")).toObject(),
        (QJsonObject{{QStringLiteral("baseUrl"), QStringLiteral("https://api.staging.htech.app")},
                     {QStringLiteral("patientId"), QStringLiteral("p_1")}}));
}

void TestPostmanImport::noPlantedSecretReachesTheFolder()
{
    // Every secret in the fixtures contains PLANTED; check that they are there to be found.
    for (const QString &fixture : {V21, V20, Staging})
        QVERIFY(readText(fixture).contains(QStringLiteral("PLANTED")));
    const QString target = m_dir.filePath(QStringLiteral("canary"));
    QVERIFY(QDir().mkpath(target));
    QVERIFY(importCollection(V21, target + QStringLiteral("/v21"), Staging).ok());
    QVERIFY(importCollection(V20, target + QStringLiteral("/v20")).ok());
    const QStringList files = tree(target);
    QVERIFY(files.size() > 8);
    for (const QString &file : files) {
        const QString path = target + u'/' + file;
        QVERIFY2(!file.contains(QStringLiteral("PLANTED")), qPrintable(file));
        if (QFileInfo(path).isFile()) {
            QFile bytes(path);
            QVERIFY(bytes.open(QIODevice::ReadOnly));
            QVERIFY2(!bytes.readAll().contains("PLANTED"), qPrintable(file));
        }
    }
}

void TestPostmanImport::refusedInputLeavesTheDiskUnchanged_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("errorParts");

    QTest::newRow("broken JSON") << QByteArray() << QStringLiteral("broken.postman_collection.json")
                                 << QStringList{QStringLiteral("broken.postman_collection.json"),
                                                QStringLiteral("is not valid JSON"),
                                                QStringLiteral("line 141, column 7")};
    QTest::newRow("v1") << QByteArray() << QStringLiteral("hero-api.v1.postman_collection.json")
                        << QStringList{QStringLiteral("Postman Collection v1"),
                                       QStringLiteral("export it again as Collection v2.1")};
    QTest::newRow("unknown schema") << QByteArray(
        R"({"info":{"name":"x","schema":"https://schema.getpostman.com/json/collection/v3.0.0/"},"item":[]})")
                                    << QString()
                                    << QStringList{QStringLiteral("unknown schema"),
                                                   QStringLiteral("v3.0.0")};
    QTest::newRow("item is not a list") << QByteArray(
        R"({"info":{"name":"x","schema":"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},"item":{}})")
                                        << QString()
                                        << QStringList{
                                               QStringLiteral("\"item\" is missing or not a list")};
    QTest::newRow("a folder's item is not an object") << QByteArray(
        R"({"info":{"name":"x","schema":"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},"item":[{"name":"A","item":[{"name":"ok","request":"/v1/me"},7]}]})")
                                                      << QString()
                                                      << QStringList{
                                                             QStringLiteral("item[0].item[1] is "
                                                                            "not an object"),
                                                             QStringLiteral("\"A\"")};
    QTest::newRow("an environment, not a collection")
        << QByteArray() << QStringLiteral("hero-staging.postman_environment.json")
        << QStringList{QStringLiteral("is a Postman environment")};
    QTest::newRow("an array") << QByteArray("[1, 2]") << QString()
                              << QStringList{QStringLiteral("not a JSON object")};
    QTest::newRow("an Insomnia export without resources")
        << QByteArray(R"({"_type":"export","__export_format":4,"resources":{}})") << QString()
        << QStringList{QStringLiteral("\"resources\" is missing or not a list")};
}

void TestPostmanImport::refusedInputLeavesTheDiskUnchanged()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, fixture);
    QFETCH(QStringList, errorParts);
    QTemporaryDir parent;
    QString path = Fixtures + fixture;
    if (fixture.isEmpty()) {
        path = m_dir.filePath(QStringLiteral("source-") + QString::fromUtf8(QTest::currentDataTag())
                              + QStringLiteral(".json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(source);
    }
    const ImportSummary summary = importCollection(path, parent.filePath(QStringLiteral("out")));
    QVERIFY(!summary.ok());
    for (const QString &part : errorParts)
        QVERIFY2(summary.error.contains(part), qPrintable(summary.error));
    QCOMPARE(tree(parent.path()), QStringList());
}

void TestPostmanImport::aNonEmptyTargetIsRefusedAndKept()
{
    QTemporaryDir parent;
    const QString target = parent.filePath(QStringLiteral("mine"));
    QVERIFY(QDir().mkpath(target));
    QFile mine(target + QStringLiteral("/notes.http"));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write("GET /v1/me\n");
    mine.close();

    const ImportSummary summary = importCollection(V21, target);
    QVERIFY(summary.error.contains(QStringLiteral("not an empty folder")));
    QCOMPARE(tree(parent.path()),
             (QStringList{QStringLiteral("mine"), QStringLiteral("mine/notes.http")}));
    QCOMPARE(readText(target + QStringLiteral("/notes.http")), QStringLiteral("GET /v1/me\n"));
}

void TestPostmanImport::anEmptyTargetFolderIsFilled()
{
    QTemporaryDir parent;
    const QString target = parent.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(target));
    const ImportSummary summary = importCollection(V20, target);
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    // The staging folder beside it is gone: only the import is there.
    QCOMPARE(tree(parent.path()),
             (QStringList{QStringLiteral("empty"), QStringLiteral("empty/Batch messages"),
                          QStringLiteral("empty/Batch messages/Batch messages.http"),
                          QStringLiteral("empty/Hero API (v2.0 export).http"),
                          QStringLiteral("empty/http-client.env.json")}));
}

void TestPostmanImport::aTargetWithATrailingSlashIsTheFolder()
{
    QTemporaryDir parent;
    const ImportSummary summary = importCollection(V20, parent.filePath(QStringLiteral("out/")));
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QCOMPARE(QDir(parent.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("out")});
    QVERIFY(QFileInfo::exists(parent.filePath(QStringLiteral("out/Batch messages"))));
}

void TestPostmanImport::safeFileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Appointments") << QStringLiteral("Appointments");
    QTest::newRow("separators") << QStringLiteral("a/b\\c:d") << QStringLiteral("a-b-c-d");
    QTest::newRow("refused characters")
        << QStringLiteral("what? *now* <x>|\"y\"") << QStringLiteral("what- -now- -x---y-");
    QTest::newRow("unicode kept") << QStringLiteral("Rendez-vous · 予約 ✓")
                                  << QStringLiteral("Rendez-vous · 予約 ✓");
    QTest::newRow("decomposed becomes composed")
        << QStringLiteral("Mu\u0308ller") << QStringLiteral("M\u00fcller");
    QTest::newRow("dots and spaces at the ends")
        << QStringLiteral(" ..hidden. ") << QStringLiteral("hidden");
    QTest::newRow("nothing left") << QStringLiteral("...") << QStringLiteral("untitled");
    QTest::newRow("control characters") << QStringLiteral("a\tb\nc") << QStringLiteral("a-b-c");
    QTest::newRow("Windows device") << QStringLiteral("con") << QStringLiteral("_con");
    QTest::newRow("Windows device with extension")
        << QStringLiteral("LPT1.txt") << QStringLiteral("_LPT1.txt");
    QTest::newRow("long names are cut at 120 bytes")
        << QString(100, QChar(0x4e88)) << QString(40, QChar(0x4e88));
}

void TestPostmanImport::safeFileNames()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(safeFileName(name), expected);
}

void TestPostmanImport::bodyLinesThatWouldSplitTheFileAreIndented()
{
    ImportedCollection collection;
    collection.root.name = QStringLiteral("c");
    collection.root.requests.append(request(QStringLiteral("Markdown"), QStringLiteral("POST"),
                                            QStringLiteral("/v1/messages/send"), {},
                                            QStringLiteral("### Title\ntext")));
    const QString target = m_dir.filePath(QStringLiteral("split"));
    const ImportSummary summary = writeImportedCollection(collection, target);
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QCOMPARE(readText(target + QStringLiteral("/c.http")),
             QStringLiteral("### Markdown\nPOST /v1/messages/send\n\n ### Title\ntext\n"));
    QCOMPARE(summary.notices.size(), 1);
    QCOMPARE(summary.notices.first().where, QStringLiteral("Markdown"));
    const HttpFile parsed = HttpFile::parse(readText(target + QStringLiteral("/c.http")).toUtf8());
    QCOMPARE(parsed.requests().size(), 1);
    QCOMPARE(parsed.requests().first().request.body, QStringLiteral(" ### Title\ntext"));
}

void TestPostmanImport::aGeneratedFiveMegabyteCollectionImportsWhole()
{
    const GeneratedCollections::Generated generated =
        GeneratedCollections::postmanCollection(5 * 1024 * 1024);
    ImportedCollection collection;
    QString error;
    QVERIFY2(readPostmanCollection(generated.json, QStringLiteral("generated.json"), &collection,
                                   &error),
             qPrintable(error));
    const QString target = m_dir.filePath(QStringLiteral("generated"));
    const ImportSummary summary = writeImportedCollection(collection, target);
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QCOMPARE(summary.requests, generated.requests);
    // One file per folder of requests, and the environment file.
    QCOMPARE(summary.files.size(), generated.folders + 1);
    const QString first = readText(target + QStringLiteral("/Group 0/Folder 0/Folder 0.http"));
    QVERIFY(first.startsWith(
        QStringLiteral("### Request 0 — Zoë ✓\nGET {{baseUrl}}/v1/appointments?page=0&per_page=25\n"
                       "x-practice-group-id: {{practiceGroup}}\nAccept: application/json\n"
                       "Content-Type: application/json\n\n{\n  \"patient_id\": \"p_0\",")));
}

void TestPostmanImport::importedFilesReadBackAsWritten_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("environment");
    QTest::newRow("v2.1") << V21 << Staging;
    QTest::newRow("v2.0") << V20 << QString();
    QTest::newRow("odd shapes") << QStringLiteral(HERO_FUZZ_CORPUS "/minimal-v21.json")
                                << QString();
}

// What the import writes, HttpFile reads back without a problem, request for request, with no
// literal key, and the environment file loads.
void TestPostmanImport::importedFilesReadBackAsWritten()
{
    QFETCH(QString, source);
    QFETCH(QString, environment);
    const QString target =
        m_dir.filePath(QStringLiteral("roundtrip-") + QString::fromUtf8(QTest::currentDataTag()));
    const ImportSummary summary = importCollection(source, target, environment);
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    int requests = 0;
    for (const QString &file : summary.files) {
        if (!file.endsWith(QStringLiteral(".http")))
            continue;
        QFile bytes(target + u'/' + file);
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        const HttpFile parsed = HttpFile::parse(bytes.readAll());
        for (const HttpFileNotice &problem : parsed.problems())
            QFAIL(qPrintable(
                QStringLiteral("%1 line %2: %3").arg(file).arg(problem.line).arg(problem.text)));
        QStringList blocks;
        for (const HttpFileRequest &each : parsed.requests()) {
            QVERIFY2(literalKeyProblem(each.request).isEmpty(), qPrintable(each.request.name));
            blocks.append(formatHttpRequest(each.request));
            ++requests;
        }
        QCOMPARE(blocks.join(u'\n').toUtf8(), parsed.bytes());
    }
    QCOMPARE(requests, summary.requests);
    CollectionEnvironments environments;
    QString error;
    QVERIFY2(CollectionEnvironments::load(target, &environments, &error), qPrintable(error));
    QCOMPARE(environments.variables(QStringLiteral("$shared")).value(QStringLiteral("baseUrl")),
             source.endsWith(QStringLiteral("minimal-v21.json"))
                 ? QString()
                 : QStringLiteral("https://api.staging.htech.app"));
}

QTEST_GUILESS_MAIN(TestPostmanImport)
#include "tst_postmanimport.moc"

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "collections/collectionimport.h"
#include "collections/collectionvariables.h"
#include "collections/httpfile.h"
#include "importtesthelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Fixtures = QStringLiteral(HERO_COLLECTION_FIXTURES "/bruno/");
const QString Collection = Fixtures + QStringLiteral("hero-api");
const QString BaseUrl = QStringLiteral("{{baseUrl}}");

} // namespace

class TestBrunoImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void requestsLandInTheirFiles_data();
    void requestsLandInTheirFiles();
    void summaryListsEveryDroppedThing();
    void environmentsKeepTheirNames();
    void noPlantedSecretReachesTheFolder();
    void importedFilesReadBack();
    void anUnclosedBlockLeavesTheDiskUnchanged();

private:
    QTemporaryDir m_dir;
    QString m_target;
    ImportSummary m_summary;
};

void TestBrunoImport::initTestCase()
{
    m_target = m_dir.filePath(QStringLiteral("bruno"));
    m_summary = importCollection(Collection, m_target);
    QVERIFY2(m_summary.ok(), qPrintable(m_summary.error));
    QCOMPARE(m_summary.format, QStringLiteral("Bruno collection"));
    QCOMPARE(m_summary.requests, 5);
}

void TestBrunoImport::requestsLandInTheirFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Requests>("requests");
    QTest::newRow("top level") << QStringLiteral("Hero API (Bruno).http")
                               << Requests{request(
                                      QStringLiteral("Patients"), QStringLiteral("GET"),
                                      BaseUrl + QStringLiteral("/v1/patients?search=Müller"))};
    QTest::newRow("folder named by folder.bru, seq order, json body, path params")
        << QStringLiteral("Termine · 予約/Termine · 予約.http")
        << Requests{request(QStringLiteral("Book an appointment"), QStringLiteral("POST"),
                            BaseUrl + QStringLiteral("/v1/appointments"),
                            {{QStringLiteral("x-practice-group-id"),
                              QStringLiteral("{{practiceGroup}}")},
                             {QStringLiteral("x-api-key"), QString::fromLatin1(KeyPlaceholder)},
                             {QStringLiteral("Content-Type"), QStringLiteral("application/json")}},
                            QStringLiteral("{\n  \"patient_id\": \"p_1\",\n  \"notes\": \"Zoë's "
                                           "check-up ✓\"\n}")),
                    request(QStringLiteral("Cancel"), QStringLiteral("PATCH"),
                            BaseUrl + QStringLiteral("/v1/appointments/apt_123/cancel"))};
    QTest::newRow("form-urlencoded, multipart dropped")
        << QStringLiteral("Messages/Messages.http")
        << Requests{request(QStringLiteral("Access token"), QStringLiteral("POST"),
                            BaseUrl + QStringLiteral("/v1/access_token"),
                            {{QStringLiteral("Content-Type"),
                              QStringLiteral("application/x-www-form-urlencoded")}},
                            QStringLiteral("grant_type=client_credentials")),
                    request(QStringLiteral("Attach"), QStringLiteral("POST"),
                            BaseUrl + QStringLiteral("/v1/attachment_links"))};
}

void TestBrunoImport::requestsLandInTheirFiles()
{
    QFETCH(QString, file);
    QFETCH(Requests, requests);
    QVERIFY2(m_summary.files.contains(file), qPrintable(m_summary.files.join(u',')));
    QCOMPARE(readText(m_target + u'/' + file), fileText(requests));
}

void TestBrunoImport::summaryListsEveryDroppedThing()
{
    QCOMPARE(noticeTexts(m_summary),
             (QStringList{
                 QStringLiteral("Hero API (Bruno): folder-wide header x-client ignored"),
                 QStringLiteral("Hero API (Bruno): auth (apikey) dropped"),
                 QStringLiteral("Production: variable token dropped (secret value)"),
                 QStringLiteral("Staging: variable oldGroup dropped (disabled)"),
                 QStringLiteral("Staging: variable apiKey dropped (secret value)"),
                 QStringLiteral("Patients: query parameter access_token dropped (credential)"),
                 QStringLiteral("Patients: query parameter page dropped (disabled)"),
                 QStringLiteral("Termine · 予約: auth (bearer) dropped"),
                 QStringLiteral("Termine · 予約/Book an appointment: pre-request script ignored"),
                 QStringLiteral("Termine · 予約/Book an appointment: x-api-key value replaced by ")
                     + QString::fromLatin1(KeyPlaceholder),
                 QStringLiteral("Termine · 予約/Book an appointment: header X-Debug dropped "
                                "(disabled)"),
                 QStringLiteral("Termine · 予約/Cancel: auth (bearer) dropped"),
                 QStringLiteral("Termine · 予約/Cancel: test script ignored"),
                 QStringLiteral("Messages/Attach: body (multipartForm) dropped: only raw and "
                                "urlencoded bodies are imported"),
                 QStringLiteral("Messages/Access token: form field client_secret dropped "
                                "(credential)"),
             }));
}

void TestBrunoImport::environmentsKeepTheirNames()
{
    QFile file(m_target + QStringLiteral("/http-client.env.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(
        QJsonDocument::fromJson(file.readAll()).object(),
        (QJsonObject{
            {QStringLiteral("Staging"),
             QJsonObject{
                 {QStringLiteral("baseUrl"), QStringLiteral("https://api.staging.htech.app")},
                 {QStringLiteral("practiceGroup"), QStringLiteral("1001")}}},
            {QStringLiteral("Production"),
             QJsonObject{{QStringLiteral("baseUrl"), QStringLiteral("https://api.herohealth.net")},
                         {QStringLiteral("practiceGroup"), QStringLiteral("2001")}}}}));
}

void TestBrunoImport::noPlantedSecretReachesTheFolder()
{
    QCOMPARE(filesContaining(Collection, "PLANTED").size(), 7);
    QCOMPARE(filesContaining(m_target, "PLANTED"), QStringList());
}

void TestBrunoImport::importedFilesReadBack()
{
    QCOMPARE(requestsReadBack(m_target, m_summary), m_summary.requests);
}

void TestBrunoImport::anUnclosedBlockLeavesTheDiskUnchanged()
{
    QTemporaryDir parent;
    const ImportSummary summary = importCollection(Fixtures + QStringLiteral("broken"),
                                                   parent.filePath(QStringLiteral("out")));
    QCOMPARE(summary.error, QStringLiteral("Broken.bru, line 7: the block \"get\" is not closed."));
    QCOMPARE(tree(parent.path()), QStringList());
}

QTEST_GUILESS_MAIN(TestBrunoImport)
#include "tst_brunoimport.moc"

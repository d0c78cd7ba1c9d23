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

const QString Fixtures = QStringLiteral(HERO_COLLECTION_FIXTURES "/insomnia/");
const QString Export = Fixtures + QStringLiteral("hero-api.insomnia.json");
const QString BaseUrl = QStringLiteral("{{baseUrl}}");

} // namespace

class TestInsomniaImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void requestsLandInTheirFiles_data();
    void requestsLandInTheirFiles();
    void summaryListsEveryDroppedThing();
    void environmentsBecomeSharedAndNamed();
    void noPlantedSecretReachesTheFolder();
    void importedFilesReadBack();
    void anotherFormatLeavesTheDiskUnchanged();

private:
    QTemporaryDir m_dir;
    QString m_target;
    ImportSummary m_summary;
};

void TestInsomniaImport::initTestCase()
{
    m_target = m_dir.filePath(QStringLiteral("insomnia"));
    m_summary = importCollection(Export, m_target);
    QVERIFY2(m_summary.ok(), qPrintable(m_summary.error));
    QCOMPARE(m_summary.format, QStringLiteral("Insomnia export v4"));
    QCOMPARE(m_summary.requests, 5);
}

void TestInsomniaImport::requestsLandInTheirFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Requests>("requests");
    const QString json = QStringLiteral("application/json");
    QTest::newRow("workspace level, parameters")
        << QStringLiteral("Hero API – Insomnia.http")
        << Requests{request(QStringLiteral("Me"), QStringLiteral("GET"),
                            BaseUrl + QStringLiteral("/v1/patients?search=Müller"))};
    QTest::newRow("request group, variables converted, template tag kept")
        << QStringLiteral("Termine · 予約/Termine · 予約.http")
        << Requests{request(QStringLiteral("Book"), QStringLiteral("POST"),
                            BaseUrl + QStringLiteral("/v1/appointments"),
                            {{QStringLiteral("Content-Type"), json},
                             {QStringLiteral("x-api-key"), QString::fromLatin1(KeyPlaceholder)},
                             {QStringLiteral("x-practice-group-id"),
                              QStringLiteral("{{practiceGroup}}")}},
                            QStringLiteral("{\"patient_id\": \"{{patientId}}\", \"slot_id\": "
                                           "\"{% uuid 'v4' %}\"}")),
                    request(QStringLiteral("Cancel"), QStringLiteral("PATCH"),
                            BaseUrl + QStringLiteral("/v1/appointments/apt_123/cancel"))};
    QTest::newRow("metaSortKey order, urlencoded, multipart dropped")
        << QStringLiteral("Messages/Messages.http")
        << Requests{request(QStringLiteral("Attach"), QStringLiteral("POST"),
                            BaseUrl + QStringLiteral("/v1/attachment_links")),
                    request(QStringLiteral("Access token"), QStringLiteral("POST"),
                            BaseUrl + QStringLiteral("/v1/access_token"),
                            {{QStringLiteral("Content-Type"),
                              QStringLiteral("application/x-www-form-urlencoded")}},
                            QStringLiteral("grant_type=client_credentials"))};
}

void TestInsomniaImport::requestsLandInTheirFiles()
{
    QFETCH(QString, file);
    QFETCH(Requests, requests);
    QVERIFY(m_summary.files.contains(file));
    QCOMPARE(readText(m_target + u'/' + file), fileText(requests));
}

void TestInsomniaImport::summaryListsEveryDroppedThing()
{
    const QString placeholder = QString::fromLatin1(KeyPlaceholder);
    QCOMPARE(noticeTexts(m_summary),
             (QStringList{
                 QStringLiteral("Termine · 予約: auth (apikey) dropped"),
                 QStringLiteral("Termine · 予約/Book: x-api-key value replaced by ") + placeholder,
                 QStringLiteral("Termine · 予約/Book: template tag {% … %} kept as written (it is "
                                "not run)"),
                 QStringLiteral("Termine · 予約/Cancel: auth (bearer) dropped"),
                 QStringLiteral("Termine · 予約/Cancel: pre-request script ignored"),
                 QStringLiteral("Termine · 予約/Cancel: header X-Debug dropped (disabled)"),
                 QStringLiteral("Messages: folder environment ignored"),
                 QStringLiteral("Messages/Attach: body (form-data) dropped: only raw and "
                                "urlencoded bodies are imported"),
                 QStringLiteral("Messages/Access token: form field client_secret dropped "
                                "(credential)"),
                 QStringLiteral("Messages/Access token: form field scope dropped (disabled)"),
                 QStringLiteral("Default Jar: cookie jar dropped"),
                 QStringLiteral("Base Environment: variable apiKey dropped (secret value)"),
                 QStringLiteral("Staging: variable token dropped (secret value)"),
                 QStringLiteral("Me: query parameter page dropped (disabled)"),
                 QStringLiteral("Me: query parameter api_key dropped (credential)"),
                 QStringLiteral("Live: websocket_request ignored"),
             }));
}

void TestInsomniaImport::environmentsBecomeSharedAndNamed()
{
    QFile file(m_target + QStringLiteral("/http-client.env.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject environments = QJsonDocument::fromJson(file.readAll()).object();
    const QString staging = QStringLiteral("https://api.staging.htech.app");
    QCOMPARE(
        environments,
        (QJsonObject{
            {QStringLiteral("$shared"),
             QJsonObject{{QStringLiteral("baseUrl"), staging},
                         {QStringLiteral("practiceGroup"), QStringLiteral("1001")}}},
            {QStringLiteral("Staging"),
             QJsonObject{{QStringLiteral("practiceGroup"), QStringLiteral("1001")}}},
            {QStringLiteral("Production"),
             QJsonObject{{QStringLiteral("baseUrl"), QStringLiteral("https://api.herohealth.net")},
                         {QStringLiteral("practiceGroup"), QStringLiteral("2001")}}}}));
}

void TestInsomniaImport::noPlantedSecretReachesTheFolder()
{
    QVERIFY(readText(Export).count(QStringLiteral("PLANTED")) == 8);
    QCOMPARE(filesContaining(m_target, "PLANTED"), QStringList());
}

void TestInsomniaImport::importedFilesReadBack()
{
    QCOMPARE(requestsReadBack(m_target, m_summary), m_summary.requests);
}

void TestInsomniaImport::anotherFormatLeavesTheDiskUnchanged()
{
    QTemporaryDir parent;
    const ImportSummary summary = importCollection(
        Fixtures + QStringLiteral("format3.insomnia.json"), parent.filePath(QStringLiteral("out")));
    QVERIFY2(summary.error.contains(QStringLiteral("format 3")), qPrintable(summary.error));
    QCOMPARE(tree(parent.path()), QStringList());
}

QTEST_GUILESS_MAIN(TestInsomniaImport)
#include "tst_insomniaimport.moc"

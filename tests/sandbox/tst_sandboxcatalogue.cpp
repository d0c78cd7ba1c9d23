// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "sandboxcatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

const char *const Components = R"({"components": {"schemas": {
    "Pet": {"type": "object", "properties": {
        "id": {"type": "string", "pattern": "^\\d+$"},
        "kind": {"type": "string", "enum": ["cat", "dog"]},
        "born": {"type": "string", "format": "date"}}},
    "Node": {"type": "object", "properties": {"child": {"$ref": "#/components/schemas/Node"}}},
    "Named": {"type": "object", "properties": {"name": {"type": "string", "example": "Rex"}}}
}}})";

} // namespace

class TestSandboxCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void everyBundledOperationAnswersJson();
    void exampleFollowsTheSchema_data();
    void exampleFollowsTheSchema();
    void statusIsTheLowestDocumentedSuccess();
    void literalSegmentsBeatParameters_data();
    void literalSegmentsBeatParameters();
};

void TestSandboxCatalogue::everyBundledOperationAnswersJson()
{
    QString error;
    const std::optional<SandboxCatalogue> catalogue = SandboxCatalogue::builtIn(&error);
    QVERIFY2(catalogue, qPrintable(error));
    QVERIFY(catalogue->operations().size() >= 47);
    for (const SandboxOperation &operation : catalogue->operations()) {
        const QString name =
            QString::fromLatin1(operation.method) + QLatin1Char(' ') + operation.pathTemplate;
        QVERIFY2(operation.example.isObject() || operation.example.isArray(), qPrintable(name));
        QVERIFY2(operation.status >= 200 && operation.status < 300, qPrintable(name));
        const std::optional<SandboxRouteMatch> match = catalogue->match(
            operation.method,
            QString(operation.pathTemplate).replace(QStringLiteral("{id}"), QStringLiteral("42")));
        QVERIFY2(match && match->operation == &operation, qPrintable(name));
    }
    // A documented body is built from its schema: the appointment carries its fields.
    const std::optional<SandboxRouteMatch> appointment =
        catalogue->match("GET", QStringLiteral("/v1/appointments/7"));
    QVERIFY(appointment);
    QCOMPARE(appointment->pathParameters.value(QStringLiteral("id")), QStringLiteral("7"));
    QVERIFY(appointment->operation->example.toObject().contains(QStringLiteral("id")));
}

void TestSandboxCatalogue::exampleFollowsTheSchema_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("example wins") << QByteArray(R"({"type":"string","example":"x","enum":["y"]})")
                                  << QByteArray(R"(["x"])");
    QTest::newRow("enum first") << QByteArray(R"({"type":"string","enum":["sms","email"]})")
                                << QByteArray(R"(["sms"])");
    QTest::newRow("date-time") << QByteArray(R"({"type":"string","format":"date-time"})")
                               << QByteArray(R"(["2026-01-15T09:30:00.000Z"])");
    QTest::newRow("integer minimum")
        << QByteArray(R"({"type":"integer","minimum":5})") << QByteArray("[5]");
    QTest::newRow("boolean") << QByteArray(R"({"type":"boolean"})") << QByteArray("[true]");
    QTest::newRow("ref into components")
        << QByteArray(R"({"$ref":"#/components/schemas/Pet"})")
        << QByteArray(R"([{"born":"2026-01-15","id":"10001","kind":"cat"}])");
    QTest::newRow("array of one") << QByteArray(
        R"({"type":"array","items":{"$ref":"#/components/schemas/Named"}})")
                                  << QByteArray(R"([[{"name":"Rex"}]])");
    QTest::newRow("allOf merges") << QByteArray(R"({"allOf":[{"$ref":"#/components/schemas/Named"},
                                      {"properties":{"age":{"type":"integer"}}}]})")
                                  << QByteArray(R"([{"age":1,"name":"Rex"}])");
    QTest::newRow("oneOf first") << QByteArray(
        R"({"oneOf":[{"type":"integer"},{"type":"string"}]})")
                                 << QByteArray("[1]");
    QTest::newRow("recursion ends in null") << QByteArray(R"({"$ref":"#/components/schemas/Node"})")
                                            << QByteArray(R"([{"child":null}])");
}

void TestSandboxCatalogue::exampleFollowsTheSchema()
{
    QFETCH(QByteArray, schema);
    QFETCH(QByteArray, expected);
    const QJsonValue example =
        SandboxCatalogue::exampleFor(QJsonDocument::fromJson(schema).object(), parse(Components));
    QCOMPARE(QJsonDocument(QJsonArray{example}).toJson(QJsonDocument::Compact), expected);
}

void TestSandboxCatalogue::statusIsTheLowestDocumentedSuccess()
{
    const std::optional<SandboxCatalogue> catalogue = SandboxCatalogue::load(R"({"paths": {
        "/v1/things": {"post": {"responses": {
            "202": {"description": "later"},
            "201": {"content": {"application/json": {"schema": {"type": "object",
                    "properties": {"id": {"type": "string"}}}}}},
            "400": {"description": "bad"}}}}}})",
                                                                             nullptr);
    QVERIFY(catalogue);
    QCOMPARE(catalogue->operations().size(), 1);
    QCOMPARE(catalogue->operations().first().status, 201);
    QCOMPARE(catalogue->operations().first().example.toObject().value(QStringLiteral("id")),
             QJsonValue(QStringLiteral("string")));
}

void TestSandboxCatalogue::literalSegmentsBeatParameters_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("pathTemplate"); // empty: no match
    QTest::addColumn<QString>("id");
    QTest::newRow("literal") << QByteArray("GET") << QStringLiteral("/v1/x/special")
                             << QStringLiteral("/v1/x/special") << QString();
    QTest::newRow("parameter") << QByteArray("GET") << QStringLiteral("/v1/x/7")
                               << QStringLiteral("/v1/x/{id}") << QStringLiteral("7");
    QTest::newRow("nested parameter") << QByteArray("GET") << QStringLiteral("/v1/x/7/items")
                                      << QStringLiteral("/v1/x/{id}/items") << QStringLiteral("7");
    QTest::newRow("empty segment")
        << QByteArray("GET") << QStringLiteral("/v1/x/") << QString() << QString();
    QTest::newRow("too deep") << QByteArray("GET") << QStringLiteral("/v1/x/7/other") << QString()
                              << QString();
    QTest::newRow("other method") << QByteArray("DELETE") << QStringLiteral("/v1/x/7") << QString()
                                  << QString();
}

void TestSandboxCatalogue::literalSegmentsBeatParameters()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, pathTemplate);
    QFETCH(QString, id);
    const std::optional<SandboxCatalogue> catalogue = SandboxCatalogue::load(R"({"paths": {
        "/v1/x/{id}": {"get": {"responses": {"200": {}}}},
        "/v1/x/special": {"get": {"responses": {"200": {}}}},
        "/v1/x/{id}/items": {"get": {"responses": {"200": {}}}}}})",
                                                                             nullptr);
    QVERIFY(catalogue);
    const std::optional<SandboxRouteMatch> match = catalogue->match(method, path);
    QCOMPARE(match ? match->operation->pathTemplate : QString(), pathTemplate);
    if (match)
        QCOMPARE(match->pathParameters.value(QStringLiteral("id")), id);
}

QTEST_GUILESS_MAIN(TestSandboxCatalogue)
#include "tst_sandboxcatalogue.moc"

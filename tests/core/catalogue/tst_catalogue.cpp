// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "catalogue/catalogue.h"
#include "hostilespecs.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The same small spec twice: as JSON and as YAML (with anchors, quoting and a 3.1 type list).
const QByteArray smallJson = R"({
  "openapi": "3.1.0",
  "info": {"title": "Small", "version": "2"},
  "tags": [{"name": "Pets", "description": "All about pets"}],
  "paths": {
    "/pets/{petId}": {
      "parameters": [{"name": "petId", "in": "path", "schema": {"type": ["integer", "null"]}}],
      "get": {
        "operationId": "getPet", "summary": "Get a pet", "tags": ["Pets"],
        "parameters": [{"$ref": "#/components/parameters/Verbose"}],
        "responses": {"200": {"description": "the pet"}, "default": {"$ref": "#/components/responses/Error"}}
      },
      "put": {
        "operationId": "putPet", "tags": ["Pets"],
        "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}},
        "responses": {"4XX": {"description": "client error"}}
      }
    }
  },
  "components": {
    "parameters": {"Verbose": {"name": "verbose", "in": "query", "required": false,
                               "schema": {"type": "boolean", "default": false}}},
    "responses": {"Error": {"description": "an error"}},
    "schemas": {
      "Pet": {"type": "object", "properties": {
        "name": {"type": "string", "example": "Rex"},
        "age": {"type": ["integer", "null"], "minimum": 1},
        "born": {"type": "string", "format": "date"},
        "tags": {"type": "array", "items": {"type": "string", "enum": ["dog", "cat"]}}}}
    }
  }
})";

const QByteArray smallYaml = R"(openapi: "3.1.0"
info: {title: Small, version: "2"}
tags:
  - name: Pets
    description: All about pets
paths:
  /pets/{petId}:
    parameters:
      - {name: petId, in: path, schema: {type: [integer, "null"]}}
    get:
      operationId: getPet
      summary: Get a pet
      tags: [Pets]
      parameters:
        - $ref: '#/components/parameters/Verbose'
      responses:
        200: {description: the pet}
        default:
          $ref: '#/components/responses/Error'
    put:
      operationId: putPet
      tags: &petTags [Pets]
      requestBody:
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/Pet'
      responses:
        4XX: {description: client error}
components:
  parameters:
    Verbose: {name: verbose, in: query, required: false, schema: {type: boolean, default: false}}
  responses:
    Error: {description: an error}
  schemas:
    Pet:
      type: object
      properties:
        name: {type: string, example: Rex}
        age: {type: [integer, "null"], minimum: 1}
        born: {type: string, format: date}
        tags:
          type: array
          items: {type: string, enum: [dog, cat]}
)";

QByteArray specWithPaths(const QByteArray &paths, const QByteArray &extra = {})
{
    return "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, "
           "\"paths\": "
        + paths + extra + "}";
}

} // namespace

Q_DECLARE_METATYPE(ImportLimits)

class TestCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void bundledCatalogueHasEveryDocumentedOperation();
    void bundledOperationsCarryTheirDetails();
    void jsonAndYamlFormsGiveEqualCatalogues();
    void openApi31TypeListsAreRead();
    void exampleBodyIsGeneratedFromTheRequestSchema();
    void brokenInputNamesThePlace_data();
    void brokenInputNamesThePlace();
    void refCyclesAreCutNotFollowed();
    void recursiveYamlAliasIsAnErrorNotAHang();
    void hostileDocumentsStopAtTheirBudget_data();
    void hostileDocumentsStopAtTheirBudget();
    void eachLimitIsNamedWhenReached_data();
    void eachLimitIsNamedWhenReached();
    void yamlWithoutAliasesNeverMeetsTheAliasLimits();
    void aliasesOfModestSizeStillImport();
    void theLimitsChangeNothingInTheBundledCatalogue();
    void requiredScopeComesFromTheDocumentMapping_data();
    void requiredScopeComesFromTheDocumentMapping();
    void operationSecurityScopesWinOverTheMapping();
    void documentWithoutMappingFallsBackToTheSandboxScopes();
    void concretePathFindsItsTemplate_data();
    void concretePathFindsItsTemplate();
    void mergeAddsNewAndReplacesSameOperations();
    void loadFileReadsYamlByExtension();
    void operationsAndTagsKeepTheDocumentsOrder_data();
    void operationsAndTagsKeepTheDocumentsOrder();
};

void TestCatalogue::bundledCatalogueHasEveryDocumentedOperation()
{
    const CatalogueLoadResult result = Catalogue::loadFile(QStringLiteral(":/hero/catalogue.json"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Catalogue &catalogue = result.catalogue;

    // The 47 confirmed operations of the research summary, plus GET /v1/practice-groups that
    // the authentication guide calls.
    const QStringList expected = {
        QStringLiteral("POST /v1/access_token"),
        QStringLiteral("GET /v1/appointment_types"),
        QStringLiteral("GET /v1/locations"),
        QStringLiteral("GET /v1/me"),
        QStringLiteral("PATCH /v1/me"),
        QStringLiteral("GET /v1/me/capabilities"),
        QStringLiteral("GET /v1/me/configuration"),
        QStringLiteral("GET /v1/me/elements"),
        QStringLiteral("GET /v1/admins"),
        QStringLiteral("PATCH /v1/admins/{id}"),
        QStringLiteral("GET /v1/appointments/{id}"),
        QStringLiteral("PUT /v1/appointments/{id}"),
        QStringLiteral("POST /v1/appointments"),
        QStringLiteral("PATCH /v1/appointments/{id}/cancel"),
        QStringLiteral("GET /v1/slots/{id}"),
        QStringLiteral("GET /v1/booking_links/{id}"),
        QStringLiteral("PATCH /v1/booking_links/{id}"),
        QStringLiteral("POST /v1/attachment_links"),
        QStringLiteral("POST /v1/messages/send"),
        QStringLiteral("GET /v1/messages/{id}"),
        QStringLiteral("POST /v1/batch_message"),
        QStringLiteral("GET /v1/batch_message"),
        QStringLiteral("PATCH /v1/batch_message/{id}/send"),
        QStringLiteral("GET /v1/batch_message/{id}"),
        QStringLiteral("GET /v1/batch_message/{id}/recipients"),
        QStringLiteral("GET /v1/batch_message/{id}/messages"),
        QStringLiteral("GET /v1/patients/{id}/ehr/candidates"),
        QStringLiteral("POST /v1/patients/{id}/ehr/connect"),
        QStringLiteral("POST /v1/patients/{id}/merge/preview"),
        QStringLiteral("POST /v1/patients/{id}/merge"),
        QStringLiteral("GET /v1/patients/{id}"),
        QStringLiteral("GET /v1/patients/{id}/attachments"),
        QStringLiteral("GET /v1/patients"),
        QStringLiteral("POST /v1/patients/register_pds"),
        QStringLiteral("POST /v1/patients/register"),
        QStringLiteral("POST /v1/webhooks"),
        QStringLiteral("GET /v1/webhooks"),
        QStringLiteral("GET /v1/forms"),
        QStringLiteral("GET /v1/forms/{id}"),
        QStringLiteral("GET /v1/invoicing/coupons"),
        QStringLiteral("GET /v1/invoicing/customers"),
        QStringLiteral("POST /v1/invoicing/customers"),
        QStringLiteral("PATCH /v1/tasks/{id}"),
        QStringLiteral("GET /v2/tasks/{id}"),
        QStringLiteral("GET /v1/episodes"),
        QStringLiteral("GET /v1/prescriber/{id}/pharmacies"),
        QStringLiteral("POST /v1/pharmacies"),
    };
    QCOMPARE(expected.size(), 47);
    QStringList loaded;
    for (const Operation &operation : catalogue.operations)
        loaded.append(operation.displayName());
    for (const QString &name : expected)
        QVERIFY2(loaded.contains(name), qPrintable(name));
    QVERIFY(loaded.contains(QStringLiteral("GET /v1/practice-groups")));
    QCOMPARE(loaded.size(), expected.size() + 1);
    QCOMPARE(loaded.removeDuplicates(), 0);

    QCOMPARE(Catalogue::bundled(), catalogue);
    QCOMPARE(catalogue.tagOrder.first(), QStringLiteral("Practice Group"));
}

void TestCatalogue::bundledOperationsCarryTheirDetails()
{
    const Catalogue catalogue = Catalogue::bundled();
    const Operation *send =
        catalogue.find(QStringLiteral("POST"), QStringLiteral("/v1/messages/send"));
    QVERIFY(send);
    QCOMPARE(send->operationId, QStringLiteral("sendMessage"));
    QCOMPARE(send->tags, QStringList{QStringLiteral("Messages")});
    QCOMPARE(send->confidence, QStringLiteral("documented"));
    QVERIFY(!send->summary.isEmpty());
    QVERIFY(!send->requestBodySchema.isEmpty());
    QVERIFY(!send->requestBodySchema.contains(QStringLiteral("$ref")));
    QJsonParseError error;
    const QJsonDocument body = QJsonDocument::fromJson(send->exampleBody, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(body.isObject());
    // Every property the schema declares (and does not mark read-only) is in the example.
    const QJsonObject properties =
        send->requestBodySchema.value(QStringLiteral("properties")).toObject();
    QVERIFY(!properties.isEmpty());
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (!it.value().toObject().value(QStringLiteral("readOnly")).toBool())
            QVERIFY2(body.object().contains(it.key()), qPrintable(it.key()));
    }
    QVERIFY(send->responses.contains(200) || send->responses.contains(201));

    const Operation *patient =
        catalogue.find(QStringLiteral("GET"), QStringLiteral("/v1/patients/42"));
    QVERIFY(patient);
    QCOMPARE(patient->path, QStringLiteral("/v1/patients/{id}"));
    const auto id = std::find_if(patient->parameters.begin(), patient->parameters.end(),
                                 [](const Parameter &p) { return p.name == QLatin1String("id"); });
    QVERIFY(id != patient->parameters.end());
    QCOMPARE(id->in, QStringLiteral("path"));
    QVERIFY(id->required);
    QVERIFY(patient->exampleBody.isEmpty());
}

void TestCatalogue::jsonAndYamlFormsGiveEqualCatalogues()
{
    const CatalogueLoadResult fromJson = Catalogue::load(smallJson, QStringLiteral("small.json"));
    const CatalogueLoadResult fromYaml = Catalogue::load(smallYaml, QStringLiteral("small.yaml"));
    QVERIFY2(fromJson.ok(), qPrintable(fromJson.error));
    QVERIFY2(fromYaml.ok(), qPrintable(fromYaml.error));
    QCOMPARE(fromJson.catalogue.operations.size(), 2);
    QCOMPARE(fromYaml.catalogue, fromJson.catalogue);

    // Without a file name the format is recognised from the content.
    QCOMPARE(Catalogue::load(smallYaml).catalogue, fromJson.catalogue);
    QCOMPARE(Catalogue::load(smallJson).catalogue, fromJson.catalogue);

    const Operation *get =
        fromYaml.catalogue.find(QStringLiteral("get"), QStringLiteral("/pets/7"));
    QVERIFY(get);
    QCOMPARE(get->operationId, QStringLiteral("getPet"));
    QCOMPARE(get->parameters.size(), 2);
    QCOMPARE(get->parameters.at(1).name, QStringLiteral("verbose"));
    QCOMPARE(get->parameters.at(1).in, QStringLiteral("query"));
    QCOMPARE(get->parameters.at(1).schemaType, QStringLiteral("boolean"));
    QCOMPARE(get->parameters.at(1).example, QStringLiteral("false"));
    QCOMPARE(get->responses.value(200), QStringLiteral("the pet"));
    QCOMPARE(get->responses.value(0), QStringLiteral("an error"));
    const Operation *put =
        fromYaml.catalogue.find(QStringLiteral("PUT"), QStringLiteral("/pets/7"));
    QVERIFY(put);
    QCOMPARE(put->responses.value(4), QStringLiteral("client error"));
    QCOMPARE(fromYaml.catalogue.tagDescriptions.value(QStringLiteral("Pets")),
             QStringLiteral("All about pets"));
}

void TestCatalogue::openApi31TypeListsAreRead()
{
    const Catalogue catalogue = Catalogue::load(smallJson).catalogue;
    const Operation *get = catalogue.find(QStringLiteral("GET"), QStringLiteral("/pets/1"));
    QVERIFY(get);
    QCOMPARE(get->parameters.at(0).name, QStringLiteral("petId"));
    QCOMPARE(get->parameters.at(0).schemaType, QStringLiteral("integer"));

    const QByteArray mixed = specWithPaths(
        R"({"/a": {"get": {"parameters": [{"name": "q", "in": "query",
            "schema": {"type": ["string", "integer", "null"]}}], "responses": {}}}})");
    const CatalogueLoadResult result = Catalogue::load(mixed);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.catalogue.operations.at(0).parameters.at(0).schemaType,
             QStringLiteral("string|integer"));
}

void TestCatalogue::exampleBodyIsGeneratedFromTheRequestSchema()
{
    const Catalogue catalogue = Catalogue::load(smallJson).catalogue;
    const Operation *put = catalogue.find(QStringLiteral("PUT"), QStringLiteral("/pets/1"));
    QVERIFY(put);
    QCOMPARE(put->requestBodySchema.value(QStringLiteral("type")).toString(),
             QStringLiteral("object"));
    QVERIFY(put->exampleBody.contains('\n')); // pretty
    const QJsonObject body = QJsonDocument::fromJson(put->exampleBody).object();
    QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("Rex"));
    QCOMPARE(body.value(QStringLiteral("age")).toInt(), 1);
    QCOMPARE(body.value(QStringLiteral("born")).toString(), QStringLiteral("2026-01-15"));
    QCOMPARE(body.value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("dog")});
}

void TestCatalogue::brokenInputNamesThePlace_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("hint");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("message");

    // QJsonParseError points just past the offending character: column 13 is the bad comma.
    QTest::newRow("json syntax") << QByteArray("{\n  \"openapi\": \"3.0.3\",\n  \"paths\": {,}\n}")
                                 << QString() << 3 << 14 << QString() << QStringLiteral("line 3");
    QTest::newRow("json truncated")
        << QByteArray("{\n  \"openapi\": \"3.0.3\",\n  \"paths\": {") << QStringLiteral("spec.json")
        << 3 << 13 << QString() << QStringLiteral("line 3, column 13");
    QTest::newRow("yaml syntax") << QByteArray("openapi: 3.0.3\npaths:\n  /a:\n    get: [x, y\n")
                                 << QStringLiteral("spec.yaml") << 5 << 1 << QString()
                                 << QStringLiteral("line 5");
    QTest::newRow("yaml bad indentation")
        << QByteArray("openapi: 3.0.3\npaths:\n  /a:\n    get: {}\n   bad: x\n")
        << QStringLiteral("spec.yml") << 5 << 4 << QString() << QStringLiteral("line 5");
    QTest::newRow("missing in") << specWithPaths(
        R"({"/v1/me": {"get": {"parameters": [{"name": "x"}]}}})")
                                << QString() << 0 << 0
                                << QStringLiteral("/paths/~1v1~1me/get/parameters/0")
                                << QStringLiteral("/paths/~1v1~1me/get/parameters/0: missing 'in'");
    QTest::newRow("bad in") << specWithPaths(
        R"({"/v1/me": {"get": {"parameters": [{"name": "x", "in": "body"}]}}})")
                            << QString() << 0 << 0
                            << QStringLiteral("/paths/~1v1~1me/get/parameters/0/in")
                            << QStringLiteral("'body'");
    QTest::newRow("missing name in path item")
        << specWithPaths(R"({"/v1/me": {"parameters": [{"in": "query"}], "get": {}}})") << QString()
        << 0 << 0 << QStringLiteral("/paths/~1v1~1me/parameters/0")
        << QStringLiteral("missing 'name'");
    QTest::newRow("unresolved parameter ref")
        << specWithPaths(
               R"({"/a": {"get": {"parameters": [{"$ref": "#/components/parameters/Nope"}]}}})")
        << QString() << 0 << 0 << QStringLiteral("/paths/~1a/get/parameters/0")
        << QStringLiteral("#/components/parameters/Nope");
    QTest::newRow("path without slash")
        << specWithPaths(R"({"v1/me": {"get": {}}})") << QString() << 0 << 0
        << QStringLiteral("/paths/v1~1me") << QStringLiteral("must start with '/'");
    QTest::newRow("operation not an object")
        << specWithPaths(R"({"/a": {"post": 5}})") << QString() << 0 << 0
        << QStringLiteral("/paths/~1a/post") << QStringLiteral("object");
    QTest::newRow("bad status") << specWithPaths(
        R"({"/a": {"get": {"responses": {"twohundred": {}}}}})")
                                << QString() << 0 << 0
                                << QStringLiteral("/paths/~1a/get/responses/twohundred")
                                << QStringLiteral("status");
    QTest::newRow("swagger 2") << QByteArray(R"({"swagger": "2.0", "paths": {}})") << QString() << 0
                               << 0 << QStringLiteral("/swagger") << QStringLiteral("Swagger 2.0");
    QTest::newRow("openapi 4") << QByteArray("openapi: 4.0.0\npaths: {}\n") << QString() << 0 << 0
                               << QStringLiteral("/openapi") << QStringLiteral("4.0.0");
    QTest::newRow("array root") << QByteArray("[1, 2]") << QString() << 0 << 0
                                << QStringLiteral("/") << QStringLiteral("not a JSON object");
    QTest::newRow("empty") << QByteArray(" \n") << QString() << 0 << 0 << QString()
                           << QStringLiteral("empty");
}

void TestCatalogue::brokenInputNamesThePlace()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, hint);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, pointer);
    QFETCH(QString, message);

    const CatalogueLoadResult result = Catalogue::load(data, hint);
    QVERIFY(!result.ok());
    QVERIFY(result.catalogue.isEmpty());
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
    QCOMPARE(result.line, line);
    QCOMPARE(result.column, column);
    QCOMPARE(result.pointer, pointer);
    if (!pointer.isEmpty())
        QVERIFY2(result.error.startsWith(pointer + QLatin1Char(':')), qPrintable(result.error));
    if (line > 0)
        QVERIFY2(
            result.error.startsWith(QStringLiteral("line %1, column %2: ").arg(line).arg(column)),
            qPrintable(result.error));
}

void TestCatalogue::refCyclesAreCutNotFollowed()
{
    const QByteArray spec = specWithPaths(
        R"({"/tree": {"post": {"requestBody": {"content": {"application/json": {"schema":
            {"$ref": "#/components/schemas/Node"}}}}, "responses": {}}},
           "/loop": {"post": {"requestBody": {"content": {"application/json": {"schema":
            {"$ref": "#/components/schemas/A"}}}}, "responses": {}}}})",
        R"(, "components": {"schemas": {
            "Node": {"type": "object", "properties": {"name": {"type": "string"},
                     "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}}},
            "A": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/B"}}},
            "B": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"}}}}})");
    const CatalogueLoadResult result = Catalogue::load(spec);
    QVERIFY2(result.ok(), qPrintable(result.error));

    const Operation *tree = result.catalogue.find(QStringLiteral("POST"), QStringLiteral("/tree"));
    QVERIFY(tree);
    const QJsonObject cut = tree->requestBodySchema.value(QStringLiteral("properties"))
                                .toObject()
                                .value(QStringLiteral("children"))
                                .toObject()
                                .value(QStringLiteral("items"))
                                .toObject();
    QCOMPARE(cut.value(QStringLiteral("$ref")).toString(),
             QStringLiteral("#/components/schemas/Node"));
    QVERIFY(cut.value(QStringLiteral("x-circular")).toBool());
    const QJsonObject treeBody = QJsonDocument::fromJson(tree->exampleBody).object();
    QCOMPARE(treeBody.value(QStringLiteral("name")).toString(), QStringLiteral("string"));

    const Operation *loop = result.catalogue.find(QStringLiteral("POST"), QStringLiteral("/loop"));
    QVERIFY(loop);
    const QJsonObject b = loop->requestBodySchema.value(QStringLiteral("properties"))
                              .toObject()
                              .value(QStringLiteral("b"))
                              .toObject();
    QCOMPARE(b.value(QStringLiteral("type")).toString(), QStringLiteral("object"));
    const QJsonObject a =
        b.value(QStringLiteral("properties")).toObject().value(QStringLiteral("a")).toObject();
    QVERIFY(a.value(QStringLiteral("x-circular")).toBool());

    // A parameter $ref chain that loops is a structural error, not a hang.
    const CatalogueLoadResult looping = Catalogue::load(
        specWithPaths(R"({"/a": {"get": {"parameters": [{"$ref": "#/components/parameters/P"}]}}})",
                      R"(, "components": {"parameters": {"P": {"$ref": "#/components/parameters/Q"},
                                              "Q": {"$ref": "#/components/parameters/P"}}})"));
    QVERIFY(!looping.ok());
    QCOMPARE(looping.pointer, QStringLiteral("/paths/~1a/get/parameters/0"));
    QVERIFY2(looping.error.contains(QStringLiteral("circular")), qPrintable(looping.error));
}

void TestCatalogue::recursiveYamlAliasIsAnErrorNotAHang()
{
    // yaml-cpp shares aliased nodes; a node containing its own anchor would recurse forever.
    const QByteArray yaml = "openapi: 3.0.3\npaths: &p\n  /a: *p\n";
    const CatalogueLoadResult result = Catalogue::load(yaml, QStringLiteral("x.yaml"));
    // Either yaml-cpp refuses the forward alias or the depth guard stops the conversion.
    QVERIFY(!result.ok());
    QVERIFY(result.line > 0);
}

void TestCatalogue::hostileDocumentsStopAtTheirBudget_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<QString>("hint");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("line");

    const ImportLimits limits;
    const QString breadthPointer =
        QStringLiteral("/paths/~1v1~1breadth/post/requestBody/content/application~1json/schema");
    QTest::newRow("$ref breadth") << HostileSpecs::refBreadth() << QStringLiteral("breadth.json")
                                  << QStringLiteral(
                                         "schemas refer to each other too much: stopped after ")
                                  << breadthPointer << 0;

    // One 64 KB example string written out 1,000 times: three levels of ten $refs.
    const QByteArray bigExample = HostileSpecs::refBreadth(
        4, 10, "{\"type\":\"string\",\"example\":\"" + QByteArray(65536, 'x') + "\"}");
    QTest::newRow("a big example written out through many $refs")
        << bigExample << QStringLiteral("big.json")
        << QStringLiteral("schemas refer to each other too much: stopped after 8 MB of example "
                          "bodies")
        << breadthPointer << 0;

    QTest::newRow("YAML billion laughs")
        << HostileSpecs::billionLaughs() << QStringLiteral("laughs.yaml")
        << QStringLiteral("YAML aliases (*name) expand the document too much: stopped after %L1 "
                          "values")
               .arg(limits.yamlAliasValues + HostileSpecs::billionLaughs().size())
        << QString() << -1;

    // 100 KB of text, aliased five times at each of four levels.
    QByteArray longLaughs = "openapi: 3.0.3\nx-0: &l0 \"" + QByteArray(100'000, 'a') + "\"\n";
    for (int level = 1; level < 5; ++level) {
        const QByteArray previous = "*l" + QByteArray::number(level - 1);
        longLaughs += "x-" + QByteArray::number(level) + ": &l" + QByteArray::number(level) + " ["
            + previous + ", " + previous + ", " + previous + ", " + previous + ", " + previous
            + "]\n";
    }
    QTest::newRow("YAML aliases of a long string")
        << longLaughs << QStringLiteral("long.yaml")
        << QStringLiteral("YAML aliases (*name) expand the document too much: stopped after")
        << QString() << -1;
}

// Issue 14: a few kilobytes kept the import busy for minutes. Each now stops at a budget that
// counts breadth as well as depth, says which, and imports nothing.
void TestCatalogue::hostileDocumentsStopAtTheirBudget()
{
    QFETCH(QByteArray, spec);
    QFETCH(QString, hint);
    QFETCH(QString, message);
    QFETCH(QString, pointer);
    QFETCH(int, line);

    const CatalogueLoadResult result = Catalogue::load(spec, hint);
    QVERIFY(!result.ok());
    QVERIFY(result.catalogue.isEmpty());
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
    QCOMPARE(result.pointer, pointer);
    if (line < 0) // somewhere in the aliases: after the first line, which has none
        QVERIFY2(result.line > 1, qPrintable(result.error));
}

void TestCatalogue::eachLimitIsNamedWhenReached_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<ImportLimits>("limits");
    QTest::addColumn<QString>("message");

    ImportLimits schemaNodes;
    schemaNodes.schemaNodes = 5;
    QTest::newRow("schema nodes") << smallJson << schemaNodes
                                  << QStringLiteral("stopped after 5 schema nodes while resolving");
    ImportLimits exampleValues;
    exampleValues.exampleValues = 3;
    QTest::newRow("example values")
        << smallJson << exampleValues << QStringLiteral("stopped after 3 values of example bodies");
    ImportLimits exampleBytes;
    exampleBytes.exampleBytes = 40;
    QTest::newRow("example bytes")
        << smallJson << exampleBytes << QStringLiteral("stopped after 40 bytes of example bodies");
    // The YAML allowances come on top of the document's size: a negative one makes the limit
    // smaller than the document, to see the message without a hostile file.
    const QByteArray aliased = smallYaml + "x-again: [*petTags, *petTags, *petTags]\n";
    ImportLimits aliasValues;
    aliasValues.yamlAliasValues = 20 - aliased.size();
    QTest::newRow("yaml values") << aliased << aliasValues
                                 << QStringLiteral("expand the document too much: stopped after 20 "
                                                   "values");
    ImportLimits aliasText;
    aliasText.yamlAliasTextBytes = 30 - aliased.size();
    QTest::newRow("yaml text") << aliased << aliasText
                               << QStringLiteral("expand the document too much: stopped after 30 "
                                                 "bytes of text");
}

void TestCatalogue::eachLimitIsNamedWhenReached()
{
    QFETCH(QByteArray, spec);
    QFETCH(ImportLimits, limits);
    QFETCH(QString, message);
    const CatalogueLoadResult result = Catalogue::load(spec, {}, limits);
    QVERIFY(!result.ok());
    QVERIFY(result.catalogue.isEmpty());
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
    // Generous enough, the same document imports.
    QVERIFY(Catalogue::load(spec).ok());
}

void TestCatalogue::yamlWithoutAliasesNeverMeetsTheAliasLimits()
{
    ImportLimits none;
    none.yamlAliasValues = 0;
    none.yamlAliasTextBytes = 0;
    const CatalogueLoadResult result =
        Catalogue::load(smallYaml, QStringLiteral("small.yaml"), none);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.catalogue, Catalogue::load(smallJson).catalogue);
}

void TestCatalogue::aliasesOfModestSizeStillImport()
{
    // Shared parameters and responses through anchors, as hand-written YAML often has them.
    QByteArray yaml = "openapi: 3.0.3\ninfo: {title: Shared, version: \"1\"}\npaths:\n";
    yaml += "  /v1/a0:\n    get:\n      parameters: &params\n";
    for (int p = 0; p < 20; ++p)
        yaml += "        - {name: q" + QByteArray::number(p)
            + ", in: query, schema: {type: string}, description: a shared parameter}\n";
    yaml += "      responses: &responses\n";
    for (int status = 200; status < 210; ++status)
        yaml += "        '" + QByteArray::number(status) + "': {description: shared}\n";
    for (int i = 1; i < 500; ++i)
        yaml += "  /v1/a" + QByteArray::number(i)
            + ":\n    get: {parameters: *params, responses: *responses}\n";
    const CatalogueLoadResult result = Catalogue::load(yaml, QStringLiteral("shared.yaml"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.catalogue.operations.size(), 500);
    QCOMPARE(result.catalogue.operations.last().parameters.size(), 20);
}

void TestCatalogue::theLimitsChangeNothingInTheBundledCatalogue()
{
    const QString bundled = QStringLiteral(":/hero/catalogue.json");
    const CatalogueLoadResult limited = Catalogue::loadFile(bundled);
    const CatalogueLoadResult unlimited = Catalogue::loadFile(bundled, ImportLimits::unlimited());
    QVERIFY2(limited.ok(), qPrintable(limited.error));
    QVERIFY2(unlimited.ok(), qPrintable(unlimited.error));
    QCOMPARE(limited.catalogue, unlimited.catalogue);
    QCOMPARE(limited.catalogue, Catalogue::bundled());
    int examples = 0;
    for (const Operation &operation : limited.catalogue.operations)
        examples += operation.exampleBody.isEmpty() ? 0 : 1;
    QVERIFY(examples > 0);
}

void TestCatalogue::requiredScopeComesFromTheDocumentMapping_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("scope");

    QTest::newRow("messages/*") << "POST"
                                << "/v1/messages/send"
                                << "Messaging";
    QTest::newRow("message by id") << "GET"
                                   << "/v1/messages/{id}"
                                   << "Messaging";
    QTest::newRow("batch_message*") << "PATCH"
                                    << "/v1/batch_message/{id}/send"
                                    << "Messaging";
    QTest::newRow("batch list") << "GET"
                                << "/v1/batch_message"
                                << "Messaging";
    QTest::newRow("appointments*") << "PATCH"
                                   << "/v1/appointments/{id}/cancel"
                                   << "Booking";
    QTest::newRow("slots*") << "GET"
                            << "/v1/slots/{id}"
                            << "Booking";
    QTest::newRow("exact prefix") << "GET"
                                  << "/v1/appointment_types"
                                  << "Booking";
    QTest::newRow("locations") << "GET"
                               << "/v1/locations"
                               << "Booking";
    QTest::newRow("booking links") << "PATCH"
                                   << "/v1/booking_links/{id}"
                                   << "Booking links";
    QTest::newRow("no scope") << "GET"
                              << "/v1/me"
                              << "";
    QTest::newRow("patients need none") << "GET"
                                        << "/v1/patients/{id}"
                                        << "";
}

void TestCatalogue::requiredScopeComesFromTheDocumentMapping()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QString, scope);
    static const Catalogue catalogue = Catalogue::bundled();
    const Operation *operation = catalogue.find(method, path);
    QVERIFY(operation);
    QCOMPARE(operation->path, path);
    QCOMPARE(operation->requiredScope, scope);
    if (!scope.isEmpty())
        QVERIFY(!scopeId(scope).contains(QLatin1Char(' ')));
}

void TestCatalogue::operationSecurityScopesWinOverTheMapping()
{
    const QByteArray spec = specWithPaths(
        R"({"/v1/messages/send": {
              "post": {"security": [{"oauth": ["messages:write"]}], "responses": {}},
              "get": {"x-scope": "Reading", "responses": {}}},
            "/v1/other": {"get": {"responses": {}}}})",
        R"(, "security": [{"oauth": ["base"]}],
           "x-scopes": {"mapping": {"Messaging": ["/v1/messages/*"]}})");
    const CatalogueLoadResult result = Catalogue::load(spec);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.catalogue.find(QStringLiteral("POST"), QStringLiteral("/v1/messages/send"))
                 ->requiredScope,
             QStringLiteral("messages:write"));
    QCOMPARE(result.catalogue.find(QStringLiteral("GET"), QStringLiteral("/v1/messages/send"))
                 ->requiredScope,
             QStringLiteral("Reading"));
    QCOMPARE(
        result.catalogue.find(QStringLiteral("GET"), QStringLiteral("/v1/other"))->requiredScope,
        QStringLiteral("base"));
}

void TestCatalogue::documentWithoutMappingFallsBackToTheSandboxScopes()
{
    const QByteArray spec = specWithPaths(
        R"({"/v1/batch_message/{id}": {"get": {}}, "/v1/booking_links": {"post": {}},
            "/v1/slots": {"get": {}}, "/v1/me": {"get": {}}})");
    const CatalogueLoadResult result = Catalogue::load(spec);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Catalogue &catalogue = result.catalogue;
    QCOMPARE(scopeId(catalogue.find(QStringLiteral("GET"), QStringLiteral("/v1/batch_message/3"))
                         ->requiredScope),
             QStringLiteral("messaging"));
    QCOMPARE(scopeId(catalogue.find(QStringLiteral("POST"), QStringLiteral("/v1/booking_links"))
                         ->requiredScope),
             QStringLiteral("booking_links"));
    QCOMPARE(
        scopeId(catalogue.find(QStringLiteral("GET"), QStringLiteral("/v1/slots"))->requiredScope),
        QStringLiteral("booking"));
    QCOMPARE(catalogue.find(QStringLiteral("GET"), QStringLiteral("/v1/me"))->requiredScope,
             QString());
}

void TestCatalogue::concretePathFindsItsTemplate_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected"); // empty: no match

    QTest::newRow("id") << "GET"
                        << "/v1/patients/42"
                        << "/v1/patients/{id}";
    QTest::newRow("literal beats template") << "POST"
                                            << "/v1/patients/register"
                                            << "/v1/patients/register";
    QTest::newRow("template when literal is another method") << "GET"
                                                             << "/v1/patients/register"
                                                             << "/v1/patients/{id}";
    QTest::newRow("nested") << "POST"
                            << "/v1/patients/7/merge/preview"
                            << "/v1/patients/{id}/merge/preview";
    QTest::newRow("query ignored") << "GET"
                                   << "/v1/patients?page_index=2"
                                   << "/v1/patients";
    QTest::newRow("trailing slash") << "GET"
                                    << "/v1/me/"
                                    << "/v1/me";
    QTest::newRow("lower-case method") << "patch"
                                       << "/v1/me"
                                       << "/v1/me";
    QTest::newRow("v2") << "GET"
                        << "/v2/tasks/9"
                        << "/v2/tasks/{id}";
    QTest::newRow("wrong method") << "DELETE"
                                  << "/v1/me"
                                  << "";
    QTest::newRow("too many segments") << "GET"
                                       << "/v1/patients/1/2/3/4"
                                       << "";
    QTest::newRow("empty segment") << "GET"
                                   << "/v1/patients//attachments"
                                   << "";
    QTest::newRow("unknown") << "GET"
                             << "/v3/nothing"
                             << "";
}

void TestCatalogue::concretePathFindsItsTemplate()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    static const Catalogue catalogue = Catalogue::bundled();
    const Operation *operation = catalogue.find(method, path);
    QCOMPARE(operation ? operation->path : QString(), expected);
    QCOMPARE(catalogue.indexOf(method, path) >= 0, !expected.isEmpty());
}

void TestCatalogue::mergeAddsNewAndReplacesSameOperations()
{
    Catalogue catalogue = Catalogue::bundled();
    const int before = int(catalogue.operations.size());
    const QByteArray extra = specWithPaths(
        R"({"/v1/me": {"get": {"summary": "Replaced", "tags": ["Mine"], "responses": {}}},
            "/v1/new": {"post": {"summary": "New", "tags": ["Mine"], "responses": {}}}})");
    const CatalogueLoadResult result = Catalogue::load(extra);
    QVERIFY2(result.ok(), qPrintable(result.error));

    const int meIndex = catalogue.indexOf(QStringLiteral("GET"), QStringLiteral("/v1/me"));
    catalogue.merge(result.catalogue);
    QCOMPARE(catalogue.operations.size(), before + 1);
    QCOMPARE(catalogue.indexOf(QStringLiteral("GET"), QStringLiteral("/v1/me")), meIndex);
    QCOMPARE(catalogue.operations.at(meIndex).summary, QStringLiteral("Replaced"));
    QCOMPARE(catalogue.operations.last().path, QStringLiteral("/v1/new"));
    QVERIFY(catalogue.tagOrder.contains(QStringLiteral("Mine")));
    QCOMPARE(catalogue.title, Catalogue::bundled().title);

    // Replacing is plain assignment.
    catalogue = result.catalogue;
    QCOMPARE(catalogue.operations.size(), 2);
}

void TestCatalogue::loadFileReadsYamlByExtension()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fileName = dir.filePath(QStringLiteral("small.yml"));
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(smallYaml);
    file.close();
    const CatalogueLoadResult result = Catalogue::loadFile(fileName);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.catalogue.operations.size(), 2);

    const CatalogueLoadResult missing =
        Catalogue::loadFile(dir.filePath(QStringLiteral("none.json")));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error.contains(QStringLiteral("none.json")));
}

void TestCatalogue::operationsAndTagsKeepTheDocumentsOrder_data()
{
    // Paths written against the alphabet, one with an escaped key, and a tag ("Zebra") that the
    // top-level list declares before the ones that only operations name.
    const QByteArray json = R"({
  "openapi": "3.0.3", "info": {"title": "Order", "version": "1"},
  "tags": [{"name": "Zebra"}, {"name": "Apple"}],
  "paths": {
    "/v1/zulu": {"get": {"tags": ["Mango"], "responses": {}}},
    "/v1/\u0061lpha": {"get": {"tags": ["Apple"], "responses": {}},
                         "post": {"tags": ["Apple"], "responses": {}}},
    "/v1/mike": {"get": {"tags": ["Kiwi"], "responses": {"200": {"description": "x"}}}},
    "/v1/bravo": {"get": {"tags": ["Zebra"], "responses": {}}}
  }
})";
    const QByteArray yaml = R"(openapi: 3.0.3
info: {title: Order, version: "1"}
tags: [{name: Zebra}, {name: Apple}]
paths:
  /v1/zulu: {get: {tags: [Mango], responses: {}}}
  /v1/alpha:
    get: {tags: [Apple], responses: {}}
    post: {tags: [Apple], responses: {}}
  /v1/mike: {get: {tags: [Kiwi], responses: {200: {description: x}}}}
  /v1/bravo: {get: {tags: [Zebra], responses: {}}}
)";
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("hint");
    QTest::newRow("json") << json << QStringLiteral("order.json");
    QTest::newRow("yaml") << yaml << QStringLiteral("order.yaml");
}

void TestCatalogue::operationsAndTagsKeepTheDocumentsOrder()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, hint);
    const CatalogueLoadResult result = Catalogue::load(document, hint);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QStringList operations;
    for (const Operation &operation : result.catalogue.operations)
        operations.append(operation.displayName());
    QCOMPARE(operations,
             QStringList({QStringLiteral("GET /v1/zulu"), QStringLiteral("GET /v1/alpha"),
                          QStringLiteral("POST /v1/alpha"), QStringLiteral("GET /v1/mike"),
                          QStringLiteral("GET /v1/bravo")}));
    // Declared tags first, in their order; then the others as operations first name them.
    QCOMPARE(result.catalogue.tagOrder,
             QStringList({QStringLiteral("Zebra"), QStringLiteral("Apple"), QStringLiteral("Mango"),
                          QStringLiteral("Kiwi")}));
}

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"

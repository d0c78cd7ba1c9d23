// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "collections/collectionvariables.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using StringMap = QMap<QString, QString>;
using QueryList = QList<QPair<QString, QString>>;

namespace {

Environment environmentAt(const QString &baseUrl, const QString &name = QStringLiteral("staging"))
{
    Environment environment;
    environment.id = name;
    environment.name = name;
    environment.kind = EnvironmentKind::Staging;
    environment.baseUrl = QUrl(baseUrl);
    return environment;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

HttpRequestText requestTo(const QString &url, const QList<HttpHeaderLine> &headers = {},
                          const QString &body = {})
{
    HttpRequestText request;
    request.method = QStringLiteral("post");
    request.url = url;
    request.headers = headers;
    request.body = body;
    return request;
}

} // namespace

class TestCollectionVariables : public QObject
{
    Q_OBJECT
private slots:
    void findsVariableUses_data();
    void findsVariableUses();
    void resolves_data();
    void resolves();
    void keyPlaceholderIsTakenOutAndLiteralKeyRefused();
    void dynamicVariablesAreMadeUp();
    void environmentsLoadWithSharedAndPrivateValues();
    void missingEnvironmentFileIsEmpty();
    void brokenEnvironmentFileNamesFileAndLine_data();
    void brokenEnvironmentFileNamesFileAndLine();
    void savedEnvironmentsReadBackAndPrivateFileIsUntouched();
    void saveRefusesAKeyLikeValue();
    void composerRequestBecomesAnHttpRequest();
};

void TestCollectionVariables::findsVariableUses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<qsizetype>>("spans");

    QTest::newRow("none") << QStringLiteral("/v1/me { not }") << QStringList{}
                          << QList<qsizetype>{};
    QTest::newRow("two, trimmed") << QStringLiteral("{{ baseUrl }}/v1/{{id}}")
                                  << QStringList{QStringLiteral("baseUrl"), QStringLiteral("id")}
                                  << QList<qsizetype>{0, 13, 17, 23};
    QTest::newRow("dynamic with argument")
        << QStringLiteral("{{$processEnv HERO_API_KEY}}")
        << QStringList{QStringLiteral("$processEnv HERO_API_KEY")} << QList<qsizetype>{0, 28};
    QTest::newRow("innermost of a stray opening")
        << QStringLiteral("{{a {{b}}") << QStringList{QStringLiteral("b")}
        << QList<qsizetype>{4, 9};
    QTest::newRow("unclosed") << QStringLiteral("x {{a") << QStringList{} << QList<qsizetype>{};
}

void TestCollectionVariables::findsVariableUses()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QFETCH(QList<qsizetype>, spans);
    QStringList foundNames;
    QList<qsizetype> foundSpans;
    for (const VariableUse &use : variableUses(text)) {
        foundNames.append(use.name);
        foundSpans << use.begin << use.end;
    }
    QCOMPARE(foundNames, names);
    QCOMPARE(foundSpans, spans);
}

void TestCollectionVariables::resolves_data()
{
    QTest::addColumn<HttpRequestText>("request");
    QTest::addColumn<StringMap>("fileVariables");
    QTest::addColumn<StringMap>("environmentVariables");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QueryList>("query");
    QTest::addColumn<QString>("practiceGroup");
    QTest::addColumn<QStringList>("unresolved");
    QTest::addColumn<QString>("problem"); // a regular expression; empty: none

    const QString staging = QStringLiteral("https://staging.example.com");
    QTest::newRow("path against the environment, query split and decoded")
        << requestTo(QStringLiteral("/v1/groups/{{group}}/appointments?from={{from}}&q=a%20b&flag"))
        << StringMap{}
        << StringMap{{QStringLiteral("group"), QStringLiteral("1001")},
                     {QStringLiteral("from"), QStringLiteral("2026-01-01")}}
        << staging << QStringLiteral("/v1/groups/1001/appointments")
        << QueryList{{QStringLiteral("from"), QStringLiteral("2026-01-01")},
                     {QStringLiteral("q"), QStringLiteral("a b")},
                     {QStringLiteral("flag"), QString()}}
        << QString() << QStringList{} << QString();
    QTest::newRow("file variables win over the environment's")
        << requestTo(QStringLiteral("/v1/{{id}}"))
        << StringMap{{QStringLiteral("id"), QStringLiteral("file")}}
        << StringMap{{QStringLiteral("id"), QStringLiteral("env")}} << staging
        << QStringLiteral("/v1/file") << QueryList{} << QString() << QStringList{} << QString();
    QTest::newRow("a variable made of variables, absolute URL of the same origin")
        << requestTo(QStringLiteral("{{api}}/me#fragment"))
        << StringMap{{QStringLiteral("api"), QStringLiteral("{{baseUrl}}/v1")}}
        << StringMap{{QStringLiteral("baseUrl"), QStringLiteral("https://STAGING.example.com:443")}}
        << staging << QStringLiteral("/v1/me") << QueryList{} << QString() << QStringList{}
        << QString();
    QTest::newRow("another origin is refused, naming both")
        << requestTo(QStringLiteral("{{baseUrl}}/v1/me")) << StringMap{}
        << StringMap{{QStringLiteral("baseUrl"), QStringLiteral("https://api.hero.health")}}
        << staging << QStringLiteral("/v1/me") << QueryList{} << QString() << QStringList{}
        << QStringLiteral("https://api.hero.health:443.*https://staging.example.com:443");
    QTest::newRow("http instead of https is another origin")
        << requestTo(QStringLiteral("http://staging.example.com/v1/me")) << StringMap{}
        << StringMap{} << staging << QStringLiteral("/v1/me") << QueryList{} << QString()
        << QStringList{} << QStringLiteral("http://staging.example.com:80");
    QTest::newRow("the base URL's path is the client's to add")
        << requestTo(QStringLiteral("http://127.0.0.1:4010/mock/v1/me?x=1")) << StringMap{}
        << StringMap{} << QStringLiteral("http://127.0.0.1:4010/mock/") << QStringLiteral("/v1/me")
        << QueryList{{QStringLiteral("x"), QStringLiteral("1")}} << QString() << QStringList{}
        << QString();
    QTest::newRow("outside the base URL's path")
        << requestTo(QStringLiteral("http://127.0.0.1:4010/other/v1/me")) << StringMap{}
        << StringMap{} << QStringLiteral("http://127.0.0.1:4010/mock")
        << QStringLiteral("/other/v1/me") << QueryList{} << QString() << QStringList{}
        << QStringLiteral("outside.*/mock");
    QTest::newRow("not a path nor an http URL")
        << requestTo(QStringLiteral("v1/me")) << StringMap{} << StringMap{} << staging << QString()
        << QueryList{} << QString() << QStringList{} << QStringLiteral("v1/me");
    QTest::newRow("practice group header becomes the group")
        << requestTo(QStringLiteral("/v1/me"),
                     {{QStringLiteral("X-Practice-Group-Id"), QStringLiteral("{{group}}")}})
        << StringMap{{QStringLiteral("group"), QStringLiteral("2002")}} << StringMap{} << staging
        << QStringLiteral("/v1/me") << QueryList{} << QStringLiteral("2002") << QStringList{}
        << QString();
    QTest::newRow("unresolved names, each once, in order")
        << requestTo(QStringLiteral("/v1/{{a}}/{{b}}"),
                     {{QStringLiteral("X-A"), QStringLiteral("{{a}}")}}, QStringLiteral("{{c}}"))
        << StringMap{} << StringMap{} << staging << QStringLiteral("/v1/{{a}}/{{b}}") << QueryList{}
        << QString() << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
        << QStringLiteral("\\{\\{a\\}\\}, \\{\\{b\\}\\}, \\{\\{c\\}\\}");
    QTest::newRow("a cycle is unresolved, not endless")
        << requestTo(QStringLiteral("/v1/{{a}}"))
        << StringMap{{QStringLiteral("a"), QStringLiteral("{{b}}")},
                     {QStringLiteral("b"), QStringLiteral("{{a}}")}}
        << StringMap{} << staging << QStringLiteral("/v1/{{a}}") << QueryList{} << QString()
        << QStringList{QStringLiteral("a")} << QStringLiteral("Not defined");
    QTest::newRow("process environment outside the key header")
        << requestTo(QStringLiteral("/v1/me"), {},
                     QStringLiteral("{\"k\": \"{{$processEnv HOME}}\"}"))
        << StringMap{} << StringMap{} << staging << QStringLiteral("/v1/me") << QueryList{}
        << QString() << QStringList{} << QStringLiteral("only read as the x-api-key");
}

void TestCollectionVariables::resolves()
{
    QFETCH(HttpRequestText, request);
    QFETCH(StringMap, fileVariables);
    QFETCH(StringMap, environmentVariables);
    QFETCH(QString, baseUrl);
    QFETCH(QString, path);
    QFETCH(QueryList, query);
    QFETCH(QString, practiceGroup);
    QFETCH(QStringList, unresolved);
    QFETCH(QString, problem);

    const ResolvedHttpRequest resolved = resolveHttpRequest(
        request, VariableScope{fileVariables, environmentVariables}, environmentAt(baseUrl));
    QCOMPARE(resolved.request.method, QByteArray("POST"));
    if (!path.isEmpty())
        QCOMPARE(resolved.request.path, path);
    QCOMPARE(resolved.request.query, query);
    QCOMPARE(resolved.practiceGroup, practiceGroup);
    QCOMPARE(resolved.unresolved, unresolved);
    if (problem.isEmpty())
        QCOMPARE(resolved.problem, QString());
    else
        QVERIFY2(resolved.problem.contains(QRegularExpression(problem)),
                 qPrintable(resolved.problem));
    for (const auto &header : resolved.request.extraHeaders)
        QVERIFY(header.first.toLower() != "x-practice-group-id");
}

void TestCollectionVariables::keyPlaceholderIsTakenOutAndLiteralKeyRefused()
{
    const Environment staging = environmentAt(QStringLiteral("https://staging.example.com"));
    HttpRequestText request =
        requestTo(QStringLiteral("/v1/me"),
                  {{QStringLiteral("x-api-key"), QString::fromLatin1(KeyPlaceholder)},
                   {QStringLiteral("Accept"), QStringLiteral("application/json")}},
                  QStringLiteral("{\"id\": \"{{$uuid}}\"}"));
    QCOMPARE(literalKeyProblem(request), QString());
    ResolvedHttpRequest resolved = resolveHttpRequest(request, {}, staging);
    QCOMPARE(resolved.problem, QString());
    QCOMPARE(resolved.unresolved, QStringList());
    QCOMPARE(resolved.request.extraHeaders,
             (HeaderList{{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}}));

    request.headers[0].value = QStringLiteral("hero_live_0123456789abcdef");
    QVERIFY(literalKeyProblem(request).contains(QLatin1String(KeyPlaceholder)));
    resolved = resolveHttpRequest(request, {}, staging);
    QVERIFY(resolved.problem.contains(QLatin1String("literal")));
    for (const auto &header : resolved.request.extraHeaders)
        QVERIFY(!header.second.contains("hero_live"));
    QVERIFY(!resolved.problem.contains(QLatin1String("hero_live")));
}

void TestCollectionVariables::dynamicVariablesAreMadeUp()
{
    const HttpRequestText request = requestTo(
        QStringLiteral("/v1/{{$uuid}}?t={{$timestamp}}&i={{$isoTimestamp}}&r={{$randomInt}}"
                       "&u={{$unknown}}"));
    const ResolvedHttpRequest resolved = resolveHttpRequest(
        request, {}, environmentAt(QStringLiteral("https://staging.example.com")));
    QVERIFY(QUuid::fromString(resolved.request.path.mid(4)).isNull() == false);
    QCOMPARE(resolved.request.query.size(), 4);
    QVERIFY(resolved.request.query.at(0).second.toLongLong() > 1'700'000'000);
    QVERIFY(
        QDateTime::fromString(resolved.request.query.at(1).second, Qt::ISODateWithMs).isValid());
    const int random = resolved.request.query.at(2).second.toInt();
    QVERIFY(random >= 0 && random <= 1000);
    QCOMPARE(resolved.unresolved, QStringList{QStringLiteral("$unknown")});
}

void TestCollectionVariables::environmentsLoadWithSharedAndPrivateValues()
{
    QTemporaryDir folder;
    writeFile(folder.filePath(QLatin1String(CollectionEnvironments::FileName)),
              R"({"$shared": {"version": "v1", "group": "1"},
                  "staging": {"group": "1001", "limit": 50, "debug": true, "SSLConfiguration": {}},
                  "production": {"group": "9"}})");
    writeFile(folder.filePath(QLatin1String(CollectionEnvironments::PrivateFileName)),
              R"({"staging": {"group": "7"}, "$shared": {"version": "v2"}, "local": {"x": "y"}})");
    CollectionEnvironments environments;
    QString error;
    QVERIFY2(CollectionEnvironments::load(folder.path(), &environments, &error), qPrintable(error));
    QCOMPARE(environments.names(),
             (QStringList{QStringLiteral("local"), QStringLiteral("production"),
                          QStringLiteral("staging")}));
    QCOMPARE(environments.variables(QStringLiteral("staging")),
             (StringMap{{QStringLiteral("version"), QStringLiteral("v2")},
                        {QStringLiteral("group"), QStringLiteral("7")},
                        {QStringLiteral("limit"), QStringLiteral("50")},
                        {QStringLiteral("debug"), QStringLiteral("true")}}));
    QCOMPARE(environments.variables(QStringLiteral("production")).value(QStringLiteral("group")),
             QStringLiteral("9"));
}

void TestCollectionVariables::missingEnvironmentFileIsEmpty()
{
    QTemporaryDir folder;
    CollectionEnvironments environments;
    QString error;
    QVERIFY(CollectionEnvironments::load(folder.path(), &environments, &error));
    QCOMPARE(environments.names(), QStringList());
    QCOMPARE(environments.variables(QStringLiteral("staging")), StringMap());
}

void TestCollectionVariables::brokenEnvironmentFileNamesFileAndLine_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("where");

    QTest::newRow("syntax error on line 3")
        << QString::fromLatin1(CollectionEnvironments::FileName)
        << QByteArray("{\n  \"staging\": {\"a\": \"1\"},\n  \"production\": {\"a\": }\n}")
        << QStringLiteral("http-client.env.json:3:");
    QTest::newRow("not an object")
        << QString::fromLatin1(CollectionEnvironments::FileName) << QByteArray("[1, 2]")
        << QStringLiteral("http-client.env.json:1:");
    QTest::newRow("environment not an object")
        << QString::fromLatin1(CollectionEnvironments::PrivateFileName)
        << QByteArray("{\"staging\": \"1001\"}")
        << QStringLiteral("http-client.private.env.json:1: the environment \"staging\"");
}

void TestCollectionVariables::brokenEnvironmentFileNamesFileAndLine()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, where);
    QTemporaryDir folder;
    writeFile(folder.filePath(fileName), bytes);
    CollectionEnvironments environments;
    environments.setVariables(QStringLiteral("kept"), {{QStringLiteral("a"), QStringLiteral("b")}});
    QString error;
    QVERIFY(!CollectionEnvironments::load(folder.path(), &environments, &error));
    QVERIFY2(error.contains(where), qPrintable(error));
    QCOMPARE(environments.names(), QStringList{QStringLiteral("kept")}); // left as it was
}

void TestCollectionVariables::savedEnvironmentsReadBackAndPrivateFileIsUntouched()
{
    QTemporaryDir folder;
    const QByteArray privateBytes = R"({"staging": {"token": "secret-value"}})";
    writeFile(folder.filePath(QLatin1String(CollectionEnvironments::PrivateFileName)),
              privateBytes);
    CollectionEnvironments environments;
    QString error;
    QVERIFY(CollectionEnvironments::load(folder.path(), &environments, &error));
    environments.setVariables(QStringLiteral("staging"),
                              {{QStringLiteral("group"), QStringLiteral("1001")},
                               {QStringLiteral("apiKey"), QString::fromLatin1(KeyPlaceholder)}});
    environments.setVariables(QStringLiteral("gone"), {{QStringLiteral("a"), QStringLiteral("b")}});
    environments.remove(QStringLiteral("gone"));
    QVERIFY2(environments.save(folder.path(), &error), qPrintable(error));

    CollectionEnvironments reread;
    QVERIFY(CollectionEnvironments::load(folder.path(), &reread, &error));
    QCOMPARE(reread.names(), QStringList{QStringLiteral("staging")});
    QCOMPARE(reread.variables(QStringLiteral("staging")).value(QStringLiteral("group")),
             QStringLiteral("1001"));
    QFile publicFile(folder.filePath(QLatin1String(CollectionEnvironments::FileName)));
    QVERIFY(publicFile.open(QIODevice::ReadOnly));
    QVERIFY(!publicFile.readAll().contains("secret-value")); // private values stay private
    QFile privateFile(folder.filePath(QLatin1String(CollectionEnvironments::PrivateFileName)));
    QVERIFY(privateFile.open(QIODevice::ReadOnly));
    QCOMPARE(privateFile.readAll(), privateBytes);
}

void TestCollectionVariables::saveRefusesAKeyLikeValue()
{
    QTemporaryDir folder;
    CollectionEnvironments environments;
    environments.setVariables(QStringLiteral("production"),
                              {{QStringLiteral("x-api-key"), QStringLiteral("hero_live_abcdef")}});
    QString error;
    QVERIFY(!environments.save(folder.path(), &error));
    QVERIFY(error.contains(QLatin1String("x-api-key"))
            && error.contains(QLatin1String("production")));
    QVERIFY(!error.contains(QLatin1String("hero_live")));
    QVERIFY(!QFile::exists(folder.filePath(QLatin1String(CollectionEnvironments::FileName))));
}

void TestCollectionVariables::composerRequestBecomesAnHttpRequest()
{
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v1/messages");
    request.query = {{QStringLiteral("to"), QStringLiteral("a b&c")}};
    request.extraHeaders = {{"Content-Type", "application/json"}, {"x-api-key", "hero_live_x"}};
    request.body = "{\"text\": \"Grüße\"}";
    const HttpRequestText text =
        httpRequestFrom(request, QStringLiteral("send"), QStringLiteral("1001"));
    QCOMPARE(text.name, QStringLiteral("send"));
    QCOMPARE(text.method, QStringLiteral("POST"));
    QCOMPARE(text.url, QStringLiteral("/v1/messages?to=a%20b%26c"));
    QCOMPARE(
        text.headers,
        (QList<HttpHeaderLine>{{QStringLiteral("Content-Type"), QStringLiteral("application/json")},
                               {QStringLiteral("x-practice-group-id"), QStringLiteral("1001")}}));
    QCOMPARE(text.body, QString::fromUtf8(request.body));

    // And back: the same request, its group taken out.
    const ResolvedHttpRequest resolved =
        resolveHttpRequest(text, {}, environmentAt(QStringLiteral("https://staging.example.com")));
    QCOMPARE(resolved.request.path, request.path);
    QCOMPARE(resolved.request.query, request.query);
    QCOMPARE(resolved.practiceGroup, QStringLiteral("1001"));
    QCOMPARE(resolved.request.body, request.body);
}

QTEST_GUILESS_MAIN(TestCollectionVariables)
#include "tst_collectionvariables.moc"

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "collections/collectionimport.h"
#include "collections/curlimport.h"
#include "collections/httpfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using Pairs = QList<QPair<QString, QString>>;
using Headers = QList<HttpHeaderLine>;

namespace {

// A made-up key that must never survive an import.
const QString Canary = QStringLiteral("hero_canary_Zx81Qw7");

QString everythingKept(const CurlImport &import)
{
    QString text = import.method + import.origin + import.path + QString::fromUtf8(import.body)
        + import.notices.join(u'\n');
    for (const auto &item : import.query)
        text += item.first + item.second;
    for (const auto &header : import.headers)
        text += header.name + header.value;
    return text;
}

} // namespace

class TestCurlImport : public QObject
{
    Q_OBJECT
private slots:
    void aFileOfCurlCommandsImportsAsACollection();
    void readsCopiedCommands_data();
    void readsCopiedCommands();
    void shellQuotingIsReadAsTheShellWould_data();
    void shellQuotingIsReadAsTheShellWould();
    void reportsWhatChangesMeaning_data();
    void reportsWhatChangesMeaning();
    void brokenCommandsFailNamingWhy_data();
    void brokenCommandsFailNamingWhy();
    void theKeyIsNeverKept_data();
    void theKeyIsNeverKept();
    void becomesAnHttpRequestAndAnApiRequest();
    void aFileOfCommandsGivesOneRequestEach();
    void recognisesACurlCommand_data();
    void recognisesACurlCommand();
};

void TestCurlImport::readsCopiedCommands_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("path");
    QTest::addColumn<Pairs>("query");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QByteArray>("body");

    const QString json = QStringLiteral("application/json");
    QTest::newRow("Chrome, Copy as cURL (bash)")
        << QStringLiteral(
               "curl 'https://api.staging.htech.app/v1/messages/send?dry_run=true' \\\n"
               "  -H 'accept: application/json' \\\n"
               "  -H 'accept-language: en-GB,en;q=0.9' \\\n"
               "  -H 'content-type: application/json' \\\n"
               "  -H 'origin: https://portal.example' \\\n"
               "  -H 'priority: u=1, i' \\\n"
               "  -H 'sec-ch-ua: \"Chromium\";v=\"131\", \"Not_A Brand\";v=\"24\"' \\\n"
               "  -H 'sec-fetch-mode: cors' \\\n"
               "  -H 'user-agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36' \\\n"
               "  -H 'x-api-key: hero_canary_Zx81Qw7' \\\n"
               "  -H 'x-practice-group-id: 1001' \\\n"
               "  --data-raw '{\"text\":\"hello\",\"to\":[\"p1\"]}'\n")
        << "POST"
        << "https://api.staging.htech.app:443"
        << "/v1/messages/send" << Pairs{{u"dry_run"_s, u"true"_s}}
        << Headers{{u"accept"_s, json},
                   {u"content-type"_s, json},
                   {u"x-practice-group-id"_s, u"1001"_s}}
        << QByteArray(R"({"text":"hello","to":["p1"]})");
    QTest::newRow("Chrome, a body in $'…'")
        << QStringLiteral(
               "curl 'https://api.staging.htech.app/v1/notes' \\\n"
               "  -H 'content-type: application/json' \\\n"
               "  --data-raw $'{\"text\":\"it\\'s\\\\n caf\\u00e9 \\ud83d\\ude00\"}' \\\n"
               "  --compressed")
        << "POST"
        << "https://api.staging.htech.app:443"
        << "/v1/notes" << Pairs{} << Headers{{u"content-type"_s, json}}
        << QStringLiteral("{\"text\":\"it's\\n caf\u00e9 \U0001F600\"}").toUtf8();
    QTest::newRow("Firefox, Copy as cURL (POSIX)")
        << QStringLiteral(
               "curl 'https://api.staging.htech.app/v1/appointments?from=2026-01-01&status="
               "booked%2Cpending' -X PUT -H 'User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0)"
               " Gecko/20100101 Firefox/128.0' -H 'Accept: */*' -H 'Accept-Language: en-GB,en;"
               "q=0.5' -H 'Accept-Encoding: gzip, deflate, br, zstd' -H 'Content-Type: "
               "application/json' -H 'x-api-key: hero_canary_Zx81Qw7' -H 'Origin: "
               "https://portal.example' -H 'Connection: keep-alive' -H 'Sec-Fetch-Dest: empty' "
               "-H 'Sec-Fetch-Mode: cors' -H 'Sec-Fetch-Site: cross-site' -H 'Priority: u=0' "
               "--data-raw '{\"a\":1}'")
        << "PUT"
        << "https://api.staging.htech.app:443"
        << "/v1/appointments"
        << Pairs{{u"from"_s, u"2026-01-01"_s}, {u"status"_s, u"booked,pending"_s}}
        << Headers{{u"Accept"_s, u"*/*"_s}, {u"Content-Type"_s, json}} << QByteArray(R"({"a":1})");
    QTest::newRow("Postman, GET") << QStringLiteral(
        "curl --location 'https://api.staging.htech.app/v1/me' \\\n"
        "--header 'x-practice-group-id: 1001' \\\n"
        "--header 'x-api-key: {{apiKey}}'")
                                  << "GET"
                                  << "https://api.staging.htech.app:443"
                                  << "/v1/me" << Pairs{}
                                  << Headers{{u"x-practice-group-id"_s, u"1001"_s}} << QByteArray();
    QTest::newRow("Postman, --request PATCH with a multi-line body")
        << QStringLiteral("curl --location --request PATCH "
                          "'https://api.staging.htech.app/v1/patients/42' \\\n"
                          "--header 'Content-Type: application/json' \\\n"
                          "--data '{\n    \"name\": \"Ada\"\n}'")
        << "PATCH"
        << "https://api.staging.htech.app:443"
        << "/v1/patients/42" << Pairs{} << Headers{{u"Content-Type"_s, json}}
        << QByteArray("{\n    \"name\": \"Ada\"\n}");
    QTest::newRow("by hand: clustered flags, -XDELETE, variables")
        << QStringLiteral("curl -sSL -XDELETE \"http://localhost:8080/v1/tasks/7\" "
                          "-H \"x-api-key: $HERO_API_KEY\" -H \"X-Trace: ${TRACE_ID}\"")
        << "DELETE"
        << "http://localhost:8080"
        << "/v1/tasks/7" << Pairs{} << Headers{{u"X-Trace"_s, u"{{$processEnv TRACE_ID}}"_s}}
        << QByteArray();
    QTest::newRow("-G moves the data into the query")
        << QStringLiteral("curl -G https://h.example/v1/search -d q=hello+world -d page=2") << "GET"
        << "https://h.example:443"
        << "/v1/search" << Pairs{{u"q"_s, u"hello world"_s}, {u"page"_s, u"2"_s}} << Headers{}
        << QByteArray();
    QTest::newRow("--json sets the JSON headers and POST")
        << QStringLiteral("curl --json '{\"a\":1}' https://h.example/v1/x") << "POST"
        << "https://h.example:443"
        << "/v1/x" << Pairs{} << Headers{{u"Content-Type"_s, json}, {u"Accept"_s, json}}
        << QByteArray(R"({"a":1})");
    QTest::newRow("-d with a form body keeps curl's form type")
        << QStringLiteral("curl -d a=1 -d b=2 https://h.example/v1/form") << "POST"
        << "https://h.example:443"
        << "/v1/form" << Pairs{}
        << Headers{{u"Content-Type"_s, u"application/x-www-form-urlencoded"_s}}
        << QByteArray("a=1&b=2");
    QTest::newRow("--data-urlencode")
        << QStringLiteral("curl --data-urlencode 'text=a b&c' --data-urlencode '=x/y' "
                          "https://h.example/v1/f -H 'Content-Type: text/plain'")
        << "POST"
        << "https://h.example:443"
        << "/v1/f" << Pairs{} << Headers{{u"Content-Type"_s, u"text/plain"_s}}
        << QByteArray("text=a%20b%26c&x%2Fy");
    QTest::newRow("-I is HEAD") << QStringLiteral("curl -I https://h.example/v1/me") << "HEAD"
                                << "https://h.example:443"
                                << "/v1/me" << Pairs{} << Headers{} << QByteArray();
    QTest::newRow("-X wins over -d's POST")
        << QStringLiteral("curl -X get https://h.example/v1/x -H 'Content-Type: a/b' -d z") << "GET"
        << "https://h.example:443"
        << "/v1/x" << Pairs{} << Headers{{u"Content-Type"_s, u"a/b"_s}} << QByteArray("z");
    QTest::newRow("no scheme means http, as in curl")
        << QStringLiteral("curl localhost:8080/v1/me --url-query 'a=b c'") << "GET"
        << "http://localhost:8080"
        << "/v1/me" << Pairs{{u"a"_s, u"b c"_s}} << Headers{} << QByteArray();
    QTest::newRow("--url, and no path") << QStringLiteral("curl --url https://h.example") << "GET"
                                        << "https://h.example:443"
                                        << "/" << Pairs{} << Headers{} << QByteArray();
    QTest::newRow("a header with a variable in the path")
        << QStringLiteral("curl https://h.example/v1/patients/$PATIENT/notes") << "GET"
        << "https://h.example:443"
        << "/v1/patients/{{$processEnv PATIENT}}/notes" << Pairs{} << Headers{} << QByteArray();
    QTest::newRow("a caret and a quote in a POSIX body")
        << QStringLiteral("curl https://h.example/v1/x -H 'Content-Type: a/b' -d '{\"re\":\"^\"}'")
        << "POST"
        << "https://h.example:443"
        << "/v1/x" << Pairs{} << Headers{{u"Content-Type"_s, u"a/b"_s}}
        << QByteArray("{\"re\":\"^\"}");
    QTest::newRow("curl.exe on Windows, double quotes")
        << QStringLiteral("curl.exe -H \"Accept: text/csv\" \"https://h.example/v1/export\"")
        << "GET"
        << "https://h.example:443"
        << "/v1/export" << Pairs{} << Headers{{u"Accept"_s, u"text/csv"_s}} << QByteArray();
}

void TestCurlImport::readsCopiedCommands()
{
    QFETCH(QString, command);
    const CurlImport import = parseCurlCommand(command);
    QVERIFY2(import.isValid(), qPrintable(import.error));
    QTEST(import.method, "method");
    QTEST(import.origin, "origin");
    QTEST(import.path, "path");
    QTEST(import.query, "query");
    QFETCH(Headers, headers);
    QCOMPARE(import.headers.size(), headers.size());
    for (qsizetype i = 0; i < headers.size(); ++i) {
        QCOMPARE(import.headers.at(i).name, headers.at(i).name);
        QCOMPARE(import.headers.at(i).value, headers.at(i).value);
    }
    QTEST(import.body, "body");
}

void TestCurlImport::shellQuotingIsReadAsTheShellWould_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("value");
    QTest::newRow("single quotes keep everything")
        << QStringLiteral("'a \"b\" \\n $HOME'") << QStringLiteral("a \"b\" \\n $HOME");
    QTest::newRow("'\\'' closes, escapes, reopens")
        << QStringLiteral("'it'\\''s'") << QStringLiteral("it's");
    QTest::newRow("double quotes: \\ before $ ` \" \\ only")
        << QStringLiteral("\"a\\\"b\\\\c\\$d\\x\"") << QStringLiteral("a\"b\\c$d\\x");
    QTest::newRow("backslash-newline inside double quotes")
        << QStringLiteral("\"ab\\\ncd\"") << QStringLiteral("abcd");
    QTest::newRow("unquoted backslash escapes one character")
        << QStringLiteral("a\\ b\\'c") << QStringLiteral("a b'c");
    QTest::newRow("adjacent quotes make one word")
        << QStringLiteral("'a'\"b\"c$'\\t'") << QStringLiteral("abc\t");
    QTest::newRow("$'…' escapes") << QStringLiteral("$'\\x41\\101\\u00e9\\n\\\\\\'\\\"\\cA'")
                                  << QStringLiteral("AA\u00e9\n\\'\"\x01");
    QTest::newRow("$'…' unknown escape kept") << QStringLiteral("$'\\q'") << QStringLiteral("\\q");
    QTest::newRow("a lone $ stays") << QStringLiteral("'a'$") << QStringLiteral("a$");
    QTest::newRow("$(…) stays as text") << QStringLiteral("\"$(id)\"") << QStringLiteral("$(id)");
    QTest::newRow("empty quotes are an empty word") << QStringLiteral("''") << QString();
}

void TestCurlImport::shellQuotingIsReadAsTheShellWould()
{
    QFETCH(QString, argument);
    // The argument as a header value, so that nothing else touches it.
    const CurlImport import =
        parseCurlCommand(QStringLiteral("curl https://h.example/x -H X-Value:") + argument);
    QVERIFY2(import.isValid(), qPrintable(import.error));
    QFETCH(QString, value);
    if (value.trimmed().isEmpty()) {
        QVERIFY(import.headers.isEmpty()); // "X-Value:" with nothing after it
        return;
    }
    QCOMPARE(import.headers.size(), 1);
    QCOMPARE(import.headers.first().value, value.trimmed());
}

void TestCurlImport::reportsWhatChangesMeaning_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("notice");
    QTest::newRow("-u") << QStringLiteral("curl -u ada:s3cr3tpw https://h.example/x")
                        << QStringLiteral("user name and password (-u)");
    QTest::newRow("-k") << QStringLiteral("curl -k https://h.example/x")
                        << QStringLiteral("-k was ignored: TLS certificates are always checked");
    QTest::newRow("--location")
        << QStringLiteral("curl --location https://h.example/x")
        << QStringLiteral("--location was ignored: the explorer never follows redirects");
    QTest::newRow("Authorization")
        << QStringLiteral("curl https://h.example/x -H 'Authorization: Bearer s3cr3tpw'")
        << QStringLiteral("may hold a secret were left out: Authorization");
    QTest::newRow("cookie") << QStringLiteral("curl https://h.example/x -b 'sid=1'")
                            << QStringLiteral("credentials given with -b");
    QTest::newRow("browser headers")
        << QStringLiteral("curl https://h.example/x -H 'sec-fetch-site: none' -A Mozilla")
        << QStringLiteral("Browser headers were left out: -A, sec-fetch-site");
    QTest::newRow("a file body") << QStringLiteral(
        "curl https://h.example/x --data-binary @body.json")
                                 << QStringLiteral("file 'body.json' was left out");
    QTest::newRow("-F") << QStringLiteral("curl https://h.example/x -F a=b")
                        << QStringLiteral("-F is not supported");
    QTest::newRow("unknown option") << QStringLiteral("curl https://h.example/x --frobnicate")
                                    << QStringLiteral("--frobnicate is not known here");
    QTest::newRow("JSON with -d") << QStringLiteral("curl https://h.example/x -d '{\"a\":1}'")
                                  << QStringLiteral("The body is sent as JSON");
    QTest::newRow("Host and Content-Length")
        << QStringLiteral("curl https://h.example/x -H 'Host: a' -H 'Content-Length: 3'")
        << QStringLiteral("Host, Content-Length will be set");
    QTest::newRow("a pipe") << QStringLiteral("curl https://h.example/x | jq .")
                            << QStringLiteral("What follows '|' was left out");
    QTest::newRow("two URLs") << QStringLiteral("curl https://h.example/a https://h.example/b")
                              << QStringLiteral("only the first, https://h.example/a, was read");
    QTest::newRow("two commands")
        << QStringLiteral("curl https://h.example/a; curl https://h.example/b")
        << QStringLiteral("Only the first command was read; 1 more followed");
    QTest::newRow("user info in the URL")
        << QStringLiteral("curl https://ada:pw@h.example/a")
        << QStringLiteral("user name and password in the URL were left out");
}

void TestCurlImport::reportsWhatChangesMeaning()
{
    QFETCH(QString, command);
    QFETCH(QString, notice);
    const CurlImport import = parseCurlCommand(command);
    QVERIFY2(import.isValid(), qPrintable(import.error));
    const QString notices = import.notices.join(u'\n');
    QVERIFY2(notices.contains(notice), qPrintable(notices));
    QVERIFY(!everythingKept(import).contains(QStringLiteral("s3cr3tpw")));
    QVERIFY(!everythingKept(import).contains(QStringLiteral("sid=1")));
}

void TestCurlImport::brokenCommandsFailNamingWhy_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("error");
    QTest::newRow("open single quote") << QStringLiteral("curl \\\n 'https://h.example/x")
                                       << QStringLiteral("Line 2: A single quote");
    QTest::newRow("open double quote")
        << QStringLiteral("curl \"https://h.example/x") << QStringLiteral("double quote");
    QTest::newRow("open $'") << QStringLiteral("curl $'abc") << QStringLiteral("$'…' quote");
    QTest::newRow("no URL") << QStringLiteral("curl -H 'a: b'") << QStringLiteral("has no URL");
    QTest::newRow("not curl") << QStringLiteral("wget https://h.example/x")
                              << QStringLiteral("is not a curl command ('wget')");
    QTest::newRow("not HTTP") << QStringLiteral("curl ftp://h.example/x")
                              << QStringLiteral("scheme 'ftp'");
    QTest::newRow("empty") << QStringLiteral("  \n# only a comment\n")
                           << QStringLiteral("no curl command");
    QTest::newRow("Chrome, Copy as cURL (cmd)")
        << QStringLiteral("curl ^\"https://h.example/v1/me^\" ^\n  -H ^\"accept: */*^\"")
        << QStringLiteral("Windows cmd form");
    QTest::newRow("cmd, no quotes")
        << QStringLiteral("curl https://h.example/v1/me ^\r\n  -H \"accept: */*\"")
        << QStringLiteral("Windows cmd form");
    QTest::newRow("no host") << QStringLiteral("curl https:///x") << QStringLiteral("not valid");
}

void TestCurlImport::brokenCommandsFailNamingWhy()
{
    QFETCH(QString, command);
    QFETCH(QString, error);
    const CurlImport import = parseCurlCommand(command);
    QVERIFY(!import.isValid());
    QVERIFY2(import.error.contains(error), qPrintable(import.error));
}

void TestCurlImport::theKeyIsNeverKept_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("-H") << QStringLiteral("curl https://h.example/x -H 'x-api-key: %1'");
    QTest::newRow("--header, other case")
        << QStringLiteral("curl https://h.example/x --header 'X-API-Key:%1'");
    QTest::newRow("attached -H") << QStringLiteral("curl https://h.example/x '-HX-Api-Key: %1'");
    QTest::newRow("$'…'") << QStringLiteral("curl https://h.example/x -H $'x-api-key: %1'");
    QTest::newRow("also in the query is kept out of headers only")
        << QStringLiteral("curl https://h.example/x -H \"x-api-key: %1\" -H 'api-token: %1'");
}

void TestCurlImport::theKeyIsNeverKept()
{
    QFETCH(QString, command);
    const CurlImport import = parseCurlCommand(command.arg(Canary));
    QVERIFY2(import.isValid(), qPrintable(import.error));
    QVERIFY(import.droppedApiKey);
    QVERIFY(!everythingKept(import).contains(Canary));
    QVERIFY(!formatHttpRequest(httpRequestText(import)).contains(Canary));
    QVERIFY2(import.notices.value(0).contains(QStringLiteral("keychain")),
             qPrintable(import.notices.join(u'\n')));
}

void TestCurlImport::becomesAnHttpRequestAndAnApiRequest()
{
    const CurlImport import = parseCurlCommand(
        QStringLiteral("curl -X POST 'https://api.staging.htech.app/v1/messages?to=a%20b&n=1' "
                       "-H 'x-practice-group-id: 1002' -H 'Content-Type: application/json' "
                       "-H 'x-api-key: k' -d '{\"a\":1}'"));
    QVERIFY2(import.isValid(), qPrintable(import.error));
    QCOMPARE(import.practiceGroup(), QStringLiteral("1002"));

    const HttpRequestText text = httpRequestText(import, QStringLiteral("send message"));
    QCOMPARE(text.name, QStringLiteral("send message"));
    QCOMPARE(text.method, QStringLiteral("POST"));
    QCOMPARE(text.url, QStringLiteral("/v1/messages?to=a%20b&n=1"));
    QCOMPARE(text.headers,
             (Headers{{u"x-practice-group-id"_s, u"1002"_s},
                      {u"Content-Type"_s, u"application/json"_s}}));
    QCOMPARE(text.body, QStringLiteral("{\"a\":1}"));

    const ApiRequest request = apiRequest(import);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QStringLiteral("/v1/messages"));
    QCOMPARE(request.query, (Pairs{{u"to"_s, u"a b"_s}, {u"n"_s, u"1"_s}}));
    // The client adds the group and the key; neither may be an extra header.
    QCOMPARE(request.extraHeaders, (HeaderList{{"Content-Type", "application/json"}}));
    QCOMPARE(request.body, QByteArray("{\"a\":1}"));
}

void TestCurlImport::aFileOfCommandsGivesOneRequestEach()
{
    const QString file = QStringLiteral("# Calls I run on every ticket\n"
                                        "\n"
                                        "curl https://h.example/v1/me \\\n"
                                        "  -H 'x-practice-group-id: 1001'\n"
                                        "\n"
                                        "# the groups\n"
                                        "curl https://h.example/v1/practice-groups\n"
                                        "echo done\n"
                                        "curl -X POST https://h.example/v1/x \\\n"
                                        "  --data-raw '{\n"
                                        "  \"a\": 1\n"
                                        "}'\n"
                                        "curl https://h.example/v1/y -H 'x-api-key: %1'\n")
                             .arg(Canary);
    const QList<CurlImport> imports = parseCurlCommands(file);
    QCOMPARE(imports.size(), 5);
    QCOMPARE(imports.at(0).line, 3);
    QCOMPARE(imports.at(0).path, QStringLiteral("/v1/me"));
    QCOMPARE(imports.at(0).practiceGroup(), QStringLiteral("1001"));
    QCOMPARE(imports.at(1).line, 7);
    QCOMPARE(imports.at(1).path, QStringLiteral("/v1/practice-groups"));
    QVERIFY(!imports.at(2).isValid());
    QVERIFY2(imports.at(2).error.contains(QStringLiteral("Line 8 is not a curl command")),
             qPrintable(imports.at(2).error));
    QCOMPARE(imports.at(3).line, 9);
    QCOMPARE(imports.at(3).body, QByteArray("{\n  \"a\": 1\n}"));
    QCOMPARE(imports.at(4).line, 13);
    QVERIFY(imports.at(4).droppedApiKey);
    for (const CurlImport &import : imports)
        QVERIFY(!everythingKept(import).contains(Canary));

    const QList<CurlImport> broken =
        parseCurlCommands(QStringLiteral("curl https://h.example/a\ncurl 'https://h.example/b\n"));
    QCOMPARE(broken.size(), 2);
    QVERIFY(broken.first().isValid());
    QVERIFY(broken.last().error.contains(QStringLiteral("Line 2")));
}

void TestCurlImport::recognisesACurlCommand_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isCurl");
    QTest::newRow("curl") << QStringLiteral("curl https://h.example") << true;
    QTest::newRow("leading blanks") << QStringLiteral("\n  curl 'x'") << true;
    QTest::newRow("continuation") << QStringLiteral("curl \\\n 'x'") << true;
    QTest::newRow("curl.exe") << QStringLiteral("curl.exe x") << true;
    QTest::newRow("a path") << QStringLiteral("/v1/me") << false;
    QTest::newRow("curling") << QStringLiteral("curling is a sport") << false;
    QTest::newRow("just curl") << QStringLiteral("curl") << false;
}

void TestCurlImport::recognisesACurlCommand()
{
    QFETCH(QString, text);
    QTEST(looksLikeCurlCommand(text), "isCurl");
}

void TestCurlImport::aFileOfCurlCommandsImportsAsACollection()
{
    // As hero-cli import takes it: a file a support engineer kept, with a planted key.
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("ticket-calls.sh"));
    QFile file(source);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# calls from ticket 4711\n"
               "curl https://api.hero.health/v1/me -H 'x-api-key: hero_live_CANARY0123456789'\n"
               "curl -X POST https://api.hero.health/v1/messages/send \\\n"
               "  -H 'x-practice-group-id: 1001' --json '{\"text\": \"hello\"}'\n"
               "curl https://api.hero.health/v1/me\n");
    file.close();
    const QString target = dir.filePath(QStringLiteral("imported"));
    const ImportSummary summary = importCollection(source, target);
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QCOMPARE(summary.requests, 3);
    QCOMPARE(summary.files, QStringList{QStringLiteral("ticket-calls.http")});
    QFile written(QDir(target).filePath(QStringLiteral("ticket-calls.http")));
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QVERIFY(!bytes.contains("CANARY0123456789"));
    const HttpFile parsed = HttpFile::parse(bytes);
    QCOMPARE(parsed.requests().size(), 3);
    QCOMPARE(parsed.requests().at(0).request.name, QStringLiteral("GET /v1/me"));
    QCOMPARE(parsed.requests().at(1).request.method, QStringLiteral("POST"));
    QCOMPARE(parsed.requests().at(1).request.body, QStringLiteral("{\"text\": \"hello\"}"));
    QCOMPARE(parsed.requests().at(2).request.name, QStringLiteral("GET /v1/me (2)"));
    bool keyNoticed = false;
    for (const ImportNotice &notice : summary.notices)
        keyNoticed |=
            notice.where == u"line 2" && notice.what.contains(QStringLiteral("x-api-key"));
    QVERIFY(keyNoticed);
}

QTEST_GUILESS_MAIN(TestCurlImport)
#include "tst_curlimport.moc"

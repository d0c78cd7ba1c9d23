// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "collections/httpfile.h"

#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using Edit = std::function<void(HttpRequestText *)>;
Q_DECLARE_METATYPE(Edit)

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(HERO_COLLECTION_FIXTURES "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QList<int> linesOf(const QList<HttpFileNotice> &notices)
{
    QList<int> lines;
    for (const HttpFileNotice &notice : notices)
        lines.append(notice.line);
    return lines;
}

QStringList textsOf(const QList<HttpFileNotice> &notices)
{
    QStringList texts;
    for (const HttpFileNotice &notice : notices)
        texts.append(notice.text);
    return texts;
}

// The notices that are not about a body line ("< file" is body text, and goes with the body).
QStringList noticesBesideTheBody(const QList<HttpFileNotice> &notices)
{
    QStringList texts = textsOf(notices);
    texts.removeIf([](const QString &text) { return text.startsWith(u"a body from a file"); });
    return texts;
}

// The bytes of every request block but one, in order.
QList<QByteArray> otherBlocks(const HttpFile &file, int except)
{
    QList<QByteArray> blocks;
    for (int i = 0; i < file.requests().size(); ++i)
        if (i != except)
            blocks.append(
                file.bytes().mid(file.requests().at(i).begin,
                                 file.requests().at(i).end - file.requests().at(i).begin));
    return blocks;
}

const QStringList fixtureNames = {QStringLiteral("appointments.http"), QStringLiteral("crlf.http"),
                                  QStringLiteral("broken.http"), QStringLiteral("nonewline.http")};

} // namespace

class TestHttpFile : public QObject
{
    Q_OBJECT
private slots:
    void readsEveryRequestOfTheFixtures_data();
    void readsEveryRequestOfTheFixtures();
    void readsTheRequestsParts();
    void readsUnicodeAndCrlf();
    void requestLineForms_data();
    void requestLineForms();
    void replacingARequestWithItselfKeepsEveryByte_data();
    void replacingARequestWithItselfKeepsEveryByte();
    void editedRequestIsSavedAndReadBackEqual_data();
    void editedRequestIsSavedAndReadBackEqual();
    void editKeepsCommentsHandlersAndLineEndings();
    void appendedRequestIsReadBack_data();
    void appendedRequestIsReadBack();
    void removedRequestLeavesTheOthers_data();
    void removedRequestLeavesTheOthers();
    void aByteOrderMarkBelongsToTheFile_data();
    void aByteOrderMarkBelongsToTheFile();
};

void TestHttpFile::readsEveryRequestOfTheFixtures_data()
{
    QTest::addColumn<QString>("fixtureName");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("methods");
    QTest::addColumn<QList<int>>("requestLines");
    QTest::addColumn<QList<int>>("ignoredLines");
    QTest::addColumn<QList<int>>("problemLines");

    QTest::newRow("appointments") << QStringLiteral("appointments.http")
                                  << QStringList{QStringLiteral("Who am I"),
                                                 QStringLiteral("listAppointments"),
                                                 QStringLiteral("createAppointment"), QString()}
                                  << QStringList{QStringLiteral("GET"), QStringLiteral("GET"),
                                                 QStringLiteral("POST"), QStringLiteral("GET")}
                                  << QList<int>{7, 16, 28, 43} << QList<int>{15, 22, 25}
                                  << QList<int>{};
    QTest::newRow("crlf and unicode")
        << QStringLiteral("crlf.http")
        << QStringList{QStringLiteral("termine"), QStringLiteral("uploadNote"),
                       QStringLiteral("患者")}
        << QStringList{QStringLiteral("GET"), QStringLiteral("PUT"), QStringLiteral("DELETE")}
        << QList<int>{3, 8, 17} << QList<int>{11, 13, 14} << QList<int>{};
    QTest::newRow("broken") << QStringLiteral("broken.http")
                            << QStringList{QStringLiteral("noHeaderColon"),
                                           QStringLiteral("textAfterHandler"),
                                           QStringLiteral("unclosedHandler")}
                            << QStringList{QStringLiteral("GET"), QStringLiteral("POST"),
                                           QStringLiteral("GET")}
                            << QList<int>{3, 7, 15} << QList<int>{11, 17}
                            << QList<int>{1, 4, 12, 18};
    QTest::newRow("no final newline")
        << QStringLiteral("nonewline.http") << QStringList{QString()}
        << QStringList{QStringLiteral("GET")} << QList<int>{1} << QList<int>{} << QList<int>{};
}

void TestHttpFile::readsEveryRequestOfTheFixtures()
{
    QFETCH(QString, fixtureName);
    QFETCH(QStringList, names);
    QFETCH(QStringList, methods);
    QFETCH(QList<int>, requestLines);
    QFETCH(QList<int>, ignoredLines);
    QFETCH(QList<int>, problemLines);

    const QByteArray bytes = fixture(fixtureName);
    const HttpFile file = HttpFile::parse(bytes);
    QCOMPARE(file.bytes(), bytes);
    QStringList readNames, readMethods;
    QList<int> readLines;
    for (const HttpFileRequest &entry : file.requests()) {
        readNames.append(entry.request.name);
        readMethods.append(entry.request.method);
        readLines.append(entry.requestLine);
    }
    QCOMPARE(readNames, names);
    QCOMPARE(readMethods, methods);
    QCOMPARE(readLines, requestLines);
    QCOMPARE(linesOf(file.ignored()), ignoredLines);
    QCOMPARE(linesOf(file.problems()), problemLines);
    // The blocks tile the file from the first request on, without gaps.
    for (int i = 1; i < file.requests().size(); ++i)
        QCOMPARE(file.requests().at(i).begin, file.requests().at(i - 1).end);
    QCOMPARE(file.requests().last().end, bytes.size());
    for (const QString &name : names)
        QVERIFY(file.indexOf(name) >= 0);
    QCOMPARE(file.indexOf(QStringLiteral("no such request")), -1);
}

void TestHttpFile::readsTheRequestsParts()
{
    const HttpFile file = HttpFile::parse(fixture(QStringLiteral("appointments.http")));
    QCOMPARE(
        file.fileVariables(),
        (QList<QPair<QString, QString>>{{QStringLiteral("practice"), QStringLiteral("1001")},
                                        {QStringLiteral("from"), QStringLiteral("2026-01-01")}}));
    const HttpRequestText me = file.requests().at(0).request;
    QCOMPARE(me.url, QStringLiteral("/v1/me"));
    QCOMPARE(me.headers,
             (QList<HttpHeaderLine>{
                 {QStringLiteral("x-api-key"), QStringLiteral("{{$processEnv HERO_API_KEY}}")},
                 {QStringLiteral("Accept"), QStringLiteral("application/json")}}));
    QCOMPARE(me.body, QString());
    QCOMPARE(me.assertions, QStringList{QStringLiteral("?? status == 200")});
    QCOMPARE(file.requests().at(0).firstLine, 6);

    const HttpRequestText list = file.requests().at(1).request;
    QCOMPARE(list.url, QStringLiteral("{{baseUrl}}/v1/appointments?from={{from}}&limit=50"));
    QCOMPARE(list.headers.size(), 1);
    QCOMPARE(list.body, QString()); // the handler script is not a body

    const HttpRequestText create = file.requests().at(2).request;
    QCOMPARE(
        create.body,
        QStringLiteral("{\n  \"patientId\": \"p-42\",\n  \"start\": \"2026-02-03T09:00:00Z\",\n"
                       "  \"note\": \"# not a comment inside JSON\"\n}"));
    QCOMPARE(
        create.assertions,
        (QStringList{QStringLiteral("?? status == 201"), QStringLiteral("?? body id isString")}));

    const HttpRequestText health = file.requests().at(3).request;
    QCOMPARE(health.url, QStringLiteral("https://staging.api.hero.health/v1/health"));
    QCOMPARE(textsOf(file.ignored()),
             (QStringList{QStringLiteral("directive @no-log is not run"),
                          QStringLiteral("response handler script ignored"),
                          QStringLiteral("output redirect ignored")}));
}

void TestHttpFile::readsUnicodeAndCrlf()
{
    const HttpFile file = HttpFile::parse(fixture(QStringLiteral("crlf.http")));
    const HttpRequestText termine = file.requests().at(0).request;
    QCOMPARE(termine.url, QStringLiteral("/v1/appointments?q=Müller"));
    QCOMPARE(termine.headers.at(0).value, QStringLiteral("application/json")); // no '\r'
    QCOMPARE(file.requests().at(1).request.body, QStringLiteral("< ./note.txt"));
    QCOMPARE(file.requests().at(2).request.body, QStringLiteral("{\"reason\": \"Grund: äöü\"}"));
    QCOMPARE(textsOf(file.ignored()),
             (QStringList{QStringLiteral("a body from a file is not read; the line is sent as "
                                         "written"),
                          QStringLiteral("response handler file ignored"),
                          QStringLiteral("response reference ignored")}));
}

void TestHttpFile::requestLineForms_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("url");

    QTest::newRow("only a URL is a GET")
        << QByteArray("https://example.com/v1/me\n") << QStringLiteral("GET")
        << QStringLiteral("https://example.com/v1/me");
    QTest::newRow("HTTP version dropped") << QByteArray("DELETE /v1/x HTTP/1.1\n")
                                          << QStringLiteral("DELETE") << QStringLiteral("/v1/x");
    QTest::newRow("lower-case method")
        << QByteArray("post /v1/x\n") << QStringLiteral("POST") << QStringLiteral("/v1/x");
    QTest::newRow("other upper-case method")
        << QByteArray("PROPFIND /dav\n") << QStringLiteral("PROPFIND") << QStringLiteral("/dav");
    QTest::newRow("continued on indented lines")
        << QByteArray("GET /v1/appointments\n  ?from=1\n\t&to=2 HTTP/2\nAccept: */*\n")
        << QStringLiteral("GET") << QStringLiteral("/v1/appointments?from=1&to=2");
    QTest::newRow("after comments and variables")
        << QByteArray("// hello\n@a = 1\n\n# @name x\nPATCH /v1/{{a}}\n") << QStringLiteral("PATCH")
        << QStringLiteral("/v1/{{a}}");
    QTest::newRow("a URL that starts with a variable")
        << QByteArray("{{baseUrl}}/v1/me\n") << QStringLiteral("GET")
        << QStringLiteral("{{baseUrl}}/v1/me");
    QTest::newRow("after a script block") << QByteArray("{{\n  exports.a = 1;\n}}\nGET /v1/a\n")
                                          << QStringLiteral("GET") << QStringLiteral("/v1/a");
}

void TestHttpFile::requestLineForms()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, method);
    QFETCH(QString, url);
    const HttpFile file = HttpFile::parse(text);
    QCOMPARE(file.requests().size(), 1);
    QCOMPARE(file.requests().at(0).request.method, method);
    QCOMPARE(file.requests().at(0).request.url, url);
    QVERIFY(file.problems().isEmpty());
}

void TestHttpFile::replacingARequestWithItselfKeepsEveryByte_data()
{
    QTest::addColumn<QString>("fixtureName");
    for (const QString &name : fixtureNames)
        QTest::newRow(qPrintable(name)) << name;
}

void TestHttpFile::replacingARequestWithItselfKeepsEveryByte()
{
    QFETCH(QString, fixtureName);
    const QByteArray bytes = fixture(fixtureName);
    HttpFile file = HttpFile::parse(bytes);
    for (int i = 0; i < file.requests().size(); ++i)
        file.replaceRequest(i, HttpRequestText(file.requests().at(i).request));
    QCOMPARE(file.bytes(), bytes);
}

void TestHttpFile::editedRequestIsSavedAndReadBackEqual_data()
{
    QTest::addColumn<QString>("fixtureName");
    QTest::addColumn<Edit>("edit");

    const QList<QPair<const char *, Edit>> edits = {
        {"method and url",
         [](HttpRequestText *r) {
             r->method = QStringLiteral("PUT");
             r->url += QStringLiteral("/edited?x=ü");
         }},
        {"header added",
         [](HttpRequestText *r) {
             r->headers.append({QStringLiteral("X-Trace"), QStringLiteral("{{trace}}")});
         }},
        {"header changed and others removed",
         [](HttpRequestText *r) {
             r->headers = {{QStringLiteral("Accept"), QStringLiteral("text/csv")}};
         }},
        {"headers removed", [](HttpRequestText *r) { r->headers.clear(); }},
        {"body set",
         [](HttpRequestText *r) { r->body = QStringLiteral("{\n  \"edited\": \"ja ✓\"\n}"); }},
        {"body removed", [](HttpRequestText *r) { r->body.clear(); }},
        {"assertion added",
         [](HttpRequestText *r) { r->assertions.append(QStringLiteral("?? duration < 500")); }},
        {"assertions removed", [](HttpRequestText *r) { r->assertions.clear(); }},
        {"renamed", [](HttpRequestText *r) { r->name = QStringLiteral("renamed request"); }},
        {"unnamed", [](HttpRequestText *r) { r->name.clear(); }},
        {"everything",
         [](HttpRequestText *r) {
             r->name = QStringLiteral("all");
             r->method = QStringLiteral("POST");
             r->url = QStringLiteral("/v1/all");
             r->headers = {{QStringLiteral("A"), QStringLiteral("1")},
                           {QStringLiteral("B"), QStringLiteral("2")}};
             r->body = QStringLiteral("line one\n\nline three");
             r->assertions = {QStringLiteral("?? status == 200")};
         }},
    };
    for (const QString &name : fixtureNames)
        for (const auto &edit : edits)
            QTest::newRow(qPrintable(name + u' ' + QLatin1String(edit.first)))
                << name << edit.second;
}

void TestHttpFile::editedRequestIsSavedAndReadBackEqual()
{
    QFETCH(QString, fixtureName);
    QFETCH(Edit, edit);
    const HttpFile original = HttpFile::parse(fixture(fixtureName));
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    for (int i = 0; i < original.requests().size(); ++i) {
        HttpFile file = original;
        HttpRequestText edited = file.requests().at(i).request;
        edit(&edited);
        file.replaceRequest(i, edited);

        QCOMPARE(file, HttpFile::parse(file.bytes()));
        QCOMPARE(file.requests().size(), original.requests().size());
        QCOMPARE(file.requests().at(i).request, edited);
        QCOMPARE(otherBlocks(file, i), otherBlocks(original, i));
        QCOMPARE(file.fileVariables(), original.fileVariables());
        QCOMPARE(noticesBesideTheBody(file.ignored()), noticesBesideTheBody(original.ignored()));
        QCOMPARE(textsOf(file.problems()), textsOf(original.problems()));
        // What came before the first request (file variables, the file's comments) is kept.
        QCOMPARE(file.bytes().left(file.requests().at(0).begin),
                 original.bytes().left(original.requests().at(0).begin));

        QSaveFile out(folder.filePath(QStringLiteral("saved.http")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(file.bytes());
        QVERIFY(out.commit());
        QFile in(folder.filePath(QStringLiteral("saved.http")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QCOMPARE(HttpFile::parse(in.readAll()), file);
    }
}

void TestHttpFile::editKeepsCommentsHandlersAndLineEndings()
{
    const QByteArray bytes = fixture(QStringLiteral("appointments.http"));
    HttpFile file = HttpFile::parse(bytes);
    HttpRequestText list = file.requests().at(1).request;
    list.headers.append({QStringLiteral("Accept"), QStringLiteral("text/csv")});
    list.body = QStringLiteral("{}");
    file.replaceRequest(1, list);
    const QByteArray block = file.bytes().mid(
        file.requests().at(1).begin, file.requests().at(1).end - file.requests().at(1).begin);
    QCOMPARE(
        block,
        QByteArray("###\n# @name listAppointments\n# @no-log\nGET {{baseUrl}}/v1/appointments\n"
                   "    ?from={{from}}\n    &limit=50 HTTP/1.1\nx-practice-group-id: "
                   "{{practice}}\nAccept: text/csv\n// the group comes from the file variable "
                   "above\n\n{}\n\n> {%\n    client.global.set(\"firstId\", "
                   "response.body.items[0].id);\n%}\n>> ./last-appointments.json\n\n"));

    HttpFile crlf = HttpFile::parse(fixture(QStringLiteral("crlf.http")));
    HttpRequestText termine = crlf.requests().at(0).request;
    termine.body = QStringLiteral("a\nb");
    termine.name = QStringLiteral("neu");
    crlf.replaceRequest(0, termine);
    QVERIFY(crlf.bytes().startsWith("### Termine f\xc3\xbcr Praxis \xe2\x9c\x93\r\n// @name neu\r\n"
                                    "GET /v1/appointments?q=M\xc3\xbcller\r\nAccept: "
                                    "application/json\r\n\r\na\r\nb\r\n"));
    QVERIFY(!crlf.bytes().replace("\r\n", "").contains('\n'));
}

void TestHttpFile::appendedRequestIsReadBack_data()
{
    replacingARequestWithItselfKeepsEveryByte_data();
    QTest::newRow("empty file") << QString();
}

void TestHttpFile::appendedRequestIsReadBack()
{
    QFETCH(QString, fixtureName);
    const QByteArray bytes = fixtureName.isEmpty() ? QByteArray() : fixture(fixtureName);
    HttpFile file = HttpFile::parse(bytes);
    const int before = file.requests().size();
    HttpRequestText added;
    added.name = QStringLiteral("sendMessage");
    added.method = QStringLiteral("POST");
    added.url = QStringLiteral("/v1/messages");
    added.headers = {{QStringLiteral("Content-Type"), QStringLiteral("application/json")}};
    added.body = QStringLiteral("{\"text\": \"Grüße\"}");
    added.assertions = {QStringLiteral("?? status == 202")};
    file.appendRequest(added);

    QCOMPARE(file, HttpFile::parse(file.bytes()));
    QCOMPARE(file.requests().size(), before + 1);
    QCOMPARE(file.requests().last().request, added);
    const HttpFile original = HttpFile::parse(bytes);
    for (int i = 0; i < before; ++i)
        QCOMPARE(file.requests().at(i).request, original.requests().at(i).request);
    QVERIFY(file.bytes().startsWith(bytes));
}

void TestHttpFile::removedRequestLeavesTheOthers_data()
{
    replacingARequestWithItselfKeepsEveryByte_data();
}

void TestHttpFile::removedRequestLeavesTheOthers()
{
    QFETCH(QString, fixtureName);
    const HttpFile original = HttpFile::parse(fixture(fixtureName));
    for (int i = 0; i < original.requests().size(); ++i) {
        HttpFile file = original;
        file.removeRequest(i);
        QCOMPARE(file, HttpFile::parse(file.bytes()));
        QCOMPARE(file.requests().size(), original.requests().size() - 1);
        QCOMPARE(otherBlocks(file, -1), otherBlocks(original, i));
        QCOMPARE(file.fileVariables(), original.fileVariables());
    }
}

void TestHttpFile::aByteOrderMarkBelongsToTheFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("requests");
    QTest::addColumn<QByteArray>("left");
    // fuzz_httpfile's finds (tests/fuzz/crashes/httpfile/bom-*): removing the request that
    // held the file's mark must not take it along.
    QTest::newRow("the only request, after ###")
        << QByteArray("\xEF\xBB\xBF###\n#\n{") << 1 << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("the first of two") << QByteArray("\xEF\xBB\xBFGET /a\n###\nGET /b\n") << 2
                                      << QByteArray("\xEF\xBB\xBF###\nGET /b\n");
    // Files joined by cat: the second file's mark starts a line mid-file, which is read as the
    // separator it precedes.
    QTest::newRow("a mark mid-file") << QByteArray("GET /a\n\xEF\xBB\xBF###\nGET /b\n") << 2
                                     << QByteArray("\xEF\xBB\xBF###\nGET /b\n");
}

void TestHttpFile::aByteOrderMarkBelongsToTheFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, requests);
    QFETCH(QByteArray, left);
    HttpFile file = HttpFile::parse(bytes);
    QCOMPARE(file.requests().size(), requests);
    file.removeRequest(0);
    QCOMPARE(file.bytes(), left);
    QCOMPARE(file, HttpFile::parse(file.bytes()));
}

QTEST_GUILESS_MAIN(TestHttpFile)
#include "tst_httpfile.moc"

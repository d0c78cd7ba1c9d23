// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "export/codesnippet.h"
#include "export/curlcommand.h"

#include <QTest>

Q_DECLARE_METATYPE(SnippetLanguage)

namespace {

// A made-up key and token that must never appear in any snippet, whole or redacted.
const QByteArray Canary = "hero_canary_Zx81Qw7";
const QByteArray Token = "Bearer tok_Pq93Lm2";

SentRequest hostileRequest(const QByteArray &headerValue, const QByteArray &body)
{
    SentRequest request;
    request.method = "POST";
    request.url = QUrl(QStringLiteral("https://api.staging.htech.app/v1/messages?x=1"));
    request.headers = {{"x-api-key", Canary},
                       {"Authorization", Token},
                       {"x-practice-group-id", "1001"},
                       {"Content-Type", "application/json"},
                       {"Host", "api.staging.htech.app"},
                       {"Content-Length", "3"},
                       {"X-Note", headerValue}};
    request.body = body;
    return request;
}

} // namespace

class TestCodeSnippet : public QObject
{
    Q_OBJECT
private slots:
    void everyLanguageHasANameAndCurlComesFirst();
    void secretsAreReadFromTheEnvironment_data();
    void secretsAreReadFromTheEnvironment();
    void hostileTextStaysInsideItsLiteral_data();
    void hostileTextStaysInsideItsLiteral();
    void binaryBodyIsReadFromAFile_data();
    void binaryBodyIsReadFromAFile();
    void getWithoutBodyHasNoBodyOrContentHeaders_data();
    void getWithoutBodyHasNoBodyOrContentHeaders();
};

void TestCodeSnippet::everyLanguageHasANameAndCurlComesFirst()
{
    const QList<SnippetLanguage> languages = snippetLanguages();
    QCOMPARE(languages.size(), 5);
    QCOMPARE(languages.first(), SnippetLanguage::Curl);
    QStringList names;
    for (const SnippetLanguage language : languages)
        names.append(snippetLanguageName(language));
    QCOMPARE(names,
             (QStringList{QStringLiteral("curl"), QStringLiteral("Python (requests)"),
                          QStringLiteral("JavaScript (fetch)"), QStringLiteral("C# (HttpClient)"),
                          QStringLiteral("PowerShell (Invoke-RestMethod)")}));
    QCOMPARE(codeSnippet(hostileRequest("a", "{}"), SnippetLanguage::Curl),
             curlCommand(hostileRequest("a", "{}")) + u'\n');
}

void TestCodeSnippet::secretsAreReadFromTheEnvironment_data()
{
    QTest::addColumn<SnippetLanguage>("language");
    QTest::addColumn<QString>("keyRead");
    QTest::addColumn<QString>("authorizationRead");
    QTest::newRow("curl") << SnippetLanguage::Curl << "x-api-key: $HERO_API_KEY"
                          << "Authorization: $HERO_AUTHORIZATION";
    QTest::newRow("Python") << SnippetLanguage::Python
                            << "\"x-api-key\": os.environ[\"HERO_API_KEY\"]"
                            << "\"Authorization\": os.environ[\"HERO_AUTHORIZATION\"]";
    QTest::newRow("JavaScript") << SnippetLanguage::JavaScript
                                << "\"x-api-key\": process.env[\"HERO_API_KEY\"]"
                                << "\"Authorization\": process.env[\"HERO_AUTHORIZATION\"]";
    QTest::newRow("C#") << SnippetLanguage::CSharp
                        << "request.Headers.TryAddWithoutValidation(\"x-api-key\", "
                           "Environment.GetEnvironmentVariable(\"HERO_API_KEY\"));"
                        << "request.Headers.TryAddWithoutValidation(\"Authorization\", "
                           "Environment.GetEnvironmentVariable(\"HERO_AUTHORIZATION\"));";
    QTest::newRow("PowerShell") << SnippetLanguage::PowerShell << "'x-api-key' = $env:HERO_API_KEY"
                                << "'Authorization' = $env:HERO_AUTHORIZATION";
}

void TestCodeSnippet::secretsAreReadFromTheEnvironment()
{
    QFETCH(SnippetLanguage, language);
    const QString snippet = codeSnippet(hostileRequest("plain", "{}"), language);
    QVERIFY2(!snippet.contains(QString::fromLatin1(Canary)), qPrintable(snippet));
    QVERIFY2(!snippet.contains(QStringLiteral("Qw7")), qPrintable(snippet)); // not even redacted
    QVERIFY2(!snippet.contains(QStringLiteral("tok_")), qPrintable(snippet));
    QFETCH(QString, keyRead);
    QFETCH(QString, authorizationRead);
    QVERIFY2(snippet.contains(keyRead), qPrintable(snippet));
    QVERIFY2(snippet.contains(authorizationRead), qPrintable(snippet));
    // The group is no secret: it is written as it is.
    QVERIFY2(snippet.contains(QStringLiteral("1001")), qPrintable(snippet));
    // Host and Content-Length are the library's to write.
    QVERIFY2(!snippet.contains(QStringLiteral("Content-Length")), qPrintable(snippet));
    QVERIFY2(!snippet.contains(QStringLiteral("\"Host\"")), qPrintable(snippet));
}

void TestCodeSnippet::hostileTextStaysInsideItsLiteral_data()
{
    QTest::addColumn<SnippetLanguage>("language");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("literal");
    const QByteArray quotes = "a\"b'c\\d$e`f${g}#{h}";
    QTest::newRow("Python, quotes")
        << SnippetLanguage::Python << quotes << "\"a\\\"b'c\\\\d$e`f${g}#{h}\"";
    QTest::newRow("JavaScript, quotes")
        << SnippetLanguage::JavaScript << quotes << "\"a\\\"b'c\\\\d$e`f${g}#{h}\"";
    QTest::newRow("C#, quotes") << SnippetLanguage::CSharp << quotes
                                << "\"a\\\"b'c\\\\d$e`f${g}#{h}\"";
    QTest::newRow("PowerShell, quotes: single-quoted, nothing expands")
        << SnippetLanguage::PowerShell << quotes << "'a\"b''c\\d$e`f${g}#{h}'";
    const QByteArray smart = QStringLiteral("x\u2019y\u2018z").toUtf8();
    QTest::newRow("PowerShell, typographic quotes are quotes too")
        << SnippetLanguage::PowerShell << smart << QStringLiteral("'x\u2019\u2019y\u2018\u2018z'");
    const QByteArray unicode = QStringLiteral("caf\u00e9 \U0001F600\t\u2028").toUtf8();
    QTest::newRow("Python, beyond ASCII")
        << SnippetLanguage::Python << unicode << "\"caf\\u00e9 \\U0001f600\\t\\u2028\"";
    QTest::newRow("JavaScript, beyond ASCII")
        << SnippetLanguage::JavaScript << unicode << "\"caf\\u00e9 \\ud83d\\ude00\\t\\u2028\"";
    QTest::newRow("C#, beyond ASCII")
        << SnippetLanguage::CSharp << unicode << "\"caf\\u00e9 \\ud83d\\ude00\\t\\u2028\"";
    const QByteArray lines = "{\"a\":\"x\ny\r\"}";
    QTest::newRow("Python, line breaks")
        << SnippetLanguage::Python << lines << "\"{\\\"a\\\":\\\"x\\ny\\r\\\"}\"";
    QTest::newRow("C#, line breaks")
        << SnippetLanguage::CSharp << lines << "\"{\\\"a\\\":\\\"x\\ny\\r\\\"}\"";
}

void TestCodeSnippet::hostileTextStaysInsideItsLiteral()
{
    QFETCH(SnippetLanguage, language);
    QFETCH(QByteArray, value);
    QFETCH(QString, literal);
    // The same text as a header value and as the body: both are written as this literal.
    const QString snippet = codeSnippet(hostileRequest(value, value), language);
    QVERIFY2(snippet.count(literal) == 2, qPrintable(snippet + u"\nexpected twice: " + literal));
}

void TestCodeSnippet::binaryBodyIsReadFromAFile_data()
{
    QTest::addColumn<SnippetLanguage>("language");
    QTest::addColumn<QString>("read");
    QTest::newRow("curl") << SnippetLanguage::Curl << "--data-binary @request-body.bin";
    QTest::newRow("Python") << SnippetLanguage::Python
                            << "data=open(\"request-body.bin\", \"rb\").read(),";
    QTest::newRow("JavaScript") << SnippetLanguage::JavaScript
                                << ".readFile(\"request-body.bin\"),";
    QTest::newRow("C#") << SnippetLanguage::CSharp
                        << "new ByteArrayContent(File.ReadAllBytes(\"request-body.bin\"))";
    QTest::newRow("PowerShell") << SnippetLanguage::PowerShell << "-InFile 'request-body.bin'";
}

void TestCodeSnippet::binaryBodyIsReadFromAFile()
{
    QFETCH(SnippetLanguage, language);
    QFETCH(QString, read);
    const QString snippet =
        codeSnippet(hostileRequest("v", QByteArray("\x00\xff\xfe blobby", 10)), language);
    QVERIFY2(snippet.contains(read), qPrintable(snippet));
    QVERIFY2(!snippet.contains(QStringLiteral("blobby")), qPrintable(snippet));
}

void TestCodeSnippet::getWithoutBodyHasNoBodyOrContentHeaders_data()
{
    QTest::addColumn<SnippetLanguage>("language");
    QTest::addColumn<QString>("bodyWord");
    QTest::newRow("Python") << SnippetLanguage::Python << "data=";
    QTest::newRow("JavaScript") << SnippetLanguage::JavaScript << "body:";
    QTest::newRow("C#") << SnippetLanguage::CSharp << "Content";
    QTest::newRow("PowerShell") << SnippetLanguage::PowerShell << "-Body";
}

void TestCodeSnippet::getWithoutBodyHasNoBodyOrContentHeaders()
{
    QFETCH(SnippetLanguage, language);
    QFETCH(QString, bodyWord);
    SentRequest request;
    request.method = "GET";
    request.url = QUrl(QStringLiteral("https://api.staging.htech.app/v1/me"));
    request.headers = {{"x-api-key", "…Qw7A"}, {"x-practice-group-id", "1001"}};
    const QString snippet = codeSnippet(request, language);
    QVERIFY2(snippet.contains(QStringLiteral("https://api.staging.htech.app/v1/me")),
             qPrintable(snippet));
    QVERIFY2(snippet.contains(QStringLiteral("GET")), qPrintable(snippet));
    QVERIFY2(!snippet.contains(
                 bodyWord.replace(QStringLiteral("Content"), QStringLiteral("request.Content"))),
             qPrintable(snippet));
}

QTEST_GUILESS_MAIN(TestCodeSnippet)
#include "tst_codesnippet.moc"

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "http/headervalidation.h"

#include <QTest>

class TestHeaderValidation : public QObject
{
    Q_OBJECT

private slots:
    void apiKeyIsVisibleAsciiOfBoundedLength_data();
    void apiKeyIsVisibleAsciiOfBoundedLength();
    void practiceGroupIdIsDigitsOnly_data();
    void practiceGroupIdIsDigitsOnly();
    void headerNameIsAnHttpToken_data();
    void headerNameIsAnHttpToken();
    void headerValueHasNoLineBreaksOrControlBytes_data();
    void headerValueHasNoLineBreaksOrControlBytes();
    void pastedKeyLosesOnlySurroundingWhiteSpace_data();
    void pastedKeyLosesOnlySurroundingWhiteSpace();
};

namespace {

const QByteArray GoodKey = QByteArrayLiteral("hk_test_5f2b9c0e7d14a3b6");

QByteArray utf8(const char *text)
{
    return QByteArray(text);
}

} // namespace

void TestHeaderValidation::apiKeyIsVisibleAsciiOfBoundedLength_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("acceptable");

    QTest::newRow("plain key") << GoodKey << true;
    QTest::newRow("punctuation") << QByteArray("a-b_c.d~e+f/g=") << true;
    QTest::newRow("2560 bytes") << QByteArray(MaxApiKeyBytes, 'k') << true;
    QTest::newRow("2561 bytes") << QByteArray(MaxApiKeyBytes + 1, 'k') << false;
    QTest::newRow("10 KiB") << QByteArray(10 * 1024, 'k') << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("CR LF injection") << QByteArray("abc\r\nX-Injected: yes") << false;
    QTest::newRow("bare LF") << QByteArray("abc\ndef") << false;
    QTest::newRow("bare CR") << QByteArray("abc\rdef") << false;
    QTest::newRow("NUL") << QByteArray("abc\0def", 7) << false;
    QTest::newRow("TAB") << QByteArray("abc\tdef") << false;
    QTest::newRow("DEL") << QByteArray("abc\x7f"
                                       "def")
                         << false;
    QTest::newRow("leading space") << QByteArray(' ' + GoodKey) << false;
    QTest::newRow("trailing space") << QByteArray(GoodKey + ' ') << false;
    QTest::newRow("inner space") << QByteArray("abc def") << false;
    QTest::newRow("latin-1 accent") << utf8("k\xc3\xa9y") << false;
    QTest::newRow("cyrillic") << utf8("\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87") << false;
    QTest::newRow("emoji") << utf8("key\xf0\x9f\x94\x91") << false;
    QTest::newRow("double quotes") << QByteArray('"' + GoodKey + '"') << false;
    QTest::newRow("single quotes") << QByteArray('\'' + GoodKey + '\'') << false;
    QTest::newRow("header prefix") << QByteArray("x-api-key:" + GoodKey) << false;
    QTest::newRow("header prefix upper case") << QByteArray("X-API-KEY: " + GoodKey) << false;
}

void TestHeaderValidation::apiKeyIsVisibleAsciiOfBoundedLength()
{
    QFETCH(QByteArray, key);
    QFETCH(bool, acceptable);
    const QString problem = apiKeyProblem(key);
    QCOMPARE(problem.isEmpty(), acceptable);
    // The sentence explains; it never repeats the secret.
    if (key.size() >= 4)
        QVERIFY(!problem.contains(QString::fromLatin1(key)));
}

void TestHeaderValidation::practiceGroupIdIsDigitsOnly_data()
{
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<bool>("acceptable");

    QTest::newRow("digits") << QByteArray("1001") << true;
    QTest::newRow("32 digits") << QByteArray(MaxPracticeGroupIdLength, '7') << true;
    QTest::newRow("33 digits") << QByteArray(MaxPracticeGroupIdLength + 1, '7') << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("letters") << QByteArray("pg-1") << false;
    QTest::newRow("hex") << QByteArray("0x3e9") << false;
    QTest::newRow("negative") << QByteArray("-1") << false;
    QTest::newRow("slash") << QByteArray("10/01") << false;
    QTest::newRow("question mark") << QByteArray("1001?a=1") << false;
    QTest::newRow("hash") << QByteArray("1001#x") << false;
    QTest::newRow("encoded slash") << QByteArray("10%2F01") << false;
    QTest::newRow("inner space") << QByteArray("10 01") << false;
    QTest::newRow("trailing space") << QByteArray("1001 ") << false;
    QTest::newRow("CR LF injection") << QByteArray("1001\r\nX-Injected: yes") << false;
    QTest::newRow("bare LF") << QByteArray("1001\n") << false;
    QTest::newRow("NUL") << QByteArray("1001\0", 5) << false;
    QTest::newRow("arabic-indic digits") << utf8("\xd9\xa1\xd9\xa2") << false;
}

void TestHeaderValidation::practiceGroupIdIsDigitsOnly()
{
    QFETCH(QByteArray, id);
    QFETCH(bool, acceptable);
    QCOMPARE(practiceGroupIdProblem(id).isEmpty(), acceptable);
}

void TestHeaderValidation::headerNameIsAnHttpToken_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("acceptable");

    QTest::newRow("simple") << QByteArray("X-Request-Id") << true;
    QTest::newRow("token punctuation") << QByteArray("x!#$%&'*+-.^_`|~1") << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("colon") << QByteArray("X-Evil:") << false;
    QTest::newRow("space") << QByteArray("X Evil") << false;
    QTest::newRow("CR LF") << QByteArray("X\r\nEvil") << false;
    QTest::newRow("non-ASCII") << utf8("X-K\xc3\xa9y") << false;
    QTest::newRow("parenthesis") << QByteArray("X(1)") << false;
}

void TestHeaderValidation::headerNameIsAnHttpToken()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, acceptable);
    QCOMPARE(headerNameProblem(name).isEmpty(), acceptable);
}

void TestHeaderValidation::headerValueHasNoLineBreaksOrControlBytes_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("acceptable");

    QTest::newRow("plain") << QByteArray("application/json; charset=utf-8") << true;
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("inner space") << QByteArray("a b") << true;
    QTest::newRow("TAB is allowed in values") << QByteArray("a\tb") << true;
    QTest::newRow("2560 bytes") << QByteArray(MaxHeaderValueBytes, 'v') << true;
    QTest::newRow("2561 bytes") << QByteArray(MaxHeaderValueBytes + 1, 'v') << false;
    QTest::newRow("CR LF injection") << QByteArray("a\r\nX-Injected: yes") << false;
    QTest::newRow("bare LF") << QByteArray("a\nb") << false;
    QTest::newRow("bare CR") << QByteArray("a\rb") << false;
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << false;
    QTest::newRow("DEL") << QByteArray("a\x7f") << false;
    QTest::newRow("escape") << QByteArray("a\x1b[31m") << false;
    QTest::newRow("non-ASCII") << utf8("caf\xc3\xa9") << false;
}

void TestHeaderValidation::headerValueHasNoLineBreaksOrControlBytes()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, acceptable);
    QCOMPARE(headerValueProblem(value).isEmpty(), acceptable);
}

void TestHeaderValidation::pastedKeyLosesOnlySurroundingWhiteSpace_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("clean") << QStringLiteral("abc123") << QByteArray("abc123");
    QTest::newRow("surrounding white space")
        << QStringLiteral("  abc123\t\n") << QByteArray("abc123");
    QTest::newRow("quotes are kept for the validator")
        << QStringLiteral("\"abc123\"") << QByteArray("\"abc123\"");
    QTest::newRow("inner space is kept") << QStringLiteral(" ab c ") << QByteArray("ab c");
}

void TestHeaderValidation::pastedKeyLosesOnlySurroundingWhiteSpace()
{
    QFETCH(QString, pasted);
    QFETCH(QByteArray, expected);
    QCOMPARE(trimmedPastedKey(pasted), expected);
}

QTEST_GUILESS_MAIN(TestHeaderValidation)
#include "tst_headervalidation.moc"

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "http/bodykind.h"

#include <QTest>

Q_DECLARE_METATYPE(BodyKind)

class TestBodyKind : public QObject
{
    Q_OBJECT

private slots:
    void kindFromTypeAndFirstBytes_data();
    void kindFromTypeAndFirstBytes();
    void saveSuffixFollowsTheContentType_data();
    void saveSuffixFollowsTheContentType();
};

void TestBodyKind::kindFromTypeAndFirstBytes_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<BodyKind>("kind");
    const QByteArray json = R"({"a":1})";
    QTest::newRow("no body") << QByteArray("application/json") << QByteArray() << BodyKind::Empty;
    QTest::newRow("json type") << QByteArray("application/json; charset=utf-8") << json
                               << BodyKind::Json;
    QTest::newRow("suffixed json type")
        << QByteArray("application/problem+json") << json << BodyKind::Json;
    QTest::newRow("type case is ignored")
        << QByteArray("Application/JSON") << json << BodyKind::Json;
    QTest::newRow("json type, not json inside")
        << QByteArray("application/json") << QByteArray("oops") << BodyKind::Json;
    QTest::newRow("no type, object")
        << QByteArray() << QByteArray(" \r\n\t{\"a\":1}") << BodyKind::Json;
    QTest::newRow("no type, array") << QByteArray() << QByteArray("[1,2]") << BodyKind::Json;
    QTest::newRow("no type, text") << QByteArray() << QByteArray("hello {") << BodyKind::Text;
    QTest::newRow("no type, only blanks") << QByteArray() << QByteArray("   ") << BodyKind::Text;
    // A declared type is believed over the first character.
    QTest::newRow("text type, json-looking") << QByteArray("text/plain") << json << BodyKind::Text;
    QTest::newRow("html") << QByteArray("text/html") << QByteArray("<html></html>")
                          << BodyKind::Text;
    QTest::newRow("a NUL makes it binary whatever the type")
        << QByteArray("application/json") << QByteArray("{\"a\":\0}", 7) << BodyKind::Binary;
    QTest::newRow("png") << QByteArray("image/png") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10)
                         << BodyKind::Binary;
    // Only the start is sniffed: a NUL far into a large text body does not make it binary.
    QTest::newRow("NUL past the sniffed start")
        << QByteArray("text/plain") << QByteArray(9000, 'a') + QByteArray(1, '\0')
        << BodyKind::Text;
}

void TestBodyKind::kindFromTypeAndFirstBytes()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(BodyKind, kind);
    QCOMPARE(bodyKindOf(contentType, body), kind);
}

void TestBodyKind::saveSuffixFollowsTheContentType_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("json") << QByteArray("application/json") << "json";
    QTest::newRow("problem json") << QByteArray("application/problem+json") << "json";
    QTest::newRow("html") << QByteArray("text/html; charset=utf-8") << "html";
    QTest::newRow("xml") << QByteArray("application/XML") << "xml";
    QTest::newRow("plain") << QByteArray("text/plain") << "txt";
    QTest::newRow("none") << QByteArray() << "txt";
}

void TestBodyKind::saveSuffixFollowsTheContentType()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QString, suffix);
    QCOMPARE(bodyFileSuffix(contentType), suffix);
}

QTEST_GUILESS_MAIN(TestBodyKind)
#include "tst_bodykind.moc"

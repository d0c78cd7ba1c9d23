// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "requestcomposer.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

namespace {

Operation patientOperation()
{
    Operation operation;
    operation.method = QStringLiteral("POST");
    operation.path = QStringLiteral("/v1/patients/{id}/notes/{noteKey}");
    operation.summary = QStringLiteral("Add a note");
    operation.tags = {QStringLiteral("Patients")};
    operation.parameters = {
        {QStringLiteral("id"), QStringLiteral("path"), true, QStringLiteral("integer"),
         QStringLiteral("Patient id"), QStringLiteral("42")},
        {QStringLiteral("noteKey"), QStringLiteral("path"), true, QStringLiteral("string"), {}, {}},
        {QStringLiteral("page_size"),
         QStringLiteral("query"),
         false,
         QStringLiteral("integer"),
         {},
         QStringLiteral("20")},
        {QStringLiteral("status"),
         QStringLiteral("query"),
         true,
         QStringLiteral("string"),
         {},
         QStringLiteral("open")},
    };
    operation.exampleBody = QByteArrayLiteral("{\n  \"text\": \"string\"\n}");
    return operation;
}

QLineEdit *pathField(RequestComposer &composer, const QString &name)
{
    return composer.findChild<QLineEdit *>(u"pathParam_" + name);
}

} // namespace

class TestRequestComposer : public QObject
{
    Q_OBJECT

private slots:
    void loadingAnOperationGeneratesItsForm();
    void anInvalidPracticeGroupIsNeitherPreviewedNorCopiedAsIfSent();
    void buildsTheConcreteRequest_data();
    void buildsTheConcreteRequest();
    void typingAQueryValueSendsThatRow();
    void invalidJsonIsRefusedWithItsPosition_data();
    void invalidJsonIsRefusedWithItsPosition();
    void theJsonWarningGoesAsSoonAsTheBodyIsValid();
    void missingPathParameterIsNamedAndNotSent();
    void ctrlEnterSends_data();
    void ctrlEnterSends();
    void cancelIsOnlyEnabledInFlight();
    void authHeadersAreShownRedacted();
    void reopeningARequestRecoversPathParameters();
    void addedOnSendFollowsTheRequest();
    void copyAsCurlNeverHoldsTheKey();
    void rendersReadably();
};

void TestRequestComposer::loadingAnOperationGeneratesItsForm()
{
    RequestComposer composer;
    composer.loadOperation(patientOperation());

    QCOMPARE(composer.findChild<QComboBox *>(QStringLiteral("methodCombo"))->currentText(),
             QStringLiteral("POST"));
    QCOMPARE(composer.findChild<QLineEdit *>(QStringLiteral("pathEdit"))->text(),
             QStringLiteral("/v1/patients/{id}/notes/{noteKey}"));
    QVERIFY(pathField(composer, QStringLiteral("id")));
    QVERIFY(pathField(composer, QStringLiteral("noteKey")));
    QVERIFY(pathField(composer, QStringLiteral("id"))->placeholderText().contains(u"42"));

    auto *query = composer.findChild<QTableWidget *>(QStringLiteral("queryTable"));
    QCOMPARE(query->rowCount(), 2);
    QCOMPARE(query->item(0, 0)->text(), QStringLiteral("page_size"));
    QCOMPARE(query->item(0, 0)->checkState(), Qt::Unchecked); // optional: not sent by default
    QCOMPARE(query->item(1, 0)->text(), QStringLiteral("status"));
    QCOMPARE(query->item(1, 0)->checkState(), Qt::Checked); // required: sent with its example
    QCOMPARE(query->item(1, 1)->text(), QStringLiteral("open"));

    auto *body = composer.findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
    QCOMPARE(body->toPlainText().toUtf8(), patientOperation().exampleBody);
    QVERIFY(body->font().fixedPitch() || QFontInfo(body->font()).fixedPitch());

    // Editing the template regenerates the fields.
    composer.findChild<QLineEdit *>(QStringLiteral("pathEdit"))
        ->setText(QStringLiteral("/v1/patients/{id}"));
    QVERIFY(pathField(composer, QStringLiteral("id")));
    QVERIFY(!pathField(composer, QStringLiteral("noteKey")));
}

void TestRequestComposer::buildsTheConcreteRequest_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("noteKey");
    QTest::addColumn<QString>("expectedPath");

    QTest::newRow("plain") << QStringLiteral("42") << QStringLiteral("n1")
                           << QStringLiteral("/v1/patients/42/notes/n1");
    QTest::newRow("slash is data, not a segment") << QStringLiteral("a/b") << QStringLiteral("n1")
                                                  << QStringLiteral("/v1/patients/a%2Fb/notes/n1");
    QTest::newRow("space, non-ASCII and reserved")
        << QStringLiteral("é x") << QStringLiteral("?#%")
        << QStringLiteral("/v1/patients/%C3%A9%20x/notes/%3F%23%25");
}

void TestRequestComposer::buildsTheConcreteRequest()
{
    QFETCH(QString, id);
    QFETCH(QString, noteKey);
    QFETCH(QString, expectedPath);

    RequestComposer composer;
    composer.loadOperation(patientOperation());
    pathField(composer, QStringLiteral("id"))->setText(id);
    pathField(composer, QStringLiteral("noteKey"))->setText(noteKey);
    auto *headers = composer.findChild<QTableWidget *>(QStringLiteral("headersTable"));
    composer.findChild<QPushButton *>(QStringLiteral("headersAddButton"))->click();
    headers->item(0, 0)->setText(QStringLiteral("x-request-id"));
    headers->item(0, 1)->setText(QStringLiteral("abc"));

    QSignalSpy sent(&composer, &RequestComposer::sendRequested);
    composer.send();
    QCOMPARE(sent.size(), 1);
    const auto request = sent.first().first().value<ApiRequest>();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, expectedPath);
    const QList<QPair<QString, QString>> query{{QStringLiteral("status"), QStringLiteral("open")}};
    QCOMPARE(request.query, query);
    const HeaderList extra{{"x-request-id", "abc"}};
    QCOMPARE(request.extraHeaders, extra);
    QCOMPARE(request.body, patientOperation().exampleBody);
}

void TestRequestComposer::typingAQueryValueSendsThatRow()
{
    RequestComposer composer;
    composer.loadOperation(patientOperation());
    auto *query = composer.findChild<QTableWidget *>(QStringLiteral("queryTable"));
    QVERIFY(!composer.request().query.contains({QStringLiteral("page_size"), QStringLiteral("5")}));
    query->item(0, 1)->setText(QStringLiteral("5"));
    QCOMPARE(query->item(0, 0)->checkState(), Qt::Checked);
    QVERIFY(composer.request().query.contains({QStringLiteral("page_size"), QStringLiteral("5")}));

    composer.findChild<QPushButton *>(QStringLiteral("queryAddButton"))->click();
    QCOMPARE(query->rowCount(), 3);
    query->item(2, 0)->setText(QStringLiteral("extra"));
    query->item(2, 1)->setText(QStringLiteral("a&b=c"));
    QVERIFY(composer.request().query.contains({QStringLiteral("extra"), QStringLiteral("a&b=c")}));
    query->setCurrentCell(2, 0);
    composer.findChild<QPushButton *>(QStringLiteral("queryRemoveButton"))->click();
    QCOMPARE(query->rowCount(), 2);
}

void TestRequestComposer::invalidJsonIsRefusedWithItsPosition_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("position");

    QTest::newRow("missing comma between members")
        << QStringLiteral("{\n  \"a\": 1\n  \"b\": 2\n}") << QStringLiteral("line 3, column 3");
    QTest::newRow("missing colon")
        << QStringLiteral("{\n  \"a\": 1,\n  \"b\" 2\n}") << QStringLiteral("line 3, column 7");
    QTest::newRow("unclosed array")
        << QStringLiteral("{\"a\": [1, 2}") << QStringLiteral("line 1, column 12");
}

void TestRequestComposer::invalidJsonIsRefusedWithItsPosition()
{
    QFETCH(QString, body);
    QFETCH(QString, position);

    RequestComposer composer;
    composer.loadOperation(patientOperation());
    pathField(composer, QStringLiteral("id"))->setText(QStringLiteral("1"));
    pathField(composer, QStringLiteral("noteKey"))->setText(QStringLiteral("2"));
    composer.findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"))->setPlainText(body);

    // Live validation names the place without pressing Send.
    auto *status = composer.findChild<QLabel *>(QStringLiteral("bodyStatus"));
    QTRY_VERIFY(status->text().contains(position));

    QSignalSpy sent(&composer, &RequestComposer::sendRequested);
    composer.send();
    QCOMPARE(sent.size(), 0);
    auto *message = composer.findChild<QLabel *>(QStringLiteral("composerMessage"));
    QVERIFY(!message->isHidden());
    QVERIFY2(message->text().contains(position), qPrintable(message->text()));

    composer.findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"))
        ->setPlainText(QStringLiteral("{\"a\": [1, 2]}"));
    composer.send();
    QCOMPARE(sent.size(), 1);
}

void TestRequestComposer::theJsonWarningGoesAsSoonAsTheBodyIsValid()
{
    RequestComposer composer;
    composer.show();
    composer.loadOperation(patientOperation());
    pathField(composer, QStringLiteral("id"))->setText(QStringLiteral("1"));
    pathField(composer, QStringLiteral("noteKey"))->setText(QStringLiteral("2"));
    auto *body = composer.findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
    auto *message = composer.findChild<QLabel *>(QStringLiteral("composerMessage"));
    body->setPlainText(QStringLiteral("{\"a\": 1"));
    composer.send();
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("not valid JSON")),
             qPrintable(message->text()));

    // Still broken in another way: the warning stays and says where now.
    const QString first = message->text();
    body->setPlainText(QStringLiteral("{\"a\": }"));
    QTRY_VERIFY(message->text() != first);
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("not valid JSON")));

    // Fixed: the warning goes without pressing Send again.
    body->setPlainText(QStringLiteral("{\"a\": 1}"));
    QTRY_VERIFY(!message->isVisible());
}

void TestRequestComposer::missingPathParameterIsNamedAndNotSent()
{
    RequestComposer composer;
    composer.loadOperation(patientOperation());
    pathField(composer, QStringLiteral("id"))->setText(QStringLiteral("7"));

    QSignalSpy sent(&composer, &RequestComposer::sendRequested);
    composer.send();
    QCOMPARE(sent.size(), 0);
    const QString message = composer.findChild<QLabel *>(QStringLiteral("composerMessage"))->text();
    QVERIFY2(message.contains(u"noteKey"), qPrintable(message));
    QVERIFY(!message.contains(u"“id”"));
}

void TestRequestComposer::ctrlEnterSends_data()
{
    QTest::addColumn<QString>("focusedChild");
    QTest::addColumn<int>("key");

    QTest::newRow("Ctrl+Return in the path") << QStringLiteral("pathEdit") << int(Qt::Key_Return);
    QTest::newRow("Ctrl+Enter in the path") << QStringLiteral("pathEdit") << int(Qt::Key_Enter);
    QTest::newRow("Ctrl+Return in the body") << QStringLiteral("bodyEdit") << int(Qt::Key_Return);
}

void TestRequestComposer::ctrlEnterSends()
{
    QFETCH(QString, focusedChild);
    QFETCH(int, key);

    RequestComposer composer;
    Operation operation;
    operation.method = QStringLiteral("GET");
    operation.path = QStringLiteral("/v1/me");
    composer.loadOperation(operation);
    composer.show();
    QVERIFY(QTest::qWaitForWindowActive(&composer));
    auto *body = composer.findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
    if (focusedChild == u"bodyEdit")
        composer.findChild<QTabWidget *>(QStringLiteral("composerTabs"))->setCurrentIndex(2);
    QWidget *target = composer.findChild<QWidget *>(focusedChild);
    target->setFocus();
    QTRY_VERIFY(target->hasFocus());

    QSignalSpy sent(&composer, &RequestComposer::sendRequested);
    QTest::keyClick(target, Qt::Key(key), Qt::ControlModifier);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().first().value<ApiRequest>().path, QStringLiteral("/v1/me"));
    QVERIFY(body->toPlainText().isEmpty()); // the keys did not also type a newline
}

void TestRequestComposer::cancelIsOnlyEnabledInFlight()
{
    RequestComposer composer;
    auto *cancel = composer.findChild<QPushButton *>(QStringLiteral("cancelButton"));
    auto *send = composer.findChild<QPushButton *>(QStringLiteral("sendButton"));
    QVERIFY(!cancel->isEnabled());
    composer.setInFlight(true);
    QVERIFY(cancel->isEnabled());
    QVERIFY(!send->isEnabled());

    QSignalSpy canceled(&composer, &RequestComposer::cancelRequested);
    QSignalSpy sent(&composer, &RequestComposer::sendRequested);
    cancel->click();
    QCOMPARE(canceled.size(), 1);
    composer.findChild<QLineEdit *>(QStringLiteral("pathEdit"))->setText(QStringLiteral("/v1/me"));
    composer.send(); // a second send while one is in flight is ignored
    QCOMPARE(sent.size(), 0);

    composer.setInFlight(false);
    QVERIFY(!cancel->isEnabled());
    QVERIFY(send->isEnabled());
}

void TestRequestComposer::authHeadersAreShownRedacted()
{
    RequestComposer composer;
    composer.setAuthPreview(QStringLiteral("…AB12"), QStringLiteral("1001"));
    // What is shown, as a screen reader reads it (the label itself wraps only between headers).
    const QString text =
        composer.findChild<QLabel *>(QStringLiteral("authHeadersLabel"))->accessibleDescription();
    QVERIFY(text.contains(u"x-api-key: …AB12"));
    QVERIFY(text.contains(u"x-practice-group-id: 1001"));

    // The auth headers cannot be overridden from the headers table.
    composer.findChild<QLineEdit *>(QStringLiteral("pathEdit"))->setText(QStringLiteral("/v1/me"));
    composer.findChild<QPushButton *>(QStringLiteral("headersAddButton"))->click();
    auto *headers = composer.findChild<QTableWidget *>(QStringLiteral("headersTable"));
    headers->item(0, 0)->setText(QStringLiteral("X-Api-Key"));
    QSignalSpy sent(&composer, &RequestComposer::sendRequested);
    composer.send();
    QCOMPARE(sent.size(), 0);
    QVERIFY(composer.problem().contains(u"x-api-key"));
}

// The line lists what ApiClient::prepare() adds to the request as it stands, after each edit.
void TestRequestComposer::addedOnSendFollowsTheRequest()
{
    RequestComposer composer;
    composer.setAuthPreview(QStringLiteral("…AB12"), QStringLiteral("1001"));
    auto *label = composer.findChild<QLabel *>(QStringLiteral("authHeadersLabel"));
    composer.findChild<QLineEdit *>(QStringLiteral("pathEdit"))->setText(QStringLiteral("/v1/me"));
    QCOMPARE(label->accessibleDescription(),
             QStringLiteral("Added on send:  Accept: application/json   Cache-Control: no-cache   "
                            "Pragma: no-cache   x-practice-group-id: 1001   x-api-key: …AB12"));
    // On screen a narrow window wraps the line between headers, never inside one.
    QCOMPARE(label->textFormat(), Qt::RichText);
    QVERIFY2(
        label->text().contains(u"x&#8209;practice&#8209;group&#8209;id:&nbsp;1001&nbsp;&nbsp; "),
        qPrintable(label->text()));

    composer.findChild<QComboBox *>(QStringLiteral("methodCombo"))
        ->setCurrentText(QStringLiteral("POST"));
    QCOMPARE(label->accessibleDescription(),
             QStringLiteral("Added on send:  Accept: application/json   "
                            "x-practice-group-id: 1001   x-api-key: …AB12"));

    composer.findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"))
        ->setPlainText(QStringLiteral("{}"));
    QTRY_VERIFY(label->accessibleDescription().contains(u"Content-Type: application/json"));

    // A header typed by hand is the user's, not the client's.
    composer.findChild<QPushButton *>(QStringLiteral("headersAddButton"))->click();
    auto *headers = composer.findChild<QTableWidget *>(QStringLiteral("headersTable"));
    headers->item(0, 0)->setText(QStringLiteral("Accept"));
    headers->item(0, 1)->setText(QStringLiteral("*/*"));
    QVERIFY(!label->accessibleDescription().contains(u"Accept"));
    headers->removeRow(0);
    QVERIFY(label->accessibleDescription().contains(u"Accept: application/json"));
}

void TestRequestComposer::reopeningARequestRecoversPathParameters()
{
    RequestComposer composer;
    composer.loadOperation(patientOperation());
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v1/patients/a%2Fb/notes/7");
    request.query = {{QStringLiteral("page_size"), QStringLiteral("3")}};
    request.body = QByteArrayLiteral("{\"text\": \"hi\"}");
    composer.loadRequest(request);

    QCOMPARE(pathField(composer, QStringLiteral("id"))->text(), QStringLiteral("a/b"));
    QCOMPARE(pathField(composer, QStringLiteral("noteKey"))->text(), QStringLiteral("7"));
    const ApiRequest again = composer.request();
    QCOMPARE(again.path, request.path);
    QCOMPARE(again.query, request.query); // the required row the request did not use is off
    QCOMPARE(again.body, request.body);
}

void TestRequestComposer::copyAsCurlNeverHoldsTheKey()
{
    const QByteArray key = QByteArrayLiteral("sk_test_composer_4f9dAB12");
    RequestComposer composer;
    Environment environment;
    environment.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8443"));
    composer.setEnvironment(environment);
    composer.setAuthPreview(redactedKey(key), QStringLiteral("1001"));
    composer.loadOperation(patientOperation());
    pathField(composer, QStringLiteral("id"))->setText(QStringLiteral("42"));
    pathField(composer, QStringLiteral("noteKey"))->setText(QStringLiteral("n"));

    composer.findChild<QPushButton *>(QStringLiteral("copyCurlButton"))->click();
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(u"$HERO_API_KEY"), qPrintable(copied));
    QVERIFY(!copied.contains(QString::fromLatin1(key)));
    QVERIFY(!copied.contains(u"AB12"));
    QVERIFY(copied.contains(u"http://127.0.0.1:8443/v1/patients/42/notes/n"));
    QVERIFY(copied.contains(u"1001"));
}

// Issue 13: with "10o1" typed as the group, the preview read "x-practice-group-id: 10o1" and
// Copy as curl wrote it into a command, although the explorer never sends such a request.
void TestRequestComposer::anInvalidPracticeGroupIsNeitherPreviewedNorCopiedAsIfSent()
{
    RequestComposer composer;
    Environment environment;
    environment.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8443"));
    composer.setEnvironment(environment);
    composer.setAuthPreview(QStringLiteral("…AB12"), QStringLiteral("10o1"));
    composer.loadOperation(patientOperation());
    pathField(composer, QStringLiteral("id"))->setText(QStringLiteral("42"));
    pathField(composer, QStringLiteral("noteKey"))->setText(QStringLiteral("n"));
    const QString preview =
        composer.findChild<QLabel *>(QStringLiteral("authHeadersLabel"))->accessibleDescription();
    QVERIFY2(preview.contains(u"not valid"), qPrintable(preview));

    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    composer.findChild<QPushButton *>(QStringLiteral("copyCurlButton"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("before"));
    auto *message = composer.findChild<QLabel *>(QStringLiteral("composerMessage"));
    QVERIFY2(message->text().contains(u"10o1"), qPrintable(message->text()));

    composer.setAuthPreview(QStringLiteral("…AB12"), QStringLiteral("1001"));
    QVERIFY(!composer.findChild<QLabel *>(QStringLiteral("authHeadersLabel"))
                 ->text()
                 .contains(u"not valid"));
    composer.findChild<QPushButton *>(QStringLiteral("copyCurlButton"))->click();
    QVERIFY(QGuiApplication::clipboard()->text().contains(u"1001"));
}

void TestRequestComposer::rendersReadably()
{
    RequestComposer composer;
    composer.setAuthPreview(QStringLiteral("…AB12"), QStringLiteral("1001"));
    composer.loadOperation(patientOperation());
    pathField(composer, QStringLiteral("id"))->setText(QStringLiteral("42"));
    const int line = composer.fontMetrics().height();
    composer.resize(line * 48, line * 26);
    composer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&composer));
    const QPixmap shot = composer.grab();
    QVERIFY(!shot.isNull());
    if (const QString dir = qEnvironmentVariable("HERO_UI_SHOTS"); !dir.isEmpty())
        QVERIFY(shot.save(QDir(dir).filePath(QStringLiteral("requestcomposer.png"))));
}

QTEST_MAIN(TestRequestComposer)
#include "tst_requestcomposer.moc"

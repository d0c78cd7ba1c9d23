// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "json/jsondocumentmodel.h"
#include "responseviewer.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

namespace {

Exchange jsonExchange(const QByteArray &body)
{
    Exchange exchange;
    exchange.request.method = "GET";
    exchange.request.url = QUrl(QStringLiteral("http://127.0.0.1:1/v1/patients"));
    exchange.status = 200;
    exchange.reason = "OK";
    exchange.headers = {{"Content-Type", "application/json"}, {"X-Request-Id", "r-1"}};
    exchange.body = body;
    exchange.timings.connectMs = 3;
    exchange.timings.firstByteMs = 40;
    exchange.timings.totalMs = 43;
    return exchange;
}

const QByteArray SmallBody = QByteArrayLiteral(
    R"({"data":[{"id":"p-1","name":"Ada"},{"id":"p-2","name":"Grace Needle"}],"total":2})");

// {"data":[{…}, …]} of about `bytes` bytes, patient-like objects.
QByteArray largeBody(qsizetype bytes)
{
    QByteArray body = QByteArrayLiteral("{\"data\":[");
    body.reserve(bytes + 256);
    for (int i = 0; body.size() < bytes; ++i) {
        if (i > 0)
            body += ',';
        body += QByteArrayLiteral("{\"id\":") + QByteArray::number(i)
            + QByteArrayLiteral(",\"name\":\"Patient ") + QByteArray::number(i)
            + QByteArrayLiteral("\",\"nhs_number\":\"9434765919\",\"active\":true}");
    }
    body += QByteArrayLiteral("],\"total\":0}");
    return body;
}

void showAndWait(ResponseViewer &viewer, const Exchange &exchange)
{
    QSignalSpy shown(&viewer, &ResponseViewer::bodyShown);
    viewer.setExchange(exchange);
    if (shown.isEmpty())
        QVERIFY(shown.wait(60000));
    QCoreApplication::sendPostedEvents(); // let layouts settle before a grab()
}

QModelIndex findKey(QAbstractItemModel *model, const QModelIndex &parent, const QString &key)
{
    while (model->canFetchMore(parent)) // the model is lazy: rows exist once asked for
        model->fetchMore(parent);
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, JsonDocumentModel::KeyColumn, parent);
        if (index.data().toString() == key)
            return index;
    }
    return {};
}

} // namespace

class TestResponseViewer : public QObject
{
    Q_OBJECT

private slots:
    void jsonExchangeShowsStatusHeadersAndTree();
    void statusLineSaysWhatHappened_data();
    void statusLineSaysWhatHappened();
    void htmlIsShownAsTextOnly();
    void transportFailureShowsTheErrorInsteadOfABody();
    void invalidJsonFallsBackToTextWithThePlace();
    void largeBodyParsesOffTheGuiThread();
    void cancelingAParseKeepsTheText();
    void searchFindsAValueInTheTree();
    void searchInPrettyHighlightsEveryMatch();
    void copyPathGivesTheJsonPath();
    void saveWritesTheWholeBody();
    void reindentWorksOnAPrefix_data();
    void reindentWorksOnAPrefix();
    void rendersReadably();
};

void TestResponseViewer::jsonExchangeShowsStatusHeadersAndTree()
{
    ResponseViewer viewer;
    auto *tree = viewer.findChild<QTreeView *>(QStringLiteral("bodyTree"));
    QAbstractItemModelTester tester(tree->model());
    showAndWait(viewer, jsonExchange(SmallBody));

    QCOMPARE(viewer.findChild<QLabel *>(QStringLiteral("statusLabel"))->text(),
             QStringLiteral("200 OK · 43 ms"));
    const QString timing = viewer.findChild<QLabel *>(QStringLiteral("timingLabel"))->text();
    QVERIFY2(timing.contains(u"Connect 3 ms") && timing.contains(u"TLS —")
                 && timing.contains(u"First byte 40 ms"),
             qPrintable(timing));
    auto *headers = viewer.findChild<QTableWidget *>(QStringLiteral("headersView"));
    QCOMPARE(headers->rowCount(), 2);
    QCOMPARE(headers->item(1, 0)->text(), QStringLiteral("X-Request-Id"));
    QCOMPARE(headers->item(1, 1)->text(), QStringLiteral("r-1"));

    auto *tabs = viewer.findChild<QTabWidget *>(QStringLiteral("bodyTabs"));
    QCOMPARE(tabs->currentIndex(), int(ResponseViewer::TreeTab));
    QCOMPARE(tree->model()->rowCount(), 2);
    const QModelIndex data = findKey(tree->model(), {}, QStringLiteral("data"));
    QVERIFY(data.isValid());
    QVERIFY(tree->isExpanded(data));
    QCOMPARE(tree->model()->rowCount(data), 2);

    const QString pretty =
        viewer.findChild<QPlainTextEdit *>(QStringLiteral("bodyPretty"))->toPlainText();
    QVERIFY(pretty.contains(u"\n    {\n      \"id\": \"p-1\","));
    QCOMPARE(viewer.findChild<QPlainTextEdit *>(QStringLiteral("bodyRaw"))->toPlainText().toUtf8(),
             SmallBody);
}

void TestResponseViewer::statusLineSaysWhatHappened_data()
{
    QTest::addColumn<Exchange>("exchange");
    QTest::addColumn<QString>("expected");

    Exchange notFound = jsonExchange("{}");
    notFound.status = 404;
    notFound.reason.clear();
    notFound.timings.totalMs = 7;
    QTest::newRow("reason filled in") << notFound << QStringLiteral("404 Not Found · 7 ms");

    Exchange refused;
    refused.transportError = TransportError::ConnectionRefused;
    QTest::newRow("transport failure")
        << refused << QStringLiteral("No response · connection refused");

    Exchange notSent;
    notSent.refusal = Refusal::InvalidPracticeGroup;
    QTest::newRow("refused before sending") << notSent << QStringLiteral("Not sent");
}

void TestResponseViewer::statusLineSaysWhatHappened()
{
    QFETCH(Exchange, exchange);
    QFETCH(QString, expected);
    ResponseViewer viewer;
    showAndWait(viewer, exchange);
    QCOMPARE(viewer.findChild<QLabel *>(QStringLiteral("statusLabel"))->text(), expected);
}

void TestResponseViewer::htmlIsShownAsTextOnly()
{
    const QByteArray html =
        QByteArrayLiteral("<html><body><h1>502 Bad Gateway</h1><script>x()</script></body></html>");
    Exchange exchange = jsonExchange(html);
    exchange.status = 502;
    exchange.reason = "Bad Gateway";
    exchange.headers = {{"Content-Type", "text/html; charset=utf-8"}};
    ResponseViewer viewer;
    showAndWait(viewer, exchange);

    auto *tabs = viewer.findChild<QTabWidget *>(QStringLiteral("bodyTabs"));
    QCOMPARE(tabs->currentIndex(), int(ResponseViewer::RawTab));
    QVERIFY(!tabs->isTabEnabled(ResponseViewer::TreeTab));
    auto *raw = viewer.findChild<QPlainTextEdit *>(QStringLiteral("bodyRaw"));
    QCOMPARE(raw->toPlainText().toUtf8(), html); // the markup itself, not rendered
    QCOMPARE(viewer.findChild<QTreeView *>(QStringLiteral("bodyTree"))->model()->rowCount(), 0);
}

void TestResponseViewer::transportFailureShowsTheErrorInsteadOfABody()
{
    Exchange exchange;
    exchange.transportError = TransportError::TlsFailure;
    exchange.errorText = QStringLiteral("The certificate is self-signed, and untrusted");
    exchange.tlsErrors = {QSslError::SelfSignedCertificate};
    ResponseViewer viewer;
    viewer.show();
    showAndWait(viewer, exchange);

    auto *error = viewer.findChild<QLabel *>(QStringLiteral("errorView"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(exchange.errorText));
    QVERIFY(error->text().contains(u"TLS"));
    // The problem itself is rendered here, in Qt's words, from the enum the exchange keeps.
    QVERIFY(error->text().contains(
        QSslError(QSslError::SelfSignedCertificate).errorString().toHtmlEscaped()));
    QVERIFY(!viewer.findChild<QTabWidget *>(QStringLiteral("bodyTabs"))->isVisible());
}

void TestResponseViewer::invalidJsonFallsBackToTextWithThePlace()
{
    const QByteArray broken = QByteArrayLiteral("{\n  \"a\": 1\n  \"b\": 2\n}");
    ResponseViewer viewer;
    showAndWait(viewer, jsonExchange(broken));
    auto *tabs = viewer.findChild<QTabWidget *>(QStringLiteral("bodyTabs"));
    QVERIFY(!tabs->isTabEnabled(ResponseViewer::TreeTab));
    QCOMPARE(tabs->currentIndex(), int(ResponseViewer::RawTab));
    const QString note = viewer.findChild<QLabel *>(QStringLiteral("bodyNote"))->text();
    QVERIFY2(note.contains(u"line 3"), qPrintable(note));
}

void TestResponseViewer::largeBodyParsesOffTheGuiThread()
{
    const QByteArray body = largeBody(20 * 1024 * 1024);
    ResponseViewer viewer;
    auto *tree = viewer.findChild<QTreeView *>(QStringLiteral("bodyTree"));
    QSignalSpy shown(&viewer, &ResponseViewer::bodyShown);

    viewer.setExchange(jsonExchange(body));
    // setExchange returned without parsing: the tree is filled only from the job's report.
    QCOMPARE(shown.size(), 0);
    QVERIFY(viewer.isParsing());
    QVERIFY(!viewer.findChild<QProgressBar *>(QStringLiteral("parseProgress"))->isHidden());
    QCOMPARE(tree->model()->rowCount(), 0);

    QVERIFY(shown.wait(60000));
    QVERIFY(!viewer.isParsing());
    QCOMPARE(tree->model()->rowCount(), 2); // "data" and "total"
    const QModelIndex data = findKey(tree->model(), {}, QStringLiteral("data"));
    QVERIFY(data.isValid());
    QVERIFY(tree->model()->hasChildren(data));

    // The text views hold only a preview; the note says where the rest is.
    const QString raw =
        viewer.findChild<QPlainTextEdit *>(QStringLiteral("bodyRaw"))->toPlainText();
    QVERIFY(raw.size() <= 2 * 1024 * 1024);
    QVERIFY(raw.size() > 1024 * 1024);
    const QString note = viewer.findChild<QLabel *>(QStringLiteral("bodyNote"))->text();
    QVERIFY2(note.contains(u"Save"), qPrintable(note));
}

void TestResponseViewer::cancelingAParseKeepsTheText()
{
    ResponseViewer viewer;
    QSignalSpy shown(&viewer, &ResponseViewer::bodyShown);
    viewer.setExchange(jsonExchange(largeBody(8 * 1024 * 1024)));
    QVERIFY(viewer.isParsing());
    viewer.findChild<QPushButton *>(QStringLiteral("cancelParseButton"))->click();
    QCOMPARE(shown.size(), 1);
    QVERIFY(!viewer.isParsing());
    auto *tabs = viewer.findChild<QTabWidget *>(QStringLiteral("bodyTabs"));
    QVERIFY(!tabs->isTabEnabled(ResponseViewer::TreeTab));
    QVERIFY(viewer.findChild<QLabel *>(QStringLiteral("bodyNote"))->text().contains(u"cancelled"));
    QVERIFY(
        !viewer.findChild<QPlainTextEdit *>(QStringLiteral("bodyRaw"))->toPlainText().isEmpty());
}

void TestResponseViewer::searchFindsAValueInTheTree()
{
    ResponseViewer viewer;
    showAndWait(viewer, jsonExchange(SmallBody));
    auto *search = viewer.findChild<QLineEdit *>(QStringLiteral("bodySearch"));
    QTest::keyClicks(search, QStringLiteral("needle"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(viewer.currentJsonPath(), QStringLiteral("$.data[1].name"));

    search->setText(QStringLiteral("p-"));
    viewer.findNext();
    QCOMPARE(viewer.currentJsonPath(), QStringLiteral("$.data[0].id"));
    viewer.findNext();
    QCOMPARE(viewer.currentJsonPath(), QStringLiteral("$.data[1].id"));
    viewer.findPrevious();
    QCOMPARE(viewer.currentJsonPath(), QStringLiteral("$.data[0].id"));

    search->setText(QStringLiteral("absent-word"));
    viewer.findNext();
    QCOMPARE(viewer.findChild<QLabel *>(QStringLiteral("searchStatus"))->text(),
             QStringLiteral("Not found"));
}

void TestResponseViewer::searchInPrettyHighlightsEveryMatch()
{
    ResponseViewer viewer;
    showAndWait(viewer, jsonExchange(SmallBody));
    viewer.findChild<QTabWidget *>(QStringLiteral("bodyTabs"))
        ->setCurrentIndex(ResponseViewer::PrettyTab);
    viewer.findChild<QLineEdit *>(QStringLiteral("bodySearch"))->setText(QStringLiteral("\"id\""));
    viewer.findNext();
    auto *pretty = viewer.findChild<QPlainTextEdit *>(QStringLiteral("bodyPretty"));
    QCOMPARE(pretty->textCursor().selectedText(), QStringLiteral("\"id\""));
    QCOMPARE(pretty->extraSelections().size(), 2);
}

void TestResponseViewer::copyPathGivesTheJsonPath()
{
    ResponseViewer viewer;
    showAndWait(viewer, jsonExchange(SmallBody));
    auto *tree = viewer.findChild<QTreeView *>(QStringLiteral("bodyTree"));
    const QModelIndex data = findKey(tree->model(), {}, QStringLiteral("data"));
    const QModelIndex first = tree->model()->index(0, 0, data);
    tree->setCurrentIndex(findKey(tree->model(), first, QStringLiteral("id")));

    viewer.findChild<QPushButton *>(QStringLiteral("copyPathButton"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("$.data[0].id"));
    viewer.findChild<QPushButton *>(QStringLiteral("copyValueButton"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("p-1"));
}

void TestResponseViewer::saveWritesTheWholeBody()
{
    const QByteArray body = largeBody(3 * 1024 * 1024);
    ResponseViewer viewer;
    viewer.setTextPreviewLimit(64 * 1024);
    showAndWait(viewer, jsonExchange(body));
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("body.json"));
    QVERIFY(viewer.saveBodyTo(fileName));
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), body);
}

void TestResponseViewer::reindentWorksOnAPrefix_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("object") << QByteArray(R"({"a":1,"b":[true,null]})")
                            << QByteArray(
                                   "{\n  \"a\": 1,\n  \"b\": [\n    true,\n    null\n  ]\n}");
    QTest::newRow("empty containers stay on one line")
        << QByteArray(R"({"a":{},"b":[ ]})") << QByteArray("{\n  \"a\": {},\n  \"b\": []\n}");
    QTest::newRow("punctuation inside strings is text")
        << QByteArray(R"(["x,{y}:\"z"])") << QByteArray("[\n  \"x,{y}:\\\"z\"\n]");
    QTest::newRow("a cut-off prefix")
        << QByteArray(R"({"a":[1,2)") << QByteArray("{\n  \"a\": [\n    1,\n    2");
}

void TestResponseViewer::reindentWorksOnAPrefix()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, expected);
    bool truncated = true;
    QCOMPARE(reindentJsonPrefix(json, 1024, &truncated), expected);
    QVERIFY(!truncated);
    reindentJsonPrefix(json, 4, &truncated);
    QVERIFY(truncated);
}

void TestResponseViewer::rendersReadably()
{
    ResponseViewer viewer;
    const int line = viewer.fontMetrics().height();
    viewer.resize(line * 50, line * 30);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    showAndWait(viewer, jsonExchange(SmallBody));
    const QString dir = qEnvironmentVariable("HERO_UI_SHOTS");
    QPixmap shot = viewer.grab();
    QVERIFY(!shot.isNull());
    if (!dir.isEmpty())
        QVERIFY(shot.save(QDir(dir).filePath(QStringLiteral("responseviewer-json.png"))));

    Exchange html = jsonExchange("<html><body><h1>Service Unavailable</h1></body></html>");
    html.status = 503;
    html.reason = "Service Unavailable";
    html.headers = {{"Content-Type", "text/html"}};
    showAndWait(viewer, html);
    shot = viewer.grab();
    QVERIFY(!shot.isNull());
    if (!dir.isEmpty())
        QVERIFY(shot.save(QDir(dir).filePath(QStringLiteral("responseviewer-html.png"))));

    Exchange failed;
    failed.transportError = TransportError::ConnectionRefused;
    failed.errorText = QStringLiteral("Connection refused");
    showAndWait(viewer, failed);
    shot = viewer.grab();
    if (!dir.isEmpty())
        QVERIFY(shot.save(QDir(dir).filePath(QStringLiteral("responseviewer-error.png"))));
}

QTEST_MAIN(TestResponseViewer)
#include "tst_responseviewer.moc"

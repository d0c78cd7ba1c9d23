// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "history/historystore.h"
#include "historypanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

Exchange exchange(const QByteArray &method, const QString &pathAndQuery, int status,
                  qint64 startedAtSecs)
{
    Exchange exchange;
    exchange.request.method = method;
    exchange.request.url = QUrl(u"https://api.staging.example" + pathAndQuery);
    exchange.request.headers = {{"Accept", "application/json"},
                                {"X-Request-Id", "req-1"},
                                {"x-practice-group-id", "4242"},
                                {"x-api-key", "…Z1rT"}};
    exchange.startedAt = QDateTime::fromSecsSinceEpoch(startedAtSecs, Qt::UTC);
    exchange.status = status;
    exchange.reason = status == 200 ? QByteArray("OK") : QByteArray("Not Found");
    exchange.timings.totalMs = 12;
    return exchange;
}

HistoryContext staging()
{
    HistoryContext context;
    context.environmentId = QStringLiteral("staging");
    context.environmentName = QStringLiteral("Staging");
    return context;
}

} // namespace

class TestHistoryPanel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void searchNarrowsTheTable();
    void openEmitsTheSelectedRequest();
    void enterOnARowOpensIt();
    void clearAsksFirstAndCancelKeepsTheHistory();
    void keepBodiesIsOffByDefaultAndWarnsAboutPatientData();
    void bodiesKeptEarlierAreNamedUntilTheUserClearsThem();
    void statusIsShownAsText();

private:
    QTableView *view() const
    {
        return m_panel->findChild<QTableView *>(QStringLiteral("historyView"));
    }
    void selectRow(int row);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<HistoryPanel> m_panel;
};

void TestHistoryPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<HistoryStore>(m_dir->filePath(QStringLiteral("history.json")));
    m_store->load();
    m_store->add(exchange("GET", QStringLiteral("/v1/me"), 200, 1'700'000'000), staging());
    m_store->add(exchange("GET", QStringLiteral("/v1/patients?page=2"), 404, 1'700'000'001),
                 staging());
    Exchange post = exchange("POST", QStringLiteral("/v1/notes"), 200, 1'700'000'002);
    post.request.body = R"({"text":"hello"})";
    m_store->add(post, staging());
    m_panel = std::make_unique<HistoryPanel>(m_store.get());
    m_panel->resize(800, 400);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestHistoryPanel::cleanup()
{
    m_panel.reset();
    m_store.reset();
    m_dir.reset();
}

void TestHistoryPanel::selectRow(int row)
{
    view()->setFocus();
    view()->setCurrentIndex(view()->model()->index(row, 0));
}

void TestHistoryPanel::searchNarrowsTheTable()
{
    auto *search = m_panel->findChild<QLineEdit *>(QStringLiteral("historySearch"));
    QVERIFY(search);
    QCOMPARE(view()->model()->rowCount(), 3);
    QTest::keyClicks(search, QStringLiteral("patients"));
    QCOMPARE(view()->model()->rowCount(), 1);
    QCOMPARE(view()->model()->index(0, 3).data().toString(), QStringLiteral("/v1/patients?page=2"));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("get"));
    QCOMPARE(view()->model()->rowCount(), 2);
}

void TestHistoryPanel::openEmitsTheSelectedRequest()
{
    auto *open = m_panel->findChild<QPushButton *>(QStringLiteral("historyOpen"));
    QVERIFY(open);
    QVERIFY(!open->isEnabled()); // nothing selected yet
    QSignalSpy reopened(m_panel.get(), &HistoryPanel::reopenRequested);

    selectRow(0); // newest first: the POST
    QVERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(reopened.count(), 1);
    const auto request = reopened.first().first().value<HistoryRequest>();
    QCOMPARE(request.environmentId, QStringLiteral("staging"));
    QCOMPARE(request.practiceGroup, QStringLiteral("4242"));
    QCOMPARE(request.request.method, QByteArray("POST"));
    QCOMPARE(request.request.path, QStringLiteral("/v1/notes"));
    QVERIFY(request.request.body.isEmpty()); // bodies are off by default: not kept to reopen
    QCOMPARE(request.request.extraHeaders, (HeaderList{{"X-Request-Id", "req-1"}}));
}

void TestHistoryPanel::enterOnARowOpensIt()
{
    QSignalSpy reopened(m_panel.get(), &HistoryPanel::reopenRequested);
    selectRow(1);
    QTest::keyClick(view(), Qt::Key_Return);
    QCOMPARE(reopened.count(), 1);
    const auto request = reopened.first().first().value<HistoryRequest>();
    QCOMPARE(request.request.path, QStringLiteral("/v1/patients"));
    QCOMPARE(request.request.query,
             (QList<QPair<QString, QString>>{{QStringLiteral("page"), QStringLiteral("2")}}));
}

void TestHistoryPanel::clearAsksFirstAndCancelKeepsTheHistory()
{
    auto *clear = m_panel->findChild<QPushButton *>(QStringLiteral("historyClear"));
    QVERIFY(clear);

    QTest::mouseClick(clear, Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_panel->findChild<QMessageBox *>(QStringLiteral("historyClearConfirm"))));
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("3")));
    box->button(QMessageBox::Cancel)->click();
    QCOMPARE(m_store->entries().size(), 3);
    QCOMPARE(view()->model()->rowCount(), 3);
    QTRY_VERIFY(!m_panel->findChild<QMessageBox *>(QStringLiteral("historyClearConfirm")));

    QTest::mouseClick(clear, Qt::LeftButton);
    QTRY_VERIFY((box = m_panel->findChild<QMessageBox *>(QStringLiteral("historyClearConfirm"))));
    box->button(QMessageBox::Yes)->click();
    QVERIFY(m_store->entries().isEmpty());
    QCOMPARE(view()->model()->rowCount(), 0);
    QVERIFY(!clear->isEnabled());
}

void TestHistoryPanel::keepBodiesIsOffByDefaultAndWarnsAboutPatientData()
{
    auto *keep = m_panel->findChild<QCheckBox *>(QStringLiteral("historyKeepBodies"));
    QVERIFY(keep);
    QVERIFY(!keep->isChecked());
    QVERIFY(keep->toolTip().contains(QStringLiteral("patient data")));
    auto *warning = m_panel->findChild<QWidget *>(QStringLiteral("historyBodiesWarning"));
    QVERIFY(warning && !warning->isVisible());

    QCOMPARE(keep->text(), QStringLiteral("Keep bodies in history"));

    QTest::mouseClick(keep, Qt::LeftButton);
    QVERIFY(m_store->keepBodies());
    QVERIFY(warning->isVisible());

    m_store->setKeepBodies(false); // e.g. from settings: the box follows the store
    QVERIFY(!keep->isChecked());
    QVERIFY(!warning->isVisible()); // nothing was stored while it was on
}

void TestHistoryPanel::bodiesKeptEarlierAreNamedUntilTheUserClearsThem()
{
    const QByteArray patient = R"({"nhsNumber":"9434765919"})";
    m_store->setKeepBodies(true);
    Exchange post = exchange("POST", QStringLiteral("/v1/patients"), 200, 1'700'000'003);
    post.request.body = patient;
    m_store->add(post, staging());
    m_store->setKeepBodies(false);
    QVERIFY(m_store->saveNow());

    // A later session: the switch off, the file still holding the body.
    m_panel.reset();
    m_store = std::make_unique<HistoryStore>(m_dir->filePath(QStringLiteral("history.json")));
    m_store->load();
    m_panel = std::make_unique<HistoryPanel>(m_store.get());
    m_panel->show();
    auto *warning = m_panel->findChild<QLabel *>(QStringLiteral("historyBodiesWarning"));
    auto *clearBodies = m_panel->findChild<QPushButton *>(QStringLiteral("historyClearBodies"));
    QVERIFY(warning && clearBodies);
    QVERIFY(!m_panel->findChild<QCheckBox *>(QStringLiteral("historyKeepBodies"))->isChecked());
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("1 of 4")), qPrintable(warning->text()));
    QVERIFY(warning->text().contains(QStringLiteral("patient data")));
    QVERIFY(clearBodies->isVisible());

    QTest::mouseClick(clearBodies, Qt::LeftButton);
    QCOMPARE(m_store->entries().size(), 4);
    QCOMPARE(m_store->storedBodyCount(), 0);
    QVERIFY(!warning->isVisible());
    QVERIFY(!clearBodies->isVisible());
    QFile file(m_store->filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("/v1/patients"));
    QVERIFY(!bytes.contains("9434765919"));
}

void TestHistoryPanel::statusIsShownAsText()
{
    QStringList statuses;
    for (int row = 0; row < view()->model()->rowCount(); ++row)
        statuses.append(view()->model()->index(row, 5).data().toString());
    QCOMPARE(statuses,
             (QStringList{QStringLiteral("200 OK"), QStringLiteral("404 Not Found"),
                          QStringLiteral("200 OK")}));
    QVERIFY(!view()->grab().isNull());
}

QTEST_MAIN(TestHistoryPanel)
#include "tst_historypanel.moc"

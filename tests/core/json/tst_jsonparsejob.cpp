// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "json/jsondocumentmodel.h"
#include "json/jsonparsejob.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

namespace {

QByteArray bigArray(int count)
{
    QByteArray body;
    body.reserve(count * 40);
    body += '[';
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            body += ',';
        body += "{\"id\":\"" + QByteArray::number(i) + "\",\"ok\":true}";
    }
    body += ']';
    return body;
}

} // namespace

class TestJsonParseJob : public QObject
{
    Q_OBJECT

private slots:
    void parsesOffTheCallerAndReportsOnce();
    void errorsAreResultsNotCrashes_data();
    void errorsAreResultsNotCrashes();
    void cancelEndsTheJobAtOnce();
};

void TestJsonParseJob::parsesOffTheCallerAndReportsOnce()
{
    auto *job = new JsonParseJob(bigArray(20000));
    QPointer<JsonParseJob> guard(job);
    QSignalSpy finished(job, &JsonParseJob::finished);
    QSignalSpy progress(job, &JsonParseJob::progress);
    job->start();
    QVERIFY(job->isRunning());
    QCOMPARE(finished.count(), 0); // start() returns before the parse is done
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.count(), 1);
    const auto result = finished.first().first().value<JsonParseResult>();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.first().first().toInt(), 0);
    QCOMPARE(progress.last().first().toInt(), 100);

    JsonDocumentModel model;
    model.setDocument(result.document);
    QCOMPARE(model.rowCount(), 1000);
    QTRY_VERIFY(guard.isNull()); // the job deletes itself after finishing
}

void TestJsonParseJob::errorsAreResultsNotCrashes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<JsonParseStatus>("status");

    QTest::newRow("truncated") << bigArray(1000).chopped(7) << JsonParseStatus::Truncated;
    QTest::newRow("deep") << QByteArray(100000, '[') + QByteArray(100000, ']')
                          << JsonParseStatus::TooDeep;
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xFF\xFE", 5) << JsonParseStatus::NotJson;
    QTest::newRow("empty") << QByteArray() << JsonParseStatus::Empty;
    QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>") << JsonParseStatus::NotJson;
}

void TestJsonParseJob::errorsAreResultsNotCrashes()
{
    QFETCH(QByteArray, body);
    QFETCH(JsonParseStatus, status);
    auto *job = new JsonParseJob(body);
    QSignalSpy finished(job, &JsonParseJob::finished);
    job->start();
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().first().value<JsonParseResult>();
    QCOMPARE(result.status, status);
    QVERIFY(!result.document);
    QVERIFY(!result.message.isEmpty());
}

void TestJsonParseJob::cancelEndsTheJobAtOnce()
{
    auto *job = new JsonParseJob(bigArray(200000));
    QPointer<JsonParseJob> guard(job);
    QSignalSpy finished(job, &JsonParseJob::finished);
    job->start();
    job->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<JsonParseResult>().status, JsonParseStatus::Canceled);
    QTRY_VERIFY(guard.isNull());
    // The worker finishes in the background; nothing more is reported.
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 1);
}

QTEST_GUILESS_MAIN(TestJsonParseJob)
#include "tst_jsonparsejob.moc"

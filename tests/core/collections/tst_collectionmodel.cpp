// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "collectionfixture.h"
#include "collections/collectionfolder.h"
#include "collections/collectionmodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Kind = CollectionModel::Kind;

class TestCollectionModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void showsFoldersThenFilesThenRequests();
    void requestRowsCarryMethodNameUrlAndLine();
    void followsTheFolderAfterAnOperation();
    void indexOfFindsFilesAndRequests();
    void filterKeepsParentsOfMatches_data();
    void filterKeepsParentsOfMatches();
    void droppingARequestOnAFileMovesIt();
    void droppingAFileOnAFolderMovesIt();
    void editingANameRenamesOnDisk();
    void aFileWithProblemsSaysSo();

private:
    QString path(const QString &relative) const { return m_dir->path() + u'/' + relative; }
    QStringList rowTexts(const QAbstractItemModel &model, const QModelIndex &parent = {}) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CollectionFolder> m_folder;
    std::unique_ptr<CollectionModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestCollectionModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(CollectionFixture::write(m_dir->path()));
    m_folder = std::make_unique<CollectionFolder>();
    m_model = std::make_unique<CollectionModel>(m_folder.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_model->rowCount(), 0);
    QSignalSpy loaded(m_folder.get(), &CollectionFolder::loaded);
    QSignalSpy watching(m_folder.get(), &CollectionFolder::watching);
    m_folder->open(m_dir->path());
    QVERIFY(loaded.wait(5000));
    QTRY_VERIFY(!watching.isEmpty()); // outside changes are seen from here on
}

QStringList TestCollectionModel::rowTexts(const QAbstractItemModel &model,
                                          const QModelIndex &parent) const
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(parent); ++row)
        texts.append(model.index(row, 0, parent).data().toString());
    return texts;
}

void TestCollectionModel::showsFoldersThenFilesThenRequests()
{
    QCOMPARE(rowTexts(*m_model),
             QStringList({QStringLiteral("appointments"), QStringLiteral("messages.http")}));
    const QModelIndex appointments = m_model->index(0, 0);
    QCOMPARE(appointments.data(CollectionModel::KindRole).value<Kind>(), Kind::Folder);
    QCOMPARE(rowTexts(*m_model, appointments),
             QStringList({QStringLiteral("archive"), QStringLiteral("list.http")}));
    const QModelIndex list = m_model->index(1, 0, appointments);
    QCOMPARE(list.data(CollectionModel::KindRole).value<Kind>(), Kind::File);
    QCOMPARE(list.data(CollectionModel::PathRole).toString(),
             path(QStringLiteral("appointments/list.http")));
    QCOMPARE(
        rowTexts(*m_model, list),
        QStringList({QStringLiteral("List appointments"), QStringLiteral("Cancel appointment")}));
    QCOMPARE(m_model->rowCount(m_model->index(0, 0, appointments)), 0);
}

void TestCollectionModel::requestRowsCarryMethodNameUrlAndLine()
{
    const QModelIndex cancel = m_model->indexOf(path(QStringLiteral("appointments/list.http")), 1);
    QVERIFY(cancel.isValid());
    QCOMPARE(cancel.data(CollectionModel::KindRole).value<Kind>(), Kind::Request);
    QCOMPARE(cancel.data(CollectionModel::MethodRole).toString(), QStringLiteral("POST"));
    QCOMPARE(cancel.data(CollectionModel::NameRole).toString(),
             QStringLiteral("Cancel appointment"));
    QCOMPARE(cancel.data(CollectionModel::UrlRole).toString(),
             QStringLiteral("{{baseUrl}}/v1/appointments/42/cancel"));
    QCOMPARE(cancel.data(CollectionModel::DetailRole).toString(),
             QStringLiteral("/v1/appointments/42/cancel"));
    QCOMPARE(cancel.data(CollectionModel::LineRole).toInt(), 10);
    QCOMPARE(cancel.data(CollectionModel::RequestIndexRole).toInt(), 1);
    QCOMPARE(cancel.data(CollectionModel::PathRole).toString(),
             path(QStringLiteral("appointments/list.http")));
    QCOMPARE(m_model->index(0, 0).data(CollectionModel::RequestIndexRole).toInt(), -1);
}

void TestCollectionModel::followsTheFolderAfterAnOperation()
{
    QString error;
    HttpRequestText request;
    request.method = QStringLiteral("DELETE");
    request.url = QStringLiteral("/v1/messages/7");
    QCOMPARE(m_folder->appendRequest(path(QStringLiteral("messages.http")), request, &error), 1);
    const QModelIndex added = m_model->indexOf(path(QStringLiteral("messages.http")), 1);
    QCOMPARE(added.data().toString(), QStringLiteral("/v1/messages/7")); // unnamed: its URL
    QCOMPARE(added.data(CollectionModel::MethodRole).toString(), QStringLiteral("DELETE"));
}

void TestCollectionModel::indexOfFindsFilesAndRequests()
{
    QCOMPARE(m_model->indexOf(path(QStringLiteral("appointments/archive"))).data().toString(),
             QStringLiteral("archive"));
    QCOMPARE(m_model->indexOf(path(QStringLiteral("messages.http")), 0).data().toString(),
             QStringLiteral("Send message"));
    QVERIFY(!m_model->indexOf(path(QStringLiteral("messages.http")), 3).isValid());
    QVERIFY(!m_model->indexOf(path(QStringLiteral("nothing.http"))).isValid());
}

void TestCollectionModel::filterKeepsParentsOfMatches_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("requests");
    QTest::newRow("none") << QString()
                          << QStringList({QStringLiteral("List appointments"),
                                          QStringLiteral("Cancel appointment"),
                                          QStringLiteral("Send message")});
    QTest::newRow("method") << QStringLiteral("post")
                            << QStringList({QStringLiteral("Cancel appointment"),
                                            QStringLiteral("Send message")});
    QTest::newRow("name") << QStringLiteral("cancel")
                          << QStringList({QStringLiteral("Cancel appointment")});
    QTest::newRow("url") << QStringLiteral("/v1/messages")
                         << QStringList({QStringLiteral("Send message")});
    QTest::newRow("every word") << QStringLiteral("get appointments")
                                << QStringList({QStringLiteral("List appointments")});
    QTest::newRow("file name keeps its requests")
        << QStringLiteral("list.http")
        << QStringList({QStringLiteral("List appointments"), QStringLiteral("Cancel appointment")});
    QTest::newRow("nothing") << QStringLiteral("zzz") << QStringList();
}

void TestCollectionModel::filterKeepsParentsOfMatches()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, requests);
    CollectionFilterModel proxy;
    proxy.setSourceModel(m_model.get());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilterText(filter);
    QStringList shown;
    const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < proxy.rowCount(parent); ++row) {
            const QModelIndex index = proxy.index(row, 0, parent);
            if (index.data(CollectionModel::KindRole).value<Kind>() == Kind::Request) {
                shown.append(index.data().toString());
                // its file and folders are there too
                QVERIFY(index.parent().isValid());
            }
            walk(index);
        }
    };
    walk({});
    QCOMPARE(shown, requests);
}

void TestCollectionModel::droppingARequestOnAFileMovesIt()
{
    const QString list = path(QStringLiteral("appointments/list.http"));
    const QString messages = path(QStringLiteral("messages.http"));
    std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->indexOf(list, 0)}));
    const QModelIndex target = m_model->indexOf(messages);
    QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, target));
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, 0,
                                      m_model->indexOf(list))); // its own file
    QSignalSpy moved(m_model.get(), &CollectionModel::itemMoved);
    QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, -1, 0, target));
    QVERIFY(moved.wait(2000));
    QCOMPARE(moved.first().at(0).toString(), messages);
    QCOMPARE(moved.first().at(1).toInt(), 1);
    QCOMPARE(rowTexts(*m_model, m_model->indexOf(messages)),
             QStringList({QStringLiteral("Send message"), QStringLiteral("List appointments")}));
    QCOMPARE(rowTexts(*m_model, m_model->indexOf(list)),
             QStringList{QStringLiteral("Cancel appointment")});
}

void TestCollectionModel::droppingAFileOnAFolderMovesIt()
{
    const QString messages = path(QStringLiteral("messages.http"));
    std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->indexOf(messages)}));
    QSignalSpy moved(m_model.get(), &CollectionModel::itemMoved);
    QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, -1, 0,
                                  m_model->indexOf(path(QStringLiteral("appointments/archive")))));
    QVERIFY(moved.wait(2000));
    QCOMPARE(moved.first().at(0).toString(),
             path(QStringLiteral("appointments/archive/messages.http")));
    QVERIFY(m_model->indexOf(path(QStringLiteral("appointments/archive/messages.http"))).isValid());
    QVERIFY(!QFileInfo::exists(messages));
}

void TestCollectionModel::editingANameRenamesOnDisk()
{
    QSignalSpy moved(m_model.get(), &CollectionModel::itemMoved);
    const QString messages = path(QStringLiteral("messages.http"));
    QVERIFY(m_model->setData(m_model->indexOf(messages, 0), QStringLiteral("Send a message")));
    QVERIFY(moved.wait(2000));
    QVERIFY(CollectionFixture::read(messages).startsWith("### Send a message\n"));

    QSignalSpy failed(m_model.get(), &CollectionModel::operationFailed);
    QVERIFY(m_model->setData(m_model->indexOf(messages), QStringLiteral("appointments/x")));
    QVERIFY(failed.wait(2000));
    QVERIFY(!failed.first().first().toString().isEmpty());
}

void TestCollectionModel::aFileWithProblemsSaysSo()
{
    QVERIFY(CollectionFixture::writeFile(path(QStringLiteral("broken.http")),
                                         "### Me\nGET /v1/me\nthis is not a header\n"));
    QSignalSpy changed(m_folder.get(), &CollectionFolder::snapshotChanged);
    m_folder->setReloadDelay(20);
    QVERIFY(changed.wait(5000));
    const QModelIndex broken = m_model->indexOf(path(QStringLiteral("broken.http")));
    QVERIFY(broken.isValid());
    QVERIFY(!broken.data(CollectionModel::ProblemRole).toString().isEmpty());
    QVERIFY(
        broken.data(CollectionModel::DetailRole).toString().contains(QStringLiteral("problem")));
}

QTEST_GUILESS_MAIN(TestCollectionModel)
#include "tst_collectionmodel.moc"

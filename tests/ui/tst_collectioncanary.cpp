// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "collections/collectionimport.h"
#include "collections/httpfile.h"
#include "explorerfixture.h"
#include "mainwindow.h"
#include "requestcomposer.h"
#include "requesttab.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace {

// The sandbox's default key: the one the explorer holds in its key ring for these tests.
const QByteArray Key = "hero_sbx_full_7Q2mX9";

void writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

// Issue 16: a key never reaches a collection file. The key is in the key ring and planted in
// everything the user brings (a literal header typed in, a Postman export, a file of curl
// commands); the user saves, imports and copies the request as code; then every byte of the
// collection folder, and every copied snippet, is searched for it.
class TestCollectionCanary : public QObject
{
    Q_OBJECT
private slots:
    void aKeyNeverReachesACollectionFileOrASnippet();
};

void TestCollectionCanary::aKeyNeverReachesACollectionFileOrASnippet()
{
    QTemporaryDir dir;
    const QString collection = dir.filePath(QStringLiteral("collection"));
    const QString file = collection + QStringLiteral("/checks.http");
    writeAll(file, "### me\nGET /v1/me\n");
    // What the user brings, outside the collection folder: the key written into each.
    const QString postman = dir.filePath(QStringLiteral("brought/partner.postman_collection.json"));
    writeAll(postman, R"({"info": {"name": "Partner", "schema":
        "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
      "auth": {"type": "apikey", "apikey": [{"key": "value", "value": "hero_sbx_full_7Q2mX9"}]},
      "variable": [{"key": "apiKey", "value": "hero_sbx_full_7Q2mX9"}],
      "item": [{"name": "me", "request": {"method": "GET", "url": "{{baseUrl}}/v1/me",
        "header": [{"key": "x-api-key", "value": "hero_sbx_full_7Q2mX9"}]}}]})");
    const QString curls = dir.filePath(QStringLiteral("brought/calls.sh"));
    writeAll(curls, "curl -H 'x-api-key: hero_sbx_full_7Q2mX9' https://x.example/v1/me\n");

    Explorer explorer(dir.path());
    QVERIFY(openWorkspace(explorer));
    MainWindow *window = explorer.window.get();
    // The key is there to leak: the current key ring's, shown only by its last four.
    QCOMPARE(window->currentKey().fingerprint, QString::fromLatin1(Key.right(4)));
    window->setSaveLocationAsker([&file](RequestTab *, QString *where, QString *name) {
        *where = file;
        *name = QStringLiteral("typed");
        return true;
    });

    // Saved: a literal key typed as a header is refused; the request without it is saved.
    RequestTab *tab = window->openCollectionRequest({file, QStringLiteral("me"), -1});
    QVERIFY(tab);
    const HttpRequestText original = tab->composer()->requestText();
    HttpRequestText typed = original;
    typed.headers.append({QStringLiteral("X-Api-Key"), QString::fromLatin1(Key)});
    tab->composer()->loadRequestText(typed);
    QString error;
    QVERIFY(!tab->save(&error));
    tab->composer()->loadRequestText(original); // the user takes the key out again
    window->newTab();
    QVERIFY(
        window->saveCurrentRequestAs()); // a catalogue-less fresh request, the key is the client's

    // Imported: the Postman export and the curl file become collection folders inside it.
    QSignalSpy imported(window, &MainWindow::collectionImported);
    window->importCollection(postman, collection + QStringLiteral("/partner"));
    QVERIFY(imported.wait(20000));
    QVERIFY(imported.last().first().value<ImportSummary>().ok());
    window->importCollection(curls, collection + QStringLiteral("/calls"));
    QVERIFY(imported.wait(20000));
    QVERIFY(imported.last().first().value<ImportSummary>().ok());
    for (QMessageBox *box : window->findChildren<QMessageBox *>())
        box->close();

    // Exported: the saved request copied as curl and as every language of "Copy as".
    window->openCollectionRequest({file, QStringLiteral("me"), -1});
    QStringList copied;
    window->currentTab()->findChild<QPushButton *>(QStringLiteral("copyCurlButton"))->click();
    copied.append(QApplication::clipboard()->text());
    auto *menu = window->currentTab()->findChild<QMenu *>(QStringLiteral("copyAsMenu"));
    QVERIFY(menu);
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        QApplication::clipboard()->clear();
        action->trigger();
        copied.append(QApplication::clipboard()->text());
    }
    QVERIFY(copied.size() >= 5);

    // The search: the key and its last characters' core, in the folder's every byte and in
    // every snippet. The folder holds what was saved and imported, so the search is not empty.
    const QByteArray core = Key.mid(9); // "full_7Q2mX9": what no legitimate text here holds
    int files = 0;
    QDirIterator it(collection, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile found(it.next());
        QVERIFY(found.open(QIODevice::ReadOnly));
        const QByteArray bytes = found.readAll();
        QVERIFY2(!bytes.contains(core), qPrintable(found.fileName()));
        ++files;
    }
    QVERIFY2(files >= 3, qPrintable(QString::number(files)));
    const HttpFile saved = HttpFile::parse([&file] {
        QFile in(file);
        return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
    }());
    QCOMPARE(saved.requests().size(), 2);
    for (const QString &snippet : std::as_const(copied)) {
        QVERIFY2(!snippet.isEmpty(),
                 qPrintable(QStringLiteral("snippet %1 of %2")
                                .arg(copied.indexOf(snippet))
                                .arg(copied.size())));
        QVERIFY2(!snippet.toUtf8().contains(core), qPrintable(snippet));
        QVERIFY2(snippet.contains(QStringLiteral("HERO_API_KEY")), qPrintable(snippet));
    }
}

QTEST_MAIN(TestCollectionCanary)
#include "tst_collectioncanary.moc"

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "collections/collectionfolder.h"
#include "collections/collectionimport.h"
#include "collections/httpfile.h"
#include "collectionspanel.h"
#include "explorerfixture.h"
#include "mainwindow.h"
#include "requestcomposer.h"
#include "requesttab.h"
#include "session/requestsession.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A collection file as a person writes one: comments, a file variable, two requests.
const QByteArray Requests = "# Checks we run on every ticket\n"
                            "@limit = 5\n"
                            "\n"
                            "### me\n"
                            "GET /v1/me\n"
                            "Accept: application/json\n"
                            "\n"
                            "### locations for a group\n"
                            "// the group comes from http-client.env.json\n"
                            "GET /v1/locations?limit={{limit}}\n"
                            "x-practice-group-id: {{group}}\n";

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

// A request of a collection in a tab (issue 16): saved into its file with Ctrl+S, reloaded when
// the file changes, sent with its variables, held back while one has no value.
class TestCollectionTabs : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void ctrlSWritesTheEditIntoItsFileKeepingEveryOtherByte();
    void theFirstSaveAsksWhereAndBindsTheTab();
    void variablesAreFilledInOnSendAndTheRequestNamesItsGroup();
    void anUnresolvedVariableIsNamedAndNothingIsSent();
    void aLiteralKeyIsNeverWritten();
    void anEditOnDiskReloadsAnUnmodifiedTab();
    void anEditOnDiskAsksWhenTheTabHasChanges();
    void closingAModifiedTabAsks();
    void aCollectionTabComesBackFromItsFileAfterARestart();
    void baseUrlIsTheEnvironmentsOwnUnlessTheFileSaysOtherwise();
    void anImportedPostmanCollectionOpensInThePanel();
    void aBrokenImportWritesNothingAndSaysWhere();

private:
    QString file() const { return m_dir.filePath(QStringLiteral("collection/checks.http")); }
    static QTabWidget *tabs(Explorer &explorer)
    {
        return explorer.window->findChild<QTabWidget *>(QStringLiteral("requestTabs"));
    }
    static QLineEdit *path(RequestTab *tab)
    {
        return tab->findChild<QLineEdit *>(QStringLiteral("pathEdit"));
    }
    QTemporaryDir m_dir;
};

void TestCollectionTabs::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
    QFile::remove(m_dir.filePath(QStringLiteral("history.json")));
    QDir(m_dir.path()).mkpath(QStringLiteral("collection"));
    writeAll(file(), Requests);
    writeAll(m_dir.filePath(QStringLiteral("collection/http-client.env.json")),
             R"({"sandbox": {"group": "1003"}, "staging": {"group": "9999"}})");
}

void TestCollectionTabs::ctrlSWritesTheEditIntoItsFileKeepingEveryOtherByte()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    MainWindow *window = explorer.window.get();
    RequestTab *tab = window->openCollectionRequest({file(), QStringLiteral("me"), -1});
    QVERIFY(tab);
    QCOMPARE(path(tab)->text(), QStringLiteral("/v1/me"));
    QVERIFY(!tab->isModified());
    QCOMPARE(tabs(explorer)->tabText(tabs(explorer)->indexOf(tab)), QStringLiteral("me"));

    path(tab)->setText(QStringLiteral("/v1/me?verbose=true"));
    QVERIFY(tab->isModified());
    // Marked on the tab, in a sign and in its tooltip.
    const int index = tabs(explorer)->indexOf(tab);
    QCOMPARE(tabs(explorer)->tabText(index), QStringLiteral("● me"));
    QVERIFY(tabs(explorer)->tabToolTip(index).contains(QStringLiteral("Unsaved")));

    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier);
    QByteArray expected = Requests;
    expected.replace("GET /v1/me\n", "GET /v1/me?verbose=true\n");
    QCOMPARE(readAll(file()), expected);
    QVERIFY(!tab->isModified());
    QCOMPARE(tabs(explorer)->tabText(index), QStringLiteral("me"));
}

void TestCollectionTabs::theFirstSaveAsksWhereAndBindsTheTab()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    MainWindow *window = explorer.window.get();
    QString askedFor;
    window->setSaveLocationAsker([this, &askedFor](RequestTab *tab, QString *where, QString *name) {
        askedFor = tab->title();
        *where = m_dir.filePath(QStringLiteral("collection/new.http"));
        *name = QStringLiteral("my locations");
        return true;
    });
    window->openOperation(
        *window->catalogue().find(QStringLiteral("GET"), QStringLiteral("/v1/locations")));
    RequestTab *tab = window->currentTab();
    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(askedFor, QStringLiteral("GET /v1/locations"));
    HttpFile written =
        HttpFile::parse(readAll(m_dir.filePath(QStringLiteral("collection/new.http"))));
    QCOMPARE(written.requests().size(), 1);
    QCOMPARE(written.requests().first().request.name, QStringLiteral("my locations"));
    QCOMPARE(written.requests().first().request.method, QStringLiteral("GET"));
    QVERIFY(written.requests().first().request.url.startsWith(QStringLiteral("/v1/locations")));
    QCOMPARE(tab->collectionRequest().name, QStringLiteral("my locations"));
    QVERIFY(!tab->isModified());

    // The second Ctrl+S asks nothing: it writes into the same file.
    askedFor.clear();
    path(tab)->setText(QStringLiteral("/v1/locations?limit=2"));
    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(askedFor.isEmpty());
    written = HttpFile::parse(readAll(m_dir.filePath(QStringLiteral("collection/new.http"))));
    QCOMPARE(written.requests().size(), 1);
    QCOMPARE(written.requests().first().request.url, QStringLiteral("/v1/locations?limit=2"));
}

void TestCollectionTabs::variablesAreFilledInOnSendAndTheRequestNamesItsGroup()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    MainWindow *window = explorer.window.get();
    window->selectPracticeGroup(QStringLiteral("1001"));
    RequestTab *tab =
        window->openCollectionRequest({file(), QStringLiteral("locations for a group"), -1});
    QVERIFY(tab);
    QCOMPARE(path(tab)->text(), QStringLiteral("/v1/locations?limit={{limit}}"));
    QSignalSpy shown(window, &MainWindow::exchangeShown);
    tab->findChild<QPushButton *>(QStringLiteral("sendButton"))->click();
    QVERIFY(shown.wait(30000));
    const Exchange exchange = shown.first().first().value<Exchange>();
    QCOMPARE(exchange.status, 200);
    QCOMPARE(exchange.request.url.query(), QStringLiteral("limit=5"));
    QByteArray group;
    for (const auto &[name, value] : exchange.request.headers) {
        if (name == "x-practice-group-id")
            group = value;
    }
    QCOMPARE(group, QByteArray("1003")); // the environment's, not the group picked before
    QCOMPARE(window->currentPracticeGroup(), QStringLiteral("1003"));
    // Sending changed nothing in the file's text: the tab is still saved.
    QVERIFY(!tab->isModified());
}

void TestCollectionTabs::anUnresolvedVariableIsNamedAndNothingIsSent()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    MainWindow *window = explorer.window.get();
    RequestTab *tab = window->openCollectionRequest({file(), QStringLiteral("me"), -1});
    QVERIFY(tab);
    auto *body = tab->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
    path(tab)->setText(QStringLiteral("/v1/patients?name={{who}}"));
    body->setPlainText(QStringLiteral("{\"note\": \"{{reason}}\"}"));
    QSignalSpy sent(tab->session(), &RequestSession::runStarted);
    tab->findChild<QPushButton *>(QStringLiteral("sendButton"))->click();
    QCOMPARE(sent.size(), 0);
    const QString message = tab->findChild<QLabel *>(QStringLiteral("composerMessage"))->text();
    QVERIFY2(message.contains(QStringLiteral("{{who}}"))
                 && message.contains(QStringLiteral("{{reason}}")),
             qPrintable(message));
    // Marked where it stands: under the body's variable, and on the path field's tooltip.
    QTRY_COMPARE(body->extraSelections().size(), 1);
    const QTextCursor mark = body->extraSelections().first().cursor;
    QCOMPARE(mark.selectedText(), QStringLiteral("{{reason}}"));
    QVERIFY(path(tab)->toolTip().contains(QStringLiteral("{{who}}")));

    // Defined in the file, it goes.
    QByteArray withWho = readAll(file());
    withWho.prepend("@who = Ada\n@reason = check\n");
    writeAll(file(), withWho);
    window->collectionFilesChanged({file()});
    tab->findChild<QPushButton *>(QStringLiteral("sendButton"))->click();
    QCOMPARE(sent.size(), 1);
}

void TestCollectionTabs::aLiteralKeyIsNeverWritten()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    MainWindow *window = explorer.window.get();
    RequestTab *tab = window->openCollectionRequest({file(), QStringLiteral("me"), -1});
    QVERIFY(tab);
    HttpRequestText text = tab->composer()->requestText();
    text.headers.append({QStringLiteral("x-api-key"), QStringLiteral("hero_sbx_full_7Q2mX9")});
    tab->composer()->loadRequestText(text);
    QString error;
    QVERIFY(!tab->save(&error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(readAll(file()), Requests);
    QVERIFY(!readAll(file()).contains("7Q2mX9"));

    // The placeholder is the form that other tools read the key from, and is kept.
    text.headers.last().value = QStringLiteral("{{$processEnv HERO_API_KEY}}");
    tab->composer()->loadRequestText(text);
    QVERIFY2(tab->save(&error), qPrintable(error));
    QVERIFY(readAll(file()).contains("x-api-key: {{$processEnv HERO_API_KEY}}\n"));
}

void TestCollectionTabs::anEditOnDiskReloadsAnUnmodifiedTab()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    MainWindow *window = explorer.window.get();
    RequestTab *tab = window->openCollectionRequest({file(), QStringLiteral("me"), -1});
    QVERIFY(tab);
    bool asked = false;
    window->setReloadConflictAsker([&asked](RequestTab *) { return asked = true; });
    QByteArray changed = Requests;
    changed.replace("GET /v1/me\n", "GET /v1/me?from=editor\n");
    writeAll(file(), changed);
    window->collectionFilesChanged({file()});
    QVERIFY(!asked);
    QCOMPARE(path(tab)->text(), QStringLiteral("/v1/me?from=editor"));
    QVERIFY(!tab->isModified());
}

void TestCollectionTabs::anEditOnDiskAsksWhenTheTabHasChanges()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    MainWindow *window = explorer.window.get();
    RequestTab *tab = window->openCollectionRequest({file(), QStringLiteral("me"), -1});
    QVERIFY(tab);
    path(tab)->setText(QStringLiteral("/v1/me?mine=1"));
    QByteArray changed = Requests;
    changed.replace("GET /v1/me\n", "GET /v1/me?theirs=1\n");

    // Keep mine: the tab keeps its text, still unsaved, and Save writes it over theirs.
    window->setReloadConflictAsker([](RequestTab *) { return true; });
    writeAll(file(), changed);
    window->collectionFilesChanged({file()});
    QCOMPARE(path(tab)->text(), QStringLiteral("/v1/me?mine=1"));
    QVERIFY(tab->isModified());

    // Take the file's: the tab shows what the file now holds.
    changed.replace("theirs=1", "theirs=2");
    writeAll(file(), changed);
    window->setReloadConflictAsker([](RequestTab *) { return false; });
    window->collectionFilesChanged({file()});
    QCOMPARE(path(tab)->text(), QStringLiteral("/v1/me?theirs=2"));
    QVERIFY(!tab->isModified());
}

void TestCollectionTabs::closingAModifiedTabAsks()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    MainWindow *window = explorer.window.get();
    window->newTab();
    RequestTab *tab = window->openCollectionRequest({file(), QStringLiteral("me"), -1});
    QVERIFY(tab);
    QCOMPARE(window->tabCount(), 2);
    path(tab)->setText(QStringLiteral("/v1/me?edited=1"));
    MainWindow::UnsavedChoice answer = MainWindow::UnsavedChoice::Cancel;
    int asked = 0;
    window->setUnsavedChangesAsker([&answer, &asked](RequestTab *) {
        ++asked;
        return answer;
    });
    window->closeTab(tabs(explorer)->indexOf(tab));
    QCOMPARE(asked, 1);
    QCOMPARE(window->tabCount(), 2); // cancelled: nothing lost
    answer = MainWindow::UnsavedChoice::Save;
    window->closeTab(tabs(explorer)->indexOf(tab));
    QCOMPARE(window->tabCount(), 1);
    QVERIFY(readAll(file()).contains("GET /v1/me?edited=1\n"));
}

void TestCollectionTabs::aCollectionTabComesBackFromItsFileAfterARestart()
{
    {
        Explorer explorer(m_dir.path());
        QVERIFY(openWorkspace(explorer));
        QVERIFY(explorer.window->openCollectionRequest(
            {file(), QStringLiteral("locations for a group"), -1}));
        explorer.window->close();
    }
    // Edited outside while the explorer was closed.
    QByteArray changed = Requests;
    changed.replace("limit={{limit}}", "limit=7");
    writeAll(file(), changed);
    Explorer again(m_dir.path());
    RequestTab *tab = again.window->currentTab();
    QCOMPARE(tab->collectionRequest().filePath, file());
    QCOMPARE(tab->collectionRequest().name, QStringLiteral("locations for a group"));
    QCOMPARE(path(tab)->text(), QStringLiteral("/v1/locations?limit=7"));
    QVERIFY(!tab->isModified());
}

void TestCollectionTabs::baseUrlIsTheEnvironmentsOwnUnlessTheFileSaysOtherwise()
{
    writeAll(file(), "### base\nGET {{baseUrl}}/v1/me\n");
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    MainWindow *window = explorer.window.get();
    RequestTab *tab = window->openCollectionRequest({file(), QStringLiteral("base"), -1});
    QVERIFY(tab);
    QSignalSpy shown(window, &MainWindow::exchangeShown);
    tab->findChild<QPushButton *>(QStringLiteral("sendButton"))->click();
    QVERIFY(shown.wait(30000));
    QCOMPARE(shown.first().first().value<Exchange>().status, 200);

    // A base URL of another origin in the environment file is refused before sending.
    writeAll(m_dir.filePath(QStringLiteral("collection/http-client.env.json")),
             R"({"sandbox": {"baseUrl": "http://127.0.0.1:9"}})");
    window->collectionFilesChanged(
        {m_dir.filePath(QStringLiteral("collection/http-client.env.json"))});
    QSignalSpy started(tab->session(), &RequestSession::runStarted);
    tab->findChild<QPushButton *>(QStringLiteral("sendButton"))->click();
    QCOMPARE(started.size(), 0);
    const QString message = tab->findChild<QLabel *>(QStringLiteral("composerMessage"))->text();
    QVERIFY2(message.contains(QStringLiteral("127.0.0.1:9")), qPrintable(message));
}

void TestCollectionTabs::anImportedPostmanCollectionOpensInThePanel()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    MainWindow *window = explorer.window.get();
    const QString target = m_dir.filePath(QStringLiteral("imported"));
    QSignalSpy imported(window, &MainWindow::collectionImported);
    window->importCollection(
        QStringLiteral(HERO_COLLECTION_FIXTURES "/postman/hero-api.v2.1.postman_collection.json"),
        target);
    QVERIFY(imported.wait(20000));
    const ImportSummary summary = imported.first().first().value<ImportSummary>();
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QVERIFY(summary.requests > 0);
    // Said where the user is looking, with what was left behind in its details.
    auto *box = window->findChild<QMessageBox *>(QStringLiteral("collectionImportBox"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("Postman")));
    QVERIFY(!box->detailedText().isEmpty());
    box->close();
    // The new folder is the open collection, and its first request opens in a tab.
    auto *panel = window->findChild<CollectionsPanel *>();
    QTRY_COMPARE(panel->folder()->root(), QFileInfo(target).absoluteFilePath());
    QTRY_VERIFY(!panel->folder()->snapshot().files.isEmpty());
    const QString first = panel->folder()->snapshot().files.first().path;
    RequestTab *tab = window->openCollectionRequest({first, QString(), 0});
    QVERIFY(tab);
    QVERIFY(!path(tab)->text().isEmpty());
}

void TestCollectionTabs::aBrokenImportWritesNothingAndSaysWhere()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    MainWindow *window = explorer.window.get();
    const QString target = m_dir.filePath(QStringLiteral("never"));
    QSignalSpy imported(window, &MainWindow::collectionImported);
    window->importCollection(
        QStringLiteral(HERO_COLLECTION_FIXTURES "/postman/broken.postman_collection.json"), target);
    QVERIFY(imported.wait(20000));
    const ImportSummary summary = imported.first().first().value<ImportSummary>();
    QVERIFY(!summary.ok());
    auto *box = window->findChild<QMessageBox *>(QStringLiteral("collectionImportBox"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("Nothing was written"))
                 && box->text().contains(QStringLiteral("line")),
             qPrintable(box->text()));
    QVERIFY(!QFileInfo::exists(target));
}

QTEST_MAIN(TestCollectionTabs)
#include "tst_collectiontabs.moc"

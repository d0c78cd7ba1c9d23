// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "explorerfixture.h"
#include "requestcomposer.h"

#include <QAction>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(SnippetLanguage)

namespace {

// A made-up key: pasted in a command, it must be dropped; copied out, never written.
const QString Canary = QStringLiteral("hero_canary_Zx81Qw7");

// What Chrome's "Copy as cURL (bash)" writes for a call to staging.
QString chromeCommand()
{
    return QStringLiteral("curl 'https://api.staging.htech.app/v1/messages/send?dry_run=true' \\\n"
                          "  -H 'accept: application/json' \\\n"
                          "  -H 'content-type: application/json' \\\n"
                          "  -H 'sec-fetch-mode: cors' \\\n"
                          "  -H 'x-api-key: %1' \\\n"
                          "  -H 'x-practice-group-id: 1002' \\\n"
                          "  --data-raw '{\"text\":\"hello\"}'\n")
        .arg(Canary);
}

Environment localEnvironment()
{
    Environment environment;
    environment.name = QStringLiteral("Local");
    environment.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8443"));
    return environment;
}

QString everythingIn(const ApiRequest &request)
{
    QString text =
        QString::fromLatin1(request.method) + request.path + QString::fromUtf8(request.body);
    for (const auto &[name, value] : request.query)
        text += name + value;
    for (const auto &[name, value] : request.extraHeaders)
        text += QString::fromLatin1(name) + QString::fromUtf8(value);
    return text;
}

void checkLoadedFromChrome(RequestComposer *composer)
{
    const ApiRequest request = composer->request();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QStringLiteral("/v1/messages/send"));
    QCOMPARE(request.query,
             (QList<QPair<QString, QString>>{{QStringLiteral("dry_run"), QStringLiteral("true")}}));
    QCOMPARE(request.extraHeaders,
             (HeaderList{{"accept", "application/json"}, {"content-type", "application/json"}}));
    QCOMPARE(request.body, QByteArray("{\"text\":\"hello\"}"));
    QVERIFY(!everythingIn(request).contains(Canary));

    auto *message = composer->findChild<QLabel *>(QStringLiteral("composerMessage"));
    QVERIFY(message->isVisibleTo(composer));
    const QString text = message->text();
    QVERIFY2(text.contains(u"x-api-key header was not kept") && text.contains(u"keychain"),
             qPrintable(text));
    QVERIFY2(text.contains(u"https://api.staging.htech.app:443"), qPrintable(text)); // elsewhere
    QVERIFY2(text.contains(u"practice group 1002"), qPrintable(text));
    QVERIFY2(text.contains(u"sec-fetch-mode"), qPrintable(text));
    QVERIFY(!text.contains(Canary));
}

} // namespace

// Issue 16, part 5: a curl command pasted into the composer (or imported from the File menu)
// becomes a request without its key; "Copy as" writes each language without it.
class TestCurlPaste : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void ctrlVOfACurlCommandInThePathLoadsTheRequest();
    void ctrlVOnTheComposerButtonsLoadsItToo();
    void otherTextIsPastedAsText();
    void aBrokenCommandIsReportedAndNothingChanges();
    void copyAsWritesEachLanguageWithoutTheKey_data();
    void copyAsWritesEachLanguageWithoutTheKey();
    void fileImportCurlOpensTheRequest();

private:
    QTemporaryDir m_dir;
};

void TestCurlPaste::init()
{
    QGuiApplication::clipboard()->clear();
}

void TestCurlPaste::ctrlVOfACurlCommandInThePathLoadsTheRequest()
{
    RequestComposer composer;
    composer.setEnvironment(localEnvironment());
    composer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&composer));
    auto *path = composer.findChild<QLineEdit *>(QStringLiteral("pathEdit"));
    path->setFocus();
    QGuiApplication::clipboard()->setText(chromeCommand());
    QTest::keySequence(path, QKeySequence::Paste);
    QVERIFY2(!path->text().contains(u"curl"), qPrintable(path->text()));
    checkLoadedFromChrome(&composer);
}

void TestCurlPaste::ctrlVOnTheComposerButtonsLoadsItToo()
{
    RequestComposer composer;
    composer.setEnvironment(localEnvironment());
    composer.show();
    composer.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&composer));
    auto *copyButton = composer.findChild<QPushButton *>(QStringLiteral("copyCurlButton"));
    copyButton->setFocus();
    QGuiApplication::clipboard()->setText(chromeCommand());
    QTest::keySequence(copyButton, QKeySequence::Paste);
    checkLoadedFromChrome(&composer);
}

void TestCurlPaste::otherTextIsPastedAsText()
{
    RequestComposer composer;
    composer.setEnvironment(localEnvironment());
    composer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&composer));
    auto *path = composer.findChild<QLineEdit *>(QStringLiteral("pathEdit"));
    path->setFocus();
    QGuiApplication::clipboard()->setText(QStringLiteral("/v1/curling-results"));
    QTest::keySequence(path, QKeySequence::Paste);
    QCOMPARE(path->text(), QStringLiteral("/v1/curling-results"));
    QVERIFY(
        !composer.findChild<QLabel *>(QStringLiteral("composerMessage"))->isVisibleTo(&composer));
}

void TestCurlPaste::aBrokenCommandIsReportedAndNothingChanges()
{
    RequestComposer composer;
    composer.setEnvironment(localEnvironment());
    composer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&composer));
    auto *path = composer.findChild<QLineEdit *>(QStringLiteral("pathEdit"));
    path->setText(QStringLiteral("/v1/me"));
    path->setFocus();
    QGuiApplication::clipboard()->setText(QStringLiteral("curl 'https://h.example/v1/x \\\n -d a"));
    QTest::keySequence(path, QKeySequence::Paste);
    QCOMPARE(path->text(), QStringLiteral("/v1/me"));
    const QString message = composer.findChild<QLabel *>(QStringLiteral("composerMessage"))->text();
    QVERIFY2(message.contains(u"not loaded") && message.contains(u"single quote"),
             qPrintable(message));
}

void TestCurlPaste::copyAsWritesEachLanguageWithoutTheKey_data()
{
    QTest::addColumn<SnippetLanguage>("language");
    QTest::addColumn<QString>("keyRead");
    QTest::newRow("curl") << SnippetLanguage::Curl << "$HERO_API_KEY";
    QTest::newRow("Python") << SnippetLanguage::Python << "os.environ[\"HERO_API_KEY\"]";
    QTest::newRow("JavaScript") << SnippetLanguage::JavaScript << "process.env[\"HERO_API_KEY\"]";
    QTest::newRow("C#") << SnippetLanguage::CSharp
                        << "Environment.GetEnvironmentVariable(\"HERO_API_KEY\")";
    QTest::newRow("PowerShell") << SnippetLanguage::PowerShell << "$env:HERO_API_KEY";
}

void TestCurlPaste::copyAsWritesEachLanguageWithoutTheKey()
{
    QFETCH(SnippetLanguage, language);
    QFETCH(QString, keyRead);
    RequestComposer composer;
    composer.setEnvironment(localEnvironment());
    composer.setAuthPreview(QStringLiteral("…Qw7A"), QStringLiteral("1001"));
    QVERIFY(composer.loadCurlCommand(chromeCommand()));

    auto *copyAs = composer.findChild<QPushButton *>(QStringLiteral("copyAsButton"));
    QVERIFY(copyAs && copyAs->menu());
    QAction *action = copyAs->menu()->findChild<QAction *>(QStringLiteral("copyAs_")
                                                           + snippetLanguageName(language));
    QVERIFY(action);
    action->trigger();
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(keyRead), qPrintable(copied));
    QVERIFY2(copied.contains(u"http://127.0.0.1:8443/v1/messages/send?dry_run=true"),
             qPrintable(copied));
    QVERIFY2(copied.contains(u"hello"), qPrintable(copied));
    QVERIFY(!copied.contains(Canary));
    QVERIFY(!copied.contains(u"Qw7A"));
    const QString message = composer.findChild<QLabel *>(QStringLiteral("composerMessage"))->text();
    QVERIFY2(message.contains(u"Copied as " + snippetLanguageName(language)), qPrintable(message));
}

void TestCurlPaste::fileImportCurlOpensTheRequest()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    // A tab in use is left alone: the command opens in a new one.
    RequestTab *first = explorer.window->currentTab();
    first->composer()
        ->findChild<QLineEdit *>(QStringLiteral("pathEdit"))
        ->setText(QStringLiteral("/v1/me/busy"));
    QGuiApplication::clipboard()->setText(chromeCommand());

    auto *action = explorer.window->findChild<QAction *>(QStringLiteral("importCurlAction"));
    QVERIFY(action);
    action->trigger();
    auto *dialog = explorer.window->findChild<QDialog *>(QStringLiteral("importCurlDialog"));
    QVERIFY(dialog && dialog->isVisible());
    auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("curlTextEdit"));
    QCOMPARE(text->toPlainText(), chromeCommand()); // taken from the clipboard
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    RequestTab *tab = explorer.window->currentTab();
    QVERIFY(tab != first);
    QCOMPARE(first->composer()->request().path, QStringLiteral("/v1/me/busy"));
    const ApiRequest request = tab->composer()->request();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QStringLiteral("/v1/messages/send"));
    QVERIFY(!everythingIn(request).contains(Canary));
    const QString message =
        tab->composer()->findChild<QLabel *>(QStringLiteral("composerMessage"))->text();
    QVERIFY2(message.contains(u"keychain"), qPrintable(message));
}

QTEST_MAIN(TestCurlPaste)
#include "tst_curlpaste.moc"

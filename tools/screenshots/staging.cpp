// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
//
// Drives the real main window against the in-process sandbox through each main view. Keys live
// in memory and settings in a temporary directory: nothing of the user's is read or written.
#include "staging.h"

#include "collections/collectionfolder.h"
#include "collectionspanel.h"
#include "crossorgpanel.h"
#include "endpointbrowser.h"
#include "explorer/explorerparts.h"
#include "http/headernames.h"
#include "http/proxyfactory.h"
#include "keys/memorysecretstore.h"
#include "mainwindow.h"
#include "proxysignindialog.h"
#include "ratelimitgauge.h"
#include "requestcomposer.h"
#include "requesttab.h"
#include "runnerview.h"
#include "sandboxserver.h"
#include "session/explorersettings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTreeWidget>

#include <memory>

namespace {

// The flow panel alone, at a side panel's width, for an exchange built by hand: states the
// sandbox does not produce on request (refused before sending, cancelled on the wire).
bool saveFlow(const Exchange &exchange, const Shot &shot, const QString &name)
{
    CrossOrgPanel panel;
    panel.setAnimationsEnabled(false);
    const QString home = QStringLiteral("1001");
    DiagnosisContext context;
    context.homePracticeGroup = home;
    panel.setExchange(exchange, diagnose(exchange, context), home, {});
    const int width = panel.fontMetrics().averageCharWidth() * 56;
    panel.resize(width, 100);
    panel.show();
    panel.resize(width, panel.heightForWidth(width));
    return shot(&panel, name);
}

// The example collection (docs/examples/collection) in the Collections panel, a request of it
// selected, and its variables editor.
bool saveCollections(MainWindow &window, const Shot &shot)
{
    const QString root = QStringLiteral(HERO_EXAMPLE_COLLECTION);
    auto *collections = window.findChild<CollectionsPanel *>();
    window.findChild<QTabWidget *>(QStringLiteral("sideTabs"))->setCurrentWidget(collections);
    QSignalSpy loaded(collections->folder(), &CollectionFolder::loaded);
    collections->openFolder(root);
    if (!loaded.wait(5000))
        return false;
    collections->select(root + QStringLiteral("/appointments/booking.http"), 2);
    bool ok = shot(&window, QStringLiteral("collections"));
    collections->editVariables();
    QTest::qWait(200);
    if (auto *dialog = window.findChild<QDialog *>(QStringLiteral("collectionVariablesDialog"))) {
        auto *environments = dialog->findChild<QTabWidget *>(QStringLiteral("environmentTabs"));
        environments->setCurrentIndex(environments->count() - 1); // staging
        ok &= shot(dialog, QStringLiteral("collection-variables"));
        dialog->close();
    } else {
        ok = false;
    }
    // A request of it in a tab, edited and not saved, with a variable nobody defined: marked
    // in the body, named above the request, not sent. Its edit is dropped when it closes.
    window.setUnsavedChangesAsker([](RequestTab *) { return MainWindow::UnsavedChoice::Discard; });
    if (RequestTab *tab = window.openCollectionRequest(
            {root + QStringLiteral("/appointments/booking.http"), QString(), 2})) {
        auto *body = tab->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
        body->setPlainText(body->toPlainText().replace(
            QStringLiteral("\"duration\": 15"),
            QStringLiteral("\"duration\": 15,\n  \"reason\": \"{{visitReason}}\"")));
        if (auto *tabs = tab->findChild<QTabWidget *>(QStringLiteral("composerTabs")))
            tabs->setCurrentIndex(2);
        tab->findChild<QPushButton *>(QStringLiteral("sendButton"))->click();
        window.statusBar()->clearMessage(); // the earlier shots' news
        QTest::qWait(300);
        ok &= shot(&window, QStringLiteral("collection-request"));
        window.closeTab(
            window.findChild<QTabWidget *>(QStringLiteral("requestTabs"))->indexOf(tab));
    } else {
        ok = false;
    }
    return ok;
}

// The runner on a collection of release checks against the sandbox: mid-run (some rows,
// the progress), then finished with a failure (a partner clinic's group, refused with 403).
bool saveRunner(MainWindow &window, const Shot &shot)
{
    QTemporaryDir collection;
    QFile file(collection.filePath(QStringLiteral("release-checks.http")));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("# Checks we run on staging before each release.\n\n"
               "### Who am I\nGET /v1/me\n?? status == 200\n"
               "?? header content-type includes json\n\n"
               "### Capabilities\nGET /v1/me/capabilities\n?? status == 200\n\n"
               "### Practice groups\nGET /v1/practice-groups\n?? status == 200\n\n"
               "### Locations\nGET /v1/locations?limit=5\n?? status == 200\n\n"
               "### Appointment types\nGET /v1/appointment_types?has_availability=true\n"
               "?? status == 200\n\n"
               "### Partner clinic's locations\nGET /v1/locations\n"
               "x-practice-group-id: 2001\n?? status == 200\n\n"
               "### Who am I, again\nGET /v1/me\n?? status == 200\n");
    file.close();
    window.selectEnvironment(QStringLiteral("sandbox"));
    window.selectPracticeGroup(QStringLiteral("1001"));
    RunnerView *view = window.runCollection({file.fileName()});
    if (!view || !view->run())
        return false;
    QSignalSpy items(view->run(), &CollectionRun::itemFinished);
    while (items.size() < 3 && items.wait(10000)) {}
    bool ok = shot(view, QStringLiteral("runner-running"));
    QSignalSpy finished(view->run(), &CollectionRun::finished);
    if (view->isRunning())
        ok &= finished.wait(30000);
    auto *table = view->findChild<QTreeWidget *>(QStringLiteral("runnerTable"));
    table->setCurrentItem(table->topLevelItem(5));
    ok &= shot(view, QStringLiteral("runner-finished"));
    view->close();
    return ok;
}

// The states issue 13 is about, at 1024×700: what the window says after a typo in the
// practice group, after switching environment, and the flow and gauge states it names.
bool saveStates(MainWindow &window, const Shot &shot)
{
    window.resize(1024, 700);
    window.selectEnvironment(QStringLiteral("sandbox"));
    QTest::qWait(300);
    auto *group = window.findChild<QComboBox *>(QStringLiteral("practiceGroupCombo"));
    group->lineEdit()->clear();
    QTest::keyClicks(group->lineEdit(), QStringLiteral("10o1"));
    window.findChild<QPushButton *>(QStringLiteral("sendButton"))->click();
    bool ok = shot(&window, QStringLiteral("state-group-typo"));
    window.selectPracticeGroup(QStringLiteral("2001"));
    QSignalSpy shown(&window, &MainWindow::exchangeShown);
    window.findChild<QPushButton *>(QStringLiteral("sendButton"))->click();
    shown.wait(10000);
    QTest::qWait(300);
    ok &= shot(&window, QStringLiteral("state-refused"));
    window.selectEnvironment(QStringLiteral("staging"));
    ok &= shot(&window, QStringLiteral("state-switched"));

    Exchange refused;
    refused.request.method = "POST";
    refused.request.url = QUrl(QStringLiteral("http://127.0.0.1/v1/messages/send"));
    refused.refusal = Refusal::InvalidHeader;
    refused.refusalText = QStringLiteral("The header x-trace contains a line break.");
    ok &= saveFlow(refused, shot, QStringLiteral("state-flow-refused"));
    Exchange cancelled;
    cancelled.request.method = "GET";
    cancelled.request.url = QUrl(QStringLiteral("http://127.0.0.1/v1/appointments"));
    cancelled.request.headers = {{HeaderName::ApiKey, "…7Q2m"},
                                 {HeaderName::PracticeGroupId, "1003"}};
    cancelled.transportError = TransportError::Canceled;
    cancelled.timings = {5, 9, -1, 800};
    ok &= saveFlow(cancelled, shot, QStringLiteral("state-flow-cancelled"));

    RateLimitGauge gauge;
    RateGaugeState paused;
    paused.state = RateState::Paused;
    paused.serverRefused = true;
    paused.used = 49;
    paused.fromServer = true;
    paused.pausedUntil = QDateTime::currentDateTimeUtc().addSecs(23);
    paused.pauseRemaining = std::chrono::seconds(23);
    paused.sparkline = QList<int>(60, 0);
    paused.sparkline.last() = 3;
    gauge.setState(paused);
    gauge.resize(gauge.sizeHint());
    gauge.show();
    ok &= shot(&gauge, QStringLiteral("state-gauge-429"));
    return ok;
}

} // namespace

bool stageViews(const QSize &size, Tones::Theme theme, bool states, const Shot &shot)
{
    QTemporaryDir temp;
    QSettings settings(temp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ExplorerSettings(&settings).setTheme(Tones::themeKey(theme));
    MemorySecretStore keychain;
    std::unique_ptr<SandboxServer> sandbox;
    ExplorerParts parts(&settings, &keychain, temp.filePath(QStringLiteral("history.json")),
                        new ExplorerProxyFactory,
                        [&sandbox](QString *error) { return startSandboxOnce(&sandbox, error); });

    MainWindow window(parts.services());
    window.resize(size);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    // The window must never grow by itself, whatever a panel asks for.
    const auto kept = [&window, size](const char *view) {
        if (window.size() == size)
            return true;
        QTextStream(stdout) << "FAILED " << view << ": the window grew to " << window.width() << 'x'
                            << window.height() << '\n';
        return false;
    };
    bool ok = shot(&window, QStringLiteral("welcome"));

    window.findChild<QPushButton *>(QStringLiteral("welcomeSandbox"))->click();
    QTest::qWait(300);
    window.findChild<EndpointBrowser *>()->selectOperation(QStringLiteral("GET"),
                                                           QStringLiteral("/v1/me"));
    const auto sendAndWait = [&window](const QString &group) {
        window.selectPracticeGroup(group);
        QSignalSpy shown(&window, &MainWindow::exchangeShown);
        QMetaObject::invokeMethod(window.findChild<QPushButton *>(QStringLiteral("sendButton")),
                                  "click");
        shown.wait(10000);
        QTest::qWait(300);
    };
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("sideTabs"));
    sendAndWait(QStringLiteral("1001"));
    tabs->setCurrentIndex(tabs->count() - 1); // history
    ok &= shot(&window, QStringLiteral("main-window")) && kept("main-window");
    sendAndWait(QStringLiteral("1003"));
    tabs->setCurrentIndex(0); // the cross-organisational flow
    ok &= shot(&window, QStringLiteral("crossorg")) && kept("crossorg");
    sendAndWait(QStringLiteral("2001"));
    ok &= shot(&window, QStringLiteral("diagnosis")) && kept("diagnosis");

    if (auto *doctor = window.findChild<QPushButton *>(QStringLiteral("nextStep_RunDoctor"))) {
        doctor->click();
        QTest::qWait(200);
        if (auto *dialog = window.findChild<QDialog *>(QStringLiteral("doctorDialog"))) {
            dialog->findChild<QPushButton *>(QStringLiteral("doctorRun"))->click();
            QTest::qWait(1500);
            ok &= shot(dialog, QStringLiteral("doctor"));
            dialog->close();
        }
    }
    window.findChild<QPushButton *>(QStringLiteral("keysButton"))->click();
    QTest::qWait(300);
    if (auto *keysDialog = window.findChild<QDialog *>(QStringLiteral("keyManager"))) {
        keysDialog->findChild<QPushButton *>(QStringLiteral("addKeyButton"))->click();
        QTest::qWait(100);
        if (auto *label = keysDialog->findChild<QLineEdit *>(QStringLiteral("labelEdit")))
            label->setText(QStringLiteral("Staging, booking"));
        if (auto *key = keysDialog->findChild<QLineEdit *>(QStringLiteral("keyEdit")))
            key->setText(QStringLiteral("not a key\t"));
        ok &= shot(keysDialog, QStringLiteral("keys"));
        keysDialog->close();
    }
    window.findChild<QAction *>(QStringLiteral("addEnvironmentAction"))->trigger();
    QTest::qWait(200);
    if (auto *custom = window.findChild<QDialog *>(QStringLiteral("customEnvironmentDialog"))) {
        QTest::keyClicks(custom->findChild<QLineEdit *>(QStringLiteral("customName")),
                         QStringLiteral("Partner proxy"));
        QTest::keyClicks(custom->findChild<QLineEdit *>(QStringLiteral("customBaseUrl")),
                         QStringLiteral("http://hero.partner.example"));
        ok &= shot(custom, QStringLiteral("custom-environment"));
        custom->close();
    }
    // Asked again after the proxy refused a password: every part of the dialog shows.
    ProxyAuthenticator::Prompt prompt;
    prompt.proxy = QStringLiteral("proxy.corp.example:3128");
    prompt.realm = QStringLiteral("Corporate web gateway");
    prompt.user = QStringLiteral("alice");
    prompt.refused = true;
    ProxySignInDialog signIn(prompt, &window);
    signIn.findChild<QLineEdit *>(QStringLiteral("proxyPasswordEdit"))
        ->setText(QStringLiteral("not a password"));
    signIn.show();
    QTest::qWait(100);
    ok &= shot(&signIn, QStringLiteral("proxy-sign-in"));
    if (auto *shortcuts = window.findChild<QAction *>(QStringLiteral("shortcutsAction"))) {
        shortcuts->trigger();
        QTest::qWait(200);
        if (auto *dialog = window.findChild<QDialog *>(QStringLiteral("shortcutsDialog"))) {
            ok &= shot(dialog, QStringLiteral("shortcuts"));
            dialog->close();
        }
    }
    // A request refused before sending says why in the composer, not in the status bar.
    window.selectEnvironment(QStringLiteral("staging"));
    QMetaObject::invokeMethod(window.findChild<QPushButton *>(QStringLiteral("sendButton")),
                              "click");
    QTest::qWait(200);
    ok &= shot(&window, QStringLiteral("no-key"));
    // Two requests open at once, the second on production: its tab, the banner and the title
    // are marked.
    window.selectEnvironment(QStringLiteral("sandbox"));
    RequestTab *production = window.newTab();
    window.selectEnvironment(QStringLiteral("production"));
    window.openOperation(*window.catalogue().find(QStringLiteral("GET"), QStringLiteral("/v1/me")));
    production->composer()->setFocus();
    QTest::qWait(200);
    ok &= shot(&window, QStringLiteral("tabs")) && kept("tabs");
    window.closeTab(window.tabCount() - 1);
    ok &= saveCollections(window, shot) && kept("collections");
    ok &= saveRunner(window, shot) && kept("runner");
    if (states)
        ok &= saveStates(window, shot);
    return ok;
}

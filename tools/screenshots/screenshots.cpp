// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
//
// Drives the real main window against the in-process sandbox and saves a PNG of each main
// view. Keys live in memory and settings in a temporary directory: nothing of the user's is
// read or written.
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

bool save(QWidget *widget, const QString &directory, const QString &name)
{
    QApplication::processEvents();
    const QString file = QDir(directory).filePath(name + QStringLiteral(".png"));
    const bool ok = widget->grab().save(file);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << file << '\n';
    return ok;
}

// The flow panel alone, at a side panel's width, for an exchange built by hand: states the
// sandbox does not produce on request (refused before sending, cancelled on the wire).
bool saveFlow(const Exchange &exchange, const QString &directory, const QString &name)
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
    return save(&panel, directory, name);
}

// The example collection (docs/examples/collection) in the Collections panel, a request of it
// selected, and its variables editor.
bool saveCollections(MainWindow &window, const QString &out)
{
    const QString root = QStringLiteral(HERO_EXAMPLE_COLLECTION);
    auto *collections = window.findChild<CollectionsPanel *>();
    window.findChild<QTabWidget *>(QStringLiteral("sideTabs"))->setCurrentWidget(collections);
    QSignalSpy loaded(collections->folder(), &CollectionFolder::loaded);
    collections->openFolder(root);
    if (!loaded.wait(5000))
        return false;
    collections->select(root + QStringLiteral("/appointments/booking.http"), 2);
    bool ok = save(&window, out, QStringLiteral("collections"));
    collections->editVariables();
    QTest::qWait(200);
    if (auto *dialog = window.findChild<QDialog *>(QStringLiteral("collectionVariablesDialog"))) {
        auto *environments = dialog->findChild<QTabWidget *>(QStringLiteral("environmentTabs"));
        environments->setCurrentIndex(environments->count() - 1); // staging
        ok &= save(dialog, out, QStringLiteral("collection-variables"));
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
        ok &= save(&window, out, QStringLiteral("collection-request"));
        window.closeTab(
            window.findChild<QTabWidget *>(QStringLiteral("requestTabs"))->indexOf(tab));
    } else {
        ok = false;
    }
    return ok;
}

// The runner on a collection of release checks against the sandbox: mid-run (some rows,
// the progress), then finished with a failure (a partner clinic's group, refused with 403).
bool saveRunner(MainWindow &window, const QString &out)
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
    bool ok = save(view, out, QStringLiteral("runner-running"));
    QSignalSpy finished(view->run(), &CollectionRun::finished);
    if (view->isRunning())
        ok &= finished.wait(30000);
    auto *table = view->findChild<QTreeWidget *>(QStringLiteral("runnerTable"));
    table->setCurrentItem(table->topLevelItem(5));
    ok &= save(view, out, QStringLiteral("runner-finished"));
    view->close();
    return ok;
}

// The states issue 13 is about, at 1024×700: what the window says after a typo in the
// practice group, after switching environment, and the flow and gauge states it names.
bool saveStates(MainWindow &window, const QString &out)
{
    window.resize(1024, 700);
    window.selectEnvironment(QStringLiteral("sandbox"));
    QTest::qWait(300);
    auto *group = window.findChild<QComboBox *>(QStringLiteral("practiceGroupCombo"));
    group->lineEdit()->clear();
    QTest::keyClicks(group->lineEdit(), QStringLiteral("10o1"));
    window.findChild<QPushButton *>(QStringLiteral("sendButton"))->click();
    bool ok = save(&window, out, QStringLiteral("state-group-typo"));
    window.selectPracticeGroup(QStringLiteral("2001"));
    QSignalSpy shown(&window, &MainWindow::exchangeShown);
    window.findChild<QPushButton *>(QStringLiteral("sendButton"))->click();
    shown.wait(10000);
    QTest::qWait(300);
    ok &= save(&window, out, QStringLiteral("state-refused"));
    window.selectEnvironment(QStringLiteral("staging"));
    ok &= save(&window, out, QStringLiteral("state-switched"));

    Exchange refused;
    refused.request.method = "POST";
    refused.request.url = QUrl(QStringLiteral("http://127.0.0.1/v1/messages/send"));
    refused.refusal = Refusal::InvalidHeader;
    refused.refusalText = QStringLiteral("The header x-trace contains a line break.");
    ok &= saveFlow(refused, out, QStringLiteral("state-flow-refused"));
    Exchange cancelled;
    cancelled.request.method = "GET";
    cancelled.request.url = QUrl(QStringLiteral("http://127.0.0.1/v1/appointments"));
    cancelled.request.headers = {{HeaderName::ApiKey, "…7Q2m"},
                                 {HeaderName::PracticeGroupId, "1003"}};
    cancelled.transportError = TransportError::Canceled;
    cancelled.timings = {5, 9, -1, 800};
    ok &= saveFlow(cancelled, out, QStringLiteral("state-flow-cancelled"));

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
    ok &= save(&gauge, out, QStringLiteral("state-gauge-429"));
    return ok;
}

// Renders every main view in a window of the given size into directory; false when a view
// could not be rendered or the window did not keep its size.
bool renderAll(const QString &out, const QSize &size, bool states)
{
    QDir().mkpath(out);
    QTemporaryDir temp;
    QSettings settings(temp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
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
    bool ok = save(&window, out, QStringLiteral("welcome"));

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
    ok &= save(&window, out, QStringLiteral("main-window")) && kept("main-window");
    sendAndWait(QStringLiteral("1003"));
    tabs->setCurrentIndex(0); // the cross-organisational flow
    ok &= save(&window, out, QStringLiteral("crossorg")) && kept("crossorg");
    sendAndWait(QStringLiteral("2001"));
    ok &= save(&window, out, QStringLiteral("diagnosis")) && kept("diagnosis");

    if (auto *doctor = window.findChild<QPushButton *>(QStringLiteral("nextStep_RunDoctor"))) {
        doctor->click();
        QTest::qWait(200);
        if (auto *dialog = window.findChild<QDialog *>(QStringLiteral("doctorDialog"))) {
            dialog->findChild<QPushButton *>(QStringLiteral("doctorRun"))->click();
            QTest::qWait(1500);
            ok &= save(dialog, out, QStringLiteral("doctor"));
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
        ok &= save(keysDialog, out, QStringLiteral("keys"));
        keysDialog->close();
    }
    window.findChild<QAction *>(QStringLiteral("addEnvironmentAction"))->trigger();
    QTest::qWait(200);
    if (auto *custom = window.findChild<QDialog *>(QStringLiteral("customEnvironmentDialog"))) {
        QTest::keyClicks(custom->findChild<QLineEdit *>(QStringLiteral("customName")),
                         QStringLiteral("Partner proxy"));
        QTest::keyClicks(custom->findChild<QLineEdit *>(QStringLiteral("customBaseUrl")),
                         QStringLiteral("http://hero.partner.example"));
        ok &= save(custom, out, QStringLiteral("custom-environment"));
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
    ok &= save(&signIn, out, QStringLiteral("proxy-sign-in"));
    if (auto *shortcuts = window.findChild<QAction *>(QStringLiteral("shortcutsAction"))) {
        shortcuts->trigger();
        QTest::qWait(200);
        if (auto *dialog = window.findChild<QDialog *>(QStringLiteral("shortcutsDialog"))) {
            ok &= save(dialog, out, QStringLiteral("shortcuts"));
            dialog->close();
        }
    }
    // A request refused before sending says why in the composer, not in the status bar.
    window.selectEnvironment(QStringLiteral("staging"));
    QMetaObject::invokeMethod(window.findChild<QPushButton *>(QStringLiteral("sendButton")),
                              "click");
    QTest::qWait(200);
    ok &= save(&window, out, QStringLiteral("no-key"));
    // Two requests open at once, the second on production: its tab, the banner and the title
    // are marked.
    window.selectEnvironment(QStringLiteral("sandbox"));
    RequestTab *production = window.newTab();
    window.selectEnvironment(QStringLiteral("production"));
    window.openOperation(*window.catalogue().find(QStringLiteral("GET"), QStringLiteral("/v1/me")));
    production->composer()->setFocus();
    QTest::qWait(200);
    ok &= save(&window, out, QStringLiteral("tabs")) && kept("tabs");
    window.closeTab(window.tabCount() - 1);
    ok &= saveCollections(window, out) && kept("collections");
    ok &= saveRunner(window, out) && kept("runner");
    if (states)
        ok &= saveStates(window, out);
    return ok;
}

} // namespace

// hero-screenshots OUT [WxH]... [states]: one set of views per size (1280x800 when none is given),
// each size but the first in its own OUT/WxH folder.
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Hero API Explorer screenshots"));
    const QString out =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QList<QSize> sizes;
    bool states = false; // "states" adds the states of issue 13, not part of the docs
    for (int i = 2; i < argc; ++i) {
        if (qstrcmp(argv[i], "states") == 0) {
            states = true;
            continue;
        }
        const QStringList parts = QString::fromLocal8Bit(argv[i]).split(u'x');
        if (parts.size() == 2 && parts.at(0).toInt() > 0 && parts.at(1).toInt() > 0)
            sizes.append(QSize(parts.at(0).toInt(), parts.at(1).toInt()));
    }
    if (sizes.isEmpty())
        sizes.append(QSize(1280, 800));
    bool ok = true;
    for (const QSize &size : std::as_const(sizes)) {
        const QString folder = size == sizes.first()
            ? out
            : QDir(out).filePath(QStringLiteral("%1x%2").arg(size.width()).arg(size.height()));
        ok &= renderAll(folder, size, states && size == sizes.first());
    }
    return ok ? 0 : 1;
}

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
//
// The composition root: builds the one network manager, the settings, the secret stores and
// the other long-lived parts, and hands them to constructors. No singletons.
#include "history/historystore.h"
#include "http/apiclient.h"
#include "http/proxyfactory.h"
#include "keys/keychainsecretstore.h"
#include "keys/keyprofilestore.h"
#include "keys/keyring.h"
#include "mainwindow.h"
#include "ratelimit/ratelimiter.h"
#include "sandboxserver.h"
#include "session/requestrun.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("HeroApiExplorer"));
    QApplication::setOrganizationDomain(QStringLiteral("hero-api-explorer.github.io"));
    QApplication::setApplicationName(QStringLiteral("Hero API Explorer"));
    QApplication::setApplicationVersion(QStringLiteral(HERO_VERSION));
    const QString appId = QStringLiteral("io.github.hero_api_explorer.HeroApiExplorer");
    QGuiApplication::setDesktopFileName(appId);
    // The bundled SVG, not QIcon::fromTheme(): a theme lookup parses the icon-theme files at
    // every start (3-5 ms, bench/startup); the desktop file names the installed icon anyway.
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/hero/icons/hero-api-explorer.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Explore and diagnose the Hero Health Public API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption quitAfter(
        QStringLiteral("quit-after"),
        QApplication::translate("main", "Quit after MS milliseconds (smoke tests)."),
        QStringLiteral("MS"));
    const QCommandLineOption environment(
        QStringLiteral("environment"),
        QApplication::translate("main", "Start on this environment (staging, sandbox, …)."),
        QStringLiteral("ID"));
    parser.addOptions({quitAfter, environment});
    parser.process(app);

    QSettings settings;
    QNetworkAccessManager network;
    network.setProxyFactory(new ExplorerProxyFactory); // the manager owns it
    ApiClient client(&network);
    KeychainSecretStore keychain;
    KeyProfileStore profiles(&settings);
    KeyRing keys(&keychain, &profiles);
    RateLimiter limiter;
    RequestRunner runner(&client, &keys, &limiter);
    std::unique_ptr<SandboxServer> sandbox;
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    HistoryStore history(dataDir + QStringLiteral("/history.json"));
    // Patient data stays off disk unless the user asked to keep response bodies.
    history.setKeepResponseBodies(
        settings.value(QStringLiteral("history/keepResponseBodies"), false).toBool());
    QObject::connect(&history, &HistoryStore::keepResponseBodiesChanged, &settings,
                     [&settings](bool keep) {
                         settings.setValue(QStringLiteral("history/keepResponseBodies"), keep);
                     });

    ExplorerServices services;
    services.settings = &settings;
    services.keys = &keys;
    services.runner = &runner;
    services.history = &history;
    services.startSandbox = [&sandbox](QString *error) {
        return startSandboxOnce(&sandbox, error);
    };

    MainWindow window(services);
    history.load(); // after the window connected to notice(), so a moved-aside file is told
    if (parser.isSet(environment))
        window.selectEnvironment(parser.value(environment));
    window.show();
    if (parser.isSet(quitAfter))
        QTimer::singleShot(parser.value(quitAfter).toInt(), &app, &QApplication::quit);
    const int code = app.exec();
    return code;
}

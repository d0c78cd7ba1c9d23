// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
//
// The composition root: builds the one network manager, the settings, the secret stores and
// the other long-lived parts, and hands them to constructors. No singletons.
#include "explorer/explorerparts.h"
#include "http/proxyfactory.h"
#include "keys/keychainsecretstore.h"
#include "mainwindow.h"
#include "proxysignindialog.h"
#include "sandboxserver.h"
#include "storage/privatestorage.h"
#include "translators.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
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
    installTranslators(&app);

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

    // Settings and history are the user's (history may hold request paths, practice groups and,
    // when kept, patient data): their folders 0700 and files 0600 before anything is written.
    QSettings settings;
    QString privateError;
    makeSettingsPrivate(settings, &privateError);
    QString dataDir = makeAppDataPrivate(&privateError);
    if (dataDir.isEmpty()) // the history then says itself whether it can be saved
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    KeychainSecretStore keychain;
    std::unique_ptr<SandboxServer> sandbox;
    ExplorerParts parts(&settings, &keychain, dataDir + QStringLiteral("/history.json"),
                        new ExplorerProxyFactory,
                        [&sandbox](QString *error) { return startSandboxOnce(&sandbox, error); });

    MainWindow window(parts.services());
    parts.proxyAuth.setPrompt(ProxySignInDialog::promptFor(&window));
    QObject::connect(&parts.proxyAuth, &ProxyAuthenticator::rememberFailed, &window,
                     [&window](const QString &proxy, const QString &why) {
                         window.statusBar()->showMessage(
                             QApplication::translate("main",
                                                     "The password for the proxy %1 is kept for "
                                                     "this session only: %2")
                                 .arg(proxy, why));
                     });
    parts.history.load(); // after the window connected to notice(), so a moved-aside file is told
    if (!privateError.isEmpty())
        window.statusBar()->showMessage(
            QApplication::translate("main", "Settings or history may be readable by others: %1")
                .arg(privateError));
    if (parser.isSet(environment))
        window.selectEnvironment(parser.value(environment));
    window.show();
    if (parser.isSet(quitAfter))
        QTimer::singleShot(parser.value(quitAfter).toInt(), &app, &QApplication::quit);
    const int code = app.exec();
    return code;
}

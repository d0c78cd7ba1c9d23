// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
//
// Drives the real main window against the in-process sandbox and saves a PNG of each main
// view. Keys live in memory and settings in a temporary directory: nothing of the user's is
// read or written.
#include "endpointbrowser.h"
#include "explorerparts.h"
#include "http/proxyfactory.h"
#include "keys/memorysecretstore.h"
#include "mainwindow.h"
#include "sandboxserver.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Hero API Explorer screenshots"));
    const QString out =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(out);

    QTemporaryDir temp;
    QSettings settings(temp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    MemorySecretStore keychain;
    std::unique_ptr<SandboxServer> sandbox;
    ExplorerParts parts(&settings, &keychain, temp.filePath(QStringLiteral("history.json")),
                        new ExplorerProxyFactory,
                        [&sandbox](QString *error) { return startSandboxOnce(&sandbox, error); });

    MainWindow window(parts.services());
    // An optional second argument "WxH" sets the window size, e.g. 1024x700.
    const QStringList size = argc > 2 ? QString::fromLocal8Bit(argv[2]).split(u'x') : QStringList();
    window.resize(size.size() == 2 ? size.at(0).toInt() : 1280,
                  size.size() == 2 ? size.at(1).toInt() : 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
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
    ok &= save(&window, out, QStringLiteral("main-window"));
    sendAndWait(QStringLiteral("1003"));
    tabs->setCurrentIndex(0); // the cross-organisational flow
    ok &= save(&window, out, QStringLiteral("crossorg"));
    sendAndWait(QStringLiteral("2001"));
    ok &= save(&window, out, QStringLiteral("diagnosis"));

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
    return ok ? 0 : 1;
}

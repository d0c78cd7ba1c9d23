// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("HeroApiExplorer"));
    QApplication::setApplicationName(QStringLiteral("Hero API Explorer"));
    QApplication::setApplicationVersion(QStringLiteral(HERO_VERSION));
    MainWindow window;
    window.show();
    return app.exec();
}

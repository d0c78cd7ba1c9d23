// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
//
// The baseline of the startup benchmark: the least a Qt Widgets program does to show a main
// window. Without options it prints "ready <ms since process start> rss-kb … hwm-kb …" once
// the window is exposed and the event loop idle, then quits. With --quit-after MS it behaves
// like hero-explorer --quit-after MS (show, reach the event loop, quit after MS), for timing
// from outside. --size gives it the explorer's window size, so both paint as many pixels.
#include "startupprobe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"),
                                       QStringLiteral("Quit after MS milliseconds."),
                                       QStringLiteral("MS"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("Window size, WIDTHxHEIGHT (default 1024x700)."),
                                  QStringLiteral("WxH"), QStringLiteral("1024x700"));
    parser.addOptions({quitAfter, size});
    parser.process(app);

    if (!parser.isSet(quitAfter)) {
        const QString output = qEnvironmentVariable(StartupProbe::OutputVariable);
        StartupProbe::install(output.isEmpty() ? QStringLiteral("-") : output);
    }

    QMainWindow window;
    window.setWindowTitle(QStringLiteral("bench_bare_window"));
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    window.resize(wh.value(0).toInt(), wh.value(1).toInt());
    window.show();
    if (parser.isSet(quitAfter))
        QTimer::singleShot(parser.value(quitAfter).toInt(), &app, &QApplication::quit);
    return app.exec();
}

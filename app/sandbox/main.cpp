// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "sandboxfixture.h"
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <sys/socket.h>

#include <unistd.h>
#endif

namespace {

enum ExitCode { Success = 0, UsageError = 1, BadFixture = 2 };

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe work here: the event loop reads the pipe and quits.
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[0], &byte, 1);
}

void quitOnSignals(QCoreApplication *app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [notifier] {
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(signalPipe[1], &byte, 1);
        notifier->setEnabled(false);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}
#else
void onSignal(int)
{
    // On Windows the handler runs on its own thread; posting an event is thread-safe.
    QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit,
                              Qt::QueuedConnection);
}

void quitOnSignals(QCoreApplication *)
{
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}
#endif

int usageError(const QString &message)
{
    QTextStream(stderr) << "hero-sandbox: " << message << Qt::endl;
    return UsageError;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hero-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HERO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Local emulator of the Hero API's documented rules: keys, scopes, cross-organisational "
        "networks and the rate limit.\nExit codes: 0 clean stop, 1 usage or start error, 2 "
        "bad fixture."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption bindOption(QStringLiteral("bind"),
                                        QStringLiteral("Address to listen on (default 127.0.0.1)."),
                                        QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port; 0 picks a free one (default)."),
                                        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption fixtureOption(QStringLiteral("fixture"),
                                           QStringLiteral("World to serve (default: built in)."),
                                           QStringLiteral("file"));
    const QCommandLineOption certOption(QStringLiteral("tls-cert"),
                                        QStringLiteral("PEM certificate (chain): serve HTTPS."),
                                        QStringLiteral("pem"));
    const QCommandLineOption keyOption(QStringLiteral("tls-key"),
                                       QStringLiteral("PEM private key of --tls-cert."),
                                       QStringLiteral("pem"));
    const QCommandLineOption rateLimitOption(
        QStringLiteral("rate-limit"),
        QStringLiteral("Requests per key per window (default: the fixture's, 300)."),
        QStringLiteral("n"));
    const QCommandLineOption rateWindowOption(
        QStringLiteral("rate-window"),
        QStringLiteral("Window of the rate limit in seconds (default: the fixture's, 60)."),
        QStringLiteral("seconds"));
    const QCommandLineOption rateHeadersOption(
        QStringLiteral("rate-headers"),
        QStringLiteral("Send X-RateLimit-Limit/Remaining/Reset (the real API documents none)."));
    const QCommandLineOption faultsOption(QStringLiteral("faults"),
                                          QStringLiteral("Honour the x-sandbox-fault header."));
    parser.addOptions({bindOption, portOption, fixtureOption, certOption, keyOption,
                       rateLimitOption, rateWindowOption, rateHeadersOption, faultsOption});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            QStringLiteral("unexpected argument %1").arg(parser.positionalArguments().first()));

    SandboxOptions options;
    if (!options.bind.setAddress(parser.value(bindOption)))
        return usageError(QStringLiteral("--bind needs an IP address"));
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return usageError(QStringLiteral("--port needs a number from 0 to 65535"));
    options.port = quint16(port);
    options.fixtureFile = parser.value(fixtureOption);
    options.tlsCertFile = parser.value(certOption);
    options.tlsKeyFile = parser.value(keyOption);
    if (options.tlsCertFile.isEmpty() != options.tlsKeyFile.isEmpty())
        return usageError(QStringLiteral("--tls-cert and --tls-key go together"));
    if (parser.isSet(rateLimitOption)) {
        options.rateLimit = parser.value(rateLimitOption).toInt(&ok);
        if (!ok || options.rateLimit < 1)
            return usageError(QStringLiteral("--rate-limit needs a whole number of at least 1"));
    }
    if (parser.isSet(rateWindowOption)) {
        options.rateWindowSeconds = parser.value(rateWindowOption).toInt(&ok);
        if (!ok || options.rateWindowSeconds < 1)
            return usageError(QStringLiteral("--rate-window needs a whole number of seconds"));
    }
    options.rateHeaders = parser.isSet(rateHeadersOption);
    options.faults = parser.isSet(faultsOption);

    // A bad fixture is its own exit code, so check it before anything else.
    if (!options.fixtureFile.isEmpty()) {
        QFile file(options.fixtureFile);
        QString problem;
        const bool valid = file.open(QIODevice::ReadOnly)
            ? SandboxFixture::load(file.readAll(), &problem).has_value()
            : (problem = file.errorString(), false);
        if (!valid) {
            QTextStream(stderr) << "hero-sandbox: fixture " << options.fixtureFile << ": "
                                << problem << Qt::endl;
            return BadFixture;
        }
    }

    quitOnSignals(&app);
    SandboxServer server;
    QString error;
    if (!server.start(options, &error)) {
        QTextStream(stderr) << "hero-sandbox: " << error << Qt::endl;
        return UsageError;
    }
    std::printf("hero-sandbox listening on %s\n", server.baseUrl().toEncoded().constData());
    std::fflush(stdout);
    const int code = app.exec();
    server.stop();
    return code;
}

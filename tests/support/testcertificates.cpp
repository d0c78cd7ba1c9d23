// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "testcertificates.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace {

bool runOpenssl(const QString &openssl, const QString &dir, const QStringList &arguments,
                QString *error)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(openssl, arguments);
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000)) {
        if (error)
            *error = QStringLiteral("openssl %1 did not run: %2")
                         .arg(arguments.value(0), process.errorString());
        process.kill();
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("openssl %1 failed: %2")
                         .arg(arguments.join(QLatin1Char(' ')),
                              QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

} // namespace

std::optional<TestCertificates> TestCertificates::create(const QString &dir, QString *error)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        if (error)
            *error = QStringLiteral("the openssl command is not on PATH");
        return std::nullopt;
    }
    const QDir directory(dir);
    if (!directory.exists()) {
        if (error)
            *error = QStringLiteral("the directory %1 does not exist").arg(dir);
        return std::nullopt;
    }
    QFile extensions(directory.filePath(QStringLiteral("server-ext.cnf")));
    if (!extensions.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || extensions.write("subjectAltName=DNS:localhost,DNS:api.proxied.test,IP:127.0.0.1\n"
                            "basicConstraints=CA:FALSE\n"
                            "keyUsage=digitalSignature,keyEncipherment\n"
                            "extendedKeyUsage=serverAuth\n")
            < 0) {
        if (error)
            *error = QStringLiteral("cannot write %1").arg(extensions.fileName());
        return std::nullopt;
    }
    extensions.close();

    const QString days = QStringLiteral("30");
    const QList<QStringList> steps = {
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
         QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
         QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.crt"),
         QStringLiteral("-days"), days, QStringLiteral("-subj"),
         QStringLiteral("/CN=Hero API Explorer Test CA")},
        {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
         QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
         QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
         QStringLiteral("/CN=localhost")},
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
         QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
         QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
         QStringLiteral("-out"), QStringLiteral("server.crt"), QStringLiteral("-days"), days,
         QStringLiteral("-extfile"), QStringLiteral("server-ext.cnf")},
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
         QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
         QStringLiteral("selfsigned.key"), QStringLiteral("-out"), QStringLiteral("selfsigned.crt"),
         QStringLiteral("-days"), days, QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
         QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")},
    };
    for (const QStringList &arguments : steps) {
        if (!runOpenssl(openssl, dir, arguments, error))
            return std::nullopt;
    }

    TestCertificates certificates;
    certificates.caFile = directory.filePath(QStringLiteral("ca.crt"));
    certificates.caKeyFile = directory.filePath(QStringLiteral("ca.key"));
    certificates.certFile = directory.filePath(QStringLiteral("server.crt"));
    certificates.keyFile = directory.filePath(QStringLiteral("server.key"));
    certificates.selfSignedCertFile = directory.filePath(QStringLiteral("selfsigned.crt"));
    certificates.selfSignedKeyFile = directory.filePath(QStringLiteral("selfsigned.key"));
    return certificates;
}

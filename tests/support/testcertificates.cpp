// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "testcertificates.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <utility>

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
    const QByteArray serverExtensions = "basicConstraints=CA:FALSE\n"
                                        "keyUsage=digitalSignature,keyEncipherment\n"
                                        "extendedKeyUsage=serverAuth\n";
    // `openssl ca` rather than `x509 -req` for the expired certificate: OpenSSL 3.0's x509 has
    // no way to set a start date in the past.
    const QList<std::pair<QString, QByteArray>> files = {
        {QStringLiteral("server-ext.cnf"),
         "subjectAltName=DNS:localhost,DNS:api.proxied.test,IP:127.0.0.1\n" + serverExtensions},
        {QStringLiteral("wronghost-ext.cnf"),
         "subjectAltName=DNS:elsewhere.test\n" + serverExtensions},
        {QStringLiteral("ca.cnf"),
         "[ca]\ndefault_ca = test\n[test]\ndatabase = index.txt\nnew_certs_dir = .\n"
         "serial = ca.serial\ndefault_md = sha256\npolicy = any\nunique_subject = no\n"
         "[any]\ncommonName = supplied\n"},
        {QStringLiteral("index.txt"), QByteArray()},
        {QStringLiteral("ca.serial"), "1000\n"},
    };
    for (const auto &[name, contents] : files) {
        QFile file(directory.filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(contents) != contents.size()) {
            if (error)
                *error = QStringLiteral("cannot write %1").arg(file.fileName());
            return std::nullopt;
        }
    }

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
        {QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-notext"),
         QStringLiteral("-config"), QStringLiteral("ca.cnf"), QStringLiteral("-cert"),
         QStringLiteral("ca.crt"), QStringLiteral("-keyfile"), QStringLiteral("ca.key"),
         QStringLiteral("-in"), QStringLiteral("server.csr"), QStringLiteral("-out"),
         QStringLiteral("expired.crt"), QStringLiteral("-startdate"),
         QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
         QStringLiteral("20200201000000Z"), QStringLiteral("-extfile"),
         QStringLiteral("server-ext.cnf")},
        {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"),
         QStringLiteral("server.key"), QStringLiteral("-out"), QStringLiteral("wronghost.csr"),
         QStringLiteral("-subj"), QStringLiteral("/CN=elsewhere.test")},
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
         QStringLiteral("wronghost.csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
         QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
         QStringLiteral("-out"), QStringLiteral("wronghost.crt"), QStringLiteral("-days"), days,
         QStringLiteral("-extfile"), QStringLiteral("wronghost-ext.cnf")},
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
    certificates.expiredCertFile = directory.filePath(QStringLiteral("expired.crt"));
    certificates.wrongHostCertFile = directory.filePath(QStringLiteral("wronghost.crt"));
    return certificates;
}

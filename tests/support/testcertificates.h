// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

// Certificates made at test time with the `openssl` command: a CA (ca.crt, ca.key), a
// localhost server certificate signed by it with SAN DNS:localhost,IP:127.0.0.1 and
// DNS:api.proxied.test, a name that is not loopback, for a tunnel through a test proxy
// (server.crt, server.key), and a self-signed localhost certificate the CA did not sign
// (selfsigned.crt, selfsigned.key). Two more certificates signed by the CA with server.key:
// one for localhost and 127.0.0.1 that expired in 2020 (expired.crt), and one valid only for
// elsewhere.test (wronghost.crt). Keys are unencrypted 2048-bit RSA PEM.
struct TestCertificates
{
    QString caFile;
    QString caKeyFile;
    QString certFile;
    QString keyFile;
    QString selfSignedCertFile;
    QString selfSignedKeyFile;
    QString expiredCertFile; // key: keyFile
    QString wrongHostCertFile; // key: keyFile

    // Writes the files into dir (which must exist). Returns nullopt with *error set when
    // openssl is missing or fails; tests then QSKIP.
    static std::optional<TestCertificates> create(const QString &dir, QString *error);
};

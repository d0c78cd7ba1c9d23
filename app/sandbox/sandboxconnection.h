// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxjudge.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QTcpSocket;
class QTimer;
class SandboxHugeBody;

// One client connection of SandboxServer: a small HTTP/1.1 reader and writer (keep-alive,
// Expect: 100-continue; the bytes are parsed by parseSandboxRequest()) that hands each request
// to the judge and applies x-sandbox-fault. Everything is asynchronous, so a slow, hung
// or misbehaving connection never holds up another.
class SandboxConnection : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<SandboxResponse(const SandboxRequest &)>;

    SandboxConnection(QTcpSocket *socket, Handler handler, bool faults, QObject *parent = nullptr);
    ~SandboxConnection() override;

    // Drops the connection at once (server shutdown).
    void abort();

signals:
    void closed();

private:
    void readRequests();
    void dispatch(const SandboxRequest &request, bool keepAlive);
    void respond(const SandboxResponse &response, bool keepAlive, bool headOnly = false);
    void finishResponse(bool keepAlive);
    void dripNextByte();
    void writeMoreHugeBody();
    void close();
    void resetConnection();
    QByteArray head(const SandboxResponse &response, qint64 contentLength, bool keepAlive) const;

    QPointer<QTcpSocket> m_socket;
    Handler m_handler;
    bool m_faults;
    bool m_busy = false; // a response is pending or being written
    bool m_closed = false;
    bool m_continueSent = false;
    QByteArray m_buffer;
    QTimer *m_timer = nullptr;
    QByteArray m_dripBody;
    qint64 m_dripOffset = 0;
    bool m_dripKeepAlive = false;
    std::unique_ptr<SandboxHugeBody> m_hugeBody;
    bool m_hugeKeepAlive = false;
};

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

// A real QNetworkAccessManager that also keeps every QNetworkRequest handed to it, so a test
// can check the attributes the client set (timeout, redirect policy, HTTP/2) and count how many
// requests the client built at all.
class CapturingNetworkAccessManager : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;

    QList<QNetworkRequest> requests() const { return m_requests; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        m_requests.append(request);
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }

private:
    QList<QNetworkRequest> m_requests;
};

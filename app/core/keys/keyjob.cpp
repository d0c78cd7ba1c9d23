// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "keyjob.h"

KeyJob::KeyJob(const QString &profileId, QObject *parent)
    : QObject(parent)
    , m_profileId(profileId)
{
}

void KeyJob::fail(Error error, const QString &text, const SecretResult &keychainResult)
{
    m_error = error;
    m_errorText = text;
    m_keychainResult = keychainResult;
    report();
}

void KeyJob::succeed(const QByteArray &secret)
{
    m_secret = secret;
    report();
}

void KeyJob::report()
{
    if (m_reported)
        return;
    m_reported = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            emit finished();
            deleteLater();
        },
        Qt::QueuedConnection);
}

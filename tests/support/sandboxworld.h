// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

// The default sandbox fixture's world (docs/sandbox.md) as tests name it. The keys are
// fictional and work only against the sandbox.
namespace SandboxWorld {

inline const QByteArray FullKey = QByteArrayLiteral("hero_sbx_full_7Q2mX9");
inline const QByteArray MessagingKey = QByteArrayLiteral("hero_sbx_msg_K4pL8v");
inline const QByteArray ElmKey = QByteArrayLiteral("hero_sbx_elm_Z1rT5c");
inline const QByteArray ExpiredKey = QByteArrayLiteral("hero_sbx_expired_Q0aa");

inline QMap<QString, QString> practiceGroupNames()
{
    return {{QStringLiteral("1001"), QStringLiteral("Riverside Medical Practice")},
            {QStringLiteral("1002"), QStringLiteral("Hillview Surgery")},
            {QStringLiteral("1003"), QStringLiteral("Northside PCN Hub")},
            {QStringLiteral("2001"), QStringLiteral("Elm Tree Practice")}};
}

} // namespace SandboxWorld

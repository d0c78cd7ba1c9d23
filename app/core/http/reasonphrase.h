// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

// The standard reason phrase of an HTTP status ("Too Many Requests" for 429), never
// translated like the status line itself; empty for a status without one.
QString reasonPhrase(int status);

// "404 Not Found": the status with the server's own reason when it sent a printable one, else
// the standard phrase, else the number alone.
QString statusLineText(int status, const QByteArray &serverReason);

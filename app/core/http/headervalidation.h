// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

// The longest key we accept: Windows Credential Manager's blob limit, so every OS behaves alike.
inline constexpr int MaxApiKeyBytes = 2560;
inline constexpr int MaxHeaderValueBytes = 2560;
inline constexpr int MaxPracticeGroupIdLength = 32;

// Each returns an empty string when the value is acceptable, else a sentence that says what
// is wrong (never the value itself). Qt 6.4 writes CR/LF in header values to the wire
// unchecked, so these run on entry and again just before sending.
QString apiKeyProblem(const QByteArray &key);
QString practiceGroupIdProblem(const QByteArray &id);
QString headerNameProblem(const QByteArray &name);
QString headerValueProblem(const QByteArray &value);

// What a user pasted into a key field, with surrounding white space removed; a quoted value
// or an "x-api-key:" prefix is reported by apiKeyProblem() rather than silently fixed.
QByteArray trimmedPastedKey(const QString &pasted);

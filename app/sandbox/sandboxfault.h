// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxjudge.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

// A deliberate misbehaviour asked for with `x-sandbox-fault: NAME[=VALUE]` (only when the
// server runs with faults enabled).
//
// Sandbox choice: Delay, SlowDrip and Truncate deliver the judged answer late, slowly or
// cut short, so the rules still apply and the request counts against the rate window.
// The others replace the answer the way a broken proxy or upstream would: the rules are
// not consulted and nothing is counted.
struct SandboxFault
{
    enum class Kind {
        Delay, // value: milliseconds
        Hang,
        Reset,
        Truncate,
        InvalidJson,
        Html502,
        Status, // value: the status code
        Redirect, // url
        Huge, // value: mebibytes
        SlowDrip,
    };

    Kind kind = Kind::Delay;
    qint64 value = 0;
    QUrl url;

    static constexpr qint64 MaxDelayMs = 600'000;
    static constexpr qint64 MaxHugeMiB = 1024;
    static constexpr int SlowDripIntervalMs = 200;

    // Parses the header value; on failure *error says what is wrong.
    static std::optional<SandboxFault> parse(const QByteArray &headerValue, QString *error);

    bool wrapsJudgedAnswer() const
    {
        return kind == Kind::Delay || kind == Kind::SlowDrip || kind == Kind::Truncate;
    }
    // The replacement answer of InvalidJson, Html502, Status and Redirect.
    SandboxResponse replacement() const;
};

// Exactly `size` bytes of valid JSON, {"data":[{…},…] …,"count":n}, produced piece by piece.
class SandboxHugeBody
{
public:
    explicit SandboxHugeBody(qint64 size);

    qint64 size() const { return m_size; }
    bool atEnd() const { return m_produced >= m_size; }
    // Up to maxBytes more bytes of the body.
    QByteArray next(qint64 maxBytes);

private:
    QByteArray itemAt(qint64 index) const;

    qint64 m_size;
    qint64 m_produced = 0;
    qint64 m_items = 0;
    qint64 m_nextItem = 0;
    qint64 m_paddingLeft = 0;
    bool m_prefixDone = false;
    bool m_suffixDone = false;
    QByteArray m_prefix;
    QByteArray m_suffix;
};

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxjudge.h"

#include <QByteArray>
#include <QString>

// What parseSandboxRequest() made of the bytes a connection has received so far.
struct SandboxParsedRequest
{
    enum class Outcome { Incomplete, Complete, Invalid };

    Outcome outcome = Outcome::Incomplete;
    SandboxRequest request; // Complete
    bool keepAlive = true;
    // Incomplete with the whole head read: the client waits for "100 Continue" before the body.
    bool expectsContinue = false;
    // Bytes at the start of the buffer that are done with: the request when Complete, the empty
    // lines before it otherwise.
    qsizetype consumed = 0;
    // Invalid: the status to refuse with (400, 413, 431 or 501), the envelope's error code and why.
    int errorStatus = 0;
    QString errorCode;
    QString errorMessage;
};

// The request side of the sandbox's HTTP/1.1: one request head and its body (Content-Length or
// chunked) from the start of `buffer`. Pure, so it is tested and fuzzed on bytes alone
// (tests/fuzz/fuzz_sandboxrequest.cpp). A request larger than the sandbox will hold is Invalid
// with the 4xx to answer, never an attempt to hold it.
SandboxParsedRequest parseSandboxRequest(const QByteArray &buffer);

namespace SandboxLimits {
constexpr qsizetype MaxHeadBytes = 64 * 1024;
constexpr qsizetype MaxBodyBytes = 16 * 1024 * 1024;
// Chunk-size lines, their extensions included, and a chunked body's framing around the data.
constexpr qsizetype MaxChunkLineBytes = 4 * 1024;
constexpr qsizetype MaxChunkedBytes = 2 * MaxBodyBytes;
} // namespace SandboxLimits

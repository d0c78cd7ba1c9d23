// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <cstddef>
#include <cstdint>

// Shared by the harnesses in tests/fuzz (docs/fuzzing.md).

// A copy of libFuzzer's input, so that AddressSanitizer sees any read past its end.
inline QByteArray fuzzBytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// "Name: value" lines (LF or CRLF) as a header list, the way a corpus file writes headers.
// Lines without a colon are skipped.
inline QList<QPair<QByteArray, QByteArray>> fuzzHeaderLines(const QByteArray &text)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return headers;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

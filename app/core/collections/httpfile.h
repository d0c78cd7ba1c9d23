// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "collections/httprequesttext.h"

#include <QByteArray>
#include <QList>
#include <QPair>

// A line of a .http file the reader did something other than read: knowingly ignored (a
// response handler, an output redirect, a directive it does not run) or not understood.
struct HttpFileNotice
{
    int line = 0; // 1-based
    QString text; // "response handler script ignored", "no request line before the headers"
    friend bool operator==(const HttpFileNotice &a, const HttpFileNotice &b)
    {
        return a.line == b.line && a.text == b.text;
    }
};

// One request of a file with where it sits.
struct HttpFileRequest
{
    HttpRequestText request;
    int firstLine = 0; // 1-based: its "###" separator, or its first line for the first request
    int requestLine = 0; // 1-based: the "METHOD URL" line
    qsizetype begin = 0; // byte span in bytes(): from its separator to the next one
    qsizetype end = 0;
    friend bool operator==(const HttpFileRequest &a, const HttpFileRequest &b)
    {
        return a.request == b.request && a.firstLine == b.firstLine
            && a.requestLine == b.requestLine && a.begin == b.begin && a.end == b.end;
    }
};

// A .http file, read losslessly: bytes() is exactly what was read until an edit, and an edit
// rewrites only the edited request's request line, headers, body and assertions, keeping every
// other byte (other requests, comments, directives, handler scripts, line endings) as it was.
class HttpFile
{
public:
    // Never fails: what cannot be read becomes a problem() with its line.
    static HttpFile parse(const QByteArray &bytes);

    QByteArray bytes() const { return m_bytes; }
    const QList<HttpFileRequest> &requests() const { return m_requests; }
    // "@name = value" lines, in file order (a later one overrides an earlier one).
    const QList<QPair<QString, QString>> &fileVariables() const { return m_fileVariables; }
    const QList<HttpFileNotice> &ignored() const { return m_ignored; }
    const QList<HttpFileNotice> &problems() const { return m_problems; }
    // The index of the first request with that name, or -1.
    int indexOf(const QString &name) const;

    // Edits; each leaves the file as parse() of its new bytes would. An index out of range is
    // ignored. A request round-trips (the edited file reads it back equal) when its name and
    // values hold no line break, its body neither starts nor ends with a blank line, no body line
    // starts with "###", ">", "<>" or "??", and every assertion starts with "??".
    void replaceRequest(int index, const HttpRequestText &request);
    void appendRequest(const HttpRequestText &request);
    void removeRequest(int index);

    friend bool operator==(const HttpFile &a, const HttpFile &b)
    {
        return a.m_bytes == b.m_bytes && a.m_requests == b.m_requests
            && a.m_fileVariables == b.m_fileVariables && a.m_ignored == b.m_ignored
            && a.m_problems == b.m_problems;
    }
    friend bool operator!=(const HttpFile &a, const HttpFile &b) { return !(a == b); }

private:
    QByteArray m_bytes;
    QList<HttpFileRequest> m_requests;
    QList<QPair<QString, QString>> m_fileVariables;
    QList<HttpFileNotice> m_ignored;
    QList<HttpFileNotice> m_problems;
};

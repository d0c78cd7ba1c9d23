// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "collections/collectionimport.h"
#include "collections/httpfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

// Shared by the import tests (tst_postmanimport, tst_insomniaimport, tst_brunoimport).

using Requests = QList<HttpRequestText>;

inline HttpRequestText request(const QString &name, const QString &method, const QString &url,
                               const QList<HttpHeaderLine> &headers = {}, const QString &body = {})
{
    HttpRequestText text;
    text.name = name;
    text.method = method;
    text.url = url;
    text.headers = headers;
    text.body = body;
    return text;
}

inline QString fileText(const Requests &requests)
{
    QStringList blocks;
    for (const HttpRequestText &each : requests)
        blocks.append(formatHttpRequest(each));
    return blocks.join(u'\n');
}

inline QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Every file and folder under path, relative, sorted: what "nothing on disk changed" compares.
inline QStringList tree(const QString &path)
{
    QStringList entries;
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        entries.append(QDir(path).relativeFilePath(it.next()));
    entries.sort();
    return entries;
}

inline QStringList noticeTexts(const ImportSummary &summary)
{
    QStringList texts;
    for (const ImportNotice &notice : summary.notices)
        texts.append(notice.text());
    return texts;
}

// Every file under path whose bytes contain needle, relative: the canary scan.
inline QStringList filesContaining(const QString &path, const QByteArray &needle)
{
    QStringList found;
    for (const QString &file : tree(path)) {
        QFile bytes(path + u'/' + file);
        if (file.contains(QString::fromLatin1(needle))
            || (bytes.open(QIODevice::ReadOnly) && bytes.readAll().contains(needle)))
            found.append(file);
    }
    return found;
}

// Reads back every .http file an import wrote into target; the requests they hold, or -1 when
// one of them has a line HttpFile cannot read.
inline int requestsReadBack(const QString &target, const ImportSummary &summary)
{
    int requests = 0;
    for (const QString &file : summary.files) {
        if (!file.endsWith(QStringLiteral(".http")))
            continue;
        const HttpFile parsed = HttpFile::parse(readText(target + u'/' + file).toUtf8());
        if (!parsed.problems().isEmpty())
            return -1;
        requests += int(parsed.requests().size());
    }
    return requests;
}

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "collections/httprequesttext.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// Something an import did not carry over, and where: "Appointments/Cancel: auth (apikey) dropped".
struct ImportNotice
{
    QString where; // the item's path in the source, folder names joined by "/"; the collection's
                   // own name for what sits on the collection itself
    QString what;
    QString text() const { return where.isEmpty() ? what : where + QStringLiteral(": ") + what; }
    friend bool operator==(const ImportNotice &a, const ImportNotice &b)
    {
        return a.where == b.where && a.what == b.what;
    }
};

// A collection read from another tool, not yet written: a tree of folders holding requests, and
// variables per environment ("$shared" for the ones every environment sees).
struct ImportedFolder
{
    QString name; // as the source names it; the folder's file names are made from it
    QList<HttpRequestText> requests;
    QList<ImportedFolder> folders;
};

struct ImportedCollection
{
    QString format; // "Postman Collection v2.1", …
    ImportedFolder root; // root.name is the collection's name
    QMap<QString, QMap<QString, QString>> environments;
    QList<ImportNotice> notices;
};

// What an import did: what it wrote, or why it wrote nothing.
struct ImportSummary
{
    QString error; // empty on success; otherwise names the file, what and where
    QString format;
    int requests = 0;
    QStringList files; // written, relative to the target folder, in writing order
    QList<ImportNotice> notices;
    bool ok() const { return error.isEmpty(); }
};

// Writes a collection folder at target: one .http file per folder level (requests of a source
// folder in "<folder>/<folder>.http", the top level's in "<collection>.http"), subfolders for
// the source's folders, and http-client.env.json when there are variables. Everything is written
// into a temporary folder beside target and renamed into place, so on any failure nothing is
// left behind; a target that exists and is not an empty folder is refused.
ImportSummary writeImportedCollection(const ImportedCollection &collection, const QString &target);

// Detects what path is (a Postman collection v2.1/v2.0 or an Insomnia v4 export, or a Bruno
// collection folder) and imports it into target. Reentrant and blocking (about 0.5 s for 5 MB,
// bench/collections): a GUI calls it on a worker thread. environmentFile, when not empty,
// is a Postman environment export whose variables go into the environment it names.
ImportSummary importCollection(const QString &path, const QString &target,
                               const QString &environmentFile = {});

// A file or folder name made from a source's name: any script kept (NFC), characters that some
// file system refuses replaced by "-", no leading/trailing dots or spaces, Windows device names
// avoided, at most 120 bytes of UTF-8; "untitled" when nothing is left.
QString safeFileName(const QString &name);

// "line L, column C" of a byte offset in text (1-based; columns count characters).
QString lineAndColumn(const QByteArray &text, qsizetype offset);

// Whether a header, variable or parameter of that name holds a credential: x-api-key, apiKey,
// Authorization, token, secret, password, …
bool isSecretName(const QString &name);

// Percent-encodes a form field or query value, leaving {{variables}} as they are.
QString formEncoded(const QString &text);

// What every importer keeps, drops and reports alike (docs/collections.md, "Import"): an
// importer reads its format and hands each header, field, variable and auth block to these.
class ImportRules
{
public:
    enum class Field { Query, Form };

    explicit ImportRules(ImportedCollection *out)
        : m_out(out)
    {
    }

    void note(const QString &where, const QString &what) { m_out->notices.append({where, what}); }
    // An x-api-key becomes the key placeholder; a credential or a disabled header is dropped.
    void addHeader(HttpRequestText *request, const QString &name, const QString &value,
                   bool disabled, const QString &where);
    // A query parameter or form field as "name=value" (or "name" without a value), percent-
    // encoded for a form; empty when it is dropped (disabled, or a credential).
    QString field(Field kind, const QString &name, const QString *value, bool disabled,
                  const QString &where);
    // A URL as written, less the query parameters with a credential's name (reported).
    QString url(const QString &url, const QString &where);
    void addVariable(const QString &environment, const QString &name, const QString &value,
                     bool disabled, bool secret, const QString &where);
    void dropAuth(const QString &type, const QString &where);
    void ignoreScript(const QString &kind, const QString &where); // kind: "pre-request", "test", …
    void dropBody(const QString &kind, const QString &where);
    // Content-Type, unless the request names one already.
    static void addContentType(HttpRequestText *request, const QString &type);

private:
    ImportedCollection *m_out;
};

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis/diagnosiscode.h"
#include "environments/environment.h"
#include "http/apiclient.h"
#include "http/exchange.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

// What the explorer knows about an exchange that the exchange itself does not say.
struct HistoryContext
{
    QString environmentId;
    QString environmentName;
    QString basePath; // the environment's base URL path prefix; stripped from the stored path
    QString practiceGroup; // empty: taken from the x-practice-group-id that was sent
    QString keyFingerprint; // the redacted form ("…Z1rT"); never the key
    QString keyLabel;
    DiagnosisCode diagnosisCode = DiagnosisCode::None; // when the caller has one

    static HistoryContext forEnvironment(const Environment &environment);
};

// What "Open in composer" hands back: the request as the user could send it again.
struct HistoryRequest
{
    QString environmentId;
    QString practiceGroup;
    ApiRequest request;
};

// Which kind of outcome an entry records, for colour and filtering.
enum class HistoryOutcome { Success, Redirect, ClientError, ServerError, Failed };

// One stored exchange, redacted: no key, secret-looking headers and query values masked to their
// last four characters, and the request and response bodies only when the user chose to keep
// bodies (they may hold patient data).
struct HistoryEntry
{
    QString id;
    QDateTime time; // UTC
    QString environmentId;
    QString environmentName;
    QString origin;
    QString method;
    QString path; // percent-encoded, relative to the environment's base URL
    QList<QPair<QString, QString>> query; // decoded, secrets masked
    QString practiceGroup;
    QString keyFingerprint;
    QString keyLabel;
    int status = 0; // 0 when there was no HTTP answer
    QString reason;
    QString errorCode; // transportErrorId() or refusalId(); empty when an HTTP answer came
    DiagnosisCode diagnosisCode = DiagnosisCode::None;
    qint64 elapsedMs = -1;
    HeaderList requestHeaders;
    QByteArray requestBody; // empty unless bodies are kept
    qint64 requestBodySize = 0; // what was sent, kept or not
    bool requestBodyTruncated = false;
    HeaderList responseHeaders;
    QByteArray responseBody; // empty unless bodies are kept
    qint64 responseBodySize = 0; // what came back, kept or not
    bool responseBodyKept = false;
    bool responseBodyTruncated = false;

    // keepBodies: the user's choice for the request and the response body; bodies above
    // maxBodyBytes are cut at that size and marked truncated.
    static HistoryEntry fromExchange(const Exchange &exchange, const HistoryContext &context,
                                     bool keepBodies, qint64 maxBodyBytes);

    HistoryOutcome outcome() const;
    QString statusText() const; // "200 OK", "404 Not Found" or the error code
    QString queryText() const; // "a=1&b=2", for display only
    // Every whitespace-separated word of text appears, case-insensitively, in the method, path,
    // status, practice group, environment or error code.
    bool matches(const QString &text) const;
    HistoryRequest toRequest() const;

    QJsonObject toJson() const;
    // False when the object is not an entry (no id or time); unknown fields are ignored.
    static bool fromJson(const QJsonObject &object, HistoryEntry *entry);

    // A request or a response body is stored in the entry.
    bool holdsBodies() const { return !requestBody.isEmpty() || responseBodyKept; }
    void dropBodies(); // the sizes stay
};

Q_DECLARE_METATYPE(HistoryEntry)
Q_DECLARE_METATYPE(HistoryRequest)

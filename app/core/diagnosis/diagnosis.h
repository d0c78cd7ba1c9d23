// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosiscode.h"
#include "environments/environment.h"
#include "http/exchange.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>

// What the explorer knows around an exchange that the exchange itself does not say.
struct DiagnosisContext
{
    Environment environment;
    QString keyLabel;
    QString keyFingerprint; // redacted form, e.g. "…Z1rT"; never the key
    QString homePracticeGroup; // the key's own group; empty when unknown
    QStringList knownKeyScopes; // empty when unknown
    QString requiredScope; // from the catalogue; empty when the operation needs none or unknown
    // Asked for the required scope when requiredScope is empty and only when a diagnosis needs
    // it (a 403), so a caller can leave its catalogue unparsed for every other answer.
    std::function<QString()> requiredScopeLookup;
    QMap<QString, QString> practiceGroupNames; // id → name
    // Set when the key looks like it belongs elsewhere, e.g. "the key was saved for staging".
    QString otherEnvironmentHint;
    int rateUsed = -1; // requests this key made in the current window; -1 when unknown
    int rateLimit = -1;
};

// One fact the diagnosis rests on, shown as "label: value".
struct Evidence
{
    QString label;
    QString value;
    friend bool operator==(const Evidence &a, const Evidence &b)
    {
        return a.label == b.label && a.value == b.value;
    }
};

// Something the user can do next; the UI turns the action into a button.
struct NextStep
{
    enum Action {
        OpenKeyManager,
        SwitchToHomeGroup,
        ShowRateLimit,
        RetryAfterWait,
        RunDoctor,
        CopyReport,
        CheckNetwork,
        EditRequest,
        ReadKeyAgain, // send the same request again, reading the key anew (after an unlock)
        None,
    };
    Action action = None;
    QString text;
};

// Why a call ended the way it did, in words a support person can pass on.
struct Diagnosis
{
    enum class Severity { Ok, Info, Warning, Error };

    DiagnosisCode code = DiagnosisCode::None; // diagnosisCodeId() gives its stable id
    Severity severity = Severity::Ok;
    QString title;
    QString cause;
    QList<Evidence> evidence;
    QList<NextStep> nextSteps;
    int retryAfterSeconds = -1; // -1 when the answer did not say; at most MaxRetryAfterSeconds
    bool isJudgement = false; // the cause is inferred from context, not stated by the server
    QStringList fieldProblems;
    QString errorCode; // the code the server's body carried, empty when none was found

    bool isOk() const { return severity == Severity::Ok; }
    bool hasAction(NextStep::Action action) const;
    QString evidenceValue(const QString &label) const;
};

Diagnosis diagnose(const Exchange &exchange, const DiagnosisContext &context);

// The longest wait a diagnosis names: a server asking for more (10^30 seconds, a date in the
// year 9999) is shown as asking for "a day or more".
constexpr int MaxRetryAfterSeconds = 24 * 60 * 60;

// Seconds to wait from a Retry-After value (delta-seconds or HTTP-date), rounded up and at most
// MaxRetryAfterSeconds; -1 when unusable.
int retryAfterSeconds(const QByteArray &value, const QDateTime &now);
// Such a wait as a person reads it: "12 seconds", "5 minutes", "2 hours", "a day or more".
QString retryAfterText(int seconds);

// "Riverside Medical Practice (1001)", or just the id when the name is unknown.
QString practiceGroupLabel(const QString &id, const QMap<QString, QString> &names);

Q_DECLARE_METATYPE(NextStep::Action)
Q_DECLARE_METATYPE(Diagnosis)

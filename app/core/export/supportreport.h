// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis/diagnosis.h"
#include "diagnosis/doctor.h"
#include "environments/environment.h"
#include "http/exchange.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

// What a support report says about the surroundings of the exchange.
struct ReportContext
{
    QDateTime generatedAt; // invalid = now
    QString appVersion; // empty = this build's version
    Environment environment;
    QString keyLabel;
    QString keyFingerprint; // the redacted form; a report never holds the key
    QString homePracticeGroup;
    QMap<QString, QString> practiceGroupNames;
    QString doctorVerdict; // the doctor's explanation, when it ran
    QString flowDescription; // describeFlow() of the exchange, when known
};

// Response headers that identify a call to the API owner, lower-case.
QStringList requestIdHeaderNames();

// A plain-text report for a support ticket. Never holds the key: secret-like headers are
// redacted to their last four characters. Bodies, query values and the server's free-text
// message are left out unless includeBody (which the UI asks for with a patient-data warning).
QString supportReport(const Exchange &exchange, const Diagnosis &diagnosis,
                      const ReportContext &context, const QList<DoctorStep> &doctorSteps = {},
                      bool includeBody = false);

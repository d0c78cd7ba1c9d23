// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis/diagnosis.h"
#include "diagnosis/doctor.h"
#include "export/supportreport.h"
#include "http/exchange.h"

#include <QDialog>

class QCheckBox;
class QPlainTextEdit;
class QPushButton;
class QWidget;

// Asks, with a warning about patient data, whether bodies may go into a support report.
// Defaults to No.
bool confirmIncludeBodies(QWidget *parent);

// The "Include bodies" check box ("includeBodiesCheck"), off by default. Turning it on by
// mouse or keyboard asks confirmIncludeBodies() first and stays off unless the user agrees.
QCheckBox *createIncludeBodiesCheck(QWidget *parent);

// Puts the text on the clipboard.
void copyTextToClipboard(const QString &text);

// Everything a support report is made from, kept together so that every "Copy report" button
// produces the same text.
struct SupportReportInput
{
    Exchange exchange;
    Diagnosis diagnosis;
    ReportContext context;
    QList<DoctorStep> doctorSteps;

    QString report(bool includeBodies) const
    {
        return supportReport(exchange, diagnosis, context, doctorSteps, includeBodies);
    }
};

// A read-only preview of the support report before it is copied into a ticket.
class SupportReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SupportReportDialog(const SupportReportInput &input, QWidget *parent = nullptr);

    QString reportText() const;
    bool includesBodies() const;

public slots:
    void copyToClipboard();

signals:
    void reportCopied();

private:
    void refresh();

    SupportReportInput m_input;
    QPlainTextEdit *const m_text;
    QCheckBox *const m_includeBodies;
    QPushButton *const m_copyButton;
};

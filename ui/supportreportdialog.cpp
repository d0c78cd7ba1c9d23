// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "supportreportdialog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

bool confirmIncludeBodies(QWidget *parent)
{
    QMessageBox box(QMessageBox::Warning,
                    QCoreApplication::translate("SupportReport", "Include bodies?"),
                    QCoreApplication::translate("SupportReport",
                                                "Request and response bodies may contain "
                                                "patient data."),
                    QMessageBox::Yes | QMessageBox::No, parent);
    box.setObjectName(QStringLiteral("includeBodiesWarning"));
    box.setInformativeText(QCoreApplication::translate(
        "SupportReport",
        "Include them, and the query values, only when the ticket needs them and the ticket "
        "system may hold patient data. The API key is never included."));
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

QCheckBox *createIncludeBodiesCheck(QWidget *parent)
{
    auto *check =
        new QCheckBox(QCoreApplication::translate("SupportReport", "Include bodies"), parent);
    check->setObjectName(QStringLiteral("includeBodiesCheck"));
    check->setToolTip(QCoreApplication::translate(
        "SupportReport",
        "Add the request and response bodies and query values to the report. "
        "They may contain patient data."));
    // clicked() comes only from the user, so code may still turn the box off silently.
    QObject::connect(check, &QCheckBox::clicked, check, [check](bool checked) {
        if (checked && !confirmIncludeBodies(check->window()))
            check->setChecked(false);
    });
    return check;
}

void copyTextToClipboard(const QString &text)
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
}

SupportReportDialog::SupportReportDialog(const SupportReportInput &input, QWidget *parent)
    : QDialog(parent)
    , m_input(input)
    , m_text(new QPlainTextEdit(this))
    , m_includeBodies(createIncludeBodiesCheck(this))
    , m_copyButton(new QPushButton(tr("&Copy report"), this))
{
    setObjectName(QStringLiteral("supportReportDialog"));
    setWindowTitle(tr("Support report"));

    auto *intro = new QLabel(tr("This is the text \"Copy report\" puts on the clipboard. It "
                                "holds no API key; bodies are left out unless you include "
                                "them."),
                             this);
    intro->setWordWrap(true);

    m_text->setObjectName(QStringLiteral("reportText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Support report text"));
    // Tab moves on to the buttons rather than staying in a read-only editor.
    m_text->setTabChangesFocus(true);

    m_copyButton->setObjectName(QStringLiteral("copyReport"));
    m_copyButton->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copyButton, QDialogButtonBox::ActionRole);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_includeBodies);
    bottom->addStretch();
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);
    layout->addLayout(bottom);

    connect(m_includeBodies, &QCheckBox::toggled, this, &SupportReportDialog::refresh);
    connect(m_copyButton, &QPushButton::clicked, this, &SupportReportDialog::copyToClipboard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const QFontMetrics metrics(m_text->font());
    resize(metrics.horizontalAdvance(QLatin1Char('x')) * 100, metrics.height() * 36);
    refresh();
}

QString SupportReportDialog::reportText() const
{
    return m_text->toPlainText();
}

bool SupportReportDialog::includesBodies() const
{
    return m_includeBodies->isChecked();
}

void SupportReportDialog::copyToClipboard()
{
    // What was previewed is what is copied, down to the time stamp.
    copyTextToClipboard(m_text->toPlainText());
    m_copyButton->setText(tr("&Copied"));
    emit reportCopied();
}

void SupportReportDialog::refresh()
{
    m_text->setPlainText(m_input.report(includesBodies()));
    m_copyButton->setText(tr("&Copy report"));
}

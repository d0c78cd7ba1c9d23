// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "customenvironmentdialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

using Field = CustomEnvironmentInput::Field;

CustomEnvironmentDialog::CustomEnvironmentDialog(Adder adder, QWidget *parent)
    : QDialog(parent)
    , m_adder(std::move(adder))
    , m_browse(new QPushButton(tr("Bro&wse…"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("customEnvironmentDialog"));
    setWindowTitle(tr("Add a custom environment"));
    const QFontMetrics metrics = fontMetrics();
    const int iconSize = metrics.height();
    const QPixmap warning =
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    const auto addField = [this, form, metrics,
                           &warning](Field field, const QString &label, const QString &id,
                                     const QString &placeholder, QWidget *beside) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(id);
        edit->setPlaceholderText(placeholder);
        // Room for the whole placeholder, and for a typical URL or path beyond it.
        edit->setMinimumWidth(
            std::max(metrics.averageCharWidth() * 44,
                     metrics.horizontalAdvance(placeholder) + metrics.averageCharWidth() * 4));
        auto *problem = new QLabel(this);
        problem->setObjectName(id + QStringLiteral("Problem"));
        problem->setTextFormat(Qt::PlainText);
        problem->setWordWrap(true);
        // The palette's own text colour reads on every theme; the icon says it is a problem.
        problem->setForegroundRole(QPalette::WindowText);
        auto *icon = new QLabel(this);
        icon->setPixmap(warning);
        icon->setAlignment(Qt::AlignTop);
        auto *problemRow = new QWidget(this);
        problemRow->setObjectName(id + QStringLiteral("ProblemRow"));
        auto *problemLayout = new QHBoxLayout(problemRow);
        problemLayout->setContentsMargins(0, 0, 0, 0);
        problemLayout->addWidget(icon, 0, Qt::AlignTop);
        problemLayout->addWidget(problem, 1);
        problemRow->hide();

        auto *column = new QVBoxLayout;
        column->setSpacing(metrics.height() / 4);
        if (beside) {
            auto *row = new QHBoxLayout;
            row->addWidget(edit, 1);
            row->addWidget(beside);
            column->addLayout(row);
        } else {
            column->addWidget(edit);
        }
        column->addWidget(problemRow);
        auto *caption = new QLabel(label, this);
        caption->setBuddy(edit);
        form->addRow(caption, column);

        m_edits.insert(field, edit);
        m_problems.insert(field, problem);
        connect(edit, &QLineEdit::textEdited, this, [this, field] {
            m_touched.insert(field, true);
            validate();
        });
        connect(edit, &QLineEdit::textChanged, this, &CustomEnvironmentDialog::validate);
    };
    addField(Field::Name, tr("&Name:"), QStringLiteral("customName"),
             tr("Shown in the environment list, e.g. Partner proxy"), nullptr);
    addField(Field::BaseUrl, tr("&Base URL:"), QStringLiteral("customBaseUrl"),
             tr("https://api.example.test (HTTPS unless on this computer)"), nullptr);
    addField(Field::CaFile, tr("&CA file:"), QStringLiteral("customCaFile"),
             tr("Optional: a PEM file trusted for this environment only"), m_browse);

    m_browse->setObjectName(QStringLiteral("customCaBrowse"));
    m_browse->setAutoDefault(false);
    m_browse->setToolTip(tr("Choose the PEM file of the certificate authority that signed this "
                            "environment's certificate"));
    m_buttons->setObjectName(QStringLiteral("customButtons"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(metrics.height() / 2);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &CustomEnvironmentDialog::browseCaFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CustomEnvironmentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CustomEnvironmentDialog::reject);
    validate();
}

CustomEnvironmentInput CustomEnvironmentDialog::input() const
{
    return {m_edits.value(Field::Name)->text(), m_edits.value(Field::BaseUrl)->text(),
            m_edits.value(Field::CaFile)->text()};
}

void CustomEnvironmentDialog::browseCaFile()
{
    auto *files = new QFileDialog(this, tr("Choose the CA file"),
                                  QFileInfo(m_edits.value(Field::CaFile)->text()).path(),
                                  tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    files->setObjectName(QStringLiteral("caFileDialog"));
    files->setFileMode(QFileDialog::ExistingFile);
    files->setAttribute(Qt::WA_DeleteOnClose);
    connect(files, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_touched.insert(Field::CaFile, true);
        m_edits.value(Field::CaFile)->setText(file);
    });
    files->open();
}

void CustomEnvironmentDialog::validate()
{
    const QMap<Field, QString> problems = input().problems();
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it)
        showProblem(it.key(), m_touched.value(it.key()) ? problems.value(it.key()) : QString());
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(problems.isEmpty());
    ok->setToolTip(problems.isEmpty() ? QString() : problems.first());
}

void CustomEnvironmentDialog::showProblem(Field field, const QString &text)
{
    QLabel *label = m_problems.value(field);
    label->setText(text);
    label->parentWidget()->setVisible(!text.isEmpty());
    fitProblemHeights();
}

void CustomEnvironmentDialog::fitProblemHeights()
{
    // A dialog's layout does not ask wrapped labels for their height at the width they get,
    // so each problem reserves the lines it needs at its field's width.
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        QLabel *label = it.value();
        const QWidget *row = label->parentWidget();
        const int iconWidth = label->x() > 0 ? label->x() : fontMetrics().height() * 2;
        const int width = std::max(m_edits.value(it.key())->width(), row->width()) - iconWidth;
        label->setMinimumHeight(label->text().isEmpty() ? 0 : label->heightForWidth(width));
    }
}

void CustomEnvironmentDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    fitProblemHeights();
}

void CustomEnvironmentDialog::accept()
{
    const CustomEnvironmentInput entered = input();
    if (!entered.problems().isEmpty()) {
        for (const Field field : {Field::Name, Field::BaseUrl, Field::CaFile})
            m_touched.insert(field, true);
        validate();
        return;
    }
    QString error;
    if (!m_adder || m_adder(entered, &error)) {
        QDialog::accept();
        return;
    }
    showProblem(Field::BaseUrl, error);
}

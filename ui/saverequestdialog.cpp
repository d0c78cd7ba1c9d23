// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "saverequestdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

SaveRequestDialog::SaveRequestDialog(const QString &folder, const QStringList &files,
                                     const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_folder(folder)
    , m_name(new QLineEdit(name, this))
    , m_file(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("saveRequestDialog"));
    setWindowTitle(tr("Save request to a collection"));
    m_name->setObjectName(QStringLiteral("requestNameEdit"));
    m_name->setAccessibleName(tr("Request name"));
    m_name->setToolTip(tr("Written as “### name”; other requests refer to its response as "
                          "{{name.field}}"));
    m_file->setObjectName(QStringLiteral("requestFileCombo"));
    m_file->setAccessibleName(tr("File"));
    m_file->setEditable(true);
    m_file->setInsertPolicy(QComboBox::NoInsert);
    m_file->addItems(files);
    if (files.isEmpty())
        m_file->setEditText(QStringLiteral("requests.http"));
    m_problem->setObjectName(QStringLiteral("saveRequestProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&File:"), fileRow);
    if (!folder.isEmpty()) {
        auto *where =
            new QLabel(tr("In the collection %1").arg(QDir::toNativeSeparators(folder)), this);
        where->setForegroundRole(QPalette::PlaceholderText);
        where->setWordWrap(true);
        form->addRow(where);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &SaveRequestDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SaveRequestDialog::check);
    connect(m_file, &QComboBox::editTextChanged, this, &SaveRequestDialog::check);
    check();
    resize(fontMetrics().averageCharWidth() * 64, sizeHint().height());
}

QString SaveRequestDialog::name() const
{
    return m_name->text().trimmed();
}

QString SaveRequestDialog::filePath() const
{
    QString file = m_file->currentText().trimmed();
    if (file.isEmpty())
        return {};
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".http");
    return QFileInfo(file).isAbsolute() || m_folder.isEmpty()
        ? QFileInfo(file).absoluteFilePath()
        : QDir(m_folder).absoluteFilePath(file);
}

void SaveRequestDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Add the request to"), m_folder.isEmpty() ? filePath() : m_folder,
        tr("HTTP requests (*.http *.rest)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty())
        return;
    const QString relative = m_folder.isEmpty() ? chosen : QDir(m_folder).relativeFilePath(chosen);
    m_file->setEditText(relative.startsWith(QStringLiteral("..")) ? chosen : relative);
}

void SaveRequestDialog::check()
{
    QString problem;
    if (name().contains(u'\n') || name().startsWith(u'#'))
        problem = tr("A name is one line and does not start with “#”.");
    else if (name().isEmpty())
        problem = tr("Give the request a name.");
    else if (filePath().isEmpty())
        problem = tr("Choose the file it goes into.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty() && !name().isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "collectionvariablesdialog.h"

#include "collections/collectionfolder.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { NameColumn, ValueColumn };

// The public file's own values: the private file's must never be shown here and written back.
QMap<QString, QMap<QString, QString>> publicEnvironments(const QString &root)
{
    QMap<QString, QMap<QString, QString>> environments;
    QFile file(root + u'/' + QLatin1String(CollectionEnvironments::FileName));
    if (!file.open(QIODevice::ReadOnly))
        return environments;
    const QJsonObject top = QJsonDocument::fromJson(file.readAll()).object();
    for (auto environment = top.begin(); environment != top.end(); ++environment) {
        QMap<QString, QString> &variables = environments[environment.key()];
        const QJsonObject values = environment.value().toObject();
        for (auto value = values.begin(); value != values.end(); ++value)
            variables.insert(value.key(), value.value().toVariant().toString());
    }
    return environments;
}

} // namespace

CollectionVariablesDialog::CollectionVariablesDialog(CollectionFolder *folder, QWidget *parent)
    : QDialog(parent)
    , m_folder(folder)
    , m_tabs(new QTabWidget(this))
    , m_addEnvironment(new QPushButton(tr("Add &environment…"), this))
    , m_removeEnvironment(new QPushButton(tr("Re&move environment"), this))
    , m_addVariable(new QPushButton(tr("&Add variable"), this))
    , m_removeVariable(new QPushButton(tr("Remove &variable"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("collectionVariablesDialog"));
    setWindowTitle(tr("Collection variables"));
    m_tabs->setObjectName(QStringLiteral("environmentTabs"));
    m_tabs->setAccessibleName(tr("Environments"));
    m_tabs->setDocumentMode(true);
    const std::initializer_list<std::tuple<QPushButton *, const char *, QString>> buttons = {
        {m_addEnvironment, "addEnvironmentButton", tr("Add an environment")},
        {m_removeEnvironment, "removeEnvironmentButton", tr("Remove this environment")},
        {m_addVariable, "addVariableButton", tr("Add a variable")},
        {m_removeVariable, "removeVariableButton", tr("Remove the selected variable")},
    };
    for (const auto &[button, name, accessible] : buttons) {
        button->setObjectName(QLatin1String(name));
        button->setAccessibleName(accessible);
        button->setAutoDefault(false);
    }
    m_error->setObjectName(QStringLiteral("variablesError"));
    m_error->setAccessibleName(tr("Problem"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_buttons->setObjectName(QStringLiteral("variablesButtons"));

    auto *note = new QLabel(
        tr("Each environment's variables, as {{name}} in requests. Keys never go here: the "
           "explorer adds its own from the keychain."),
        this);
    note->setObjectName(QStringLiteral("variablesNote"));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *row = new QHBoxLayout;
    row->addWidget(m_addEnvironment);
    row->addWidget(m_removeEnvironment);
    row->addStretch();
    row->addWidget(m_addVariable);
    row->addWidget(m_removeVariable);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_addEnvironment, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, tr("Add environment"), tr("Environment name:"), QLineEdit::Normal, {}, &ok);
        if (ok)
            addEnvironment(name);
    });
    connect(m_removeEnvironment, &QPushButton::clicked, this,
            &CollectionVariablesDialog::removeCurrentEnvironment);
    connect(m_addVariable, &QPushButton::clicked, this, &CollectionVariablesDialog::addVariable);
    connect(m_removeVariable, &QPushButton::clicked, this,
            &CollectionVariablesDialog::removeCurrentVariable);
    connect(m_tabs, &QTabWidget::currentChanged, this, &CollectionVariablesDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const CollectionSnapshot &snapshot = m_folder->snapshot();
    const auto environments = publicEnvironments(snapshot.root);
    for (auto it = environments.begin(); it != environments.end(); ++it)
        addTable(it.key(), it.value());
    if (!snapshot.environmentsError.isEmpty()) {
        // Saving over a file that could not be read would lose what is in it.
        m_readOnly = true;
        showError(snapshot.environmentsError + u'\n'
                  + tr("Fix the file in a text editor; it reloads here when saved."));
    }
    updateButtons();
    resize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 24);
}

QTableWidget *CollectionVariablesDialog::addTable(const QString &environment,
                                                  const QMap<QString, QString> &variables)
{
    auto *table = new QTableWidget(int(variables.size()), 2, m_tabs);
    table->setObjectName(QStringLiteral("variablesTable_") + environment);
    table->setAccessibleName(tr("Variables of %1").arg(environment));
    table->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->resizeSection(NameColumn, fontMetrics().averageCharWidth() * 24);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    int row = 0;
    for (auto it = variables.begin(); it != variables.end(); ++it, ++row) {
        table->setItem(row, NameColumn, new QTableWidgetItem(it.key()));
        table->setItem(row, ValueColumn, new QTableWidgetItem(it.value()));
    }
    m_tabs->addTab(table, environment);
    return table;
}

QTableWidget *CollectionVariablesDialog::currentTable() const
{
    return qobject_cast<QTableWidget *>(m_tabs->currentWidget());
}

void CollectionVariablesDialog::addEnvironment(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        showError(tr("An environment needs a name."));
        return;
    }
    if (environments().contains(trimmed)) {
        showError(tr("There is an environment %1 already.").arg(trimmed));
        return;
    }
    m_tabs->setCurrentWidget(addTable(trimmed, {}));
    showError({});
    updateButtons();
}

void CollectionVariablesDialog::removeCurrentEnvironment()
{
    if (QWidget *page = m_tabs->currentWidget()) {
        m_tabs->removeTab(m_tabs->currentIndex());
        page->deleteLater();
    }
    updateButtons();
}

void CollectionVariablesDialog::addVariable()
{
    QTableWidget *table = currentTable();
    if (!table)
        return;
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, NameColumn, new QTableWidgetItem);
    table->setItem(row, ValueColumn, new QTableWidgetItem);
    table->setCurrentCell(row, NameColumn);
    table->editItem(table->item(row, NameColumn));
}

void CollectionVariablesDialog::removeCurrentVariable()
{
    QTableWidget *table = currentTable();
    if (table && table->currentRow() >= 0)
        table->removeRow(table->currentRow());
}

QMap<QString, QMap<QString, QString>> CollectionVariablesDialog::environments() const
{
    QMap<QString, QMap<QString, QString>> environments;
    for (int i = 0; i < m_tabs->count(); ++i) {
        const auto *table = qobject_cast<QTableWidget *>(m_tabs->widget(i));
        QMap<QString, QString> &variables = environments[m_tabs->tabText(i)];
        for (int row = 0; table && row < table->rowCount(); ++row) {
            const QTableWidgetItem *name = table->item(row, NameColumn);
            const QTableWidgetItem *value = table->item(row, ValueColumn);
            if (name && !name->text().trimmed().isEmpty())
                variables.insert(name->text().trimmed(), value ? value->text() : QString());
        }
    }
    return environments;
}

bool CollectionVariablesDialog::save()
{
    if (m_readOnly)
        return false;
    CollectionEnvironments environments;
    const auto tables = this->environments();
    for (auto it = tables.begin(); it != tables.end(); ++it)
        environments.setVariables(it.key(), it.value());
    QString error;
    if (!m_folder->saveEnvironments(environments, &error)) {
        showError(error);
        return false;
    }
    showError({});
    return true;
}

QString CollectionVariablesDialog::error() const
{
    return m_error->text();
}

void CollectionVariablesDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void CollectionVariablesDialog::updateButtons()
{
    const bool table = currentTable() != nullptr;
    m_addEnvironment->setEnabled(!m_readOnly);
    m_removeEnvironment->setEnabled(!m_readOnly && table);
    m_addVariable->setEnabled(!m_readOnly && table);
    m_removeVariable->setEnabled(!m_readOnly && table);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!m_readOnly);
}

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "keymanagerdialog.h"

#include "http/headervalidation.h"
#include "keys/keyprofilestore.h"
#include "keys/keyring.h"
#include "tones.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column {
    LabelColumn,
    EnvironmentColumn,
    KeyColumn,
    DefaultColumn,
    StorageColumn,
    ColumnCount
};

constexpr int ProfileIdRole = Qt::UserRole + 1;
constexpr int KeyFormRow = 3; // a layout (field and reveal button), so addressed by row

QLabel *makeMessageLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPushButton *makeButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

} // namespace

KeyManagerDialog::KeyManagerDialog(KeyRing *keys, QWidget *parent)
    : QDialog(parent)
    , m_keys(keys)
    , m_list(new QTreeWidget(this))
    , m_addButton(makeButton(tr("&Add…"), QStringLiteral("addKeyButton"), this))
    , m_renameButton(makeButton(tr("Re&name…"), QStringLiteral("renameKeyButton"), this))
    , m_replaceButton(makeButton(tr("&Replace…"), QStringLiteral("replaceKeyButton"), this))
    , m_removeButton(makeButton(tr("Re&move"), QStringLiteral("removeKeyButton"), this))
    , m_defaultButton(
          makeButton(tr("Set as &default"), QStringLiteral("setDefaultKeyButton"), this))
    //: Verb: send one safe request to check that the selected API key works
    , m_testButton(makeButton(tr("&Test"), QStringLiteral("testKeyButton"), this))
    , m_editor(new QFrame(this))
    , m_form(new QFormLayout)
    , m_editorTitle(new QLabel(m_editor))
    , m_labelEdit(new QLineEdit(m_editor))
    , m_environmentCombo(new QComboBox(m_editor))
    , m_groupEdit(new QLineEdit(m_editor))
    , m_keyEdit(new QLineEdit(m_editor))
    , m_revealButton(new QToolButton(m_editor))
    , m_keyProblem(makeMessageLabel(QStringLiteral("keyProblemLabel"), m_editor))
    , m_saveButton(makeButton(tr("&Save"), QStringLiteral("saveKeyButton"), m_editor))
    , m_cancelEditButton(makeButton(tr("&Cancel"), QStringLiteral("cancelEditButton"), m_editor))
    , m_keychainProblem(new QFrame(m_editor))
    , m_keychainProblemText(makeMessageLabel(QStringLiteral("keychainProblemLabel"), m_editor))
    , m_sessionOnlyButton(makeButton(tr("Use for this &session only"),
                                     QStringLiteral("sessionOnlyButton"), m_editor))
    , m_testResult(makeMessageLabel(QStringLiteral("testResultLabel"), this))
    , m_status(makeMessageLabel(QStringLiteral("statusLabel"), this))
{
    setObjectName(QStringLiteral("keyManagerDialog"));
    setWindowTitle(tr("API Keys"));

    m_list->setObjectName(QStringLiteral("keyList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Label"), tr("Environment"),
                             //: The API key (a credential), by its last characters
                             tr("Key"),
                             //: Marks the key used when none is picked
                             tr("Default"), tr("Stored in")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    const QFontMetrics metrics = fontMetrics();
    m_list->setMinimumSize(metrics.averageCharWidth() * 80, metrics.lineSpacing() * 8);

    m_editor->setObjectName(QStringLiteral("keyEditor"));
    static_cast<QFrame *>(m_editor)->setFrameShape(QFrame::StyledPanel);
    m_editorTitle->setObjectName(QStringLiteral("keyEditorTitle"));
    m_editorTitle->setFont(Tones::boldFont(m_editorTitle->font()));
    m_labelEdit->setObjectName(QStringLiteral("labelEdit"));
    m_labelEdit->setPlaceholderText(tr("Required, e.g. “Staging, booking”"));
    m_environmentCombo->setObjectName(QStringLiteral("keyEnvironmentCombo"));
    m_groupEdit->setObjectName(QStringLiteral("homeGroupEdit"));
    m_groupEdit->setPlaceholderText(tr("Optional, e.g. 1001"));
    m_keyEdit->setObjectName(QStringLiteral("keyEdit"));
    m_keyEdit->setEchoMode(QLineEdit::Password);
    m_keyEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData
                                   | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_keyEdit->setPlaceholderText(tr("Paste the API key"));
    m_keyEdit->setMinimumWidth(metrics.averageCharWidth() * 40);
    m_revealButton->setObjectName(QStringLiteral("revealKeyButton"));
    m_revealButton->setCheckable(true);
    //: Verb: show the characters of the API key being typed
    m_revealButton->setText(tr("Show"));
    m_revealButton->setToolTip(tr("Show or hide the key while you check it"));
    m_saveButton->setDefault(true);

    auto *keyRow = new QHBoxLayout;
    keyRow->setContentsMargins(0, 0, 0, 0);
    keyRow->addWidget(m_keyEdit, 1);
    keyRow->addWidget(m_revealButton);
    m_form->addRow(tr("&Label:"), m_labelEdit);
    m_form->addRow(tr("&Environment:"), m_environmentCombo);
    m_form->addRow(tr("&Home practice group:"), m_groupEdit);
    // A row holding a layout gets no buddy by itself, and the mnemonic would show as "&".
    auto *keyLabel = new QLabel(tr("API &key:"), m_editor);
    keyLabel->setBuddy(m_keyEdit);
    m_form->addRow(keyLabel, keyRow);

    m_keychainProblem->setObjectName(QStringLiteral("keychainProblem"));
    static_cast<QFrame *>(m_keychainProblem)->setFrameShape(QFrame::StyledPanel);
    m_keychainProblem->setBackgroundRole(QPalette::AlternateBase);
    m_keychainProblem->setAutoFillBackground(true);
    auto *problemLayout = new QVBoxLayout(m_keychainProblem);
    problemLayout->addWidget(m_keychainProblemText);
    problemLayout->addWidget(m_sessionOnlyButton, 0, Qt::AlignLeft);
    m_keychainProblem->hide();

    auto *editorButtons = new QHBoxLayout;
    editorButtons->addStretch();
    editorButtons->addWidget(m_cancelEditButton);
    editorButtons->addWidget(m_saveButton);
    auto *editorLayout = new QVBoxLayout(m_editor);
    editorLayout->addWidget(m_editorTitle);
    editorLayout->addLayout(m_form);
    editorLayout->addWidget(m_keyProblem);
    editorLayout->addWidget(m_keychainProblem);
    editorLayout->addLayout(editorButtons);
    m_editor->hide();

    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {m_addButton, m_renameButton, m_replaceButton, m_removeButton,
                                m_defaultButton, m_testButton})
        actions->addWidget(button);
    actions->addStretch();

    auto *closeBox = new QDialogButtonBox(QDialogButtonBox::Close, this);
    closeBox->setObjectName(QStringLiteral("closeButtonBox"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(actions);
    layout->addWidget(m_testResult);
    layout->addWidget(m_editor);
    layout->addWidget(m_status);
    layout->addWidget(closeBox);
    m_testResult->hide();

    connect(closeBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &KeyManagerDialog::updateButtons);
    connect(m_keys->profiles(), &KeyProfileStore::changed, this, &KeyManagerDialog::refreshList);
    connect(m_addButton, &QPushButton::clicked, this, [this] { beginEdit(EditMode::Add); });
    connect(m_renameButton, &QPushButton::clicked, this, [this] { beginEdit(EditMode::Rename); });
    connect(m_replaceButton, &QPushButton::clicked, this, [this] { beginEdit(EditMode::Replace); });
    connect(m_removeButton, &QPushButton::clicked, this, &KeyManagerDialog::confirmRemove);
    connect(m_defaultButton, &QPushButton::clicked, this, [this] {
        const QString id = selectedProfileId();
        if (m_keys->setDefault(id))
            setStatus(tr("“%1” is now the default key for %2.")
                          .arg(m_keys->profiles()->profile(id).label,
                               environmentName(m_keys->profiles()->profile(id).environmentId)));
    });
    connect(m_testButton, &QPushButton::clicked, this, [this] {
        const QString id = selectedProfileId();
        if (id.isEmpty())
            return;
        m_testResult->setText(tr("Testing “%1”…").arg(m_keys->profiles()->profile(id).label));
        m_testResult->show();
        emit testRequested(id);
    });
    connect(m_revealButton, &QToolButton::toggled, this, [this](bool reveal) {
        m_keyEdit->setEchoMode(reveal ? QLineEdit::Normal : QLineEdit::Password);
        m_revealButton->setText(reveal ? tr("Hide") : tr("Show"));
    });
    connect(m_keyEdit, &QLineEdit::textChanged, this, &KeyManagerDialog::onKeyTextChanged);
    connect(m_labelEdit, &QLineEdit::textChanged, this, &KeyManagerDialog::validateEditor);
    connect(m_groupEdit, &QLineEdit::textChanged, this, &KeyManagerDialog::validateEditor);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_sessionOnlyButton, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_cancelEditButton, &QPushButton::clicked, this, &KeyManagerDialog::endEdit);

    QList<Environment> environments = builtInEnvironments();
    environments.append(builtInEnvironment(EnvironmentKind::Sandbox));
    setEnvironments(environments);
    refreshList();
}

void KeyManagerDialog::setEnvironments(const QList<Environment> &environments)
{
    m_environments = environments;
    m_environmentCombo->clear();
    for (const Environment &environment : environments)
        m_environmentCombo->addItem(environment.name, environment.id);
    refreshList();
}

void KeyManagerDialog::setCurrentEnvironment(const QString &environmentId)
{
    m_currentEnvironmentId = environmentId;
}

void KeyManagerDialog::addKey(const QString &environmentId)
{
    if (m_mode != EditMode::None && m_mode != EditMode::Add)
        endEdit();
    setCurrentEnvironment(environmentId);
    beginEdit(EditMode::Add);
}

QString KeyManagerDialog::selectedProfileId() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->data(0, ProfileIdRole).toString();
}

void KeyManagerDialog::selectProfile(const QString &profileId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, ProfileIdRole).toString() == profileId) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

QString KeyManagerDialog::environmentName(const QString &environmentId) const
{
    for (const Environment &environment : m_environments) {
        if (environment.id == environmentId)
            return environment.name;
    }
    return environmentId;
}

void KeyManagerDialog::refreshList()
{
    const QString selected = selectedProfileId();
    m_list->clear();
    const QList<KeyProfile> profiles = m_keys->profiles()->profiles();
    for (const KeyProfile &profile : profiles) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, ProfileIdRole, profile.id);
        item->setText(LabelColumn, profile.label);
        item->setText(EnvironmentColumn, environmentName(profile.environmentId));
        item->setText(KeyColumn,
                      profile.fingerprint.isEmpty() ? tr("(short key)")
                                                    : u'…' + profile.fingerprint);
        item->setToolTip(KeyColumn, tr("Only the key's last four characters are shown."));
        item->setText(DefaultColumn, profile.isDefault ? tr("Default") : QString());
        item->setText(StorageColumn,
                      profile.sessionOnly ? tr("This session only") : tr("Keychain"));
    }
    for (int column = 1; column < ColumnCount; ++column)
        m_list->resizeColumnToContents(column);
    selectProfile(selected);
    updateButtons();
}

void KeyManagerDialog::updateButtons()
{
    const QString id = selectedProfileId();
    const bool editable = !id.isEmpty() && !m_busy && m_mode == EditMode::None;
    m_addButton->setEnabled(!m_busy && m_mode == EditMode::None);
    m_renameButton->setEnabled(editable);
    m_replaceButton->setEnabled(editable);
    m_removeButton->setEnabled(editable);
    m_defaultButton->setEnabled(editable && !m_keys->profiles()->profile(id).isDefault);
    m_testButton->setEnabled(!id.isEmpty() && !m_busy);
}

void KeyManagerDialog::beginEdit(EditMode mode)
{
    const KeyProfile profile = m_keys->profiles()->profile(selectedProfileId());
    if (mode != EditMode::Add && !profile.isValid())
        return;
    m_mode = mode;
    m_editedProfileId = mode == EditMode::Add ? QString() : profile.id;
    m_labelEdit->setText(mode == EditMode::Rename ? profile.label : QString());
    m_groupEdit->clear();
    m_keyEdit->clear();
    m_revealButton->setChecked(false);
    m_keyProblem->clear();
    m_keychainProblem->hide();
    switch (mode) {
    case EditMode::Add:
        m_editorTitle->setText(tr("Add an API key"));
        m_environmentCombo->setCurrentIndex(
            qMax(0, m_environmentCombo->findData(m_currentEnvironmentId)));
        break;
    case EditMode::Replace:
        m_editorTitle->setText(tr("Replace the secret of “%1”").arg(profile.label));
        break;
    case EditMode::Rename:
        m_editorTitle->setText(tr("Rename “%1”").arg(profile.label));
        break;
    case EditMode::None:
        break;
    }
    m_form->setRowVisible(m_labelEdit, mode != EditMode::Replace);
    m_form->setRowVisible(m_environmentCombo, mode == EditMode::Add);
    m_form->setRowVisible(m_groupEdit, mode == EditMode::Add);
    m_form->setRowVisible(KeyFormRow, mode != EditMode::Rename);
    m_editor->show();
    (mode == EditMode::Replace ? m_keyEdit : m_labelEdit)->setFocus();
    validateEditor();
    updateButtons();
}

void KeyManagerDialog::endEdit()
{
    m_mode = EditMode::None;
    m_editedProfileId.clear();
    m_keyEdit->clear();
    m_revealButton->setChecked(false);
    m_keyProblem->clear();
    m_keychainProblem->hide();
    m_editor->hide();
    updateButtons();
}

void KeyManagerDialog::onKeyTextChanged(const QString &text)
{
    // Pasted keys often carry a trailing newline or spaces; a key never contains white space.
    const QString trimmed = text.trimmed();
    if (trimmed != text) {
        m_keyEdit->setText(trimmed); // comes back here once, trimmed
        return;
    }
    validateEditor();
}

void KeyManagerDialog::validateEditor()
{
    QString problem;
    bool complete = true;
    if (m_mode == EditMode::Add || m_mode == EditMode::Rename)
        complete = !m_labelEdit->text().trimmed().isEmpty();
    if (m_mode == EditMode::Add && !m_groupEdit->text().isEmpty())
        problem = practiceGroupIdProblem(m_groupEdit->text().toUtf8());
    if (problem.isEmpty() && (m_mode == EditMode::Add || m_mode == EditMode::Replace)) {
        const QByteArray key = trimmedPastedKey(m_keyEdit->text());
        if (key.isEmpty())
            complete = false;
        else
            problem = apiKeyProblem(key);
    }
    m_keyProblem->setText(problem);
    m_keyProblem->setVisible(!problem.isEmpty());
    m_saveButton->setEnabled(!m_busy && complete && problem.isEmpty());
    m_sessionOnlyButton->setEnabled(m_saveButton->isEnabled());
}

void KeyManagerDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_keyEdit->setReadOnly(busy);
    m_cancelEditButton->setEnabled(!busy);
    validateEditor();
    updateButtons();
}

void KeyManagerDialog::setStatus(const QString &text)
{
    m_status->setText(text);
}

void KeyManagerDialog::save(bool sessionOnly)
{
    if (m_busy)
        return;
    if (m_mode == EditMode::Rename) {
        const QString label = m_labelEdit->text().trimmed();
        if (m_keys->rename(m_editedProfileId, label)) {
            setStatus(tr("Renamed the key to “%1”.").arg(label));
            endEdit();
        }
        return;
    }

    const QByteArray key = trimmedPastedKey(m_keyEdit->text());
    KeyJob *job = nullptr;
    QString label;
    if (m_mode == EditMode::Add) {
        KeyProfile profile;
        profile.label = m_labelEdit->text().trimmed();
        profile.environmentId = m_environmentCombo->currentData().toString();
        for (const Environment &environment : std::as_const(m_environments)) {
            if (environment.id == profile.environmentId
                && environment.kind == EnvironmentKind::Custom)
                profile.origin = environment.origin();
        }
        profile.homePracticeGroup = m_groupEdit->text();
        profile.sessionOnly = sessionOnly;
        label = profile.label;
        job = m_keys->add(profile, key);
    } else if (m_mode == EditMode::Replace) {
        label = m_keys->profiles()->profile(m_editedProfileId).label;
        job = m_keys->replace(m_editedProfileId, key);
    } else {
        return;
    }
    setBusy(true);
    setStatus(sessionOnly ? tr("Keeping the key in memory…") : tr("Saving to the keychain…"));
    const EditMode mode = m_mode;
    connect(job, &KeyJob::finished, this, [this, job, sessionOnly, label, mode] {
        setBusy(false);
        if (job->isOk()) {
            const QString id = job->profileId();
            QString text = sessionOnly
                ? tr("“%1” is kept in memory for this session only and is forgotten when "
                     "you quit.")
                      .arg(label)
                : mode == EditMode::Replace ? tr("Replaced the secret of “%1”.").arg(label)
                                            : tr("Saved “%1” in the keychain.").arg(label);
            for (const QString &warning : job->warnings())
                text += u' ' + warning;
            endEdit();
            selectProfile(id);
            setStatus(text);
            if (sessionOnly)
                emit sessionOnlyKeyAdded(id);
            return;
        }
        if (job->error() == KeyJob::Error::InvalidInput) {
            m_keyProblem->setText(job->errorText());
            m_keyProblem->show();
            setStatus(QString());
            return;
        }
        if (job->keychainResult().keychainUnusable() && mode == EditMode::Add) {
            m_keychainProblemText->setText(
                tr("The key was not saved. %1\n\nYou can still use it for this session "
                   "only: it stays in memory, is never written to disk, and is forgotten "
                   "when you quit.")
                    .arg(job->errorText()));
            m_keychainProblem->show();
            setStatus(tr("The keychain cannot be used right now."));
            return;
        }
        setStatus(tr("The key was not saved. %1").arg(job->errorText()));
    });
}

void KeyManagerDialog::confirmRemove()
{
    const KeyProfile profile = m_keys->profiles()->profile(selectedProfileId());
    if (!profile.isValid() || m_busy)
        return;
    const QString where = profile.sessionOnly ? tr("It is forgotten from this session.")
                                              : tr("Its secret is deleted from the keychain and "
                                                   "its settings are removed.");
    QMessageBox box(
        QMessageBox::Question, tr("Remove Key"),
        tr("Remove the key “%1” for %2 (ending in …%3)?")
            .arg(profile.label, environmentName(profile.environmentId), profile.fingerprint),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("removeConfirmation"));
    box.setInformativeText(where);
    box.button(QMessageBox::Yes)->setText(tr("Remove"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;

    setBusy(true);
    const QString label = profile.label;
    KeyJob *job = m_keys->remove(profile.id);
    connect(job, &KeyJob::finished, this, [this, job, label] {
        setBusy(false);
        if (job->isOk())
            setStatus(tr("Removed “%1”.").arg(label));
        else
            setStatus(tr("“%1” was not removed. %2").arg(label, job->errorText()));
    });
}

void KeyManagerDialog::showTestResult(const QString &profileId, const QString &verdict, bool ok)
{
    const KeyProfile profile = m_keys->profiles()->profile(profileId);
    const QString label = profile.isValid() ? profile.label : profileId;
    m_testResult->setText(ok ? tr("Test of “%1” passed: %2").arg(label, verdict)
                             : tr("Test of “%1” failed: %2").arg(label, verdict));
    m_testResult->setProperty("ok", ok);
    QFont font = m_testResult->font();
    font.setBold(!ok);
    m_testResult->setFont(font);
    m_testResult->show();
}

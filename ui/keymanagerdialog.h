// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "environments/environment.h"
#include "keys/secretstore.h"

#include <QDialog>

class KeyRing;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QTreeWidget;
class QWidget;

// Lists the saved and session-only API keys and adds, renames, replaces, removes, tests and
// picks the default one. Secrets are typed only into the masked key field and are never shown
// anywhere else: the list shows a key's last four characters.
class KeyManagerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit KeyManagerDialog(KeyRing *keys, QWidget *parent = nullptr);

    // The environments a new key may belong to; the built-in ones by default.
    void setEnvironments(const QList<Environment> &environments);
    // The environment the explorer stands on: the one a new key belongs to unless the user
    // picks another.
    void setCurrentEnvironment(const QString &environmentId);
    QString selectedProfileId() const;
    void selectProfile(const QString &profileId);
    // Opens the add form for a key of that environment.
    void addKey(const QString &environmentId);

public slots:
    // The answer to testRequested(): a sentence such as "Valid key for Riverside (1001)".
    void showTestResult(const QString &profileId, const QString &verdict, bool ok);

signals:
    // The user asked to try the key with GET /v1/me.
    void testRequested(const QString &profileId);
    // A key was kept in memory for this session only (the keychain could not be used).
    void sessionOnlyKeyAdded(const QString &profileId);

private:
    enum class EditMode { None, Add, Replace, Rename };

    void refreshList();
    void updateButtons();
    void beginEdit(EditMode mode);
    void endEdit();
    void validateEditor();
    void onKeyTextChanged(const QString &text);
    void save(bool sessionOnly);
    void confirmRemove();
    void setBusy(bool busy);
    void setStatus(const QString &text);
    QString environmentName(const QString &environmentId) const;

    KeyRing *const m_keys;
    QTreeWidget *const m_list;
    QPushButton *const m_addButton;
    QPushButton *const m_renameButton;
    QPushButton *const m_replaceButton;
    QPushButton *const m_removeButton;
    QPushButton *const m_defaultButton;
    QPushButton *const m_testButton;
    QWidget *const m_editor;
    QFormLayout *const m_form;
    QLabel *const m_editorTitle;
    QLineEdit *const m_labelEdit;
    QComboBox *const m_environmentCombo;
    QLineEdit *const m_groupEdit;
    QLineEdit *const m_keyEdit;
    QToolButton *const m_revealButton;
    QLabel *const m_keyProblem;
    QPushButton *const m_saveButton;
    QPushButton *const m_cancelEditButton;
    QWidget *const m_keychainProblem;
    QLabel *const m_keychainProblemText;
    QPushButton *const m_sessionOnlyButton;
    QLabel *const m_testResult;
    QLabel *const m_status;
    QList<Environment> m_environments;
    QString m_currentEnvironmentId;
    EditMode m_mode = EditMode::None;
    QString m_editedProfileId;
    bool m_busy = false;
};

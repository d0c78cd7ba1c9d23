// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QMap>

class CollectionFolder;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

// The variables of each environment of the open collection (http-client.env.json), a table per
// environment. Saving writes the file atomically; a value that looks like a key is refused, and
// a broken file is shown, never overwritten. http-client.private.env.json is not shown or written.
class CollectionVariablesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CollectionVariablesDialog(CollectionFolder *folder, QWidget *parent = nullptr);

    // The environments as the tables hold them now.
    QMap<QString, QMap<QString, QString>> environments() const;
    QString error() const;

    void addEnvironment(const QString &name);
    void removeCurrentEnvironment();
    void addVariable();
    void removeCurrentVariable();
    bool save();

private:
    QTableWidget *addTable(const QString &environment, const QMap<QString, QString> &variables);
    QTableWidget *currentTable() const;
    void showError(const QString &text);
    void updateButtons();

    CollectionFolder *const m_folder;
    QTabWidget *const m_tabs;
    QPushButton *const m_addEnvironment;
    QPushButton *const m_removeEnvironment;
    QPushButton *const m_addVariable;
    QPushButton *const m_removeVariable;
    QLabel *const m_error;
    QDialogButtonBox *const m_buttons;
    bool m_readOnly = false;
};

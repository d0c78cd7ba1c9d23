// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Asks where a request goes the first time it is saved: its name, and the .http file (one of
// the open collection's, or any other) it is added to.
class SaveRequestDialog : public QDialog
{
    Q_OBJECT
public:
    // files: the open collection's .http files, relative to folder; folder may be empty.
    SaveRequestDialog(const QString &folder, const QStringList &files, const QString &name,
                      QWidget *parent = nullptr);

    QString name() const;
    // The chosen file, absolute, with ".http" added when it has no extension.
    QString filePath() const;

private:
    void browse();
    void check();

    const QString m_folder;
    QLineEdit *const m_name;
    QComboBox *const m_file;
    QLabel *const m_problem;
    QDialogButtonBox *const m_buttons;
};

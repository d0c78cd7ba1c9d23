// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "environments/customenvironmentinput.h"

#include <QDialog>
#include <QMap>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// "Add a custom environment": name, base URL and an optional CA file (with Browse…). Each
// field's problem is shown beside it once the field has been edited, and OK stays disabled
// while any field has one. OK hands the input to the adder, whose refusal is shown too.
class CustomEnvironmentDialog : public QDialog
{
    Q_OBJECT
public:
    // Adds the environment; false and a reason (shown beside the base URL) when it cannot.
    using Adder = std::function<bool(const CustomEnvironmentInput &input, QString *error)>;

    explicit CustomEnvironmentDialog(Adder adder, QWidget *parent = nullptr);

    CustomEnvironmentInput input() const;
    // Opens the file dialog ("caFileDialog") that picks a PEM file for the CA field.
    void browseCaFile();

    void accept() override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitProblemHeights();
    void validate();
    void showProblem(CustomEnvironmentInput::Field field, const QString &text);

    Adder m_adder;
    QMap<CustomEnvironmentInput::Field, QLineEdit *> m_edits;
    QMap<CustomEnvironmentInput::Field, QLabel *> m_problems;
    QMap<CustomEnvironmentInput::Field, bool> m_touched;
    QPushButton *const m_browse;
    QDialogButtonBox *const m_buttons;
};

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "proxy/proxyauthenticator.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// "The proxy HOST:PORT asks you to sign in": user name, password (masked) and "Remember on
// this computer", for the ProxyAuthenticator's prompt.
class ProxySignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProxySignInDialog(const ProxyAuthenticator::Prompt &prompt, QWidget *parent = nullptr);

    ProxyAuthenticator::Answer answer() const;

    // A prompt function that shows this dialog modally over parent.
    static ProxyAuthenticator::PromptFunction promptFor(QWidget *parent);

private:
    void updateOkButton();

    QLabel *const m_title;
    QLabel *const m_refused;
    QLabel *const m_realm;
    QLineEdit *const m_user;
    QLineEdit *const m_password;
    QCheckBox *const m_remember;
    QDialogButtonBox *const m_buttons;
};

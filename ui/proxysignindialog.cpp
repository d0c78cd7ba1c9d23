// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "proxysignindialog.h"

#include "diagnosispanel.h"
#include "tones.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QLabel *plainLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // the realm is the proxy's text, never markup
    label->setWordWrap(true);
    return label;
}

} // namespace

ProxySignInDialog::ProxySignInDialog(const ProxyAuthenticator::Prompt &prompt, QWidget *parent)
    : QDialog(parent)
    , m_title(plainLabel(QStringLiteral("proxyTitleLabel"), this))
    , m_refused(plainLabel(QStringLiteral("proxyRefusedLabel"), this))
    , m_realm(plainLabel(QStringLiteral("proxyRealmLabel"), this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember on this computer (stored in the OS keychain)"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("proxySignInDialog"));
    setWindowTitle(tr("Proxy sign-in"));

    m_title->setText(tr("The proxy %1 asks you to sign in.").arg(prompt.proxy));
    const QFont titleFont = Tones::boldFont(m_title->font());
    m_title->setFont(titleFont);
    // One line for a usual proxy name, wrapping only a very long one.
    const QFontMetrics titleMetrics(titleFont);
    m_title->setMinimumWidth(std::min(titleMetrics.horizontalAdvance(m_title->text()) + 2,
                                      titleMetrics.averageCharWidth() * 64));

    m_refused->setText(tr("The proxy refused that user name or password. Try again."));
    Tones::setTextTone(m_refused, Tones::Tone::Error);
    m_refused->setVisible(prompt.refused);

    m_realm->setText(tr("It says: “%1”").arg(prompt.realm));
    m_realm->setVisible(!prompt.realm.isEmpty());
    m_realm->setForegroundRole(QPalette::PlaceholderText);

    m_user->setObjectName(QStringLiteral("proxyUserEdit"));
    m_user->setText(prompt.user);
    m_password->setObjectName(QStringLiteral("proxyPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_user->setMinimumWidth(fontMetrics().averageCharWidth() * 32);
    m_remember->setObjectName(QStringLiteral("proxyRememberCheck"));
    m_remember->setChecked(prompt.remembered);
    m_buttons->setObjectName(QStringLiteral("proxyButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign In"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("proxySignInButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("proxyCancelButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_realm);
    layout->addWidget(m_refused);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(m_buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_user, &QLineEdit::textChanged, this, &ProxySignInDialog::updateOkButton);
    updateOkButton();
    // With the name known (remembered, or just refused), the password is what is missing.
    (prompt.user.isEmpty() ? m_user : m_password)->setFocus();
}

ProxyAuthenticator::Answer ProxySignInDialog::answer() const
{
    return {m_user->text(), m_password->text(), m_remember->isChecked()};
}

void ProxySignInDialog::updateOkButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_user->text().isEmpty());
}

ProxyAuthenticator::PromptFunction ProxySignInDialog::promptFor(QWidget *parent)
{
    QPointer<QWidget> owner(parent);
    return
        [owner](
            const ProxyAuthenticator::Prompt &prompt) -> std::optional<ProxyAuthenticator::Answer> {
            // Modal and synchronous: Qt waits for the answer before it sends the request again.
            ProxySignInDialog dialog(prompt, owner);
            if (dialog.exec() != QDialog::Accepted)
                return std::nullopt;
            return dialog.answer();
        };
}

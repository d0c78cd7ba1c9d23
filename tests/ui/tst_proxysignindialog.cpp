// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "authproxy.h"
#include "keys/memorysecretstore.h"
#include "modalanswer.h"
#include "proxysignindialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

namespace {

const QByteArray Password = QByteArrayLiteral("proxy_ui_canary_Hk4!v9");

ProxyAuthenticator::Prompt firstPrompt()
{
    ProxyAuthenticator::Prompt prompt;
    prompt.proxy = QStringLiteral("proxy.corp.example:3128");
    prompt.realm = QStringLiteral("corp");
    return prompt;
}

} // namespace

class TestProxySignInDialog : public QObject
{
    Q_OBJECT
private slots:
    void namesTheProxyAndMasksThePassword();
    void saysWhenTheProxyRefusedThePreviousOnes();
    void signInNeedsAUserName();
    void everyMnemonicIsUnique();
    void aRememberedLoginByKeyboardGoesToTheKeychainOnly();
    void cancelLeavesTheRequestToFailWith407();
};

void TestProxySignInDialog::namesTheProxyAndMasksThePassword()
{
    ProxySignInDialog dialog(firstPrompt());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *title = dialog.findChild<QLabel *>(QStringLiteral("proxyTitleLabel"));
    QVERIFY(title);
    QCOMPARE(title->text(),
             QStringLiteral("The proxy proxy.corp.example:3128 asks you to sign in."));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("proxyRealmLabel"))->isVisible());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("proxyRefusedLabel"))->isVisible());
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("proxyPasswordEdit"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("proxyRememberCheck"));
    QVERIFY(!remember->isChecked());
    QVERIFY(remember->text().contains(QStringLiteral("keychain")));
    // No name yet: typing starts in the user name.
    QCOMPARE(QApplication::focusWidget(),
             dialog.findChild<QLineEdit *>(QStringLiteral("proxyUserEdit")));
    QVERIFY(!dialog.grab().isNull());
}

void TestProxySignInDialog::saysWhenTheProxyRefusedThePreviousOnes()
{
    ProxyAuthenticator::Prompt prompt = firstPrompt();
    prompt.refused = true;
    prompt.remembered = true;
    prompt.user = QStringLiteral("alice");
    ProxySignInDialog dialog(prompt);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("proxyRefusedLabel"))->isVisible());
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("proxyUserEdit"))->text(),
             QStringLiteral("alice"));
    QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("proxyRememberCheck"))->isChecked());
    // The name is known: the password is what is missing.
    QCOMPARE(QApplication::focusWidget(),
             dialog.findChild<QLineEdit *>(QStringLiteral("proxyPasswordEdit")));
}

void TestProxySignInDialog::signInNeedsAUserName()
{
    ProxySignInDialog dialog(firstPrompt());
    auto *signIn = dialog.findChild<QPushButton *>(QStringLiteral("proxySignInButton"));
    QVERIFY(!signIn->isEnabled());
    dialog.findChild<QLineEdit *>(QStringLiteral("proxyUserEdit"))->setText(QStringLiteral("a"));
    QVERIFY(signIn->isEnabled());
}

void TestProxySignInDialog::everyMnemonicIsUnique()
{
    ProxySignInDialog dialog(firstPrompt());
    QStringList texts;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        texts << label->text();
    for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
        texts << button->text();
    QSet<QChar> seen;
    const QRegularExpression mnemonic(QStringLiteral("&([^&])"));
    int count = 0;
    for (const QString &text : qAsConst(texts)) {
        for (const auto &match : mnemonic.globalMatch(text)) {
            const QChar key = match.captured(1).at(0).toLower();
            QVERIFY2(!seen.contains(key), qPrintable(text));
            seen.insert(key);
            ++count;
        }
    }
    QVERIFY(count >= 4); // user name, password, remember, sign in
    // Each field's label leads to it.
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().contains(u'&'))
            QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
}

void TestProxySignInDialog::aRememberedLoginByKeyboardGoesToTheKeychainOnly()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    MemorySecretStore secrets;
    AuthProxy proxy("alice", Password);
    QVERIFY(proxy.listen());
    QNetworkAccessManager network;
    network.setProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port()));
    ProxyAuthenticator authenticator(&network, &settings, &secrets);
    QWidget window;
    window.show();
    authenticator.setPrompt(ProxySignInDialog::promptFor(&window));

    QString title;
    whenModalShows<ProxySignInDialog>([&title](ProxySignInDialog *dialog) {
        title = dialog->findChild<QLabel *>(QStringLiteral("proxyTitleLabel"))->text();
        // Keys to each control rather than to whatever has focus: an offscreen window under
        // load may not be active yet.
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("proxyUserEdit")),
                         QStringLiteral("alice"));
        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("proxyPasswordEdit"));
        QTest::keyClicks(password, QString::fromUtf8(Password));
        QTest::keyClick(dialog->findChild<QCheckBox *>(QStringLiteral("proxyRememberCheck")),
                        Qt::Key_Space);
        QTest::keyClick(password, Qt::Key_Return); // the default button: Sign In
    });
    QNetworkReply *reply =
        network.get(QNetworkRequest(QUrl(QStringLiteral("http://api.proxied.test/v1/me"))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(title, QStringLiteral("The proxy %1 asks you to sign in.").arg(proxy.name()));
    reply->deleteLater();

    QTRY_VERIFY(secrets.contains(ProxyAuthenticator::secretAccount(proxy.name())));
    QTRY_COMPARE(authenticator.rememberedProxies(), QStringList{proxy.name()});
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains("alice"));
    QVERIFY(!written.contains(Password));
    QVERIFY(!written.contains(Password.toBase64()));
}

void TestProxySignInDialog::cancelLeavesTheRequestToFailWith407()
{
    AuthProxy proxy("alice", Password);
    QVERIFY(proxy.listen());
    QNetworkAccessManager network;
    network.setProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port()));
    ProxyAuthenticator authenticator(&network, nullptr, nullptr);
    authenticator.setPrompt(ProxySignInDialog::promptFor(nullptr));
    whenModalShows<ProxySignInDialog>(
        [](ProxySignInDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
    QNetworkReply *reply =
        network.get(QNetworkRequest(QUrl(QStringLiteral("https://api.proxied.test/"))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::ProxyAuthenticationRequiredError);
    QCOMPARE(authenticator.lastFailure().proxy, proxy.name());
    reply->deleteLater();
}

QTEST_MAIN(TestProxySignInDialog)
#include "tst_proxysignindialog.moc"

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "keymanagerdialog.h"
#include "keys/keyprofilestore.h"
#include "keys/keyring.h"
#include "keys/memorysecretstore.h"
#include "modalanswer.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

namespace {

const QByteArray canaryKey = QByteArrayLiteral("hero_ui_canary_Zq81Lm0Pw3");

// Answers the next message box, recording everything it says.
void answerNextMessageBox(QMessageBox::StandardButton answer, QString *seenText)
{
    answerNextMessageBox(answer, [seenText](const QMessageBox &box) {
        *seenText = box.text() + u'\n' + box.informativeText() + u'\n' + box.objectName();
    });
}

} // namespace

class TestKeyManagerDialog : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<KeyProfileStore> m_profiles;
    std::unique_ptr<KeyRing> m_ring;
    std::unique_ptr<KeyManagerDialog> m_dialog;

    template <typename T> T *find(const QString &name) const
    {
        return m_dialog->findChild<T *>(name);
    }

    QTreeWidget *list() const { return find<QTreeWidget>(QStringLiteral("keyList")); }
    QLineEdit *keyEdit() const { return find<QLineEdit>(QStringLiteral("keyEdit")); }
    QLabel *keyProblem() const { return find<QLabel>(QStringLiteral("keyProblemLabel")); }
    QPushButton *button(const char *name) const { return find<QPushButton>(QLatin1String(name)); }

    void startAdding(const QString &label, const QString &environmentId)
    {
        QTest::mouseClick(button("addKeyButton"), Qt::LeftButton);
        find<QLineEdit>(QStringLiteral("labelEdit"))->setText(label);
        auto *environments = find<QComboBox>(QStringLiteral("keyEnvironmentCombo"));
        environments->setCurrentIndex(environments->findData(environmentId));
    }

    QString addProfileDirectly(const QString &label, const QByteArray &key)
    {
        KeyProfile profile;
        profile.label = label;
        profile.environmentId = QStringLiteral("staging");
        KeyJob *job = m_ring->add(profile, key);
        const QString id = job->profileId();
        QSignalSpy finished(job, &KeyJob::finished);
        if (!finished.wait(5000))
            return QString();
        return id;
    }

    // Every piece of text any widget of the dialog shows, except the key field's content.
    QStringList visibleTexts() const
    {
        QStringList texts{m_dialog->windowTitle()};
        const QList<QWidget *> widgets = m_dialog->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            texts << widget->toolTip() << widget->accessibleName() << widget->windowTitle();
            if (auto *label = qobject_cast<QLabel *>(widget))
                texts << label->text();
            if (auto *edit = qobject_cast<QLineEdit *>(widget); edit && edit != keyEdit())
                texts << edit->text() << edit->placeholderText();
            if (auto *button = qobject_cast<QAbstractButton *>(widget))
                texts << button->text();
            if (auto *combo = qobject_cast<QComboBox *>(widget)) {
                for (int i = 0; i < combo->count(); ++i)
                    texts << combo->itemText(i);
            }
        }
        for (int i = 0; i < list()->topLevelItemCount(); ++i) {
            for (int column = 0; column < list()->columnCount(); ++column)
                texts << list()->topLevelItem(i)->text(column)
                      << list()->topLevelItem(i)->toolTip(column);
        }
        return texts;
    }

    void verifyKeyNotShown() const
    {
        const QStringList texts = visibleTexts();
        for (const QString &text : texts)
            QVERIFY2(!text.contains(QString::fromLatin1(canaryKey)), qPrintable(text));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                                 QSettings::IniFormat);
        m_keychain = std::make_unique<MemorySecretStore>();
        m_profiles = std::make_unique<KeyProfileStore>(m_settings.get());
        m_ring = std::make_unique<KeyRing>(m_keychain.get(), m_profiles.get());
        m_dialog = std::make_unique<KeyManagerDialog>(m_ring.get());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup()
    {
        m_dialog.reset();
        m_ring.reset();
        m_profiles.reset();
        m_keychain.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void keyFieldIsMaskedUntilRevealed()
    {
        QTest::mouseClick(button("addKeyButton"), Qt::LeftButton);
        QVERIFY(keyEdit()->isVisible());
        QCOMPARE(keyEdit()->echoMode(), QLineEdit::Password);
        auto *reveal = find<QToolButton>(QStringLiteral("revealKeyButton"));
        reveal->click();
        QCOMPARE(keyEdit()->echoMode(), QLineEdit::Normal);
        reveal->click();
        QCOMPARE(keyEdit()->echoMode(), QLineEdit::Password);
    }

    void pastedKeyIsTrimmedAndValidatedLive_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QString>("expectedProblem"); // a fragment; empty = acceptable
        QTest::newRow("trailing newline") << QStringLiteral("  abcdef123456\n") << QString();
        QTest::newRow("space inside") << QStringLiteral("abc def123456") << QStringLiteral("space");
        QTest::newRow("quoted") << QStringLiteral("\"abcdef123456\"") << QStringLiteral("quotes");
        QTest::newRow("header prefix")
            << QStringLiteral("x-api-key:abcdef123456") << QStringLiteral("x-api-key:");
        QTest::newRow("non-ASCII") << QStringLiteral("abcdéf123456") << QStringLiteral("non-ASCII");
        QTest::newRow("tab") << QStringLiteral("abc\tdef123456") << QStringLiteral("control");
        QTest::newRow("too long") << QString(2561, u'k') << QStringLiteral("2560");
    }

    void pastedKeyIsTrimmedAndValidatedLive()
    {
        QFETCH(QString, pasted);
        QFETCH(QString, expectedProblem);
        startAdding(QStringLiteral("Label"), QStringLiteral("staging"));
        keyEdit()->insert(pasted); // what a paste does
        QCOMPARE(keyEdit()->text(), pasted.trimmed());
        if (expectedProblem.isEmpty()) {
            QVERIFY(keyProblem()->text().isEmpty());
            QVERIFY(button("saveKeyButton")->isEnabled());
        } else {
            QVERIFY2(keyProblem()->text().contains(expectedProblem),
                     qPrintable(keyProblem()->text()));
            QVERIFY(keyProblem()->isVisible());
            QVERIFY(!button("saveKeyButton")->isEnabled());
        }
    }

    void addedKeyIsListedWithItsFingerprintOnly()
    {
        startAdding(QStringLiteral("Staging — Zoë"), QStringLiteral("staging"));
        keyEdit()->insert(QString::fromLatin1(canaryKey));
        QVERIFY(button("saveKeyButton")->isEnabled());
        verifyKeyNotShown();
        QTest::mouseClick(button("saveKeyButton"), Qt::LeftButton);

        QTRY_COMPARE(list()->topLevelItemCount(), 1);
        QTRY_VERIFY(!find<QWidget>(QStringLiteral("keyEditor"))->isVisible());
        const QTreeWidgetItem *item = list()->topLevelItem(0);
        QCOMPARE(item->text(0), QStringLiteral("Staging — Zoë"));
        QCOMPARE(item->text(1), QStringLiteral("Staging"));
        QCOMPARE(item->text(2), u'…' + QString::fromLatin1(canaryKey.right(4)));
        QVERIFY(!item->text(3).isEmpty()); // the first key of an environment is its default
        QVERIFY(keyEdit()->text().isEmpty());
        QVERIFY(
            m_keychain->contains(QStringLiteral("staging/") + m_profiles->profiles().first().id));
        verifyKeyNotShown();
    }

    void removeAsksForConfirmationNamingTheKey()
    {
        const QString id = addProfileDirectly(QStringLiteral("Old staging key"), canaryKey);
        QVERIFY(!id.isEmpty());
        m_dialog->selectProfile(id);

        QString seen;
        answerNextMessageBox(QMessageBox::Cancel, &seen);
        QTest::mouseClick(button("removeKeyButton"), Qt::LeftButton);
        QVERIFY(seen.contains(QStringLiteral("Old staging key")));
        QVERIFY(seen.contains(QStringLiteral("removeConfirmation")));
        QVERIFY(!seen.contains(QString::fromLatin1(canaryKey)));
        QVERIFY(m_profiles->contains(id));
        QCOMPARE(m_keychain->count(), 1);

        answerNextMessageBox(QMessageBox::Yes, &seen);
        QTest::mouseClick(button("removeKeyButton"), Qt::LeftButton);
        QTRY_VERIFY(!m_profiles->contains(id));
        QCOMPARE(m_keychain->count(), 0);
        QTRY_COMPARE(list()->topLevelItemCount(), 0);
    }

    void unusableKeychainOffersSessionOnly_data()
    {
        QTest::addColumn<SecretResult::Status>("status");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unavailable")
            << SecretResult::Unavailable << QStringLiteral("Secret Service");
        QTest::newRow("locked") << SecretResult::Locked << QStringLiteral("nlock");
        QTest::newRow("access denied") << SecretResult::AccessDenied << QStringLiteral("refused");
    }

    void unusableKeychainOffersSessionOnly()
    {
        QFETCH(SecretResult::Status, status);
        QFETCH(QString, expected);
        m_keychain->simulateFailure(status);
        startAdding(QStringLiteral("Temp"), QStringLiteral("staging"));
        keyEdit()->insert(QString::fromLatin1(canaryKey));
        QTest::mouseClick(button("saveKeyButton"), Qt::LeftButton);

        auto *problem = find<QLabel>(QStringLiteral("keychainProblemLabel"));
        QTRY_VERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(expected), qPrintable(problem->text()));
        QVERIFY(m_profiles->profiles().isEmpty());
        QCOMPARE(m_keychain->count(), 0);

        QSignalSpy sessionAdded(m_dialog.get(), &KeyManagerDialog::sessionOnlyKeyAdded);
        QTest::mouseClick(button("sessionOnlyButton"), Qt::LeftButton);
        QVERIFY(sessionAdded.wait(5000));
        const KeyProfile added = m_profiles->profile(sessionAdded.first().first().toString());
        QVERIFY(added.sessionOnly);
        QCOMPARE(list()->topLevelItem(0)->text(4), QStringLiteral("This session only"));
        QCOMPARE(m_keychain->operationCount(), 1); // only the failed attempt reached it
        QVERIFY(!find<QLabel>(QStringLiteral("statusLabel"))->text().isEmpty());
        verifyKeyNotShown();
    }

    void renameAndSetDefaultUpdateTheList()
    {
        const QString first = addProfileDirectly(QStringLiteral("First"), "first-key-123456");
        const QString second = addProfileDirectly(QStringLiteral("Second"), "second-key-654321");
        m_dialog->selectProfile(second);
        QTest::mouseClick(button("setDefaultKeyButton"), Qt::LeftButton);
        QVERIFY(m_profiles->profile(second).isDefault);
        QVERIFY(!m_profiles->profile(first).isDefault);

        m_dialog->selectProfile(first);
        QTest::mouseClick(button("renameKeyButton"), Qt::LeftButton);
        QVERIFY(!keyEdit()->isVisible());
        auto *label = find<QLineEdit>(QStringLiteral("labelEdit"));
        label->setText(QStringLiteral("Renamed"));
        QTest::mouseClick(button("saveKeyButton"), Qt::LeftButton);
        QCOMPARE(m_profiles->profile(first).label, QStringLiteral("Renamed"));
        QCOMPARE(list()->topLevelItem(0)->text(0), QStringLiteral("Renamed"));
    }

    void testButtonAsksForATestAndShowsTheVerdict()
    {
        const QString id = addProfileDirectly(QStringLiteral("Staging"), canaryKey);
        m_dialog->selectProfile(id);
        QSignalSpy requested(m_dialog.get(), &KeyManagerDialog::testRequested);
        QTest::mouseClick(button("testKeyButton"), Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toString(), id);

        m_dialog->showTestResult(id, QStringLiteral("401 invalid_credentials"), false);
        auto *result = find<QLabel>(QStringLiteral("testResultLabel"));
        QVERIFY(result->text().contains(QStringLiteral("401 invalid_credentials")));
        QVERIFY(result->text().contains(QStringLiteral("Staging")));
        verifyKeyNotShown();
    }

    void addFormDefaultsToTheCurrentEnvironment_data()
    {
        QTest::addColumn<QString>("environmentId");
        QTest::newRow("production") << QStringLiteral("production");
        QTest::newRow("custom") << QStringLiteral("custom-1");
        QTest::newRow("sandbox") << QStringLiteral("sandbox");
        QTest::newRow("staging") << QStringLiteral("staging");
    }

    // Issue 13: the add form said Staging whatever environment the explorer stood on.
    void addFormDefaultsToTheCurrentEnvironment()
    {
        QFETCH(QString, environmentId);
        QList<Environment> environments = builtInEnvironments();
        environments.append(builtInEnvironment(EnvironmentKind::Sandbox));
        Environment custom = builtInEnvironment(EnvironmentKind::Custom);
        custom.id = QStringLiteral("custom-1");
        custom.name = QStringLiteral("Partner test rig");
        environments.append(custom);
        m_dialog->setEnvironments(environments);
        m_dialog->setCurrentEnvironment(environmentId);
        QTest::mouseClick(button("addKeyButton"), Qt::LeftButton);
        auto *combo = find<QComboBox>(QStringLiteral("keyEnvironmentCombo"));
        QVERIFY(combo->isVisible());
        QCOMPARE(combo->currentData().toString(), environmentId);

        // Cancelling and adding again still starts from the current environment.
        combo->setCurrentIndex(0);
        QTest::mouseClick(button("cancelEditButton"), Qt::LeftButton);
        m_dialog->addKey(environmentId);
        QCOMPARE(combo->currentData().toString(), environmentId);
        QVERIFY(find<QLineEdit>(QStringLiteral("labelEdit"))->isVisible());
    }
};

QTEST_MAIN(TestKeyManagerDialog)
#include "tst_keymanagerdialog.moc"

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "keys/keyprofilestore.h"
#include "keys/keyring.h"
#include "keys/memorysecretstore.h"
#include "session/workspace.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The shared state's workflows without a window: the catalogue import and custom environments.
class TestWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void shouldImportOrLeaveTheCatalogueAsItWas_data();
    void shouldImportOrLeaveTheCatalogueAsItWas();
    void shouldAddACustomEnvironmentOnlyWhenItsInputIsSound();

private:
    QString writeFile(const QString &name, const QByteArray &contents) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<KeyProfileStore> m_profiles;
    std::unique_ptr<KeyRing> m_keys;
    std::unique_ptr<Workspace> m_workspace;
};

void TestWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_secrets = std::make_unique<MemorySecretStore>();
    m_profiles = std::make_unique<KeyProfileStore>(m_settings.get());
    m_keys = std::make_unique<KeyRing>(m_secrets.get(), m_profiles.get());
    m_workspace = std::make_unique<Workspace>(m_settings.get(), m_keys.get(), nullptr, nullptr,
                                              Workspace::SandboxStarter());
}

void TestWorkspace::cleanup()
{
    m_workspace.reset();
    m_keys.reset();
    m_profiles.reset();
    m_secrets.reset();
    m_settings.reset();
    m_dir.reset();
}

QString TestWorkspace::writeFile(const QString &name, const QByteArray &contents) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        return QString();
    return path;
}

void TestWorkspace::shouldImportOrLeaveTheCatalogueAsItWas_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<Workspace::ImportMode>("mode");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("added"); // operations beyond the bundled ones; -1: only the file's

    const QByteArray good =
        R"({"openapi":"3.0.3","info":{"title":"x","version":"1"},"paths":{
        "/v9/widgets":{"get":{"summary":"List widgets","responses":{"200":{"description":"ok"}}}}}})";
    const QByteArray broken = "openapi: 3.0.3\npaths:\n  /v1/x:\n    get: [unclosed\n";
    QTest::newRow("add") << "extra.json" << good << Workspace::ImportMode::Add << true << 1;
    QTest::newRow("replace") << "extra.json" << good << Workspace::ImportMode::Replace << true
                             << -1;
    QTest::newRow("broken add") << "broken.yaml" << broken << Workspace::ImportMode::Add << false
                                << 0;
    QTest::newRow("broken replace")
        << "broken.yaml" << broken << Workspace::ImportMode::Replace << false << 0;
}

void TestWorkspace::shouldImportOrLeaveTheCatalogueAsItWas()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, contents);
    QFETCH(Workspace::ImportMode, mode);
    QFETCH(bool, ok);
    QFETCH(int, added);

    const QString path = writeFile(fileName, contents);
    QVERIFY(!path.isEmpty());
    const int bundled = m_workspace->catalogue().operations.size();
    QVERIFY(bundled > 1);
    QSignalSpy imported(m_workspace.get(), &Workspace::catalogueImported);
    QSignalSpy changed(m_workspace.get(), &Workspace::catalogueChanged);
    m_workspace->importCatalogue(path, mode);
    QVERIFY(imported.wait());
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.first().at(0).toBool(), ok);
    const QString message = imported.first().at(1).toString();
    QVERIFY2(message.contains(fileName), qPrintable(message));
    QCOMPARE(changed.size(), ok ? 1 : 0);
    if (!ok) {
        QVERIFY2(message.contains(QStringLiteral("line"))
                     && message.contains(QStringLiteral("unchanged")),
                 qPrintable(message));
    }
    QCOMPARE(m_workspace->catalogue().operations.size(), added < 0 ? 1 : bundled + added);
    if (ok)
        QVERIFY(
            m_workspace->catalogue().find(QStringLiteral("GET"), QStringLiteral("/v9/widgets")));
}

void TestWorkspace::shouldAddACustomEnvironmentOnlyWhenItsInputIsSound()
{
    QSignalSpy changed(m_workspace.get(), &Workspace::environmentsChanged);
    const int before = m_workspace->environments().size();
    QString error;
    QVERIFY(m_workspace
                ->addCustomEnvironment(
                    {QStringLiteral("Plain"), QStringLiteral("http://api.example.test"), QString()},
                    &error)
                .isEmpty());
    QVERIFY2(error.contains(QStringLiteral("https")), qPrintable(error));
    QCOMPARE(m_workspace->environments().size(), before);
    QCOMPARE(changed.size(), 0);

    error.clear();
    const QString id = m_workspace->addCustomEnvironment(
        {QStringLiteral("  Partner proxy "), QStringLiteral(" https://proxy.example.test "),
         QString()},
        &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    QCOMPARE(changed.size(), 1);
    const Environment added = m_workspace->environment(id);
    QCOMPARE(added.name, QStringLiteral("Partner proxy"));
    QCOMPARE(added.baseUrl, QUrl(QStringLiteral("https://proxy.example.test")));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "endpointbrowser.h"
#include "methodbadge.h"
#include "tones.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

namespace {

Operation makeOperation(const QString &method, const QString &path, const QString &tag,
                        const QString &summary)
{
    Operation operation;
    operation.method = method;
    operation.path = path;
    operation.tags = {tag};
    operation.summary = summary;
    return operation;
}

Catalogue smallCatalogue()
{
    Catalogue catalogue;
    Operation patient = makeOperation(QStringLiteral("GET"), QStringLiteral("/v1/patients/{id}"),
                                      QStringLiteral("Patients"), QStringLiteral("Get a patient"));
    patient.description = QStringLiteral("Returns one patient of the practice group.");
    patient.requiredScope = QStringLiteral("Patients");
    patient.confidence = QStringLiteral("documented");
    patient.parameters = {{QStringLiteral("id"),
                           QStringLiteral("path"),
                           true,
                           QStringLiteral("integer"),
                           QStringLiteral("Patient id"),
                           {}}};
    catalogue.operations = {
        patient,
        makeOperation(QStringLiteral("POST"), QStringLiteral("/v1/patients/register"),
                      QStringLiteral("Patients"), QStringLiteral("Register a patient")),
        makeOperation(QStringLiteral("GET"), QStringLiteral("/v1/slots/{id}"),
                      QStringLiteral("Booking"), QStringLiteral("Get a bookable slot")),
        makeOperation(QStringLiteral("DELETE"), QStringLiteral("/v1/webhooks/{id}"),
                      QStringLiteral("Webhooks"), QStringLiteral("Remove a webhook")),
    };
    catalogue.tagOrder = {QStringLiteral("Patients"), QStringLiteral("Booking"),
                          QStringLiteral("Webhooks")};
    return catalogue;
}

// Operation rows visible in the tree, as "METHOD path".
QStringList visibleOperations(const QTreeView *tree)
{
    QStringList rows;
    const QAbstractItemModel *model = tree->model();
    for (int tag = 0; tag < model->rowCount(); ++tag) {
        const QModelIndex tagIndex = model->index(tag, 0);
        for (int row = 0; row < model->rowCount(tagIndex); ++row)
            rows.append(model->index(row, 0, tagIndex).data().toString());
    }
    return rows;
}

} // namespace

class TestEndpointBrowser : public QObject
{
    Q_OBJECT

private slots:
    void showsOperationsByTag();
    void filterNarrowsTheTreeAndRestores_data();
    void filterNarrowsTheTreeAndRestores();
    void selectingAnOperationEmitsItAndShowsDetails();
    void enterInTheFilterOpensTheFirstMatch();
    void focusFilterFocusesTheFilter();
    void selectOperationFindsAConcretePath();
    void badgeTextIsReadableOnEveryPalette_data();
    void badgeTextIsReadableOnEveryPalette();
    void rendersReadably();
};

void TestEndpointBrowser::showsOperationsByTag()
{
    EndpointBrowser browser;
    browser.setCatalogue(smallCatalogue());
    auto *tree = browser.findChild<QTreeView *>(QStringLiteral("endpointTree"));
    QAbstractItemModelTester tester(tree->model());
    QCOMPARE(tree->model()->rowCount(), 3);
    QCOMPARE(tree->model()->index(0, 0).data().toString(), QStringLiteral("Patients"));
    QCOMPARE(visibleOperations(tree).size(), 4);
    QVERIFY(tree->isExpanded(tree->model()->index(0, 0)));
}

void TestEndpointBrowser::filterNarrowsTheTreeAndRestores_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("path") << QStringLiteral("register")
                          << QStringList{QStringLiteral("POST /v1/patients/register")};
    QTest::newRow("summary, any case")
        << QStringLiteral("BOOKABLE") << QStringList{QStringLiteral("GET /v1/slots/{id}")};
    QTest::newRow("tag") << QStringLiteral("webhooks")
                         << QStringList{QStringLiteral("DELETE /v1/webhooks/{id}")};
    QTest::newRow("two words") << QStringLiteral("patient get")
                               << QStringList{QStringLiteral("GET /v1/patients/{id}")};
    QTest::newRow("nothing") << QStringLiteral("zzz-no-such") << QStringList{};
}

void TestEndpointBrowser::filterNarrowsTheTreeAndRestores()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);

    EndpointBrowser browser;
    browser.setCatalogue(smallCatalogue());
    auto *tree = browser.findChild<QTreeView *>(QStringLiteral("endpointTree"));
    auto *edit = browser.findChild<QLineEdit *>(QStringLiteral("endpointFilter"));
    auto *noMatches = browser.findChild<QLabel *>(QStringLiteral("endpointNoMatches"));
    const QStringList all = visibleOperations(tree);

    QTest::keyClicks(edit, filter);
    QCOMPARE(visibleOperations(tree), expected);
    QCOMPARE(noMatches->isHidden(), !expected.isEmpty());
    if (expected.isEmpty())
        QVERIFY(noMatches->text().contains(filter));

    edit->clear();
    QCOMPARE(visibleOperations(tree), all);
    QVERIFY(noMatches->isHidden());
}

void TestEndpointBrowser::selectingAnOperationEmitsItAndShowsDetails()
{
    EndpointBrowser browser;
    const Catalogue catalogue = smallCatalogue();
    browser.setCatalogue(catalogue);
    auto *tree = browser.findChild<QTreeView *>(QStringLiteral("endpointTree"));
    QSignalSpy activated(&browser, &EndpointBrowser::operationActivated);

    tree->setCurrentIndex(tree->model()->index(0, 0)); // a tag row: nothing to open
    QCOMPARE(activated.size(), 0);
    QVERIFY(!browser.currentOperation());

    tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0)));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().value<Operation>(), catalogue.operations.first());

    QCOMPARE(browser.findChild<QLabel *>(QStringLiteral("endpointSummary"))->text(),
             QStringLiteral("Get a patient"));
    QVERIFY(
        browser.findChild<QLabel *>(QStringLiteral("endpointScope"))->text().contains(u"Patients"));
    QVERIFY(browser.findChild<QLabel *>(QStringLiteral("endpointConfidence"))
                ->text()
                .contains(u"documented"));
    auto *parameters = browser.findChild<QTableWidget *>(QStringLiteral("endpointParameters"));
    QCOMPARE(parameters->rowCount(), 1);
    QVERIFY(parameters->item(0, 0)->text().startsWith(u"id"));
}

void TestEndpointBrowser::enterInTheFilterOpensTheFirstMatch()
{
    EndpointBrowser browser;
    browser.setCatalogue(smallCatalogue());
    browser.show();
    QVERIFY(QTest::qWaitForWindowActive(&browser));
    auto *edit = browser.findChild<QLineEdit *>(QStringLiteral("endpointFilter"));
    browser.focusFilter();
    QSignalSpy activated(&browser, &EndpointBrowser::operationActivated);
    QTest::keyClicks(edit, QStringLiteral("slot"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().value<Operation>().path, QStringLiteral("/v1/slots/{id}"));
    QVERIFY(browser.findChild<QTreeView *>(QStringLiteral("endpointTree"))->hasFocus());
}

void TestEndpointBrowser::focusFilterFocusesTheFilter()
{
    EndpointBrowser browser;
    browser.setCatalogue(smallCatalogue());
    browser.show();
    QVERIFY(QTest::qWaitForWindowActive(&browser));
    auto *edit = browser.findChild<QLineEdit *>(QStringLiteral("endpointFilter"));
    edit->setText(QStringLiteral("old"));
    browser.findChild<QTreeView *>(QStringLiteral("endpointTree"))->setFocus();
    browser.focusFilter();
    QVERIFY(edit->hasFocus());
    QCOMPARE(edit->selectedText(), QStringLiteral("old"));
}

void TestEndpointBrowser::selectOperationFindsAConcretePath()
{
    EndpointBrowser browser;
    browser.setCatalogue(smallCatalogue());
    auto *edit = browser.findChild<QLineEdit *>(QStringLiteral("endpointFilter"));
    edit->setText(QStringLiteral("webhooks")); // hides the patient rows
    QVERIFY(browser.selectOperation(QStringLiteral("GET"), QStringLiteral("/v1/patients/42")));
    QVERIFY(browser.currentOperation());
    QCOMPARE(browser.currentOperation()->path, QStringLiteral("/v1/patients/{id}"));
    QVERIFY(!browser.selectOperation(QStringLiteral("GET"), QStringLiteral("/v9/nothing")));
}

void TestEndpointBrowser::badgeTextIsReadableOnEveryPalette_data()
{
    QTest::addColumn<QColor>("base");
    QTest::newRow("light") << QColor(Qt::white);
    QTest::newRow("dark") << QColor(0x1e, 0x1e, 0x1e);
    QTest::newRow("mid grey") << QColor(0x80, 0x80, 0x80);
}

void TestEndpointBrowser::badgeTextIsReadableOnEveryPalette()
{
    QFETCH(QColor, base);
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    for (const char *method : {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"}) {
        const QString name = QString::fromLatin1(method);
        const QColor fill = Tones::methodFill(name, palette);
        QVERIFY2(Tones::contrastRatio(Tones::methodText(name, palette), fill) >= 4.5,
                 method); // WCAG AA for normal text
    }
    QVERIFY(Tones::methodFill(QStringLiteral("GET"), palette)
            != Tones::methodFill(QStringLiteral("DELETE"), palette));
}

void TestEndpointBrowser::rendersReadably()
{
    EndpointBrowser browser;
    browser.setCatalogue(Catalogue::bundled());
    auto *tree = browser.findChild<QTreeView *>(QStringLiteral("endpointTree"));
    const QModelIndex firstTag = tree->model()->index(0, 0);
    tree->setCurrentIndex(tree->model()->index(1, 0, firstTag));
    const int line = browser.fontMetrics().height();
    browser.resize(line * 30, line * 40);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    const QPixmap shot = browser.grab();
    QVERIFY(!shot.isNull());
    if (const QString dir = qEnvironmentVariable("HERO_UI_SHOTS"); !dir.isEmpty())
        QVERIFY(shot.save(QDir(dir).filePath(QStringLiteral("endpointbrowser.png"))));
}

QTEST_MAIN(TestEndpointBrowser)
#include "tst_endpointbrowser.moc"

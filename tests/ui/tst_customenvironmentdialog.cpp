// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "customenvironmentdialog.h"
#include "tones.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Field = CustomEnvironmentInput::Field;

namespace {

QString fieldId(Field field)
{
    switch (field) {
    case Field::Name:
        return QStringLiteral("customName");
    case Field::BaseUrl:
        return QStringLiteral("customBaseUrl");
    case Field::CaFile:
        return QStringLiteral("customCaFile");
    }
    return QString();
}

QLineEdit *edit(const QDialog &dialog, Field field)
{
    return dialog.findChild<QLineEdit *>(fieldId(field));
}

QLabel *problemLabel(const QDialog &dialog, Field field)
{
    return dialog.findChild<QLabel *>(fieldId(field) + QStringLiteral("Problem"));
}

QPushButton *okButton(const QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>(QStringLiteral("customButtons"))
        ->button(QDialogButtonBox::Ok);
}

// Types as a user does, so the field counts as edited.
void type(QDialog &dialog, Field field, const QString &text)
{
    QLineEdit *line = edit(dialog, field);
    line->selectAll();
    QTest::keyClicks(line, text.isEmpty() ? QStringLiteral("x") : text);
    if (text.isEmpty())
        QTest::keyClick(line, Qt::Key_Backspace);
}

} // namespace

class TestCustomEnvironmentDialog : public QObject
{
    Q_OBJECT
private slots:
    void okIsEnabledOnlyForValidInput_data();
    void okIsEnabledOnlyForValidInput();
    void theProblemIsShownBesideTheFieldAtFaultAboveTheButtons();
    void theProblemReadsOnLightAndDarkPalettes_data();
    void theProblemReadsOnLightAndDarkPalettes();
    void placeholdersAreWhole();
    void browsePicksAPemFileIntoTheCaField();
    void aRefusalByTheAdderIsShownAndTheDialogStays();

private:
    QTemporaryDir m_dir;
};

void TestCustomEnvironmentDialog::okIsEnabledOnlyForValidInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("fieldAtFault"); // -1: none

    QTest::newRow("valid") << u"Partner"_s << u"https://hero.partner.test"_s << u""_s << true << -1;
    QTest::newRow("loopback http")
        << u"Local"_s << u"http://127.0.0.1:8080"_s << u""_s << true << -1;
    QTest::newRow("no name") << u""_s << u"https://hero.partner.test"_s << u""_s << false
                             << int(Field::Name);
    QTest::newRow("plain http") << u"Partner"_s << u"http://hero.partner.test"_s << u""_s << false
                                << int(Field::BaseUrl);
    QTest::newRow("user info") << u"Partner"_s << u"https://u:p@hero.partner.test"_s << u""_s
                               << false << int(Field::BaseUrl);
    QTest::newRow("missing CA file") << u"Partner"_s << u"https://hero.partner.test"_s
                                     << u"/nonexistent/ca.pem"_s << false << int(Field::CaFile);
}

void TestCustomEnvironmentDialog::okIsEnabledOnlyForValidInput()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, caFile);
    QFETCH(bool, ok);
    QFETCH(int, fieldAtFault);

    CustomEnvironmentDialog dialog({});
    dialog.show();
    QVERIFY(!okButton(dialog)->isEnabled()); // nothing entered yet
    type(dialog, Field::Name, name);
    type(dialog, Field::BaseUrl, url);
    type(dialog, Field::CaFile, caFile);
    QCOMPARE(okButton(dialog)->isEnabled(), ok);
    for (const Field field : {Field::Name, Field::BaseUrl, Field::CaFile}) {
        QLabel *problem = problemLabel(dialog, field);
        QVERIFY(problem);
        QCOMPARE(problem->isVisible(), int(field) == fieldAtFault);
        QCOMPARE(problem->text().isEmpty(), int(field) != fieldAtFault);
    }
}

void TestCustomEnvironmentDialog::theProblemIsShownBesideTheFieldAtFaultAboveTheButtons()
{
    CustomEnvironmentDialog dialog({});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(dialog, Field::Name, QStringLiteral("Partner"));
    type(dialog, Field::BaseUrl, QStringLiteral("http://hero.partner.test"));
    QLabel *problem = problemLabel(dialog, Field::BaseUrl);
    QVERIFY(problem->isVisible());
    // Tall enough for every wrapped line, once the dialog has made room for it.
    QTRY_VERIFY(problem->height() >= problem->heightForWidth(problem->width()));
    QVERIFY(problem->text().contains(QStringLiteral("HTTPS"), Qt::CaseInsensitive));
    const auto top = [&dialog](QWidget *widget) { return widget->mapTo(&dialog, QPoint()).y(); };
    const auto bottom = [&dialog, problem] {
        return problem->mapTo(&dialog, QPoint()).y() + problem->height();
    };
    // Under its own field, above the next one, and wholly clear of OK/Cancel.
    QVERIFY(top(problem) > top(edit(dialog, Field::BaseUrl)));
    QTRY_VERIFY2(
        bottom() <= top(edit(dialog, Field::CaFile)),
        qPrintable(QStringLiteral("%1 > %2").arg(bottom()).arg(top(edit(dialog, Field::CaFile)))));
    QVERIFY(bottom() <= top(okButton(dialog)));
    QVERIFY(bottom() <= dialog.height());
}

void TestCustomEnvironmentDialog::theProblemReadsOnLightAndDarkPalettes_data()
{
    QTest::addColumn<QColor>("window");
    QTest::addColumn<QColor>("text");
    QTest::newRow("light") << QColor(0xef, 0xef, 0xef) << QColor(Qt::black);
    QTest::newRow("dark") << QColor(0x2d, 0x2d, 0x2d) << QColor(0xee, 0xee, 0xee);
}

void TestCustomEnvironmentDialog::theProblemReadsOnLightAndDarkPalettes()
{
    QFETCH(QColor, window);
    QFETCH(QColor, text);
    CustomEnvironmentDialog dialog({});
    QPalette palette = dialog.palette();
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::BrightText, Qt::white); // the old, unreadable choice
    dialog.setPalette(palette);
    dialog.show();
    type(dialog, Field::Name, QString());
    QLabel *problem = problemLabel(dialog, Field::Name);
    QVERIFY(problem->isVisible());
    const QColor shown = problem->palette().color(problem->foregroundRole());
    const QColor behind = problem->palette().color(QPalette::Window);
    QVERIFY2(Tones::contrastRatio(shown, behind) >= 4.5,
             qPrintable(QStringLiteral("%1 on %2").arg(shown.name(), behind.name())));
}

void TestCustomEnvironmentDialog::placeholdersAreWhole()
{
    CustomEnvironmentDialog dialog({});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (const Field field : {Field::Name, Field::BaseUrl, Field::CaFile}) {
        QLineEdit *line = edit(dialog, field);
        QVERIFY(!line->placeholderText().isEmpty());
        // The text area is the edit less its frame and margins: a few characters' worth.
        const int room = line->width() - line->fontMetrics().averageCharWidth() * 2;
        QVERIFY2(line->fontMetrics().horizontalAdvance(line->placeholderText()) <= room,
                 qPrintable(line->placeholderText()));
    }
}

void TestCustomEnvironmentDialog::browsePicksAPemFileIntoTheCaField()
{
    QVERIFY(m_dir.isValid());
    const QString pem = m_dir.filePath(QStringLiteral("partner-ca.pem"));
    QFile file(pem);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
    file.close();

    CustomEnvironmentDialog dialog({});
    dialog.show();
    auto *browse = dialog.findChild<QPushButton *>(QStringLiteral("customCaBrowse"));
    QVERIFY(browse);
    QVERIFY(browse->isVisible());
    browse->click();
    QFileDialog *files = nullptr;
    QTRY_VERIFY((files = dialog.findChild<QFileDialog *>(QStringLiteral("caFileDialog"))));
    QVERIFY(files->nameFilters().first().contains(QStringLiteral("*.pem")));
    QCOMPARE(files->fileMode(), QFileDialog::ExistingFile);
    emit files->fileSelected(pem);
    QCOMPARE(edit(dialog, Field::CaFile)->text(), pem);
    QVERIFY(!problemLabel(dialog, Field::CaFile)->isVisible());
    files->close();
}

void TestCustomEnvironmentDialog::aRefusalByTheAdderIsShownAndTheDialogStays()
{
    int calls = 0;
    CustomEnvironmentDialog dialog([&calls](const CustomEnvironmentInput &input, QString *error) {
        ++calls;
        if (input.name == u"Taken") {
            *error = QStringLiteral("Refused by the owner.");
            return false;
        }
        return true;
    });
    dialog.show();
    type(dialog, Field::Name, QStringLiteral("Taken"));
    type(dialog, Field::BaseUrl, QStringLiteral("https://hero.partner.test"));
    okButton(dialog)->click();
    QCOMPARE(calls, 1);
    QVERIFY(dialog.isVisible());
    QCOMPARE(problemLabel(dialog, Field::BaseUrl)->text(), QStringLiteral("Refused by the owner."));
    QVERIFY(problemLabel(dialog, Field::BaseUrl)->isVisible());

    type(dialog, Field::Name, QStringLiteral("Fine"));
    okButton(dialog)->click();
    QCOMPARE(calls, 2);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

QTEST_MAIN(TestCustomEnvironmentDialog)
#include "tst_customenvironmentdialog.moc"

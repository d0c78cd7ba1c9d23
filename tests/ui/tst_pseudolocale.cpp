// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
//
// The main views in the build's pseudo-locale (translations/CMakeLists.txt), where every text of
// ours reads "[Šéñð ~]": a visible text without the closing "~]" was never translated, and a
// label narrower than its longer text is cut, as it would be in a longer language.
#include "collections/collectionfolder.h"
#include "collectionspanel.h"
#include "customenvironmentdialog.h"
#include "diagnosispanel.h"
#include "explorerfixture.h"
#include "keymanagerdialog.h"
#include "ratelimitdetails.h"
#include "ratelimitgauge.h"
#include "runnerview.h"
#include "shortcutsdialog.h"
#include "supportreportdialog.h"
#include "translators.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {

// What the pseudo-locale ends every translated text with ("[Šéñð ~]").
const QString pseudoEnd = QStringLiteral("~]");

// A text that needs translating: it has a word in it (not only a number, a symbol or nothing).
bool hasWords(const QString &text)
{
    int letters = 0;
    for (const QChar c : text)
        letters += c.isLetter() ? 1 : 0;
    return letters > 1;
}

// The widget, or one it is in, shows data (a name, a path, the server's words), not our text:
// marked with the dynamic property "heroData" where it is built.
bool showsData(const QWidget *widget)
{
    for (; widget; widget = widget->parentWidget()) {
        if (widget->property("heroData").toBool())
            return true;
    }
    return false;
}

QString describe(const QObject *object)
{
    QStringList path;
    for (; object; object = object->parent()) {
        path.prepend(QString::fromLatin1(object->metaObject()->className())
                     + (object->objectName().isEmpty() ? QString() : u'#' + object->objectName()));
        if (path.size() == 4)
            break;
    }
    return path.join(u" > ");
}

class Findings
{
public:
    void text(const QObject *where, const QString &what, const QString &text)
    {
        if (qEnvironmentVariableIsSet("HERO_PSEUDO_DEBUG"))
            qDebug("%s %s: %s", qPrintable(what), qPrintable(describe(where)),
                   qPrintable(text.left(60)));
        if (hasWords(text) && !text.contains(pseudoEnd))
            m_list.append(QStringLiteral("untranslated %1 of %2: %3")
                              .arg(what, describe(where), text.left(120)));
    }
    void cut(const QLabel *label, int needed)
    {
        m_list.append(QStringLiteral("cut label %1: needs %2 px, has %3: %4")
                          .arg(describe(label))
                          .arg(needed)
                          .arg(label->contentsRect().width())
                          .arg(label->text().left(80)));
    }
    void menu(const QMenu *menu)
    {
        text(menu, QStringLiteral("menu title"), menu->title());
        for (const QAction *action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            if (action->menu())
                this->menu(action->menu());
            else
                text(menu, QStringLiteral("menu action"), action->text());
        }
    }
    // Every visible text in the window or dialog root.
    void window(QWidget *root)
    {
        text(root, QStringLiteral("window title"), root->windowTitle());
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *widget : std::as_const(widgets)) {
            if (!widget->isVisible() || widget->window() != root || showsData(widget))
                continue;
            visit(widget);
        }
    }
    QString report() const { return m_list.join(u'\n'); }
    bool isEmpty() const { return m_list.isEmpty(); }

private:
    void visit(QWidget *widget)
    {
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            text(label, QStringLiteral("label"), label->text());
            checkWidth(label);
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            // Qt translates the standard buttons of a button box itself (qtbase_*.qm).
            auto *box = qobject_cast<QDialogButtonBox *>(button->parentWidget());
            if (!box || box->standardButton(button) == QDialogButtonBox::NoButton)
                text(button, QStringLiteral("button"), button->text());
        } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            text(group, QStringLiteral("group title"), group->title());
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    text(tabs, QStringLiteral("tab"), tabs->tabText(i));
            }
        } else if (auto *header = qobject_cast<QHeaderView *>(widget)) {
            if (!header->model())
                return;
            for (int i = 0; i < header->count(); ++i) {
                if (!header->isSectionHidden(i))
                    text(header, QStringLiteral("header"),
                         header->model()
                             ->headerData(i, header->orientation(), Qt::DisplayRole)
                             .toString());
            }
        } else if (auto *line = qobject_cast<QLineEdit *>(widget)) {
            text(line, QStringLiteral("placeholder"), line->placeholderText());
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
            text(plain, QStringLiteral("placeholder"), plain->placeholderText());
        }
    }

    // A label that does not wrap shows its text on one line (each line, for a text with line
    // breaks): wider than the label, the end is cut.
    void checkWidth(const QLabel *label)
    {
        if (label->wordWrap() || label->text().isEmpty() || label->contentsRect().width() <= 0)
            return;
        int needed = 0;
        if (Qt::mightBeRichText(label->text()) && label->textFormat() != Qt::PlainText) {
            QTextDocument document;
            document.setDefaultFont(label->font());
            document.setDocumentMargin(0);
            document.setHtml(label->text());
            needed = qCeil(document.idealWidth());
        } else {
            QString shown = label->text();
            if (label->buddy()) // "&Key" shows "Key", the K underlined
                shown.replace(QRegularExpression(QStringLiteral("&(.)")), QStringLiteral("\\1"));
            for (const QString &line : shown.split(u'\n'))
                needed = qMax(needed, label->fontMetrics().horizontalAdvance(line));
        }
        needed += 2 * label->margin() + qMax(0, label->indent());
        if (needed > label->contentsRect().width())
            cut(label, needed);
    }

    QStringList m_list;
};

// The visible dialog of that class, once it is there (nullptr when it never came).
template <typename Dialog> Dialog *waitForDialog()
{
    Dialog *found = nullptr;
    const bool came = QTest::qWaitFor([&found] {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<Dialog *>(top); dialog && dialog->isVisible())
                found = dialog;
        }
        return found != nullptr;
    });
    return came ? found : nullptr;
}

} // namespace

class TestPseudoLocale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsPlainTextsAndCutLabels();
    void welcomePaneAndMenus();
    void refusedCrossOrgCall();
    void runnerAndCollections();
    void keyManager();
    void smallerDialogs();

private:
    void check(QWidget *root);
    void checkEveryPage(QWidget *root, QTabWidget *pages);
    std::unique_ptr<Explorer> refusedExplorer();

    QTemporaryDir m_dir;
};

void TestPseudoLocale::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString loaded = installTranslators(qApp);
    QVERIFY2(loaded.endsWith(QStringLiteral("hero_pseudo.qm")), qPrintable(loaded));
    // The pseudo-locale holds every text, core's too.
    QVERIFY(QCoreApplication::translate("HeaderValidation", "It contains a NUL character.")
                .endsWith(pseudoEnd));
}

void TestPseudoLocale::check(QWidget *root)
{
    QVERIFY(root);
    // The window at the smallest size it promises to fit; a dialog at the size it opens with.
    if (qobject_cast<QMainWindow *>(root))
        root->resize(1024, 700);
    QVERIFY(QTest::qWaitForWindowExposed(root));
    QCoreApplication::processEvents();
    Findings findings;
    findings.window(root);
    if (auto *window = qobject_cast<QMainWindow *>(root)) {
        for (const QAction *action : window->menuBar()->actions()) {
            if (action->menu())
                findings.menu(action->menu());
        }
    }
    if (!findings.isEmpty())
        qWarning("%s", qPrintable(findings.report()));
    QVERIFY2(findings.isEmpty(), "untranslated or cut texts, listed above");
}

// The walk itself: a text set without tr() and a label narrower than its text are both found,
// data marked heroData and a wrapping label are not.
void TestPseudoLocale::findsPlainTextsAndCutLabels()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *plain = new QLabel(QStringLiteral("Hard-coded words"), &window);
    auto *data = new QLabel(QStringLiteral("Riverside Medical Practice"), &window);
    data->setProperty("heroData", true);
    auto *wrapped = new QLabel(
        QCoreApplication::translate("HeaderValidation", "It contains a NUL character."), &window);
    wrapped->setWordWrap(true);
    auto *cut = new QLabel(wrapped->text(), &window);
    cut->setMinimumWidth(10);
    for (QLabel *label : {plain, data, wrapped})
        layout->addWidget(label);
    window.resize(400, 200);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    cut->setGeometry(0, 0, 40, 20); // outside the layout, far narrower than its text
    Findings findings;
    findings.window(&window);
    const QString report = findings.report();
    QVERIFY2(report.contains(QStringLiteral("untranslated label")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("Hard-coded words")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("cut label")), qPrintable(report));
    QVERIFY2(!report.contains(QStringLiteral("Riverside")), qPrintable(report));
    QCOMPARE(report.count(u'\n'), 1); // the two findings, nothing about the wrapped label
}

void TestPseudoLocale::checkEveryPage(QWidget *root, QTabWidget *pages)
{
    QVERIFY(pages);
    for (int i = 0; i < pages->count(); ++i) {
        pages->setCurrentIndex(i);
        check(root);
    }
}

void TestPseudoLocale::welcomePaneAndMenus()
{
    Explorer explorer(m_dir.path());
    check(explorer.window.get());
}

std::unique_ptr<Explorer> TestPseudoLocale::refusedExplorer()
{
    auto explorer = std::make_unique<Explorer>(m_dir.path());
    if (!openWorkspace(*explorer))
        return nullptr;
    explorer->window->selectPracticeGroup(QStringLiteral("2001"));
    if (sendFromComposer(*explorer, QStringLiteral("GET"), QStringLiteral("/v1/me")).status != 403)
        return nullptr;
    return explorer;
}

void TestPseudoLocale::refusedCrossOrgCall()
{
    const auto explorer = refusedExplorer();
    QVERIFY(explorer);
    auto *diagnosis =
        explorer->window->findChild<DiagnosisPanel *>(QStringLiteral("diagnosisPanel"));
    QVERIFY(diagnosis && diagnosis->isVisible());
    check(explorer->window.get());

    // The flow, the history and the collections are side tabs; the map is on the tab's pages.
    checkEveryPage(explorer->window.get(),
                   explorer->window->findChild<QTabWidget *>(QStringLiteral("sideTabs")));
    for (QTabWidget *pages : explorer->window->currentTab()->findChildren<QTabWidget *>())
        checkEveryPage(explorer->window.get(), pages);

    // The support report, from the diagnosis panel.
    diagnosis->findChild<QPushButton *>(QStringLiteral("previewReport"))->click();
    auto *report = waitForDialog<SupportReportDialog>();
    check(report);
    report->close();

    // The doctor, from the diagnosis panel's next step.
    auto *doctorButton = diagnosis->findChild<QPushButton *>(QStringLiteral("nextStep_RunDoctor"));
    QVERIFY(doctorButton);
    doctorButton->click();
    auto *doctor = explorer->window->findChild<QDialog *>(QStringLiteral("doctorDialog"));
    QVERIFY(doctor);
    check(doctor);
    doctor->close();
}

void TestPseudoLocale::runnerAndCollections()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    auto *collections = explorer.window->findChild<CollectionsPanel *>();
    explorer.window->findChild<QTabWidget *>(QStringLiteral("sideTabs"))
        ->setCurrentWidget(collections);
    QSignalSpy loaded(collections->folder(), &CollectionFolder::loaded);
    collections->openFolder(QStringLiteral(HERO_EXAMPLE_COLLECTION));
    QVERIFY(loaded.wait(10000));
    check(explorer.window.get());

    RunnerView *runner = explorer.window->runCollection({QStringLiteral(HERO_EXAMPLE_COLLECTION)});
    check(runner);
}

void TestPseudoLocale::keyManager()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    const QList<QAction *> actions = explorer.window->findChildren<QAction *>();
    const auto manage = std::find_if(actions.begin(), actions.end(), [](const QAction *action) {
        return action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K);
    });
    QVERIFY(manage != actions.end());
    (*manage)->trigger();
    check(explorer.window->findChild<KeyManagerDialog *>());
}

void TestPseudoLocale::smallerDialogs()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    explorer.window->findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
    auto *shortcuts = waitForDialog<ShortcutsDialog>();
    check(shortcuts);
    shortcuts->close();

    explorer.window->findChild<QAction *>(QStringLiteral("addEnvironmentAction"))->trigger();
    auto *custom = waitForDialog<CustomEnvironmentDialog>();
    check(custom);
    custom->close();

    emit explorer.window->findChild<RateLimitGauge *>()->clicked();
    auto *details = waitForDialog<RateLimitDetails>();
    check(details);
}

QTEST_MAIN(TestPseudoLocale)
#include "tst_pseudolocale.moc"

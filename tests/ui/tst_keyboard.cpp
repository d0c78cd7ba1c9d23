// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "explorerfixture.h"
#include "requesttab.h"
#include "shortcutsdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>

namespace {

// Alt+letter → the controls that claim it in one window: its visible buttons, labels with a
// buddy, tabs, group boxes and menu bar titles. A widget of another window (a dialog parented
// to it) is left to that window's own check.
QMultiMap<QString, QString> mnemonicsOf(const QWidget *window)
{
    QMultiMap<QString, QString> owners;
    const auto claim = [&owners](const QString &text, const QString &who) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            owners.insert(key.toString(), who + u" “" + text + u'”');
    };
    const auto shown = [window](const QWidget *widget) {
        return widget->window() == window && widget->isVisibleTo(window);
    };
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (shown(button))
            claim(button->text(), QStringLiteral("button"));
    }
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (shown(label) && label->buddy())
            claim(label->text(), QStringLiteral("label"));
    }
    for (const QGroupBox *box : window->findChildren<QGroupBox *>()) {
        if (shown(box))
            claim(box->title(), QStringLiteral("group"));
    }
    for (const QTabBar *bar : window->findChildren<QTabBar *>()) {
        if (!shown(bar))
            continue;
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->isTabVisible(i))
                claim(bar->tabText(i), QStringLiteral("tab"));
        }
    }
    for (const QMenuBar *bar : window->findChildren<QMenuBar *>()) {
        if (!shown(bar))
            continue;
        for (const QAction *action : bar->actions()) {
            if (action->isVisible())
                claim(action->text(), QStringLiteral("menu"));
        }
    }
    return owners;
}

// "Alt+E: menu “&Environment”, label “&Environment ”" for every key with more than one owner.
QStringList clashesIn(const QWidget *window)
{
    const QMultiMap<QString, QString> owners = mnemonicsOf(window);
    QStringList clashes;
    for (const QString &key : owners.uniqueKeys()) {
        const QStringList claimants = owners.values(key);
        if (claimants.size() > 1)
            clashes.append(key + u": " + claimants.join(QStringLiteral(", ")));
    }
    return clashes;
}

// Within each menu of the window, the items' mnemonics.
QStringList menuItemClashesIn(const QWidget *window)
{
    QStringList clashes;
    for (const QMenu *menu : window->findChildren<QMenu *>()) {
        QMultiMap<QString, QString> owners;
        for (const QAction *action : menu->actions()) {
            const QKeySequence key = QKeySequence::mnemonic(action->text());
            if (!key.isEmpty() && action->isVisible())
                owners.insert(key.toString(), action->text());
        }
        for (const QString &key : owners.uniqueKeys()) {
            if (owners.count(key) > 1)
                clashes.append(menu->title() + u" " + key + u": "
                               + owners.values(key).join(QStringLiteral(", ")));
        }
    }
    return clashes;
}

// The clashes of the window in every state its tab widgets can show.
QStringList clashesInEveryTab(QWidget *window)
{
    QStringList clashes = clashesIn(window) + menuItemClashesIn(window);
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        if (tabs->window() != window)
            continue;
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            for (const QString &clash : clashesIn(window)) {
                if (!clashes.contains(clash))
                    clashes.append(clash);
            }
        }
        tabs->setCurrentIndex(current);
    }
    return clashes;
}

QWidget *dialogNamed(const QWidget *window, const QString &name)
{
    QWidget *dialog = window->findChild<QWidget *>(name);
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

} // namespace

// Issue 13 item 5: every journey works by keyboard.
class TestKeyboard : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void everyMnemonicHasOneOwnerInEachWindow_data();
    void everyMnemonicHasOneOwnerInEachWindow();
    void tabFollowsTheReadingOrderWithSendEarly();
    void everyTabStopShowsWhereTheFocusIs();
    void ctrlEnterSendsFromAnyFocus_data();
    void ctrlEnterSendsFromAnyFocus();
    void ctrlFGoesToFindInBodyFromAnyFocus_data();
    void ctrlFGoesToFindInBodyFromAnyFocus();
    void ctrlFBeforeAnyResponseSaysThereIsNothingToFind();
    void theShortcutsPageListsEveryShortcutTheWindowHas();

private:
    // The workspace on the sandbox, a 403 explained (so the diagnosis panel is up), the window
    // active so that shortcuts and focus work offscreen.
    void openWithARefusal(Explorer &explorer);
    QTemporaryDir m_dir;
};

void TestKeyboard::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
    QFile::remove(m_dir.filePath(QStringLiteral("history.json")));
}

void TestKeyboard::openWithARefusal(Explorer &explorer)
{
    QVERIFY(openWorkspace(explorer));
    explorer.window->selectPracticeGroup(QStringLiteral("2001"));
    QCOMPARE(sendFromComposer(explorer, QStringLiteral("GET"), QStringLiteral("/v1/me")).status,
             403);
}

void TestKeyboard::everyMnemonicHasOneOwnerInEachWindow_data()
{
    QTest::addColumn<QString>("window");
    for (const char *window : {"welcome", "main", "keys", "keys adding", "doctor", "support report",
                               "rate limit", "custom environment", "shortcuts"})
        QTest::newRow(window) << QString::fromLatin1(window);
}

void TestKeyboard::everyMnemonicHasOneOwnerInEachWindow()
{
    QFETCH(QString, window);
    Explorer explorer(m_dir.path());
    MainWindow *main = explorer.window.get();
    if (window == u"welcome") {
        QVERIFY(main->findChild<QWidget *>(QStringLiteral("welcomePane"))->isVisible());
        const QStringList clashes = clashesIn(main);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
        return;
    }
    openWithARefusal(explorer);
    QWidget *checked = main;
    if (window == u"keys" || window == u"keys adding") {
        main->findChild<QPushButton *>(QStringLiteral("keysButton"))->click();
        checked = dialogNamed(main, QStringLiteral("keyManager"));
        QVERIFY(checked);
        if (window == u"keys adding")
            checked->findChild<QPushButton *>(QStringLiteral("addKeyButton"))->click();
    } else if (window == u"doctor") {
        main->findChild<QPushButton *>(QStringLiteral("nextStep_RunDoctor"))->click();
        checked = dialogNamed(main, QStringLiteral("doctorDialog"));
    } else if (window == u"support report") {
        main->findChild<QPushButton *>(QStringLiteral("previewReport"))->click();
        checked = dialogNamed(main, QStringLiteral("supportReportDialog"));
    } else if (window == u"rate limit") {
        QTest::mouseClick(main->findChild<QWidget *>(QStringLiteral("rateGauge")), Qt::LeftButton);
        QTRY_VERIFY(dialogNamed(main, QStringLiteral("rateLimitDetails")));
        checked = dialogNamed(main, QStringLiteral("rateLimitDetails"));
    } else if (window == u"shortcuts") {
        main->findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
        checked = dialogNamed(main, QStringLiteral("shortcutsDialog"));
    } else if (window == u"custom environment") {
        main->findChild<QAction *>(QStringLiteral("addEnvironmentAction"))->trigger();
        checked = dialogNamed(main, QStringLiteral("customEnvironmentDialog"));
    }
    QVERIFY2(checked, qPrintable(window + u" did not open"));
    const QStringList clashes = clashesInEveryTab(checked);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

void TestKeyboard::tabFollowsTheReadingOrderWithSendEarly()
{
    Explorer explorer(m_dir.path());
    openWithARefusal(explorer);
    auto *environment = explorer.window->findChild<QWidget *>(QStringLiteral("environmentCombo"));
    environment->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), environment);

    // The stops, by name, until Tab comes back to the start.
    QStringList stops;
    for (int i = 0; i < 300; ++i) {
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(focused);
        QString name = focused->objectName();
        if (auto *bar = qobject_cast<QTabBar *>(focused))
            name = bar->parentWidget()->objectName() + QStringLiteral("/tabs");
        stops.append(name);
        QTest::keyClick(focused, Qt::Key_Tab);
        if (QApplication::focusWidget() == environment)
            break;
    }
    const QStringList journey{
        QStringLiteral("environmentCombo"), QStringLiteral("keyCombo"),
        QStringLiteral("keysButton"),       QStringLiteral("practiceGroupCombo"),
        QStringLiteral("endpointFilter"),   QStringLiteral("endpointTree"),
        QStringLiteral("methodCombo"),      QStringLiteral("pathEdit"),
        QStringLiteral("sendButton"),       QStringLiteral("composerTabs/tabs"),
        QStringLiteral("diagnosisClose"),   QStringLiteral("nextStep_RunDoctor"),
        QStringLiteral("bodySearch"),       QStringLiteral("sideTabs/tabs"),
        QStringLiteral("rateGauge")};
    qsizetype previous = -1;
    for (const QString &stop : journey) {
        const qsizetype at = stops.indexOf(stop);
        QVERIFY2(at > previous, qPrintable(stop + u" out of order in: " + stops.join(u", ")));
        previous = at;
    }
    // Send right after the path it sends, not after every parameter field.
    QCOMPARE(stops.indexOf(QStringLiteral("sendButton")),
             stops.indexOf(QStringLiteral("pathEdit")) + 1);
}

void TestKeyboard::everyTabStopShowsWhereTheFocusIs()
{
    Explorer explorer(m_dir.path());
    openWithARefusal(explorer);
    auto *environment = explorer.window->findChild<QWidget *>(QStringLiteral("environmentCombo"));
    auto *send = explorer.window->findChild<QWidget *>(QStringLiteral("sendButton"));
    // As after the first Tab a user presses: styles mark the focus for keyboard users.
    explorer.window->setAttribute(Qt::WA_KeyboardFocusChange);
    environment->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), environment);
    QStringList unmarked;
    QList<QWidget *> seen;
    for (int i = 0; i < 300; ++i) {
        QWidget *stop = QApplication::focusWidget();
        if (seen.contains(stop))
            break;
        seen.append(stop);
        // What the user sees around the stop: a focus frame may be drawn just outside it.
        const int margin = stop->fontMetrics().height() / 4;
        const QRect area = QRect(stop->mapTo(explorer.window.get(), QPoint(0, 0)), stop->size())
                               .adjusted(-margin, -margin, margin, margin);
        const QImage focused = explorer.window->grab(area).toImage();
        (stop == environment ? send : environment)->setFocus(Qt::TabFocusReason);
        QCoreApplication::processEvents();
        const QImage unfocused = explorer.window->grab(area).toImage();
        if (focused == unfocused)
            unmarked.append(stop->objectName() + u" ("
                            + QLatin1String(stop->metaObject()->className()) + u')');
        stop->setFocus(Qt::TabFocusReason);
        QTest::keyClick(stop, Qt::Key_Tab);
    }
    QVERIFY(seen.size() > 15);
    QVERIFY2(unmarked.isEmpty(), qPrintable(u"no visible focus: " + unmarked.join(u", ")));
}

void TestKeyboard::ctrlEnterSendsFromAnyFocus_data()
{
    QTest::addColumn<QString>("focus");
    for (const char *name : {"endpointTree", "endpointFilter", "pathEdit", "bodyEdit",
                             "practiceGroupCombo", "bodyTree", "historyPanel"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

// Issue 13: Ctrl+Enter did nothing from the catalogue, where a user has just chosen the endpoint.
void TestKeyboard::ctrlEnterSendsFromAnyFocus()
{
    QFETCH(QString, focus);
    Explorer explorer(m_dir.path());
    openWithARefusal(explorer);
    explorer.window->selectPracticeGroup(QStringLiteral("1001"));
    auto *browser = explorer.window->findChild<EndpointBrowser *>();
    // The refusal's tab was sent, so this request opens in a tab of its own: its fields are
    // the ones in view.
    QVERIFY(browser->selectOperation(QStringLiteral("GET"), QStringLiteral("/v1/locations")));
    QCOMPARE(explorer.window->tabCount(), 2);
    QWidget *target = explorer.window->currentTab()->findChild<QWidget *>(focus);
    if (!target)
        target = explorer.window->findChild<QWidget *>(focus);
    QVERIFY(target);
    if (focus == u"historyPanel")
        explorer.window->findChild<QTabWidget *>(QStringLiteral("sideTabs"))
            ->setCurrentWidget(target);
    target->setFocus(Qt::OtherFocusReason);
    QWidget *focused = QApplication::focusWidget();
    QVERIFY2(focused && (focused == target || target->isAncestorOf(focused)),
             qPrintable(focus + u" took no focus"));

    QSignalSpy shown(explorer.window.get(), &MainWindow::exchangeShown);
    QTest::keyClick(focused, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(shown.wait(10000));
    const Exchange exchange = shown.first().first().value<Exchange>();
    QCOMPARE(exchange.request.url.path(), QStringLiteral("/v1/locations"));
    QCOMPARE(exchange.status, 200);
}

void TestKeyboard::ctrlFGoesToFindInBodyFromAnyFocus_data()
{
    QTest::addColumn<QString>("focus");
    for (const char *name : {"pathEdit", "endpointFilter", "endpointTree", "bodyEdit",
                             "practiceGroupCombo", "pathParam_id"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

// Issue 13: Ctrl+F in the composer or the filter did nothing, and the word typed next landed in
// a path parameter, and from there in "Copy as curl".
void TestKeyboard::ctrlFGoesToFindInBodyFromAnyFocus()
{
    QFETCH(QString, focus);
    Explorer explorer(m_dir.path());
    openWithARefusal(explorer);
    auto *browser = explorer.window->findChild<EndpointBrowser *>();
    const QString withParameter = QStringLiteral("/v1/patients/{id}");
    // The refusal's tab was sent, so the catalogue opens this one in a tab of its own; its own
    // answer is the body to find in.
    QVERIFY(browser->selectOperation(QStringLiteral("GET"), QStringLiteral("/v1/patients/7")));
    RequestTab *tab = explorer.window->currentTab();
    QCOMPARE(explorer.window->tabCount(), 2);
    auto *parameter = tab->findChild<QLineEdit *>(QStringLiteral("pathParam_id"));
    QVERIFY2(parameter, qPrintable(withParameter + u" has no id field"));
    parameter->setText(QStringLiteral("7"));
    QSignalSpy shown(explorer.window.get(), &MainWindow::exchangeShown);
    tab->findChild<QPushButton *>(QStringLiteral("sendButton"))->click();
    QVERIFY(shown.wait(10000));

    QWidget *target = tab->findChild<QWidget *>(focus);
    if (!target)
        target = explorer.window->findChild<QWidget *>(focus);
    QVERIFY(target);
    if (focus == u"bodyEdit")
        tab->findChild<QTabWidget *>(QStringLiteral("composerTabs"))->setCurrentIndex(2);
    QTRY_VERIFY(target->isVisible()); // a new field is shown by its layout, after a posted event
    target->setFocus(Qt::OtherFocusReason);
    QWidget *focused = QApplication::focusWidget();
    QVERIFY2(focused && (focused == target || target->isAncestorOf(focused)),
             qPrintable(focus + u" took no focus"));
    QTest::keyClick(focused, Qt::Key_F, Qt::ControlModifier);
    auto *search = tab->findChild<QLineEdit *>(QStringLiteral("bodySearch"));
    QTRY_COMPARE(QApplication::focusWidget(), search);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("forbidden"));
    QCOMPARE(search->text(), QStringLiteral("forbidden"));
    QCOMPARE(parameter->text(), QStringLiteral("7"));
}

void TestKeyboard::ctrlFBeforeAnyResponseSaysThereIsNothingToFind()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    auto *path = explorer.window->findChild<QLineEdit *>(QStringLiteral("pathEdit"));
    path->setFocus(Qt::OtherFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), path);
    QTest::keyClick(path, Qt::Key_F, Qt::ControlModifier);
    auto *message = explorer.window->findChild<QLabel *>(QStringLiteral("viewerMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("No response body")),
             qPrintable(message->text()));
}

// Help → Keyboard shortcuts is made from the window's own actions and shortcuts.
void TestKeyboard::theShortcutsPageListsEveryShortcutTheWindowHas()
{
    Explorer explorer(m_dir.path());
    openWithARefusal(explorer);
    // Two tabs, each with its own Send and Find: still one row each.
    explorer.window->newTab();
    explorer.window->findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
    QWidget *dialog = dialogNamed(explorer.window.get(), QStringLiteral("shortcutsDialog"));
    QVERIFY(dialog);
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
    QVERIFY(table);
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells.append(table->item(row, column)->text());
        QVERIFY2(!cells.at(1).isEmpty(), qPrintable(cells.join(u" | ") + u" says nothing"));
        rows.append(cells.join(u" | "));
    }
    const auto listed = [&rows](const QKeySequence &keys) {
        const QString text = keys.toString(QKeySequence::NativeText);
        return std::any_of(rows.cbegin(), rows.cend(),
                           [&text](const QString &row) { return row.contains(text); });
    };
    int shortcuts = 0;
    for (const QAction *action : explorer.window->findChildren<QAction *>()) {
        for (const QKeySequence &keys : action->shortcuts()) {
            ++shortcuts;
            QVERIFY2(listed(keys), qPrintable(action->text() + u" missing: " + rows.join(u'\n')));
        }
    }
    for (const QShortcut *shortcut : explorer.window->findChildren<QShortcut *>()) {
        ++shortcuts;
        QVERIFY2(listed(shortcut->key()),
                 qPrintable(shortcut->key().toString() + u" missing: " + rows.join(u'\n')));
    }
    QVERIFY(shortcuts >= 10);
    const QString send = QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText);
    QVERIFY2(rows.filter(send)
                     .filter(QStringLiteral("Send"))
                     .filter(QStringLiteral("Whole window"))
                     .size()
                 == 1,
             qPrintable(rows.join(u'\n')));
    for (const auto &[keys, does] :
         {std::pair{QKeySequence(Qt::CTRL | Qt::Key_T), QStringLiteral("New tab")},
          std::pair{QKeySequence(Qt::CTRL | Qt::Key_W), QStringLiteral("Close tab")},
          std::pair{QKeySequence(Qt::CTRL | Qt::Key_Tab), QStringLiteral("Next tab")},
          std::pair{QKeySequence(Qt::CTRL | Qt::Key_PageDown), QStringLiteral("Next tab")},
          std::pair{QKeySequence(Qt::CTRL | Qt::Key_PageUp), QStringLiteral("Previous tab")}})
        QVERIFY2(rows.filter(keys.toString(QKeySequence::NativeText)).filter(does).size() == 1,
                 qPrintable(does + u": " + rows.join(u'\n')));
    const QString find = QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText);
    QVERIFY2(rows.filter(find).filter(QStringLiteral("Find in response body")).size() == 1,
             qPrintable(rows.join(u'\n')));
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"

// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "accessibility.h"
#include "crossorgpanel.h"
#include "diagnosispanel.h"
#include "explorerfixture.h"
#include "methodbadge.h"
#include "networkmapview.h"
#include "ratelimitgauge.h"
#include "requestcomposer.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTabBar>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>

namespace {

QString nameOf(QAccessibleInterface *iface)
{
    return iface ? iface->text(QAccessible::Name) : QString();
}

// What a screen reader reads for the focus: the focused item of a widget that has items.
QAccessibleInterface *focusedInterface()
{
    QAccessibleInterface *iface =
        QAccessible::queryAccessibleInterface(QApplication::focusWidget());
    QAccessibleInterface *child = iface ? iface->focusChild() : nullptr;
    return child && child->object() != iface->object() ? child : iface;
}

// Sends GET /v1/me as practice group 2001, which shares no network with the key's home 1001:
// the sandbox refuses it as cross-organisational (403).
Exchange sendRefusedCrossOrgCall(Explorer &explorer)
{
    explorer.window->selectPracticeGroup(QStringLiteral("2001"));
    return sendFromComposer(explorer, QStringLiteral("GET"), QStringLiteral("/v1/me"));
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void gaugeIsAProgressBarWithItsCountInWords();
    void methodBadgeIsText();
    void refusedCallIsAnnouncedWithoutMovingTheFocus();
    void flowStepsAreAListWithTheirStateInWords();
    void networkMapGroupsAreATreeAndTheMapTakesTheFocus();
    void evidenceValuesAreReadUnderTheirRowLabel();
    void everyTabStopHasAName();
    void onlyTheFocusedTabBarHasAFocusedTab();
    void toolbarExtensionAndClearButtonsHaveNames();
    void startsOnTheWelcomePanesDefaultButton();

private:
    QTemporaryDir m_dir;
};

void TestAccessibility::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestAccessibility::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
    QFile::remove(m_dir.filePath(QStringLiteral("history.json")));
}

void TestAccessibility::gaugeIsAProgressBarWithItsCountInWords()
{
    RateLimitGauge gauge;
    RateGaugeState state;
    state.used = 212;
    state.limit = 300;
    state.window = std::chrono::seconds(60);
    gauge.setState(state);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&gauge);
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::ProgressBar);
    QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Rate limit"));
    const QString words = QStringLiteral("212 of 300 requests in the last minute");
    QCOMPARE(iface->text(QAccessible::Value), words);
    QVERIFY(iface->valueInterface());
    QCOMPARE(iface->valueInterface()->currentValue().toInt(), 212);
    QCOMPARE(iface->valueInterface()->maximumValue().toInt(), 300);
    QCOMPARE(iface->valueInterface()->minimumValue().toInt(), 0);
    QVERIFY(iface->textInterface());
    QCOMPARE(iface->textInterface()->text(0, -1), words);

    state.used = 213;
    gauge.setState(state);
    QCOMPARE(iface->valueInterface()->currentValue().toInt(), 213);
    QCOMPARE(iface->text(QAccessible::Value),
             QStringLiteral("213 of 300 requests in the last minute"));
}

void TestAccessibility::methodBadgeIsText()
{
    MethodBadge badge;
    badge.setMethod(QStringLiteral("delete"));
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&badge);
    QCOMPARE(iface->role(), QAccessible::StaticText);
    QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("DELETE"));
}

void TestAccessibility::refusedCallIsAnnouncedWithoutMovingTheFocus()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    auto *send =
        explorer.window->currentTab()->findChild<QPushButton *>(QStringLiteral("sendButton"));
    send->setFocus(Qt::TabFocusReason);
    QCOMPARE(QApplication::focusWidget(), send);
    explorer.window->selectPracticeGroup(QStringLiteral("2001"));
    QVERIFY(explorer.window->findChild<EndpointBrowser *>()->selectOperation(
        QStringLiteral("GET"), QStringLiteral("/v1/me")));
    send->setFocus(Qt::TabFocusReason);
    AccessibleAnnouncer *announcer = explorer.window->currentTab()->announcer();
    QSignalSpy announced(announcer, &AccessibleAnnouncer::announced);
    QSignalSpy shown(explorer.window.get(), &MainWindow::exchangeShown);
    QTest::keyClick(send, Qt::Key_Space); // as a keyboard user sends
    QVERIFY(shown.wait(30000));
    QCOMPARE(shown.first().first().value<Exchange>().status, 403);

    // The focus is where the user left it: on Send, not in the response.
    QCOMPARE(QApplication::focusWidget(), send);
    // The refusal went to screen readers as an alert (Qt's offscreen platform has no
    // accessibility bridge to see its events; the a11y_bus integration test sees them on AT-SPI).
    QCOMPARE(announced.size(), 1);
    QAccessibleInterface *alert = QAccessible::queryAccessibleInterface(announcer);
    QCOMPARE(alert->role(), QAccessible::AlertMessage);
    QCOMPARE(alert->text(QAccessible::Name),
             QStringLiteral("Refused, 403: %1").arg(explorer.window->lastDiagnosis().title));
    QCOMPARE(announced.first().first().toString(), alert->text(QAccessible::Name));
    QVERIFY(announcer->isVisible()); // shown again: what reaches AT-SPI
    QVERIFY(!alert->state().invisible);
    QVERIFY(!alert->state().focused);
    QCOMPARE(announcer->focusPolicy(), Qt::NoFocus);

    // A call that is answered is not announced.
    explorer.window->selectPracticeGroup(QStringLiteral("1001"));
    send->setFocus(Qt::TabFocusReason);
    shown.clear();
    QTest::keyClick(send, Qt::Key_Space);
    QVERIFY(shown.wait(30000));
    QCOMPARE(shown.first().first().value<Exchange>().status, 200);
    QCOMPARE(announced.size(), 1);
    QCOMPARE(QApplication::focusWidget(), send);
}

void TestAccessibility::flowStepsAreAListWithTheirStateInWords()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    QCOMPARE(sendRefusedCrossOrgCall(explorer).status, 403);
    CrossOrgPanel *panel = explorer.window->currentTab()->flowPanel();
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(panel->diagram());
    QCOMPARE(list->role(), QAccessible::List);
    QCOMPARE(list->text(QAccessible::Name), QStringLiteral("Cross-organisational flow"));
    const int steps = int(panel->flow().steps.size());
    QCOMPARE(steps, 4);
    QVERIFY(list->childCount() >= steps);
    for (int i = 0; i < steps; ++i) {
        QAccessibleInterface *item = list->child(i);
        QVERIFY(item);
        QCOMPARE(item->role(), QAccessible::ListItem);
        QCOMPARE(item->parent(), list);
        QCOMPARE(list->indexOfChild(item), i);
        const FlowStep &step = panel->flow().steps.at(i);
        QCOMPARE(item->text(QAccessible::Name),
                 QStringLiteral("Step %1 of 4: %2, %3")
                     .arg(i + 1)
                     .arg(step.title, flowStepStateText(step.state)));
        QCOMPARE(item->text(QAccessible::Description), panel->stepText(i));
        QCOMPARE(item->state().selected, panel->selectedStep() == i);
    }
    const int failing = panel->highlightedStep();
    QVERIFY(failing >= 0);
    QVERIFY(list->child(failing)->text(QAccessible::Name).endsWith(QStringLiteral(", failed")));

    // Each step the keyboard reaches is the focused item, told as a focus change.
    panel->diagram()->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(nameOf(focusedInterface()), nameOf(list->child(0)));
    QTest::keyClick(panel->diagram(), Qt::Key_Tab);
    QCOMPARE(panel->focusedStep(), 1);
    QCOMPARE(nameOf(focusedInterface()), nameOf(list->child(1)));
    QVERIFY(list->child(1)->state().focused);
    QVERIFY(!list->child(0)->state().focused);
    // A screen reader's "press" picks the step, as Enter does.
    list->child(2)->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(panel->selectedStep(), 2);
}

void TestAccessibility::networkMapGroupsAreATreeAndTheMapTakesTheFocus()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    QCOMPARE(sendRefusedCrossOrgCall(explorer).status, 403);
    auto *map = explorer.window->currentTab()->flowPage()->findChild<NetworkMapView *>();
    QVERIFY(map);
    QAccessibleInterface *tree = QAccessible::queryAccessibleInterface(map);
    QCOMPARE(tree->role(), QAccessible::Tree);
    const int groups = int(map->groups().size());
    QVERIFY(groups >= 2); // the home group and the refused one at least
    QVERIFY(tree->childCount() >= groups);
    QStringList names;
    for (int i = 0; i < groups; ++i) {
        QCOMPARE(tree->child(i)->role(), QAccessible::TreeItem);
        QCOMPARE(tree->child(i)->text(QAccessible::Name), map->groupLine(i));
        names << tree->child(i)->text(QAccessible::Name);
    }
    QVERIFY2(names.join(u'\n').contains(QStringLiteral("Refused: 2001")),
             qPrintable(names.join(u'\n')));

    QVERIFY(map->focusPolicy() & Qt::TabFocus);
    map->setFocus(Qt::TabFocusReason);
    QVERIFY(map->hasFocus());
    QTRY_COMPARE(nameOf(focusedInterface()), map->groupLine(0));
    QTest::keyClick(map, Qt::Key_Down);
    QCOMPARE(map->currentGroup(), 1);
    QCOMPARE(nameOf(focusedInterface()), map->groupLine(1));
    QTest::keyClick(map, Qt::Key_Home);
    QCOMPARE(map->currentGroup(), 0);
}

void TestAccessibility::evidenceValuesAreReadUnderTheirRowLabel()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    QCOMPARE(sendRefusedCrossOrgCall(explorer).status, 403);
    DiagnosisPanel *panel = explorer.window->currentTab()->diagnosisPanel();
    QAccessibleInterface *pane = QAccessible::queryAccessibleInterface(panel);
    QCOMPARE(pane->role(), QAccessible::Grouping); // not a window frame
    QCOMPARE(pane->text(QAccessible::Name), QStringLiteral("Diagnosis"));

    const Diagnosis diagnosis = explorer.window->lastDiagnosis();
    QVERIFY(!diagnosis.evidence.isEmpty());
    bool sawStatus = false;
    for (int row = 0;; ++row) {
        auto *value = panel->findChild<QLabel *>(QStringLiteral("evidence_%1").arg(row));
        if (!value)
            break;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(value);
        const QString name = iface->text(QAccessible::Name);
        QVERIFY(!name.isEmpty());
        QVERIFY2(name != value->text(), qPrintable(name)); // "Status", not "Status Status"
        QCOMPARE(iface->text(QAccessible::Value), value->text());
        QVERIFY(iface->textInterface());
        QCOMPARE(iface->textInterface()->text(0, -1), value->text());
        if (value->text().contains(QStringLiteral("403"))) {
            sawStatus = true;
            QCOMPARE(name, QStringLiteral("Status"));
        }
    }
    QVERIFY(sawStatus);
}

void TestAccessibility::everyTabStopHasAName()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    explorer.window->findChild<QAction *>(QStringLiteral("newTabAction"))->trigger();
    QCOMPARE(sendRefusedCrossOrgCall(explorer).status, 403);
    QWidget *start =
        explorer.window->currentTab()->findChild<QPushButton *>(QStringLiteral("sendButton"));
    start->setFocus(Qt::TabFocusReason);
    QStringList silent;
    QStringList visited;
    for (int stop = 0; stop < 150; ++stop) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QAccessibleInterface *iface = focusedInterface();
        const QString id = QString::fromLatin1(focus->metaObject()->className()) + QLatin1Char('#')
            + focus->objectName();
        visited << id;
        if (nameOf(iface).trimmed().isEmpty())
            silent << id;
        QTest::keyClick(focus, Qt::Key_Tab);
        if (QApplication::focusWidget() == start)
            break;
    }
    QVERIFY2(visited.size() > 20, qPrintable(visited.join(QStringLiteral(", "))));
    QVERIFY2(silent.isEmpty(), qPrintable(silent.join(QStringLiteral(", "))));
}

void TestAccessibility::onlyTheFocusedTabBarHasAFocusedTab()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    explorer.window->currentTab()
        ->findChild<QPushButton *>(QStringLiteral("sendButton"))
        ->setFocus(Qt::TabFocusReason);
    explorer.window->findChild<QAction *>(QStringLiteral("newTabAction"))->trigger();
    const QList<QTabBar *> bars = explorer.window->findChildren<QTabBar *>();
    const auto focusedTabs = [&bars] {
        int count = 0;
        for (QTabBar *bar : bars) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(bar);
            for (int i = 0; i < iface->childCount(); ++i) {
                QAccessibleInterface *tab = iface->child(i);
                if (tab->role() == QAccessible::PageTab && tab->state().focused)
                    ++count;
            }
        }
        return count;
    };
    int shownBars = 0;
    for (QTabBar *bar : bars)
        shownBars += bar->isVisible() ? 1 : 0;
    QVERIFY(shownBars >= 2); // the request tabs and the side tabs
    explorer.window->currentTab()
        ->findChild<QPushButton *>(QStringLiteral("sendButton"))
        ->setFocus(Qt::TabFocusReason);
    QCOMPARE(focusedTabs(), 0);
    QTabBar *bar = nullptr;
    for (QTabBar *candidate : bars) {
        if (candidate->isVisible())
            bar = candidate;
    }
    bar->setFocus(Qt::TabFocusReason);
    QCOMPARE(focusedTabs(), 1);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(bar);
    QCOMPARE(iface->role(), QAccessible::PageTabList);
    QAccessibleInterface *current = iface->child(bar->currentIndex());
    QVERIFY(current->state().focused);
    QVERIFY(current->state().selected);
    QVERIFY(!current->text(QAccessible::Name).contains(QLatin1Char('&')));
    QCOMPARE(iface->focusChild(), current);
}

void TestAccessibility::toolbarExtensionAndClearButtonsHaveNames()
{
    Explorer explorer(m_dir.path());
    QVERIFY(openWorkspace(explorer));
    auto *extension =
        explorer.window->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
    QVERIFY(extension);
    QVERIFY(!nameOf(QAccessible::queryAccessibleInterface(extension)).isEmpty());
    int clearButtons = 0;
    const QList<QLineEdit *> edits = explorer.window->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (!edit->isClearButtonEnabled())
            continue;
        const QList<QToolButton *> buttons = edit->findChildren<QToolButton *>();
        for (QToolButton *button : buttons) {
            ++clearButtons;
            QVERIFY2(!nameOf(QAccessible::queryAccessibleInterface(button)).isEmpty(),
                     qPrintable(edit->objectName()));
        }
    }
    QVERIFY(clearButtons >= 3);
}

void TestAccessibility::startsOnTheWelcomePanesDefaultButton()
{
    Explorer explorer(m_dir.path());
    explorer.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(explorer.window.get()));
    auto *sandbox = explorer.window->findChild<QPushButton *>(QStringLiteral("welcomeSandbox"));
    QVERIFY(sandbox->isDefault());
    QCOMPARE(QApplication::focusWidget(), sandbox);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"

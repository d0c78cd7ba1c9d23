// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "accessibility.h"

#include "crossorgpanel.h"
#include "methodbadge.h"
#include "networkmapview.h"
#include "ratelimitgauge.h"

#include <QAccessibleWidget>
#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTabBar>
#include <QTimer>
#include <QToolButton>

#include <functional>

namespace {

const char LabelledValueProperty[] = "heroAccessibleRowLabel";

// Read-only text for interfaces whose text is one string, so that a screen reader's text review
// (AT-SPI's Text interface) reads it.
class ReadOnlyText : public QAccessibleTextInterface
{
public:
    void selection(int, int *startOffset, int *endOffset) const override
    {
        *startOffset = *endOffset = 0;
    }
    int selectionCount() const override { return 0; }
    void addSelection(int, int) override {}
    void removeSelection(int) override {}
    void setSelection(int, int, int) override {}
    int cursorPosition() const override { return 0; }
    void setCursorPosition(int) override {}
    QString text(int startOffset, int endOffset) const override
    {
        const QString whole = wholeText();
        if (endOffset < 0 || endOffset > whole.size())
            endOffset = int(whole.size());
        startOffset = std::clamp(startOffset, 0, endOffset);
        return whole.mid(startOffset, endOffset - startOffset);
    }
    int characterCount() const override { return int(wholeText().size()); }
    QRect characterRect(int) const override { return QRect(); }
    int offsetAtPoint(const QPoint &) const override { return -1; }
    void scrollToSubstring(int, int) override {}
    QString attributes(int offset, int *startOffset, int *endOffset) const override
    {
        *startOffset = *endOffset = offset;
        return QString();
    }

protected:
    virtual QString wholeText() const = 0;
};

// A widget interface with read-only text: Value is the text; the name stays the widget's.
class TextWidgetAccessible : public QAccessibleWidget, public ReadOnlyText
{
public:
    TextWidgetAccessible(QWidget *widget, QAccessible::Role role)
        : QAccessibleWidget(widget, role)
    {
    }
    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::TextInterface)
            return static_cast<QAccessibleTextInterface *>(this);
        return QAccessibleWidget::interface_cast(type);
    }
    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Value)
            return wholeText();
        return QAccessibleWidget::text(t);
    }
    using ReadOnlyText::text;
};

class LabelledValueAccessible : public TextWidgetAccessible
{
public:
    explicit LabelledValueAccessible(QLabel *label)
        : TextWidgetAccessible(label, QAccessible::StaticText)
    {
    }
    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name)
            return widget()->property(LabelledValueProperty).toString();
        return TextWidgetAccessible::text(t);
    }
    using ReadOnlyText::text;

protected:
    QString wholeText() const override { return static_cast<QLabel *>(widget())->text(); }
};

class GaugeAccessible : public TextWidgetAccessible, public QAccessibleValueInterface
{
public:
    explicit GaugeAccessible(RateLimitGauge *gauge)
        : TextWidgetAccessible(gauge, QAccessible::ProgressBar)
    {
    }
    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::ValueInterface)
            return static_cast<QAccessibleValueInterface *>(this);
        return TextWidgetAccessible::interface_cast(type);
    }
    QVariant currentValue() const override { return gauge()->state().used; }
    void setCurrentValue(const QVariant &) override {} // it shows; nobody sets it
    QVariant maximumValue() const override { return gauge()->state().limit; }
    QVariant minimumValue() const override { return 0; }
    QVariant minimumStepSize() const override { return 1; }

protected:
    QString wholeText() const override { return gauge()->usageText(); }

private:
    RateLimitGauge *gauge() const { return static_cast<RateLimitGauge *>(widget()); }
};

class AnnouncerAccessible : public QAccessibleWidget
{
public:
    explicit AnnouncerAccessible(AccessibleAnnouncer *announcer)
        : QAccessibleWidget(announcer, QAccessible::AlertMessage)
    {
    }
    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name)
            return static_cast<AccessibleAnnouncer *>(widget())->text();
        return QAccessibleWidget::text(t);
    }
};

class MethodBadgeAccessible : public QAccessibleWidget
{
public:
    explicit MethodBadgeAccessible(MethodBadge *badge)
        : QAccessibleWidget(badge, QAccessible::StaticText)
    {
    }
    QString text(QAccessible::Text t) const override
    {
        const QString own = QAccessibleWidget::text(t);
        if (t == QAccessible::Name && own.isEmpty())
            return static_cast<MethodBadge *>(widget())->method();
        return own;
    }
};

// A widget that paints items of its own: each item is a child interface, followed by the
// widget's real child widgets (a tab bar's close buttons).
class PaintedItemsAccessible : public QAccessibleWidget
{
public:
    PaintedItemsAccessible(QWidget *widget, QAccessible::Role role, QAccessible::Role itemRole)
        : QAccessibleWidget(widget, role)
        , m_itemRole(itemRole)
    {
    }
    ~PaintedItemsAccessible() override
    {
        for (QAccessible::Id id : std::as_const(m_items))
            QAccessible::deleteAccessibleInterface(id);
    }

    virtual int itemCount() const = 0;
    virtual QString itemText(int index, QAccessible::Text t) const = 0;
    virtual QRect itemRect(int index) const = 0; // in the widget's coordinates
    // The item with the keyboard focus, when the widget has it; -1 for none.
    virtual int currentItem() const = 0;
    virtual bool isItemSelected(int) const { return false; }
    virtual void activateItem(int) {}
    QAccessible::Role itemRole() const { return m_itemRole; }
    QWidget *paintedWidget() const { return widget(); }

    int childCount() const override { return itemCount() + QAccessibleWidget::childCount(); }
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            if (QAccessible::accessibleInterface(m_items.at(i)) == child)
                return i < itemCount() ? int(i) : -1;
        }
        const int own = QAccessibleWidget::indexOfChild(child);
        return own < 0 ? -1 : itemCount() + own;
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        const QPoint point = widget()->mapFromGlobal(QPoint(x, y));
        for (int i = 0; i < itemCount(); ++i) {
            if (itemRect(i).contains(point))
                return child(i);
        }
        return QAccessibleWidget::childAt(x, y);
    }
    QAccessibleInterface *focusChild() const override
    {
        const int current = widget()->hasFocus() ? currentItem() : -1;
        return current >= 0 ? child(current) : QAccessibleWidget::focusChild();
    }

private:
    const QAccessible::Role m_itemRole;
    mutable QList<QAccessible::Id> m_items; // made on demand, kept while the widget lives
};

class PaintedItem : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    PaintedItem(PaintedItemsAccessible *parent, int index)
        : m_parent(parent)
        , m_index(index)
    {
    }
    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface
            ? static_cast<QAccessibleActionInterface *>(this)
            : nullptr;
    }
    bool isValid() const override { return m_parent->isValid() && m_index < m_parent->itemCount(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_parent->window(); }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override { return m_parent; }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text t) const override
    {
        return isValid() ? m_parent->itemText(m_index, t) : QString();
    }
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override
    {
        if (!isValid())
            return QRect();
        const QRect local = m_parent->itemRect(m_index);
        return QRect(m_parent->paintedWidget()->mapToGlobal(local.topLeft()), local.size());
    }
    QAccessible::Role role() const override { return m_parent->itemRole(); }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        if (!isValid()) {
            state.invalid = true;
            return state;
        }
        const QWidget *widget = m_parent->paintedWidget();
        state.focusable = widget->focusPolicy() != Qt::NoFocus;
        state.focused = widget->hasFocus() && m_parent->currentItem() == m_index;
        state.selectable = true;
        state.selected = m_parent->isItemSelected(m_index);
        state.invisible = !widget->isVisible() || m_parent->itemRect(m_index).isEmpty();
        state.disabled = !widget->isEnabled();
        return state;
    }

    QStringList actionNames() const override { return {pressAction()}; }
    void doAction(const QString &name) override
    {
        if (name == pressAction() && isValid())
            m_parent->activateItem(m_index);
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    PaintedItemsAccessible *const m_parent;
    const int m_index;
};

QAccessibleInterface *PaintedItemsAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    if (index >= itemCount())
        return QAccessibleWidget::child(index - itemCount());
    while (m_items.size() <= index) {
        auto *item =
            new PaintedItem(const_cast<PaintedItemsAccessible *>(this), int(m_items.size()));
        m_items.append(QAccessible::registerAccessibleInterface(item));
    }
    return QAccessible::accessibleInterface(m_items.at(index));
}

// The flow's steps as a list: "Step 3 of 4: Network check, failed", then what the diagram draws.
class FlowDiagramAccessible : public PaintedItemsAccessible
{
public:
    FlowDiagramAccessible(QWidget *diagram, CrossOrgPanel *panel)
        : PaintedItemsAccessible(diagram, QAccessible::List, QAccessible::ListItem)
        , m_panel(panel)
    {
    }
    int itemCount() const override
    {
        return m_panel->hasFlow() ? int(m_panel->flow().steps.size()) : 0;
    }
    QString itemText(int index, QAccessible::Text t) const override
    {
        if (t == QAccessible::Name)
            return CrossOrgPanel::stepAccessibleName(m_panel->flow(), index);
        if (t == QAccessible::Description)
            return m_panel->stepText(index);
        return QString();
    }
    QRect itemRect(int index) const override { return m_panel->stepRect(index); }
    int currentItem() const override { return m_panel->focusedStep(); }
    bool isItemSelected(int index) const override { return m_panel->selectedStep() == index; }
    void activateItem(int index) override { m_panel->selectStep(index); }

private:
    CrossOrgPanel *const m_panel;
};

// The network map's groups as a tree (the map is one level deep: a group's node says whether
// it is in the key's network).
class NetworkMapAccessible : public PaintedItemsAccessible
{
public:
    explicit NetworkMapAccessible(NetworkMapView *map)
        : PaintedItemsAccessible(map, QAccessible::Tree, QAccessible::TreeItem)
    {
    }
    int itemCount() const override { return int(map()->groups().size()); }
    QString itemText(int index, QAccessible::Text t) const override
    {
        return t == QAccessible::Name ? map()->groupLine(index) : QString();
    }
    QRect itemRect(int index) const override
    {
        return map()->groupRect(map()->groups().at(index).id);
    }
    int currentItem() const override { return map()->currentGroup(); }
    bool isItemSelected(int index) const override { return map()->currentGroup() == index; }
    void activateItem(int index) override { map()->setCurrentGroup(index); }

private:
    NetworkMapView *map() const { return static_cast<NetworkMapView *>(widget()); }
};

// Tells screen readers which item has the focus once the widget took it (after Qt told them
// the widget did), as the flow diagram and the network map do themselves.
class FocusedItemReporter : public QObject
{
public:
    static constexpr QLatin1String Name{"heroFocusedItemReporter"};

    FocusedItemReporter(QWidget *widget, std::function<int()> currentItem)
        : QObject(widget)
        , m_currentItem(std::move(currentItem))
    {
        setObjectName(Name);
        widget->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusIn) {
            QTimer::singleShot(0, this, [this, watched] {
                const int item = m_currentItem();
                if (item < 0 || !static_cast<QWidget *>(watched)->hasFocus())
                    return;
                QAccessibleEvent focus(watched, QAccessible::Focus);
                focus.setChild(item);
                QAccessible::updateAccessibility(&focus);
            });
        }
        return false;
    }

private:
    const std::function<int()> m_currentItem;
};

// Qt 6.4's own tab bar interface says every tab bar's current tab is focused, focused or not,
// so a screen reader hears several focused tabs at once; here only the focused bar's tab is.
class TabBarAccessible : public PaintedItemsAccessible
{
public:
    explicit TabBarAccessible(QTabBar *bar)
        : PaintedItemsAccessible(bar, QAccessible::PageTabList, QAccessible::PageTab)
    {
        if (!bar->findChild<QObject *>(FocusedItemReporter::Name, Qt::FindDirectChildrenOnly))
            new FocusedItemReporter(bar, [bar] { return bar->currentIndex(); });
    }
    int itemCount() const override { return bar()->count(); }
    QString itemText(int index, QAccessible::Text t) const override
    {
        switch (t) {
        case QAccessible::Name: {
            const QString name = bar()->accessibleTabName(index);
            return name.isEmpty() ? withoutMnemonic(bar()->tabText(index)) : name;
        }
        case QAccessible::Description:
            return bar()->tabToolTip(index);
        default:
            return QString();
        }
    }
    QRect itemRect(int index) const override
    {
        return bar()->isTabVisible(index) ? bar()->tabRect(index) : QRect();
    }
    int currentItem() const override { return bar()->currentIndex(); }
    bool isItemSelected(int index) const override { return bar()->currentIndex() == index; }
    void activateItem(int index) override { bar()->setCurrentIndex(index); }

private:
    QTabBar *bar() const { return static_cast<QTabBar *>(widget()); }
    static QString withoutMnemonic(QString text)
    {
        return text.replace(QStringLiteral("&&"), QStringLiteral("\x01"))
            .remove(QLatin1Char('&'))
            .replace(QLatin1Char('\x01'), QLatin1Char('&'));
    }
};

QAccessibleInterface *explorerAccessibleFactory(const QString &className, QObject *object)
{
    auto *widget = qobject_cast<QWidget *>(object);
    if (!widget)
        return nullptr;
    if (className == QLatin1String("RateLimitGauge"))
        return new GaugeAccessible(static_cast<RateLimitGauge *>(widget));
    if (className == QLatin1String("NetworkMapView"))
        return new NetworkMapAccessible(static_cast<NetworkMapView *>(widget));
    if (className == QLatin1String("MethodBadge"))
        return new MethodBadgeAccessible(static_cast<MethodBadge *>(widget));
    if (className == QLatin1String("AccessibleAnnouncer"))
        return new AnnouncerAccessible(static_cast<AccessibleAnnouncer *>(widget));
    if (className == QLatin1String("DiagnosisPanel")) // a QFrame, which Qt calls a window frame
        return new QAccessibleWidget(widget, QAccessible::Grouping);
    if (className == QLatin1String("QTabBar"))
        return new TabBarAccessible(static_cast<QTabBar *>(widget));
    if (className == QLatin1String("QLabel") && widget->property(LabelledValueProperty).isValid())
        return new LabelledValueAccessible(static_cast<QLabel *>(widget));
    // The diagram is a private class of crossorgpanel.cpp; its interface may be asked for while
    // the panel is still building it (its accessible name is set in its constructor).
    if (auto *panel = qobject_cast<CrossOrgPanel *>(widget->parentWidget());
        panel && widget->objectName() == QLatin1String("flowDiagram")) {
        return new FlowDiagramAccessible(widget, panel);
    }
    return nullptr;
}

} // namespace

void installAccessibleInterfaces()
{
    static const bool installed = [] {
        QAccessible::installFactory(explorerAccessibleFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

void markLabelledValue(QLabel *value, const QString &rowLabel)
{
    installAccessibleInterfaces();
    value->setProperty(LabelledValueProperty, rowLabel);
}

void announceFocusedItem(QWidget *widget, int item)
{
    if (item < 0 || !widget->hasFocus())
        return;
    QAccessibleEvent event(widget, QAccessible::Focus);
    event.setChild(item);
    QAccessible::updateAccessibility(&event);
}

void enableClearButton(QLineEdit *edit)
{
    edit->setClearButtonEnabled(true);
    // The button is a QToolButton on the line edit whose action is the clear action.
    const QList<QToolButton *> buttons = edit->findChildren<QToolButton *>();
    for (QToolButton *button : buttons) {
        if (button->defaultAction()
            && button->defaultAction()->objectName() == QLatin1String("_q_qlineeditclearaction")) {
            button->setAccessibleName(QLineEdit::tr("Clear text"));
        }
    }
}

AccessibleAnnouncer::AccessibleAnnouncer(QWidget *parent)
    : QWidget(parent)
{
    installAccessibleInterfaces();
    setObjectName(QStringLiteral("accessibleAnnouncer"));
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFixedSize(0, 0);
    hide();
}

void AccessibleAnnouncer::announce(const QString &text)
{
    m_text = text;
    // Showing it again is what AT-SPI forwards; an unchanged text is announced again too.
    hide();
    show();
    QAccessibleEvent nameChanged(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&nameChanged);
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    emit announced(text);
}

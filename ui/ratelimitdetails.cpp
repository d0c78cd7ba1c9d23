// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "ratelimitdetails.h"

#include "ratelimit/ratelimiter.h"
#include "ratelimitgauge.h"
#include "tones.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>

namespace {

constexpr int MaxLimit = 100000;
constexpr int MaxWindowSeconds = 3600;
// Enough for any limit a partner is likely to agree, without rebuilding thousands of rows a
// second; the caption still counts them all.
constexpr int MaxRows = 1000;

enum Column { SentColumn, LeavesColumn };

qint64 ceilSeconds(qint64 ms)
{
    return std::max<qint64>(0, (ms + 999) / 1000);
}

QString clockTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
}

void setRowLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}

} // namespace

RateLimitDetails::RateLimitDetails(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_title(new QLabel(this))
    , m_form(new QFormLayout)
    , m_state(new QLabel(this))
    , m_used(new QLabel(this))
    , m_target(new QLabel(this))
    , m_source(new QLabel(this))
    , m_paused(new QLabel(this))
    , m_queued(new QLabel(this))
    , m_recentCaption(new QLabel(this))
    , m_recent(new QTreeWidget(this))
    , m_editorCaption(new QLabel(this))
    , m_limitSpin(new QSpinBox(this))
    , m_per(new QLabel(this))
    , m_windowSpin(new QSpinBox(this))
    , m_note(new QLabel(this))
    , m_reset(new QPushButton(this))
    , m_apply(new QPushButton(this))
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("rateLimitDetails"));
    setFrameStyle(QFrame::StyledPanel | QFrame::Plain);
    setAutoFillBackground(true);

    const QFontMetrics metrics = fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    setMinimumWidth(em * 32);

    const QFont bold = Tones::boldFont(font());
    m_title->setFont(bold);
    m_editorCaption->setFont(bold);
    m_recentCaption->setFont(bold);

    m_state->setObjectName(QStringLiteral("rateStateLabel"));
    m_used->setObjectName(QStringLiteral("rateUsedLabel"));
    m_target->setObjectName(QStringLiteral("rateTargetLabel"));
    m_source->setObjectName(QStringLiteral("rateSourceLabel"));
    m_paused->setObjectName(QStringLiteral("ratePausedLabel"));
    m_queued->setObjectName(QStringLiteral("rateQueuedLabel"));
    for (QLabel *value : {m_state, m_used, m_target, m_source, m_paused, m_queued})
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (QLabel *value : {m_state, m_used, m_target, m_source, m_paused, m_queued}) {
        auto *label = new QLabel(this);
        label->setBuddy(value);
        m_form->addRow(label, value);
    }

    m_recent->setObjectName(QStringLiteral("rateRecentList"));
    m_recent->setColumnCount(2);
    m_recent->setRootIsDecorated(false);
    m_recent->setUniformRowHeights(true);
    m_recent->setSelectionMode(QAbstractItemView::NoSelection);
    m_recent->setAlternatingRowColors(true);
    m_recent->header()->setStretchLastSection(true);
    m_recent->header()->setSectionsMovable(false);
    m_recent->setColumnWidth(SentColumn, em * 8);
    m_recent->setMinimumHeight(metrics.height() * 9);

    m_limitSpin->setObjectName(QStringLiteral("rateLimitSpin"));
    m_limitSpin->setRange(1, MaxLimit);
    m_limitSpin->setGroupSeparatorShown(true);
    m_windowSpin->setObjectName(QStringLiteral("rateWindowSpin"));
    m_windowSpin->setRange(1, MaxWindowSeconds);
    m_note->setObjectName(QStringLiteral("rateLimitNote"));
    m_note->setWordWrap(true);
    m_reset->setObjectName(QStringLiteral("rateReset"));
    m_apply->setObjectName(QStringLiteral("rateApply"));
    m_apply->setDefault(true);

    auto *editorRow = new QHBoxLayout;
    editorRow->addWidget(m_limitSpin);
    editorRow->addWidget(m_per);
    editorRow->addWidget(m_windowSpin);
    editorRow->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reset);
    buttons->addStretch();
    buttons->addWidget(m_apply);

    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);

    auto *layout = new QVBoxLayout(this);
    const int margin = metrics.height() * 2 / 3;
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addSpacing(metrics.height() / 3);
    layout->addWidget(m_recentCaption);
    layout->addWidget(m_recent, 1);
    layout->addSpacing(metrics.height() / 3);
    layout->addWidget(rule);
    layout->addWidget(m_editorCaption);
    layout->addLayout(editorRow);
    layout->addWidget(m_note);
    layout->addLayout(buttons);

    connect(m_limitSpin, &QSpinBox::valueChanged, this, &RateLimitDetails::refreshEditor);
    connect(m_windowSpin, &QSpinBox::valueChanged, this, &RateLimitDetails::refreshEditor);
    connect(m_apply, &QPushButton::clicked, this, &RateLimitDetails::apply);
    connect(m_reset, &QPushButton::clicked, this, &RateLimitDetails::resetToDefault);

    // The window slides and countdowns move even when nothing is sent.
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &RateLimitDetails::refresh);

    retranslate();
    setSource(nullptr, QString(), Environment());
}

RateLimitDetails *RateLimitDetails::showFor(QWidget *anchor, RateLimiter *limiter,
                                            const QString &rateKey, const Environment &environment)
{
    auto *details = new RateLimitDetails(anchor);
    details->setAttribute(Qt::WA_DeleteOnClose);
    details->setSource(limiter, rateKey, environment);
    details->popUp(anchor);
    return details;
}

void RateLimitDetails::setSource(RateLimiter *limiter, const QString &rateKey,
                                 const Environment &environment)
{
    disconnect(m_limiterConnection);
    m_limiter = limiter;
    m_rateKey = rateKey;
    m_environment = environment;
    if (m_limiter) {
        m_limiterConnection = connect(m_limiter, &RateLimiter::stateChanged, this,
                                      [this](const QString &key, const RateGaugeState &) {
                                          if (key == m_rateKey)
                                              scheduleRefresh();
                                      });
    }
    {
        const QSignalBlocker blockLimit(m_limitSpin);
        const QSignalBlocker blockWindow(m_windowSpin);
        m_limitSpin->setValue(m_environment.rateLimit);
        m_windowSpin->setValue(m_environment.rateWindowSeconds);
    }
    retranslate();
    refresh();
}

void RateLimitDetails::popUp(QWidget *anchor)
{
    m_anchor = anchor;
    refresh();
    adjustSize();
    if (anchor) {
        // Right-aligned with the anchor, which normally sits at the right of the status bar.
        const QPoint topLeft = anchor->mapToGlobal(QPoint(0, 0));
        QPoint at(topLeft.x() + anchor->width() - width(), topLeft.y() + anchor->height());
        const QScreen *screen = anchor->screen();
        if (screen) {
            const QRect available = screen->availableGeometry();
            if (at.y() + height() > available.bottom() + 1)
                at.setY(topLeft.y() - height());
            at.setX(std::clamp(at.x(), available.left(),
                               std::max(available.left(), available.right() + 1 - width())));
            at.setY(std::clamp(at.y(), available.top(),
                               std::max(available.top(), available.bottom() + 1 - height())));
        }
        move(at);
    }
    show();
    m_limitSpin->setFocus(Qt::PopupFocusReason);
}

void RateLimitDetails::refresh()
{
    const bool known = m_limiter && !m_rateKey.isEmpty();
    const RateGaugeState state = known ? m_limiter->gaugeState(m_rateKey) : RateGaugeState();
    const qint64 windowSeconds = state.window.count();

    m_title->setText(m_environment.name.isEmpty() ? tr("Rate limit")
                                                  : tr("Rate limit · %1").arg(m_environment.name));
    if (!known) {
        m_state->setText(tr("No API key selected"));
        for (QLabel *value : {m_used, m_target, m_source, m_paused, m_queued})
            m_form->setRowVisible(value, false);
        refreshRecent();
        return;
    }
    for (QLabel *value : {m_used, m_target, m_source, m_queued})
        m_form->setRowVisible(value, true);
    m_state->setText(RateLimitGauge::stateWords(state));
    m_used->setText(tr("%1 of %2 requests in the last %3 s")
                        .arg(QLocale().toString(state.used), QLocale().toString(state.limit))
                        .arg(windowSeconds));
    m_target->setText(tr("%1 per %2 s (%3 left as headroom)")
                          .arg(QLocale().toString(state.target))
                          .arg(windowSeconds)
                          .arg(QLocale().toString(std::max(0, state.limit - state.target))));
    m_source->setText(state.fromServer ? tr("from the server's headers")
                                       : tr("estimate (no server headers)"));
    const bool paused = state.state == RateState::Paused;
    m_form->setRowVisible(m_paused, paused);
    if (paused) {
        m_paused->setText(tr("%1 (%2 s left)")
                              .arg(clockTime(state.pausedUntil))
                              .arg(ceilSeconds(state.pauseRemaining.count())));
    }
    if (state.queued == 0) {
        m_queued->setText(tr("none"));
    } else {
        m_queued->setText(tr("%n request(s), the next in %1 s", nullptr, state.queued)
                              .arg(ceilSeconds(state.nextSendIn.count())));
    }
    refreshRecent();
}

void RateLimitDetails::refreshRecent()
{
    struct Row
    {
        QDateTime sentAt;
        qint64 leavesInMs;
    };
    QList<Row> rows;
    qint64 windowSeconds = m_environment.rateWindowSeconds;
    if (m_limiter && !m_rateKey.isEmpty()) {
        const qint64 windowMs = m_limiter->policy(m_rateKey).window.count();
        windowSeconds = ceilSeconds(windowMs);
        const QDateTime now = m_limiter->clock()->wallNow();
        const QList<QDateTime> sends = m_limiter->recentSends(m_rateKey);
        // recentSends() may reach back further than a short window (the sparkline's 60 s); a
        // send counts while now - window < sentAt, as in RateWindow.
        for (auto it = sends.crbegin(); it != sends.crend(); ++it) {
            const qint64 leavesIn = windowMs - it->msecsTo(now);
            if (leavesIn <= 0)
                break;
            rows.append({*it, leavesIn});
        }
    }

    if (rows.isEmpty())
        m_recentCaption->setText(tr("No requests in the last %1 s").arg(windowSeconds));
    else
        m_recentCaption->setText(
            tr("%n request(s) in the last %1 s", nullptr, int(rows.size())).arg(windowSeconds));

    // Reuse the rows rather than rebuilding them, so the scroll position survives each tick.
    const int shown = int(std::min<qsizetype>(rows.size(), MaxRows));
    while (m_recent->topLevelItemCount() > shown)
        delete m_recent->takeTopLevelItem(m_recent->topLevelItemCount() - 1);
    while (m_recent->topLevelItemCount() < shown)
        new QTreeWidgetItem(m_recent);
    for (int i = 0; i < shown; ++i) {
        QTreeWidgetItem *item = m_recent->topLevelItem(i);
        item->setText(SentColumn, clockTime(rows.at(i).sentAt));
        item->setData(SentColumn, Qt::UserRole, rows.at(i).sentAt);
        item->setText(LeavesColumn, tr("in %1 s").arg(ceilSeconds(rows.at(i).leavesInMs)));
        item->setData(LeavesColumn, Qt::UserRole, rows.at(i).leavesInMs);
    }
}

void RateLimitDetails::refreshEditor()
{
    const int limit = m_limitSpin->value();
    const int window = m_windowSpin->value();
    const RatePolicy policy = RatePolicy::forLimit(limit, std::chrono::seconds(window));
    m_note->setText(
        tr("Hero allows %1 requests per %2 s for each key; partners can agree higher limits with "
           "Hero. The throttle keeps 5 % headroom for other clients of the same key, so with this "
           "limit it lets %3 through in any %4 s.")
            .arg(QLocale().toString(RateWindow::DefaultLimit))
            .arg(
                std::chrono::duration_cast<std::chrono::seconds>(RateWindow::DefaultWindow).count())
            .arg(QLocale().toString(policy.target))
            .arg(window));
    m_apply->setEnabled(limit != m_environment.rateLimit
                        || window != m_environment.rateWindowSeconds);
    const int defaultWindow =
        int(std::chrono::duration_cast<std::chrono::seconds>(RateWindow::DefaultWindow).count());
    m_reset->setEnabled(limit != RateWindow::DefaultLimit || window != defaultWindow
                        || m_environment.rateLimit != RateWindow::DefaultLimit
                        || m_environment.rateWindowSeconds != defaultWindow);
}

void RateLimitDetails::apply()
{
    m_environment.rateLimit = m_limitSpin->value();
    m_environment.rateWindowSeconds = m_windowSpin->value();
    refreshEditor();
    emit limitChanged(m_environment.id, m_environment.rateLimit, m_environment.rateWindowSeconds);
}

void RateLimitDetails::resetToDefault()
{
    {
        const QSignalBlocker blockLimit(m_limitSpin);
        const QSignalBlocker blockWindow(m_windowSpin);
        m_limitSpin->setValue(RateWindow::DefaultLimit);
        m_windowSpin->setValue(int(
            std::chrono::duration_cast<std::chrono::seconds>(RateWindow::DefaultWindow).count()));
    }
    apply();
}

void RateLimitDetails::scheduleRefresh()
{
    // A burst of sends announces each one; one refresh per event-loop pass is enough.
    if (m_refreshScheduled)
        return;
    m_refreshScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshScheduled = false;
        refresh();
    });
}

void RateLimitDetails::retranslate()
{
    setAccessibleName(tr("Rate-limit details"));
    setRowLabel(m_form, m_state, tr("State:"));
    setRowLabel(m_form, m_used, tr("Used:"));
    setRowLabel(m_form, m_target, tr("Throttle target:"));
    setRowLabel(m_form, m_source, tr("Counts:"));
    setRowLabel(m_form, m_paused, tr("Paused until:"));
    setRowLabel(m_form, m_queued, tr("Queued:"));
    m_recent->setHeaderLabels({tr("Sent"), tr("Leaves the window")});
    m_editorCaption->setText(m_environment.name.isEmpty()
                                 ? tr("Limit for this environment")
                                 : tr("Limit for %1").arg(m_environment.name));
    m_limitSpin->setSuffix(tr(" requests"));
    m_limitSpin->setAccessibleName(tr("Requests allowed per window"));
    m_per->setText(tr("per"));
    m_windowSpin->setSuffix(tr(" s"));
    m_windowSpin->setAccessibleName(tr("Window in seconds"));
    m_reset->setText(
        tr("Reset to %1 / %2 s")
            .arg(RateWindow::DefaultLimit)
            .arg(std::chrono::duration_cast<std::chrono::seconds>(RateWindow::DefaultWindow)
                     .count()));
    m_apply->setText(tr("Apply"));
    refreshEditor();
}

void RateLimitDetails::showEvent(QShowEvent *event)
{
    refresh();
    m_ticker->start();
    QFrame::showEvent(event);
}

void RateLimitDetails::hideEvent(QHideEvent *event)
{
    m_ticker->stop();
    QFrame::hideEvent(event);
}

void RateLimitDetails::keyPressEvent(QKeyEvent *event)
{
    // A spin box passes Enter on: it applies, as in a dialog with a default button.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_apply->isEnabled()) {
        apply();
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event); // Escape closes the popup
}

void RateLimitDetails::mousePressEvent(QMouseEvent *event)
{
    // A click on the anchor closes the popup; replaying it would open it again at once.
    if (m_anchor) {
        const QPoint onAnchor = m_anchor->mapFromGlobal(event->globalPosition().toPoint());
        if (m_anchor->rect().contains(onAnchor))
            setAttribute(Qt::WA_NoMouseReplay);
    }
    QFrame::mousePressEvent(event);
}

void RateLimitDetails::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QFrame::changeEvent(event);
}

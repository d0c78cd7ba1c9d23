// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "ratelimitgauge.h"

#include "accessibility.h"
#include "ratelimit/ratelimiter.h"
#include "ratelimit/ratewindow.h"
#include "session/requestrun.h"
#include "session/requestsession.h"
#include "session/workspace.h"
#include "tones.h"

#include <QAccessible>
#include <QEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <utility>

namespace {

// Whole seconds, rounded up: "1 s" until the very last moment, never "0 s" while waiting.
qint64 ceilSeconds(std::chrono::milliseconds ms)
{
    return std::max<qint64>(0, (ms.count() + 999) / 1000);
}

} // namespace

RateLimitGauge::RateLimitGauge(QWidget *parent)
    : QWidget(parent)
    , m_tick(new QTimer(this))
{
    m_tick->setInterval(1000); // the window slides and countdowns move even when idle
    connect(m_tick, &QTimer::timeout, this, &RateLimitGauge::refresh);
    setObjectName(QStringLiteral("rateLimitGauge"));
    installAccessibleInterfaces();
    setAccessibleName(tr("Rate limit"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    refreshTexts();
}

void RateLimitGauge::setSession(RequestSession *session)
{
    m_session = session;
    disconnect(m_limiterConnection);
    RequestRunner *runner = session ? session->workspace()->runner() : nullptr;
    if (runner) {
        m_limiterConnection = connect(runner->limiter(), &RateLimiter::stateChanged, this,
                                      [this](const QString &rateKey, const RateGaugeState &state) {
                                          if (m_session && rateKey == m_session->rateKey())
                                              setState(state);
                                      });
    }
    if (session)
        m_tick->start();
    else
        m_tick->stop();
    refresh();
}

void RateLimitGauge::refresh()
{
    if (m_session)
        setState(m_session->rateState());
}

void RateLimitGauge::setState(const RateGaugeState &state)
{
    if (state == m_state)
        return;
    const bool countChanged = state.used != m_state.used || state.limit != m_state.limit;
    m_state = state;
    refreshTexts();
    update();
    if (countChanged) {
        QAccessibleValueChangeEvent event(this, m_state.used);
        QAccessible::updateAccessibility(&event);
    }
}

QString RateLimitGauge::usageText() const
{
    const qint64 seconds = m_state.window.count();
    if (seconds == 60)
        return tr("%1 of %2 requests in the last minute").arg(m_state.used).arg(m_state.limit);
    return tr("%1 of %2 requests in the last %n second(s)", nullptr, int(seconds))
        .arg(m_state.used)
        .arg(m_state.limit);
}

QString RateLimitGauge::countText() const
{
    return tr("%1/%2").arg(m_state.used).arg(m_state.limit);
}

QString RateLimitGauge::stateText() const
{
    QString text = stateWords(m_state);
    if (!m_state.fromServer)
        text += tr(" · estimate");
    return text;
}

QString RateLimitGauge::stateWords(const RateGaugeState &state)
{
    switch (state.state) {
    case RateState::Ok:
        return tr("OK");
    case RateState::NearLimit:
        return tr("Near limit");
    case RateState::Throttling:
        return tr("Throttling: %n queued, next in %1 s", nullptr, state.queued)
            .arg(ceilSeconds(state.nextSendIn));
    case RateState::Paused:
        return pausedWords(
            state.serverRefused,
            QLocale().toString(state.pausedUntil.toLocalTime().time(), QStringLiteral("HH:mm:ss")),
            QString::number(ceilSeconds(state.pauseRemaining)));
    }
    return QString();
}

QString RateLimitGauge::pausedWords(bool serverRefused, const QString &until,
                                    const QString &seconds)
{
    // The server's refusal, never to be mistaken for the throttle's own queueing.
    return serverRefused ? tr("Server refused (429): retry at %1 (%2 s)").arg(until, seconds)
                         : tr("Server quota used up: sends again at %1 (%2 s)").arg(until, seconds);
}

QString RateLimitGauge::description() const
{
    QStringList lines;
    const qint64 windowSeconds = m_state.window.count();
    lines << tr("%1 of %2 requests used in the last %3 s; the throttle lets %4 through.")
                 .arg(m_state.used)
                 .arg(m_state.limit)
                 .arg(windowSeconds)
                 .arg(m_state.target);
    lines << (m_state.fromServer
                  ? tr("Counts include what the server reported.")
                  : tr("Estimate: the server sends no rate-limit headers, so this is the "
                       "app's own count."));
    if (m_state.untilOldestLeaves.count() > 0) {
        lines << tr("The oldest request leaves the window in %1 s.")
                     .arg(ceilSeconds(m_state.untilOldestLeaves));
    }
    switch (m_state.state) {
    case RateState::Ok:
        lines << tr("State: OK.");
        break;
    case RateState::NearLimit:
        lines << tr("State: near limit.");
        break;
    case RateState::Throttling:
        lines << tr("State: throttling, %n request(s) queued; the next goes in %1 s.", nullptr,
                    m_state.queued)
                     .arg(ceilSeconds(m_state.nextSendIn));
        break;
    case RateState::Paused:
        lines << (m_state.serverRefused
                      ? tr("State: the server refused a request with 429 (too many requests); "
                           "sending resumes at %1 (%2 s left).")
                      : tr("State: the server reported no requests left; sending resumes at "
                           "%1 (%2 s left)."))
                     .arg(QLocale().toString(m_state.pausedUntil.toLocalTime().time(),
                                             QStringLiteral("HH:mm:ss")))
                     .arg(ceilSeconds(m_state.pauseRemaining));
        if (m_state.serverRefused && m_state.used < m_state.limit)
            lines << tr("This app counted only %1 of %2: another client may be using the same "
                        "key.")
                         .arg(m_state.used)
                         .arg(m_state.limit);
        if (m_state.queued > 0)
            lines << tr("%n request(s) queued.", nullptr, m_state.queued);
        break;
    }
    return lines.join(QLatin1Char('\n'));
}

void RateLimitGauge::refreshTexts()
{
    const QString text = description();
    setToolTip(text);
    setAccessibleDescription(text);
}

RateLimitGauge::Layout RateLimitGauge::layout() const
{
    const QFontMetrics metrics = fontMetrics();
    const int padding = std::max(2, metrics.height() / 4);
    const int spacing = metrics.horizontalAdvance(QLatin1Char('0'));
    const QRect area = rect().adjusted(0, 0, -1, -1);
    Layout parts;
    const int trackWidth = metrics.horizontalAdvance(QStringLiteral("00000/00000")) + 2 * padding;
    parts.track = QRect(area.left(), area.top(), trackWidth, area.height());
    const int sparkWidth =
        std::max(RateWindow::SparklineBuckets, metrics.horizontalAdvance(QLatin1Char('0')) * 9);
    parts.sparkline = QRect(parts.track.right() + spacing, area.top() + padding, sparkWidth,
                            area.height() - 2 * padding);
    parts.text =
        QRect(parts.sparkline.right() + spacing, area.top(),
              std::max(0, area.right() - parts.sparkline.right() - spacing), area.height());
    return parts;
}

QColor RateLimitGauge::stateColor() const
{
    // A mark on the track's base colour; the state is also in words beside it, and hatched.
    Tones::Tone tone = Tones::Tone::Accent;
    switch (m_state.state) {
    case RateState::Ok:
        break;
    case RateState::NearLimit:
    case RateState::Throttling:
        tone = Tones::Tone::Warning;
        break;
    case RateState::Paused:
        tone = Tones::Tone::Muted;
        break;
    }
    return Tones::mark(tone, palette(), QPalette::Base);
}

void RateLimitGauge::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Layout parts = layout();
    const QFontMetrics metrics = fontMetrics();
    const qreal radius = metrics.height() / 4.0;
    const QColor text = palette().color(QPalette::WindowText);

    // Track and fill: how much of the limit is used.
    const QRectF track = QRectF(parts.track).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(track, radius, radius);
    QPainterPath trackPath;
    trackPath.addRoundedRect(track, radius, radius);
    painter.save();
    painter.setClipPath(trackPath);
    painter.setPen(Qt::NoPen);
    QRectF filled = track;
    filled.setWidth(track.width() * m_state.usedFraction());
    painter.setBrush(stateColor());
    painter.drawRect(filled);
    if (m_state.state == RateState::Paused || m_state.state == RateState::Throttling) {
        // Hatching says "held back" to anyone who cannot tell the colours apart.
        painter.setBrush(QBrush(text, Qt::BDiagPattern));
        painter.drawRect(track);
    }
    // The throttle's target as a tick on the track.
    if (m_state.limit > 0 && m_state.target < m_state.limit) {
        const qreal x = track.left() + track.width() * m_state.target / m_state.limit;
        painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
        painter.drawLine(QPointF(x, track.top()), QPointF(x, track.bottom()));
    }
    painter.restore();

    // The count, on a halo of the base colour so it reads over any fill.
    const QFont countFont = Tones::boldFont(font());
    painter.setFont(countFont);
    painter.setPen(text);
    const QString count = countText();
    QPainterPath countPath;
    const QFontMetrics countMetrics(countFont);
    const QPointF origin(track.center().x() - countMetrics.horizontalAdvance(count) / 2.0,
                         track.center().y()
                             + (countMetrics.ascent() - countMetrics.descent()) / 2.0);
    countPath.addText(origin, countFont, count);
    painter.setPen(QPen(palette().color(QPalette::Base), metrics.height() / 6.0, Qt::SolidLine,
                        Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(countPath);
    painter.setPen(Qt::NoPen);
    painter.setBrush(text);
    painter.drawPath(countPath);

    // Sparkline: sends per second over the last 60 s, newest on the right.
    const QRectF spark = parts.sparkline;
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.drawLine(spark.bottomLeft(), spark.bottomRight());
    const QList<int> &buckets = m_state.sparkline;
    if (!buckets.isEmpty()) {
        const int peak = std::max(1, *std::max_element(buckets.begin(), buckets.end()));
        const qreal barWidth = spark.width() / buckets.size();
        painter.setPen(Qt::NoPen);
        painter.setBrush(stateColor());
        for (int i = 0; i < buckets.size(); ++i) {
            if (buckets.at(i) <= 0)
                continue;
            const qreal height = std::max(1.0, spark.height() * buckets.at(i) / peak);
            painter.drawRect(QRectF(spark.left() + i * barWidth, spark.bottom() - height,
                                    std::max(1.0, barWidth - 0.5), height));
        }
    }

    // The state in words; "estimate" in the quieter placeholder colour.
    painter.setFont(font());
    const QString state = stateText();
    const QString estimate = m_state.fromServer ? QString() : tr(" · estimate");
    const QString main = state.left(state.size() - estimate.size());
    const QString oldest = m_state.untilOldestLeaves.count() > 0
        ? tr(" · oldest leaves in %1 s").arg(ceilSeconds(m_state.untilOldestLeaves))
        : QString();
    QRect textRect = parts.text;
    painter.setPen(text);
    const QString shownMain = metrics.elidedText(main, Qt::ElideRight, textRect.width());
    painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, shownMain);
    textRect.setLeft(textRect.left() + metrics.horizontalAdvance(shownMain));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(oldest + estimate, Qt::ElideRight, textRect.width()));

    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect();
        option.backgroundColor = palette().color(QPalette::Window);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

QSize RateLimitGauge::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    const int padding = std::max(2, metrics.height() / 4);
    const int spacing = metrics.horizontalAdvance(QLatin1Char('0'));
    const int track = metrics.horizontalAdvance(QStringLiteral("00000/00000")) + 2 * padding;
    const int spark =
        std::max(RateWindow::SparklineBuckets, metrics.horizontalAdvance(QLatin1Char('0')) * 9);
    // Room for the longest state, so the layout does not jump as the state changes.
    const QString throttling =
        tr("Throttling: %n queued, next in %1 s", nullptr, 999).arg(QStringLiteral("00"));
    QString paused;
    for (const bool serverRefused : {true, false}) {
        const QString words =
            pausedWords(serverRefused, QStringLiteral("00:00:00"), QStringLiteral("000"));
        if (metrics.horizontalAdvance(words) > metrics.horizontalAdvance(paused))
            paused = words;
    }
    const QString tail =
        tr(" · oldest leaves in %1 s").arg(QStringLiteral("00")) + tr(" · estimate");
    const int text = std::max(metrics.horizontalAdvance(throttling + tail),
                              metrics.horizontalAdvance(paused + tail));
    return QSize(track + spacing + spark + spacing + text + 1, metrics.height() + 2 * padding);
}

QSize RateLimitGauge::minimumSizeHint() const
{
    const QSize hint = sizeHint();
    return QSize(hint.width() / 2, hint.height());
}

void RateLimitGauge::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    event->accept();
}

void RateLimitGauge::mouseReleaseEvent(QMouseEvent *event)
{
    const bool wasPressed = std::exchange(m_pressed, false);
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    event->accept();
    // Like a button: releasing outside the gauge takes the click back.
    if (wasPressed && rect().contains(event->position().toPoint()))
        emit clicked();
}

void RateLimitGauge::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (!event->isAutoRepeat())
            emit clicked();
        event->accept();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void RateLimitGauge::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGeometry();
    if (event->type() == QEvent::LanguageChange)
        refreshTexts();
    QWidget::changeEvent(event);
}

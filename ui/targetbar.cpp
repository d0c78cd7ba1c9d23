// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "targetbar.h"

#include "http/headervalidation.h"
#include "keys/keyprofilestore.h"
#include "practicegroups/practicegroupdirectory.h"
#include "session/requestsession.h"
#include "tones.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <QToolButton>

namespace {

constexpr int KeyLabelRole = Qt::UserRole + 1; // Qt::UserRole holds the key's id

// The key list, narrow so that the toolbar fits 1024 pixels: when the current key's text does
// not fit, its label gives way, so the key's last characters and "(session only)" are never
// the part that is cut.
class KeyComboBox : public QComboBox
{
public:
    using QComboBox::QComboBox;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QStylePainter painter(this);
        QStyleOptionComboBox option;
        initStyleOption(&option);
        painter.drawComplexControl(QStyle::CC_ComboBox, option);
        const QRect field = style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                    QStyle::SC_ComboBoxEditField, this);
        option.currentText = elidedKeyText(option.currentText, currentData(KeyLabelRole).toString(),
                                           fontMetrics(), field.width());
        painter.drawControl(QStyle::CE_ComboBoxLabel, option);
    }
};

} // namespace

QString elidedKeyText(const QString &text, const QString &label, const QFontMetrics &metrics,
                      int width)
{
    if (metrics.horizontalAdvance(text) <= width || label.isEmpty() || !text.startsWith(label))
        return text;
    const QString tail = text.mid(label.size());
    return metrics.elidedText(label, Qt::ElideRight, width - metrics.horizontalAdvance(tail))
        + tail;
}

TargetBar::TargetBar(KeyProfileStore *profiles, QWidget *parent)
    : QToolBar(tr("Target"), parent)
    , m_profiles(profiles)
    , m_environmentCombo(new QComboBox(this))
    , m_keyCombo(new KeyComboBox(this))
    , m_groupCombo(new QComboBox(this))
    , m_crossOrgHint(new QLabel(this))
    , m_productionBanner(new QLabel(this)) // laid out by the window, under the toolbar
    , m_groupProblem(new QLabel(this)) // laid out by the window, under the toolbar
    , m_keysButton(new QPushButton(tr("Ke&ys…"), this))
{
    setObjectName(QStringLiteral("targetToolBar"));
    setMovable(false);
    // The "››" button Qt adds for what does not fit has no text of its own.
    if (auto *more = findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"))) {
        more->setAccessibleName(tr("More toolbar items"));
        more->setToolTip(tr("More toolbar items"));
    }
    m_productionBanner->setObjectName(QStringLiteral("productionBanner"));
    m_productionBanner->setText(
        tr("PRODUCTION — real practices and patient data. Requests other than GET ask first."));
    m_productionBanner->setAlignment(Qt::AlignCenter);
    m_productionBanner->setAutoFillBackground(true);
    m_productionBanner->setFont(Tones::boldFont(m_productionBanner->font()));
    const int pad = fontMetrics().height() / 3;
    m_productionBanner->setContentsMargins(pad, pad, pad, pad);
    m_productionBanner->hide();
    m_environmentCombo->setObjectName(QStringLiteral("environmentCombo"));
    m_environmentCombo->setToolTip(tr("The environment requests go to"));
    m_environmentCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_keyCombo->setObjectName(QStringLiteral("keyCombo"));
    m_keyCombo->setToolTip(tr("The API key requests are sent with (only its last 4 characters "
                              "are ever shown)"));
    // Narrow enough that the whole toolbar, cross-organisational warning included, fits a
    // 1024-pixel-wide window; the lists open as wide as their entries.
    const int em = fontMetrics().averageCharWidth();
    m_keyCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_keyCombo->setMinimumContentsLength(22);
    m_keyCombo->view()->setMinimumWidth(em * 48);
    m_groupCombo->setObjectName(QStringLiteral("practiceGroupCombo"));
    m_groupCombo->setEditable(true);
    m_groupCombo->setInsertPolicy(QComboBox::NoInsert);
    m_groupCombo->setMinimumContentsLength(14);
    m_groupCombo->view()->setMinimumWidth(em * 40);
    m_groupCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_groupCombo->setToolTip(tr("The practice group the call acts for (x-practice-group-id)"));
    m_groupCombo->lineEdit()->setPlaceholderText(tr("Practice group id"));
    // No validator: one would drop a mistyped letter silently ("10o1" → "101") and the call
    // would act for a group nobody typed. What is typed stays, with the problem beside it.
    m_groupProblemMark = m_groupCombo->lineEdit()->addAction(
        style()->standardIcon(QStyle::SP_MessageBoxWarning), QLineEdit::TrailingPosition);
    m_groupProblemMark->setObjectName(QStringLiteral("practiceGroupProblemMark"));
    m_groupProblemMark->setText(tr("Problem with the practice group")); // its button's name
    m_groupProblemMark->setVisible(false);
    m_crossOrgHint->setObjectName(QStringLiteral("crossOrgHint"));
    m_keysButton->setObjectName(QStringLiteral("keysButton"));
    m_groupProblem->setObjectName(QStringLiteral("practiceGroupError"));
    m_groupProblem->setWordWrap(true);
    m_groupProblem->setContentsMargins(pad, pad, pad, pad);
    m_groupProblem->hide();

    const auto labelled = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        addWidget(label);
        addWidget(buddy);
    };
    labelled(tr("E&nvironment "), m_environmentCombo);
    addSeparator();
    labelled(tr("&Key "), m_keyCombo);
    addWidget(m_keysButton);
    addSeparator();
    labelled(tr("&Practice group "), m_groupCombo);
    addWidget(m_crossOrgHint);

    connect(m_environmentCombo, &QComboBox::currentIndexChanged, this,
            [this] { emit environmentPicked(m_environmentCombo->currentData().toString()); });
    connect(m_keyCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_session)
            m_session->setKey(m_keyCombo->currentData().toString());
    });
    connect(m_groupCombo, &QComboBox::currentTextChanged, this, [this] {
        if (m_session)
            m_session->setPracticeGroup(typedPracticeGroup());
    });
    connect(m_keysButton, &QPushButton::clicked, this, &TargetBar::keysRequested);
    Tones::followPalette(this, [this] { paintTones(); });
}

void TargetBar::paintTones()
{
    const QPalette outer = palette();
    QPalette banner = m_productionBanner->palette();
    banner.setColor(QPalette::Window, Tones::productionFill(outer));
    banner.setColor(QPalette::WindowText, Tones::productionText(outer));
    m_productionBanner->setPalette(banner);
    QPalette combo; // the application's, unless production
    if (m_session && m_session->environment().isProduction()) {
        combo = m_environmentCombo->palette();
        combo.setColor(QPalette::Button, Tones::productionFill(outer));
        combo.setColor(QPalette::ButtonText, Tones::productionText(outer));
    }
    m_environmentCombo->setPalette(combo);
    QPalette problem = m_groupProblem->palette();
    problem.setColor(QPalette::WindowText, Tones::text(Tones::Tone::Error, outer));
    m_groupProblem->setPalette(problem);
}

void TargetBar::setEnvironments(const QList<Environment> &environments)
{
    const QSignalBlocker blocker(m_environmentCombo);
    m_environmentCombo->clear();
    for (const Environment &environment : environments) {
        QString label = environment.name;
        if (environment.isProduction())
            label = tr("%1 (live)").arg(environment.name);
        m_environmentCombo->addItem(label, environment.id);
    }
    showTarget();
}

void TargetBar::setSession(RequestSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    {
        const QSignalBlocker blocker(m_groupCombo);
        m_groupCombo->setModel(session->groups());
    }
    connect(session, &RequestSession::targetChanged, this, &TargetBar::showTarget);
    // A reset of the groups shows their first row for a moment: not a group the user chose.
    connect(session, &RequestSession::groupsAboutToChange, this,
            [this] { m_groupCombo->blockSignals(true); });
    connect(session, &RequestSession::groupsChanged, this, [this] {
        m_groupCombo->blockSignals(false);
        showGroupText(true);
        updateCrossOrgHint();
    });
    showTarget();
    showGroupText(true);
}

void TargetBar::showTarget()
{
    if (!m_session)
        return;
    const Environment environment = m_session->environment();
    m_productionBanner->setVisible(environment.isProduction());
    {
        const QSignalBlocker blocker(m_environmentCombo);
        m_environmentCombo->setCurrentIndex(m_environmentCombo->findData(environment.id));
    }
    paintTones();
    {
        const QSignalBlocker blocker(m_keyCombo);
        m_keyCombo->clear();
        const QList<KeyProfile> keys = m_profiles->profilesFor(environment.id);
        for (const KeyProfile &key : keys) {
            QString text = key.label + u"  " + key.redacted();
            if (key.sessionOnly)
                text += tr("  (session only)");
            m_keyCombo->addItem(text, key.id);
            m_keyCombo->setItemData(m_keyCombo->count() - 1, key.label, KeyLabelRole);
        }
        if (keys.isEmpty())
            m_keyCombo->addItem(tr("No key for this environment"), QString());
        m_keyCombo->setCurrentIndex(qMax(0, m_keyCombo->findData(m_session->key().id)));
    }
    showGroupText(false);
    updateCrossOrgHint();
}

QString TargetBar::typedPracticeGroup() const
{
    // Anything but a row of the list is the group exactly as typed, so a typo is shown as one
    // and never quietly becomes another id.
    const QString text = m_groupCombo->currentText();
    const int row = m_groupCombo->findText(text, Qt::MatchExactly | Qt::MatchCaseSensitive);
    if (row >= 0)
        return m_groupCombo->model()->index(row, 0).data(PracticeGroupDirectory::IdRole).toString();
    return text; // not even trimmed: a stray space is shown as a problem, not quietly dropped
}

void TargetBar::showGroupText(bool force)
{
    const QString id = m_session->practiceGroup();
    // Left alone while it already reads as the group: the user may be typing in it.
    if (!force && typedPracticeGroup() == id)
        return;
    const QSignalBlocker blocker(m_groupCombo);
    const int row = m_session->groups()->rowOf(id);
    if (row >= 0)
        m_groupCombo->setCurrentIndex(row);
    // Also when the row was current already but the text had been edited.
    m_groupCombo->setEditText(row >= 0 ? m_groupCombo->itemText(row) : id);
}

void TargetBar::updateCrossOrgHint()
{
    const QString problem = m_session->practiceGroupProblem();
    showPracticeGroupProblem(problem);
    m_crossOrgHint->setToolTip(QString());
    if (!problem.isEmpty()) {
        m_crossOrgHint->clear(); // the problem, under the toolbar, says more
    } else if (m_session->isCrossOrganisational()) {
        const QString homeId = m_session->key().homePracticeGroup;
        const QString homeName = m_session->groups()->nameOf(homeId);
        m_crossOrgHint->setText(tr("  ⇄ Cross-organisational call"));
        m_crossOrgHint->setToolTip(
            tr("The key belongs to %1; this call acts for %2. Hero allows it only when both "
               "practice groups share a network.")
                .arg(homeName.isEmpty() ? homeId : homeName, m_session->practiceGroup()));
    } else {
        m_crossOrgHint->setText(m_session->isHomeGroup() ? tr("  Home practice group") : QString());
    }
}

void TargetBar::showSendProblem(RequestSession::SendProblem problem)
{
    if (problem == RequestSession::SendProblem::BadPracticeGroup) {
        showPracticeGroupProblem(practiceGroupIdProblem(m_session->practiceGroup().toUtf8()));
        m_groupCombo->setFocus(Qt::OtherFocusReason);
    } else {
        m_keysButton->setFocus(Qt::OtherFocusReason);
    }
}

void TargetBar::showPracticeGroupProblem(const QString &problem)
{
    const QString typed = m_groupCombo->currentText();
    m_groupProblem->setText(typed.isEmpty() ? u"⚠ " + problem
                                            : tr("⚠ Practice group “%1”: %2").arg(typed, problem));
    m_groupProblem->setVisible(!problem.isEmpty());
    m_groupProblemMark->setVisible(!problem.isEmpty());
    m_groupProblemMark->setToolTip(problem);
    m_groupCombo->setAccessibleDescription(problem);
}

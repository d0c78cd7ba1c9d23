// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "responseviewer.h"

#include "accessibility.h"
#include "flowlayout.h"
#include "focusframe.h"
#include "http/bodykind.h"
#include "http/headernames.h"
#include "http/reasonphrase.h"
#include "json/jsondocumentmodel.h"
#include "json/jsonparsejob.h"
#include "methodbadge.h"
#include "tones.h"

#include <QAction>
#include <QClipboard>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

enum Page { PlaceholderPage, ErrorPage, BodyPage };
constexpr int MaxHighlights = 2000;
constexpr int MaxTreeVisits = 200000;

Tones::Tone statusTone(const Exchange &exchange)
{
    return Tones::statusTone(exchange.hasHttpResponse() ? exchange.status : 0);
}

QString formatMs(qint64 ms)
{
    return ms < 0 ? QStringLiteral("—") : ResponseViewer::tr("%1 ms").arg(ms);
}

// Cuts at most maxBytes without splitting a UTF-8 sequence.
QString utf8Prefix(const QByteArray &bytes, qsizetype maxBytes)
{
    if (bytes.size() <= maxBytes)
        return QString::fromUtf8(bytes);
    qsizetype end = maxBytes;
    while (end > 0 && (uchar(bytes.at(end)) & 0xC0) == 0x80)
        --end;
    return QString::fromUtf8(bytes.constData(), end);
}

// The status badge's tone lives on the label, so that a theme change can repaint it; none while
// sending.
const char *const BadgeTone = "badgeTone";

void paintBadge(QLabel *label)
{
    QPalette palette = label->palette();
    const QPalette outer = label->parentWidget() ? label->parentWidget()->palette() : palette;
    const QVariant tone = label->property(BadgeTone);
    const QColor fill = tone.isValid()
        ? Tones::tint(Tones::Tone(tone.toInt()), outer, QPalette::Base, 0.55)
        : outer.color(QPalette::Button);
    palette.setColor(QPalette::Window, fill);
    palette.setColor(QPalette::WindowText,
                     tone.isValid() ? Tones::foregroundOn(fill)
                                    : outer.color(QPalette::ButtonText));
    label->setPalette(palette);
}

void setBadgeTone(QLabel *label, const QVariant &tone)
{
    label->setProperty(BadgeTone, tone);
    paintBadge(label);
}

} // namespace

QByteArray reindentJsonPrefix(const QByteArray &json, qsizetype maxOutput, bool *truncated)
{
    QByteArray out;
    out.reserve(std::min<qsizetype>(maxOutput, json.size() * 2) + 64);
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    const auto newline = [&out](int level) {
        out += '\n';
        out.append(qsizetype(std::min(level, 40)) * 2, ' ');
    };
    const qsizetype size = json.size();
    qsizetype i = 0;
    for (; i < size && out.size() < maxOutput; ++i) {
        const char c = json.at(i);
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            break;
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[': {
            out += c;
            qsizetype next = i + 1;
            while (next < size && QByteArrayView(" \n\r\t").contains(json.at(next)))
                ++next;
            if (next < size && (json.at(next) == '}' || json.at(next) == ']')) {
                out += json.at(next); // keep {} and [] on one line
                i = next;
            } else {
                newline(++depth);
            }
            break;
        }
        case '}':
        case ']':
            newline(depth = std::max(0, depth - 1));
            out += c;
            break;
        case ',':
            out += c;
            newline(depth);
            break;
        case ':':
            out += ": ";
            break;
        default:
            out += c;
        }
    }
    if (truncated)
        *truncated = i < size;
    return out;
}

ResponseViewer::ResponseViewer(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_timing(new QLabel(this))
    , m_copyResponse(new QPushButton(tr("Copy response"), this))
    , m_saveBody(new QPushButton(tr("Save body…"), this))
    , m_progress(new QProgressBar(this))
    , m_cancelParse(new QPushButton(tr("Cancel"), this))
    , m_headers(new QTableWidget(0, 2, this))
    , m_search(new QLineEdit(this))
    , m_findPrev(new QPushButton(tr("Previous"), this))
    , m_findNext(new QPushButton(tr("Next"), this))
    , m_searchStatus(new QLabel(this))
    , m_copyValue(new QPushButton(tr("Copy value"), this))
    , m_copyPath(new QPushButton(tr("Copy path"), this))
    , m_note(new QLabel(this))
    , m_info(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Send a request to see its response here."), this))
    , m_error(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_tree(new QTreeView(this))
    , m_pretty(new QPlainTextEdit(this))
    , m_raw(new QPlainTextEdit(this))
    , m_parseBar(new QWidget(this))
    , m_infoTimer(new QTimer(this))
    , m_model(new JsonDocumentModel(this))
    , m_findAction(new QAction(tr("&Find in response body"), this))
{
    setObjectName(QStringLiteral("responseViewer"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_timing->setObjectName(QStringLiteral("timingLabel"));
    m_copyResponse->setObjectName(QStringLiteral("copyResponseButton"));
    m_saveBody->setObjectName(QStringLiteral("saveBodyButton"));
    m_progress->setObjectName(QStringLiteral("parseProgress"));
    m_cancelParse->setObjectName(QStringLiteral("cancelParseButton"));
    m_headers->setObjectName(QStringLiteral("headersView"));
    m_search->setObjectName(QStringLiteral("bodySearch"));
    m_findPrev->setObjectName(QStringLiteral("findPrevButton"));
    m_findNext->setObjectName(QStringLiteral("findNextButton"));
    m_searchStatus->setObjectName(QStringLiteral("searchStatus"));
    m_copyValue->setObjectName(QStringLiteral("copyValueButton"));
    m_copyPath->setObjectName(QStringLiteral("copyPathButton"));
    m_note->setObjectName(QStringLiteral("bodyNote"));
    m_info->setObjectName(QStringLiteral("viewerMessage"));
    m_error->setObjectName(QStringLiteral("errorView"));
    m_tabs->setObjectName(QStringLiteral("bodyTabs"));
    m_tree->setObjectName(QStringLiteral("bodyTree"));
    m_pretty->setObjectName(QStringLiteral("bodyPretty"));
    m_raw->setObjectName(QStringLiteral("bodyRaw"));

    const int em = fontMetrics().averageCharWidth();
    m_status->setAutoFillBackground(true);
    Tones::followPalette(m_status, [this] { paintBadge(m_status); });
    m_status->setMargin(fontMetrics().height() / 4);
    m_status->setContentsMargins(em, 0, em, 0);
    m_status->setFont(Tones::boldFont(m_status->font()));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timing->setToolTip(tr("Connect, TLS handshake, first byte and total, from the start of the "
                            "call; — when the stage did not happen or is unknown"));
    m_saveBody->setToolTip(tr("Save the whole body to a file (Ctrl+S)"));
    m_copyResponse->setToolTip(tr("Copy the status line, headers and body"));

    // The timing has a line of its own and, like any message, wraps, so that the rows fit
    // the narrowest centre column.
    m_timing->setWordWrap(true);
    m_info->setWordWrap(true);
    // The status badge and the buttons flow: in a narrow column, or with a long reason,
    // duration or translation, the buttons go to a second line rather than the badge losing
    // its end ("403 Forbidden · 30412 ms").
    auto *statusRow = new FlowLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_copyResponse);
    statusRow->addWidget(m_saveBody);
    statusRow->addWidget(m_info);

    m_progress->setRange(0, 100);
    m_progress->setFormat(tr("Parsing the body… %p%"));
    m_cancelParse->setToolTip(tr("Stop parsing; the text views keep the start of the body"));
    auto *parseLayout = new QHBoxLayout(m_parseBar);
    parseLayout->setContentsMargins(0, 0, 0, 0);
    parseLayout->addWidget(m_progress, 1);
    parseLayout->addWidget(m_cancelParse);
    m_parseBar->setVisible(false);

    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_headers->verticalHeader()->setVisible(false);
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->horizontalHeader()->resizeSection(0, em * 28);
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headers->setTabKeyNavigation(false);
    ringFocus(m_headers);
    m_headers->setWordWrap(false);
    m_headers->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 3 / 2);
    m_headers->setAccessibleName(tr("Response headers"));
    // A few lines each at least, so that a diagnosis above them still has room on a small
    // screen; the splitters give them more whenever there is.
    const int fewLines = fontMetrics().lineSpacing() * 3;
    m_headers->setMinimumHeight(fewLines);

    m_search->setPlaceholderText(tr("Find in body (Ctrl+F)"));
    enableClearButton(m_search);
    m_search->setAccessibleName(tr("Find in body"));
    m_search->setMinimumWidth(em * 24);
    m_findPrev->setToolTip(tr("Previous match (Shift+F3)"));
    m_findNext->setToolTip(tr("Next match (F3, Enter)"));
    m_copyValue->setToolTip(tr("Copy the selected value (Ctrl+C in the tree)"));
    m_copyPath->setToolTip(tr("Copy the JSON path of the selected value, e.g. $.data[0].id "
                              "(Ctrl+Shift+C in the tree)"));
    // Two groups that share a line when there is room and wrap when the column is narrow.
    auto *findGroup = new QWidget(this);
    auto *findLayout = new QHBoxLayout(findGroup);
    findLayout->setContentsMargins(0, 0, 0, 0);
    findLayout->addWidget(m_search, 1);
    findLayout->addWidget(m_findPrev);
    findLayout->addWidget(m_findNext);
    findLayout->addWidget(m_searchStatus);
    auto *copyGroup = new QWidget(this);
    auto *copyLayout = new QHBoxLayout(copyGroup);
    copyLayout->setContentsMargins(0, 0, 0, 0);
    copyLayout->addWidget(m_copyValue);
    copyLayout->addWidget(m_copyPath);
    auto *searchRow = new FlowLayout;
    searchRow->setSpacing(em * 2);
    searchRow->addWidget(findGroup);
    searchRow->addWidget(copyGroup);

    m_note->setWordWrap(true);
    m_note->setVisible(false);
    m_note->setTextFormat(Qt::PlainText);

    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAccessibleName(tr("Body as a tree"));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(JsonDocumentModel::ValueColumn, QHeaderView::Stretch);
    m_tree->header()->resizeSection(JsonDocumentModel::KeyColumn, em * 28);
    m_tree->header()->resizeSection(JsonDocumentModel::TypeColumn, em * 12);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *view : {m_pretty, m_raw}) {
        view->setReadOnly(true);
        view->setFont(fixed);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
        view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_raw->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_pretty->setAccessibleName(tr("Body as indented text"));
    m_raw->setAccessibleName(tr("Body as received"));

    for (QWidget *view : std::initializer_list<QWidget *>{m_tree, m_pretty, m_raw})
        view->setMinimumHeight(fewLines);
    m_tabs->addTab(m_tree, tr("Tree"));
    m_tabs->addTab(m_pretty, tr("Pretty"));
    m_tabs->addTab(m_raw, tr("Raw"));

    auto *bodyPage = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(bodyPage);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(searchRow);
    bodyLayout->addWidget(m_note);
    bodyLayout->addWidget(m_tabs, 1);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_error->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::RichText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->setMargin(em * 2);
    m_pages->insertWidget(PlaceholderPage, m_placeholder);
    m_pages->insertWidget(ErrorPage, m_error);
    m_pages->insertWidget(BodyPage, bodyPage);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("responseSplitter"));
    splitter->addWidget(m_headers);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({fontMetrics().height() * 6, fontMetrics().height() * 24});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(statusRow);
    layout->addWidget(m_timing);
    layout->addWidget(m_parseBar);
    layout->addWidget(splitter, 1);

    setTabOrder(m_copyResponse, m_saveBody);
    setTabOrder(m_saveBody, m_headers);
    setTabOrder(m_headers, m_search);
    setTabOrder(m_search, m_findPrev);
    setTabOrder(m_findPrev, m_findNext);
    setTabOrder(m_findNext, m_copyValue);
    setTabOrder(m_copyValue, m_copyPath);
    setTabOrder(m_copyPath, m_tabs);

    m_infoTimer->setSingleShot(true);
    m_infoTimer->setInterval(4000);
    connect(m_infoTimer, &QTimer::timeout, m_info, &QLabel::clear);

    connect(m_copyResponse, &QPushButton::clicked, this, &ResponseViewer::copyResponse);
    connect(m_saveBody, &QPushButton::clicked, this, &ResponseViewer::saveBody);
    connect(m_cancelParse, &QPushButton::clicked, this, &ResponseViewer::cancelParse);
    connect(m_findNext, &QPushButton::clicked, this, &ResponseViewer::findNext);
    connect(m_findPrev, &QPushButton::clicked, this, &ResponseViewer::findPrevious);
    connect(m_search, &QLineEdit::returnPressed, this, &ResponseViewer::findNext);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_searchStatus->clear();
        highlightMatches(m_pretty, text);
        highlightMatches(m_raw, text);
    });
    connect(m_copyValue, &QPushButton::clicked, this, &ResponseViewer::copyValue);
    connect(m_copyPath, &QPushButton::clicked, this, &ResponseViewer::copyPath);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ResponseViewer::updateActions);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ResponseViewer::updateActions);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &ResponseViewer::showTreeMenu);
    for (QPlainTextEdit *view : {m_pretty, m_raw})
        connect(view, &QPlainTextEdit::selectionChanged, this, &ResponseViewer::updateActions);

    // whatsThis is what Help → Keyboard shortcuts lists.
    const auto addShortcut = [this](const QKeySequence &keys, QWidget *scope,
                                    void (ResponseViewer::*slot)(), const QString &what) {
        auto *shortcut = new QShortcut(keys, scope);
        shortcut->setContext(scope == this ? Qt::WidgetWithChildrenShortcut : Qt::WidgetShortcut);
        shortcut->setWhatsThis(what);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    setAccessibleName(tr("Response"));
    addShortcut(QKeySequence::FindNext, this, &ResponseViewer::findNext, tr("Find the next match"));
    addShortcut(QKeySequence::FindPrevious, this, &ResponseViewer::findPrevious,
                tr("Find the previous match"));
    m_findAction->setObjectName(QStringLiteral("findInBodyAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_findAction);
    connect(m_findAction, &QAction::triggered, this, &ResponseViewer::focusSearch);
    addShortcut(QKeySequence::Save, this, &ResponseViewer::saveBody, tr("Save the body"));
    addShortcut(QKeySequence::Copy, m_tree, &ResponseViewer::copyValue,
                tr("Copy the selected value"));
    addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), m_tree, &ResponseViewer::copyPath,
                tr("Copy the selected value's JSON path"));

    clear();
}

ResponseViewer::~ResponseViewer()
{
    ++m_generation;
    if (m_job)
        m_job->cancel();
}

void ResponseViewer::setExchange(const Exchange &exchange)
{
    ++m_generation; // before cancelling, so the job's Canceled report is dropped
    cancelParse();
    m_exchange = exchange;
    m_model->clear();
    m_pretty->clear();
    m_raw->clear();
    m_note->setVisible(false);
    m_searchStatus->clear();

    // Status: colour and words, so it reads without the colour too.
    QString status;
    if (!exchange.wasSent()) {
        status = tr("Not sent");
    } else if (!exchange.hasHttpResponse() && exchange.status == 0) {
        status = tr("No response · %1").arg(transportErrorText(exchange.transportError));
    } else {
        status = statusLineText(exchange.status, exchange.reason);
        if (exchange.timings.totalMs >= 0)
            //: The status line and the time the call took, "403 Forbidden · 11 ms"
            status = tr("%1 · %2 ms").arg(status).arg(exchange.timings.totalMs);
    }
    m_status->setText(status);
    m_status->setAccessibleName(tr("Status: %1").arg(status));
    setBadgeTone(m_status, int(statusTone(exchange)));
    m_status->setVisible(true);

    const Timings &t = exchange.timings;
    QString timing = tr("Connect %1 · TLS %2 · First byte %3 · Total %4")
                         .arg(formatMs(t.connectMs), formatMs(t.tlsMs), formatMs(t.firstByteMs),
                              formatMs(t.totalMs));
    if (exchange.hasHttpResponse())
        timing += tr(" · %1").arg(QLocale().formattedDataSize(exchange.body.size()));
    if (exchange.attempt > 1)
        timing += tr(" · attempt %1").arg(exchange.attempt);
    m_timing->setText(timing);

    m_headers->setRowCount(0);
    for (const auto &[name, value] : exchange.headers) {
        const int row = m_headers->rowCount();
        m_headers->insertRow(row);
        m_headers->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(name)));
        auto *valueItem = new QTableWidgetItem(QString::fromUtf8(value));
        valueItem->setToolTip(valueItem->text());
        m_headers->setItem(row, 1, valueItem);
    }

    m_headers->setVisible(m_headers->rowCount() > 0);

    if (!exchange.wasSent()) {
        const QString why =
            exchange.refusalText.isEmpty() ? refusalId(exchange.refusal) : exchange.refusalText;
        m_error->setText(u"<p><b>" + tr("The explorer did not send this request.").toHtmlEscaped()
                         + u"</b></p><p>" + why.toHtmlEscaped() + u"</p>");
        m_pages->setCurrentIndex(ErrorPage);
        updateActions();
        emit bodyShown();
        return;
    }
    if (!exchange.hasHttpResponse() && exchange.status == 0) {
        // Rich text for the heading only: the transport's own words are escaped.
        QString text = u"<p><b>"
            + tr("No HTTP response: %1.")
                  .arg(transportErrorText(exchange.transportError))
                  .toHtmlEscaped()
            + u"</b></p>";
        if (!exchange.errorText.isEmpty())
            text += u"<p>" + exchange.errorText.toHtmlEscaped() + u"</p>";
        if (!exchange.tlsErrors.isEmpty()) {
            text += QStringLiteral("<ul>");
            for (const QString &tlsError : tlsErrorTexts(exchange.tlsErrors))
                text += u"<li>" + tlsError.toHtmlEscaped() + u"</li>";
            text += QStringLiteral("</ul>");
        }
        m_error->setText(text);
        m_pages->setCurrentIndex(ErrorPage);
        updateActions();
        emit bodyShown();
        return;
    }
    showBody();
}

void ResponseViewer::clear()
{
    ++m_generation; // before cancelling, so the job's Canceled report is dropped
    cancelParse();
    m_exchange = Exchange();
    m_model->clear();
    m_pretty->clear();
    m_raw->clear();
    m_headers->setRowCount(0);
    m_headers->setVisible(false);
    m_status->clear();
    m_status->setVisible(false);
    m_timing->clear();
    m_note->setVisible(false);
    m_searchStatus->clear();
    m_placeholder->setText(tr("Send a request to see its response here."));
    m_pages->setCurrentIndex(PlaceholderPage);
    updateActions();
}

void ResponseViewer::setInFlight(bool inFlight)
{
    if (!inFlight)
        return;
    clear();
    m_status->setText(tr("Sending…"));
    m_status->setAccessibleName(tr("Status: sending"));
    setBadgeTone(m_status, QVariant());
    m_status->setVisible(true);
    m_placeholder->setText(tr("Waiting for the response…"));
}

bool ResponseViewer::isParsing() const
{
    return m_job && m_job->isRunning();
}

void ResponseViewer::showBody()
{
    m_pages->setCurrentIndex(BodyPage);
    const QByteArray &body = m_exchange.body;
    QStringList notes;
    if (m_exchange.transportError != TransportError::None)
        notes.append(tr("The body is incomplete: %1. %2")
                         .arg(transportErrorText(m_exchange.transportError), m_exchange.errorText));
    const BodyKind kind = bodyKindOf(m_exchange.header(HeaderName::ContentType), body);
    if (kind == BodyKind::Empty) {
        notes.append(tr("The response has no body."));
        m_tabs->setTabEnabled(TreeTab, false);
        m_tabs->setTabEnabled(PrettyTab, false);
        m_tabs->setCurrentIndex(RawTab);
        showNote(notes.join(u'\n'));
        updateActions();
        emit bodyShown();
        return;
    }
    if (kind == BodyKind::Binary) {
        notes.append(tr("A binary body of %1 (%2); save it to inspect it.")
                         .arg(QLocale().formattedDataSize(body.size()),
                              QString::fromLatin1(m_exchange.header(HeaderName::ContentType))));
        m_tabs->setTabEnabled(TreeTab, false);
        m_tabs->setTabEnabled(PrettyTab, false);
        m_tabs->setCurrentIndex(RawTab);
        showNote(notes.join(u'\n'));
        updateActions();
        emit bodyShown();
        return;
    }
    if (body.size() > m_previewLimit)
        notes.append(tr("Pretty and Raw show the first %1 of %2. Save the body to see all of it.")
                         .arg(QLocale().formattedDataSize(m_previewLimit),
                              QLocale().formattedDataSize(body.size())));
    const bool json = kind == BodyKind::Json;
    setTextViews(json);
    if (!json) {
        notes.append(
            tr("Shown as text (%1).")
                .arg(m_exchange.header(HeaderName::ContentType).isEmpty()
                         ? tr("no content type")
                         : QString::fromLatin1(m_exchange.header(HeaderName::ContentType))));
        showNote(notes.join(u'\n'));
        updateActions();
        emit bodyShown();
        return;
    }
    showNote(notes.join(u'\n'));
    m_tabs->setTabEnabled(TreeTab, true);
    m_tabs->setCurrentIndex(TreeTab);

    auto *job = new JsonParseJob(body, this);
    m_job = job;
    const int generation = m_generation;
    connect(job, &JsonParseJob::progress, m_progress, &QProgressBar::setValue);
    connect(job, &JsonParseJob::finished, this, [this, generation](const JsonParseResult &result) {
        if (generation == m_generation)
            onParsed(result);
    });
    m_progress->setValue(0);
    m_parseBar->setVisible(true);
    job->start();
    updateActions();
}

void ResponseViewer::onParsed(const JsonParseResult &result)
{
    m_parseBar->setVisible(false);
    QString note = m_note->isHidden() ? QString() : m_note->text();
    const auto addNote = [&note](const QString &text) {
        note += (note.isEmpty() ? QString() : QStringLiteral("\n")) + text;
    };
    if (result.ok()) {
        m_model->setDocument(result.document);
        // Open small documents one level so that the data is visible at once.
        if (m_exchange.body.size() <= m_previewLimit && m_model->rowCount() <= 50)
            m_tree->expandToDepth(0);
        // Qt 6.4's tree tells screen readers that a new current item has the focus, focused or
        // not, and Orca then reads the tree instead of where the user is. Unfocused, the tree
        // makes its first row current itself when it takes the focus.
        if (m_tree->hasFocus())
            m_tree->setCurrentIndex(m_model->index(0, 0));
    } else {
        m_tabs->setTabEnabled(TreeTab, false);
        if (result.status == JsonParseStatus::Canceled) {
            addNote(tr("Parsing was cancelled, so there is no tree."));
        } else {
            addNote(tr("The body is not valid JSON, so there is no tree: %1").arg(result.message));
            m_tabs->setCurrentIndex(RawTab);
        }
        if (m_tabs->currentIndex() == TreeTab)
            m_tabs->setCurrentIndex(PrettyTab);
    }
    showNote(note);
    updateActions();
    emit bodyShown();
}

void ResponseViewer::setTextViews(bool isJson)
{
    const QByteArray &body = m_exchange.body;
    bool truncated = false;
    // Never rendered as HTML: QPlainTextEdit shows markup as the characters it is.
    m_raw->setPlainText(utf8Prefix(body, m_previewLimit));
    m_tabs->setTabEnabled(PrettyTab, isJson);
    m_tabs->setTabEnabled(TreeTab, isJson);
    if (isJson) {
        const QByteArray pretty =
            reindentJsonPrefix(body.left(m_previewLimit), m_previewLimit * 2, &truncated);
        m_pretty->setPlainText(QString::fromUtf8(pretty));
    } else {
        m_tabs->setCurrentIndex(RawTab);
    }
}

void ResponseViewer::showNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void ResponseViewer::showInfo(const QString &text)
{
    m_info->setText(text);
    m_infoTimer->start();
    emit statusMessage(text);
}

QString ResponseViewer::currentJsonPath() const
{
    const QModelIndex index = m_tree->currentIndex();
    return index.isValid() ? m_model->jsonPath(index) : QString();
}

bool ResponseViewer::saveBodyTo(const QString &fileName, QString *error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_exchange.body) != m_exchange.body.size()
        || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QString ResponseViewer::responseText() const
{
    QString text = QStringLiteral("HTTP/1.1 %1 %2\n")
                       .arg(m_exchange.status)
                       .arg(QString::fromLatin1(m_exchange.reason));
    for (const auto &[name, value] : m_exchange.headers)
        text += QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value) + u'\n';
    text += u'\n' + QString::fromUtf8(m_exchange.body);
    return text;
}

void ResponseViewer::focusSearch()
{
    if (m_pages->currentIndex() != BodyPage) {
        showInfo(tr("No response body to search yet."));
        return;
    }
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ResponseViewer::findNext()
{
    find(false);
}

void ResponseViewer::findPrevious()
{
    find(true);
}

void ResponseViewer::copyValue()
{
    QString value;
    if (m_tabs->currentIndex() == TreeTab) {
        const QModelIndex index = m_tree->currentIndex();
        if (!index.isValid())
            return;
        value = QString::fromUtf8(m_model->valueText(index));
    } else {
        auto *view = m_tabs->currentIndex() == PrettyTab ? m_pretty : m_raw;
        value = view->textCursor().selectedText().replace(QChar::ParagraphSeparator, u'\n');
    }
    if (value.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(value);
    showInfo(tr("Copied the value"));
}

void ResponseViewer::copyPath()
{
    const QString path = currentJsonPath();
    if (path.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(path);
    showInfo(tr("Copied %1").arg(path));
}

void ResponseViewer::copyResponse()
{
    if (!m_exchange.hasHttpResponse() && m_exchange.status == 0)
        return;
    QGuiApplication::clipboard()->setText(responseText());
    showInfo(tr("Copied the response"));
}

void ResponseViewer::saveBody()
{
    if (m_exchange.body.isEmpty())
        return;
    const QString suffix = bodyFileSuffix(m_exchange.header(HeaderName::ContentType));
    const QString fileName =
        QFileDialog::getSaveFileName(this, tr("Save Body"), QStringLiteral("response.") + suffix);
    if (fileName.isEmpty())
        return;
    QString error;
    if (saveBodyTo(fileName, &error))
        showInfo(tr("Saved %1").arg(QLocale().formattedDataSize(m_exchange.body.size())));
    else
        showInfo(tr("Could not save: %1").arg(error));
}

void ResponseViewer::cancelParse()
{
    if (!m_job)
        return;
    m_job->cancel(); // reports Canceled at once, which onParsed turns into a note
    m_job = nullptr;
    m_parseBar->setVisible(false);
}

void ResponseViewer::find(bool backwards)
{
    const QString needle = m_search->text();
    if (needle.isEmpty()) {
        focusSearch();
        return;
    }
    bool found = false;
    if (m_tabs->currentIndex() == TreeTab) {
        found = findInTree(needle, backwards);
    } else {
        QPlainTextEdit *view = m_tabs->currentIndex() == PrettyTab ? m_pretty : m_raw;
        const QTextDocument::FindFlags flags =
            backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
        found = view->find(needle, flags);
        if (!found) { // wrap around
            QTextCursor cursor = view->textCursor();
            cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
            view->setTextCursor(cursor);
            found = view->find(needle, flags);
        }
        highlightMatches(view, needle);
    }
    m_searchStatus->setText(found ? QString() : tr("Not found"));
}

bool ResponseViewer::findInTree(const QString &needle, bool backwards)
{
    const auto matches = [this, &needle](const QModelIndex &index) {
        const QModelIndex key = index.siblingAtColumn(JsonDocumentModel::KeyColumn);
        const QModelIndex value = index.siblingAtColumn(JsonDocumentModel::ValueColumn);
        return key.data().toString().contains(needle, Qt::CaseInsensitive)
            || (m_model->rowCount(key) == 0 && !m_model->hasChildren(key)
                && value.data().toString().contains(needle, Qt::CaseInsensitive));
    };
    // Depth-first order; forwards it fetches lazily loaded rows, backwards it stays within
    // what is loaded. Both give up after MaxTreeVisits rows so a huge body never freezes the UI.
    const auto nextOf = [this](QModelIndex index) {
        if (!index.isValid()) {
            return m_model->index(0, 0);
        }
        if (m_model->hasChildren(index)) {
            if (m_model->rowCount(index) == 0 && m_model->canFetchMore(index))
                m_model->fetchMore(index);
            if (m_model->rowCount(index) > 0)
                return m_model->index(0, 0, index);
        }
        while (index.isValid()) {
            const QModelIndex parent = index.parent();
            if (index.row() + 1 >= m_model->rowCount(parent) && m_model->canFetchMore(parent))
                m_model->fetchMore(parent);
            if (index.row() + 1 < m_model->rowCount(parent))
                return m_model->index(index.row() + 1, 0, parent);
            index = parent;
        }
        return QModelIndex();
    };
    const auto previousOf = [this](const QModelIndex &index) {
        if (!index.isValid()) {
            QModelIndex last;
            QModelIndex parent;
            while (m_model->rowCount(parent) > 0) {
                last = m_model->index(m_model->rowCount(parent) - 1, 0, parent);
                parent = last;
            }
            return last;
        }
        if (index.row() == 0)
            return index.parent();
        QModelIndex last = m_model->index(index.row() - 1, 0, index.parent());
        while (m_model->rowCount(last) > 0)
            last = m_model->index(m_model->rowCount(last) - 1, 0, last);
        return last;
    };

    const QModelIndex start = m_tree->currentIndex().siblingAtColumn(0);
    QModelIndex index = start;
    for (int visits = 0; visits < MaxTreeVisits; ++visits) {
        index = backwards ? previousOf(index) : nextOf(index);
        if (index == start && visits > 0)
            return matches(start);
        if (index.isValid() && matches(index)) {
            m_tree->setCurrentIndex(index);
            m_tree->scrollTo(index);
            return true;
        }
        if (!index.isValid() && !start.isValid())
            return false;
    }
    m_searchStatus->setText(tr("Searched %L1 values; press again to go on").arg(MaxTreeVisits));
    return false;
}

void ResponseViewer::highlightMatches(QPlainTextEdit *view, const QString &needle)
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!needle.isEmpty()) {
        QTextCharFormat format;
        QColor mark = palette().color(QPalette::Highlight);
        mark.setAlphaF(0.3f);
        format.setBackground(mark);
        QTextCursor cursor(view->document());
        while (selections.size() < MaxHighlights) {
            cursor = view->document()->find(needle, cursor);
            if (cursor.isNull())
                break;
            selections.append({cursor, format});
        }
    }
    view->setExtraSelections(selections);
}

void ResponseViewer::updateActions()
{
    const bool hasBody = !m_exchange.body.isEmpty();
    const bool onTree = m_tabs->currentIndex() == TreeTab;
    const bool treeSelection = onTree && m_tree->currentIndex().isValid();
    const QPlainTextEdit *view = m_tabs->currentIndex() == PrettyTab ? m_pretty : m_raw;
    m_copyPath->setEnabled(treeSelection);
    m_copyValue->setEnabled(onTree ? treeSelection : view->textCursor().hasSelection());
    m_saveBody->setEnabled(hasBody);
    m_copyResponse->setEnabled(m_exchange.hasHttpResponse() || m_exchange.status > 0);
}

void ResponseViewer::showTreeMenu(const QPoint &position)
{
    const QModelIndex index = m_tree->indexAt(position);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(tr("Copy Value"), this, &ResponseViewer::copyValue);
    menu.addAction(tr("Copy JSON Path"), this, &ResponseViewer::copyPath);
    menu.addSeparator();
    menu.addAction(tr("Expand Children"), m_tree,
                   [this, index] { m_tree->expandRecursively(index, 1); });
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

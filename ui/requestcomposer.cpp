// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "requestcomposer.h"

#include "accessibility.h"
#include "catalogue/pathtemplate.h"
#include "collections/curlimport.h"
#include "export/curlcommand.h"
#include "focusframe.h"
#include "http/headernames.h"
#include "http/headervalidation.h"
#include "tones.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBlock>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace {

constexpr int NameColumn = 0;
constexpr int ValueColumn = 1;

QString jsonErrorText(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::NoError:
        return {};
    case QJsonParseError::UnterminatedObject:
        return RequestComposer::tr("missing “}” or comma");
    case QJsonParseError::MissingNameSeparator:
        return RequestComposer::tr("missing colon after a name");
    case QJsonParseError::UnterminatedArray:
        return RequestComposer::tr("missing “]” or comma");
    case QJsonParseError::MissingValueSeparator:
        return RequestComposer::tr("missing comma");
    case QJsonParseError::IllegalValue:
        return RequestComposer::tr("unexpected character");
    case QJsonParseError::TerminationByNumber:
        return RequestComposer::tr("the text ends inside a number");
    case QJsonParseError::IllegalNumber:
        return RequestComposer::tr("invalid number");
    case QJsonParseError::IllegalEscapeSequence:
        return RequestComposer::tr("invalid escape sequence");
    case QJsonParseError::IllegalUTF8String:
        return RequestComposer::tr("invalid UTF-8");
    case QJsonParseError::UnterminatedString:
        return RequestComposer::tr("unterminated string");
    case QJsonParseError::MissingObject:
        return RequestComposer::tr("expected an object or an array");
    case QJsonParseError::DeepNesting:
        return RequestComposer::tr("nested too deeply");
    case QJsonParseError::DocumentTooLarge:
        return RequestComposer::tr("the document is too large");
    case QJsonParseError::GarbageAtEnd:
        return RequestComposer::tr("unexpected text after the end");
    }
    return RequestComposer::tr("invalid JSON");
}

bool isAuthHeader(const QString &name)
{
    return name.compare(QLatin1String(HeaderName::ApiKey), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String(HeaderName::PracticeGroupId), Qt::CaseInsensitive) == 0;
}

} // namespace

JsonTextProblem checkJsonText(const QByteArray &text)
{
    JsonTextProblem problem;
    if (text.trimmed().isEmpty())
        return problem;
    QJsonParseError error;
    QJsonDocument::fromJson(text, &error);
    if (error.error == QJsonParseError::NoError)
        return problem;
    problem.offset = std::clamp(error.offset, 0, int(text.size()));
    // Qt reports the offset after the first character it could not use; point at that character.
    if (problem.offset > 0 && !QByteArrayView(" \t\r\n").contains(text.at(problem.offset - 1)))
        --problem.offset;
    const QByteArray before = text.left(problem.offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    problem.line = int(before.count('\n')) + 1;
    problem.column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    problem.message = RequestComposer::tr("line %1, column %2: %3")
                          .arg(problem.line)
                          .arg(problem.column)
                          .arg(jsonErrorText(error.error));
    return problem;
}

RequestComposer::RequestComposer(QWidget *parent)
    : QWidget(parent)
    , m_method(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_copyCurl(new QPushButton(tr("Copy as c&url"), this))
    , m_copyAs(new QPushButton(this))
    , m_pathParams(new QWidget(this))
    , m_pathParamsLayout(new QFormLayout(m_pathParams))
    , m_noPathParams(new QLabel(tr("This path has no parameters."), this))
    , m_query(new QTableWidget(0, 2, this))
    , m_headers(new QTableWidget(0, 2, this))
    , m_body(new QPlainTextEdit(this))
    , m_bodyStatus(new QLabel(this))
    , m_authHeaders(new QLabel(this))
    , m_message(new QLabel(this))
    , m_validateTimer(new QTimer(this))
    , m_sendAction(new QAction(tr("&Send"), this))
{
    setObjectName(QStringLiteral("requestComposer"));
    m_method->setObjectName(QStringLiteral("methodCombo"));
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_copyCurl->setObjectName(QStringLiteral("copyCurlButton"));
    m_copyAs->setObjectName(QStringLiteral("copyAsButton"));
    m_pathParams->setObjectName(QStringLiteral("pathParams"));
    m_query->setObjectName(QStringLiteral("queryTable"));
    m_headers->setObjectName(QStringLiteral("headersTable"));
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_bodyStatus->setObjectName(QStringLiteral("bodyStatus"));
    m_authHeaders->setObjectName(QStringLiteral("authHeadersLabel"));
    m_message->setObjectName(QStringLiteral("composerMessage"));

    m_method->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                        QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("HEAD"),
                        QStringLiteral("OPTIONS")});
    m_method->setAccessibleName(tr("Method"));
    m_path->setPlaceholderText(tr("/v1/path/{parameter}"));
    m_path->setAccessibleName(tr("Path"));
    enableClearButton(m_path);
    m_send->setToolTip(tr("Send the request (Ctrl+Enter)"));
    // Not a default button: outside a dialog it means nothing, and Fusion draws it as focused.
    m_cancel->setToolTip(tr("Cancel the request in flight (Esc)"));
    m_cancel->setEnabled(false);
    m_copyCurl->setToolTip(tr("Copy the request as a curl command; the key is written as "
                              "\"$HERO_API_KEY\", never its value"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_method);
    top->addWidget(m_path, 1);
    top->addWidget(m_send);
    top->addWidget(m_cancel);

    m_copyAs->setText(tr("C&opy as"));
    m_copyAs->setToolTip(tr("Copy the request as code; the key is read from the HERO_API_KEY "
                            "environment variable, never written into it"));
    auto *copyAsMenu = new QMenu(m_copyAs);
    copyAsMenu->setObjectName(QStringLiteral("copyAsMenu"));
    for (const SnippetLanguage language : snippetLanguages()) {
        QAction *action = copyAsMenu->addAction(snippetLanguageName(language), this,
                                                [this, language] { copySnippet(language); });
        action->setObjectName(QStringLiteral("copyAs_") + snippetLanguageName(language));
    }
    // A push button with a menu: the style leaves room for its arrow (a tool button's drew over
    // the text).
    m_copyAs->setMenu(copyAsMenu);
    m_path->installEventFilter(this);
    // Ctrl+V with the focus on the composer's buttons or tabs; text fields keep their paste.
    auto *paste = new QShortcut(QKeySequence::Paste, this);
    paste->setContext(Qt::WidgetWithChildrenShortcut);
    paste->setWhatsThis(tr("Load a curl command on the clipboard as the request"));
    connect(paste, &QShortcut::activated, this, [this] { pasteCurlFromClipboard(); });

    m_authHeaders->setWordWrap(true); // a long list of headers must not widen the window
    m_authHeaders->setTextFormat(Qt::RichText);
    m_authHeaders->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_authHeaders->setToolTip(tr("Added by the explorer when sending. The key itself is never "
                                 "shown, copied or stored."));
    m_authHeaders->setForegroundRole(QPalette::PlaceholderText);
    setAuthPreview({}, {});

    m_message->setWordWrap(true);
    m_message->setVisible(false);

    // Parameters: the path form above the query table.
    m_pathParamsLayout->setContentsMargins(0, 0, 0, 0);
    m_pathParamsLayout->addRow(m_noPathParams);
    m_noPathParams->setForegroundRole(QPalette::PlaceholderText);

    const auto setUpTable = [this](QTableWidget *table, const QString &valueHeader) {
        table->setHorizontalHeaderLabels({tr("Name"), valueHeader});
        table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
        table->horizontalHeader()->setStretchLastSection(true);
        table->horizontalHeader()->resizeSection(NameColumn,
                                                 fontMetrics().horizontalAdvance(u'x') * 24);
        table->verticalHeader()->setVisible(false);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setTabKeyNavigation(false);
        table->setEditTriggers(QAbstractItemView::AllEditTriggers);
        ringFocus(table); // empty, it would show no focus at all
    };
    setUpTable(m_query, tr("Value"));
    setUpTable(m_headers, tr("Value"));
    m_query->setToolTip(tr("Checked rows are sent"));
    m_query->setAccessibleName(tr("Query parameters"));
    m_headers->setAccessibleName(tr("Headers"));

    const auto tableButtons = [this](QTableWidget *table, const QString &prefix) {
        auto *add = new QPushButton(tr("Add"), this);
        auto *remove = new QPushButton(tr("Remove"), this);
        add->setObjectName(prefix + QStringLiteral("AddButton"));
        remove->setObjectName(prefix + QStringLiteral("RemoveButton"));
        connect(add, &QPushButton::clicked, table, [this, table] {
            addRow(table, {}, {}, {}, true);
            table->setCurrentCell(table->rowCount() - 1, NameColumn);
            table->editItem(table->item(table->rowCount() - 1, NameColumn));
        });
        connect(remove, &QPushButton::clicked, table, [table] {
            QList<int> rows;
            for (const QModelIndex &index : table->selectionModel()->selectedRows())
                rows.append(index.row());
            if (rows.isEmpty() && table->currentRow() >= 0)
                rows.append(table->currentRow());
            std::sort(rows.begin(), rows.end(), std::greater<int>());
            for (int row : rows)
                table->removeRow(row);
        });
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch(1);
        return buttons;
    };

    auto *paramsPage = new QWidget(this);
    auto *paramsLayout = new QVBoxLayout(paramsPage);
    auto *pathTitle = new QLabel(tr("<b>Path parameters</b>"), paramsPage);
    auto *queryTitle = new QLabel(tr("<b>Query parameters</b>"), paramsPage);
    queryTitle->setBuddy(m_query);
    paramsLayout->addWidget(pathTitle);
    paramsLayout->addWidget(m_pathParams);
    paramsLayout->addWidget(queryTitle);
    paramsLayout->addWidget(m_query, 1);
    paramsLayout->addLayout(tableButtons(m_query, QStringLiteral("query")));

    auto *headersPage = new QWidget(this);
    auto *headersLayout = new QVBoxLayout(headersPage);
    headersLayout->addWidget(m_headers, 1);
    headersLayout->addLayout(tableButtons(m_headers, QStringLiteral("headers")));

    auto *bodyPage = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(bodyPage);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_body->setTabChangesFocus(true);
    m_body->setPlaceholderText(tr("JSON body (empty for none)"));
    m_body->setAccessibleName(tr("Body"));
    bodyLayout->addWidget(m_body, 1);
    bodyLayout->addWidget(m_bodyStatus);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("composerTabs"));
    tabs->addTab(paramsPage, tr("Para&meters"));
    tabs->addTab(headersPage, tr("Hea&ders"));
    tabs->addTab(bodyPage, tr("&Body"));
    // The copies of the request sit beside the tabs, where there is room: the first row keeps
    // its width for the path, which a 1024×700 window needs.
    auto *copies = new QWidget(tabs);
    auto *copiesLayout = new QHBoxLayout(copies);
    copiesLayout->setContentsMargins(0, 0, 0, 0);
    copiesLayout->addWidget(m_copyCurl);
    copiesLayout->addWidget(m_copyAs);
    tabs->setCornerWidget(copies, Qt::TopRightCorner);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_authHeaders);
    layout->addWidget(m_message);
    layout->addWidget(tabs, 1);

    setTabOrder(m_method, m_path);
    setTabOrder(m_path, m_send);
    setTabOrder(m_send, m_cancel);
    setTabOrder(m_cancel, m_copyCurl);
    setTabOrder(m_copyCurl, m_copyAs);
    setTabOrder(m_copyAs, tabs);

    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(150);
    connect(m_validateTimer, &QTimer::timeout, this, &RequestComposer::validateBody);
    connect(m_body, &QPlainTextEdit::textChanged, m_validateTimer, qOverload<>(&QTimer::start));
    connect(m_path, &QLineEdit::textChanged, this, &RequestComposer::rebuildPathParameters);
    connect(m_method, &QComboBox::currentTextChanged, this, &RequestComposer::edited);
    connect(m_path, &QLineEdit::textChanged, this, &RequestComposer::edited);
    connect(m_body, &QPlainTextEdit::textChanged, this, &RequestComposer::edited);
    for (QTableWidget *table : {m_query, m_headers}) {
        connect(table, &QTableWidget::itemChanged, this, &RequestComposer::edited);
        connect(table->model(), &QAbstractItemModel::rowsRemoved, this, &RequestComposer::edited);
        connect(table->model(), &QAbstractItemModel::rowsInserted, this, &RequestComposer::edited);
    }
    // With variables, every field may hold one: the marks follow each edit.
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        if (m_usesVariables)
            m_validateTimer->start();
    });
    for (QTableWidget *table : {m_query, m_headers}) {
        connect(table, &QTableWidget::itemChanged, this, [this] {
            if (m_usesVariables)
                m_validateTimer->start();
        });
    }
    connect(m_send, &QPushButton::clicked, this, &RequestComposer::send);
    connect(m_cancel, &QPushButton::clicked, this, &RequestComposer::cancelRequested);
    connect(m_copyCurl, &QPushButton::clicked, this, &RequestComposer::copyCurl);
    // What the client adds depends on the method (a GET's cache headers) and on the headers.
    connect(m_method, &QComboBox::currentTextChanged, this, &RequestComposer::updateAddedOnSend);
    // A header typed by hand replaces the client's own of that name.
    connect(m_headers, &QTableWidget::itemChanged, this, &RequestComposer::updateAddedOnSend);
    connect(m_headers->model(), &QAbstractItemModel::rowsRemoved, this,
            &RequestComposer::updateAddedOnSend);
    // Typing a value means "send this one".
    connect(m_query, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() != ValueColumn || item->text().isEmpty())
            return;
        if (QTableWidgetItem *name = m_query->item(item->row(), NameColumn))
            name->setCheckState(Qt::Checked);
    });

    m_sendAction->setObjectName(QStringLiteral("sendAction"));
    m_sendAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_sendAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_sendAction);
    connect(m_sendAction, &QAction::triggered, this, &RequestComposer::send);
    setAccessibleName(tr("Request composer"));
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    escape->setWhatsThis(tr("Cancel the request in flight"));
    connect(escape, &QShortcut::activated, this, [this] {
        if (m_inFlight)
            emit cancelRequested();
    });

    validateBody();
}

void RequestComposer::loadOperation(const Operation &operation)
{
    m_operation = operation;
    m_keyPlaceholderIndex = -1;
    m_pathValues.clear();
    const int methodIndex = m_method->findText(operation.method.toUpper());
    if (methodIndex >= 0) {
        m_method->setCurrentIndex(methodIndex);
    } else {
        m_method->addItem(operation.method.toUpper());
        m_method->setCurrentIndex(m_method->count() - 1);
    }
    m_path->setText(operation.path);
    rebuildPathParameters();

    m_query->setRowCount(0);
    m_headers->setRowCount(0);
    for (const Parameter &parameter : operation.parameters) {
        QString toolTip = parameter.description;
        if (!parameter.schemaType.isEmpty())
            toolTip = parameter.schemaType + (toolTip.isEmpty() ? QString() : u" · " + toolTip);
        if (!parameter.example.isEmpty())
            toolTip += tr("\nExample: %1").arg(parameter.example);
        const QString value = parameter.required ? parameter.example : QString();
        if (parameter.in == u"query")
            addRow(m_query, parameter.name, value, toolTip, parameter.required);
        else if (parameter.in == u"header" && !isAuthHeader(parameter.name))
            addRow(m_headers, parameter.name, value, toolTip, true);
    }
    m_body->setPlainText(QString::fromUtf8(operation.exampleBody));
    validateBody();
    showMessage({}, false);

    if (auto *tabs = findChild<QTabWidget *>(QStringLiteral("composerTabs"))) {
        const bool hasParameters =
            !pathTemplateParameters(operation.path).isEmpty() || m_query->rowCount() > 0;
        tabs->setCurrentIndex(!operation.exampleBody.isEmpty() && !hasParameters ? 2 : 0);
    }
}

void RequestComposer::loadRequest(const ApiRequest &request)
{
    m_keyPlaceholderIndex = -1;
    const QString method = QString::fromLatin1(request.method).toUpper();
    const int methodIndex = m_method->findText(method);
    if (methodIndex >= 0) {
        m_method->setCurrentIndex(methodIndex);
    } else {
        m_method->addItem(method);
        m_method->setCurrentIndex(m_method->count() - 1);
    }

    const PathTemplateMatch match = m_operation.path.isEmpty()
        ? PathTemplateMatch()
        : matchPathTemplate(m_operation.path, request.path);
    if (match.matches()) {
        const QMap<QString, QString> &values = match.values;
        m_path->setText(m_operation.path);
        rebuildPathParameters();
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (auto *field = m_pathParams->findChild<QLineEdit *>(u"pathParam_" + it.key()))
                field->setText(it.value());
        }
        m_pathValues = values;
    } else {
        m_pathValues.clear();
        m_path->setText(request.path);
    }

    // Keep the operation's documented rows, unchecked, and check the ones the request used.
    for (int row = 0; row < m_query->rowCount(); ++row) {
        m_query->item(row, ValueColumn)->setText({});
        m_query->item(row, NameColumn)->setCheckState(Qt::Unchecked);
    }
    for (const auto &[name, value] : request.query) {
        int found = -1;
        for (int row = 0; row < m_query->rowCount() && found < 0; ++row) {
            const QTableWidgetItem *nameItem = m_query->item(row, NameColumn);
            if (nameItem->text() == name && nameItem->checkState() == Qt::Unchecked)
                found = row;
        }
        if (found < 0) {
            addRow(m_query, name, value, {}, true);
        } else {
            m_query->item(found, ValueColumn)->setText(value);
            m_query->item(found, NameColumn)->setCheckState(Qt::Checked);
        }
    }
    m_headers->setRowCount(0);
    for (const auto &[name, value] : request.extraHeaders)
        addRow(m_headers, QString::fromLatin1(name), QString::fromUtf8(value), {}, true);
    m_body->setPlainText(QString::fromUtf8(request.body));
    validateBody();
    showMessage({}, false);
}

ApiRequest RequestComposer::request() const
{
    if (m_usesVariables)
        return resolvedRequest().request;
    ApiRequest result;
    result.method = m_method->currentText().toLatin1();

    QString pathText = m_path->text().trimmed();
    QString typedQuery;
    if (const qsizetype question = pathText.indexOf(u'?'); question >= 0) {
        typedQuery = pathText.mid(question + 1);
        pathText.truncate(question);
    }
    result.path = expandPathTemplate(pathText, [this](const QString &name) {
        const auto *field = m_pathParams->findChild<QLineEdit *>(u"pathParam_" + name);
        return field ? field->text() : QString();
    });

    if (!typedQuery.isEmpty()) {
        const QUrlQuery query(typedQuery);
        for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
            result.query.append({name, value});
    }
    for (int row = 0; row < m_query->rowCount(); ++row) {
        const QTableWidgetItem *name = m_query->item(row, NameColumn);
        const QTableWidgetItem *value = m_query->item(row, ValueColumn);
        if (!name || name->text().trimmed().isEmpty() || name->checkState() != Qt::Checked)
            continue;
        result.query.append({name->text().trimmed(), value ? value->text() : QString()});
    }
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QTableWidgetItem *name = m_headers->item(row, NameColumn);
        const QTableWidgetItem *value = m_headers->item(row, ValueColumn);
        if (!name || name->text().trimmed().isEmpty() || name->checkState() != Qt::Checked)
            continue;
        result.extraHeaders.append(
            {name->text().trimmed().toLatin1(), value ? value->text().toUtf8() : QByteArray()});
    }
    const QByteArray body = m_body->toPlainText().toUtf8();
    if (!body.trimmed().isEmpty())
        result.body = body;
    return result;
}

QString RequestComposer::problem() const
{
    if (m_usesVariables)
        return variableProblem();
    const QString path = m_path->text().trimmed();
    if (!path.startsWith(u'/'))
        return tr("The path must start with “/”, for example /v1/me.");
    QStringList missing;
    for (const QString &name : pathTemplateParameters(path)) {
        const auto *field = m_pathParams->findChild<QLineEdit *>(u"pathParam_" + name);
        if (!field || field->text().isEmpty())
            missing.append(name);
    }
    if (missing.size() == 1)
        return tr("Fill in the path parameter “%1”.").arg(missing.first());
    if (!missing.isEmpty())
        return tr("Fill in the path parameters %1.").arg(QLocale().createSeparatedList(missing));
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QTableWidgetItem *name = m_headers->item(row, NameColumn);
        if (name && name->checkState() == Qt::Checked && isAuthHeader(name->text().trimmed()))
            return tr("The explorer sets %1 itself; remove it from the headers.")
                .arg(name->text().trimmed().toLower());
    }
    const JsonTextProblem body = checkJsonText(m_body->toPlainText().toUtf8());
    if (!body.isValid())
        return tr("The body is not valid JSON: %1.").arg(body.message);
    return {};
}

QString RequestComposer::variableProblem() const
{
    const ResolvedHttpRequest resolved = resolvedRequest();
    if (resolved.unresolved.size() == 1)
        return tr("The variable {{%1}} has no value: define it in the file (@%1 = …) or in "
                  "http-client.env.json for this environment.")
            .arg(resolved.unresolved.first());
    if (!resolved.unresolved.isEmpty()) {
        QStringList names;
        for (const QString &name : resolved.unresolved)
            names.append(QStringLiteral("{{%1}}").arg(name));
        return tr("The variables %1 have no value: define them in the file or in "
                  "http-client.env.json for this environment.")
            .arg(QLocale().createSeparatedList(names));
    }
    if (!resolved.problem.isEmpty())
        return resolved.problem;
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QTableWidgetItem *name = m_headers->item(row, NameColumn);
        if (name && name->checkState() == Qt::Checked
            && name->text().trimmed().compare(QLatin1String(HeaderName::ApiKey),
                                              Qt::CaseInsensitive)
                == 0)
            return tr("The explorer sets x-api-key itself; remove it from the headers.");
    }
    const JsonTextProblem body = checkJsonText(resolved.request.body);
    if (!body.isValid())
        return tr("The body is not valid JSON once its variables are filled in: %1.")
            .arg(body.message);
    return {};
}

void RequestComposer::loadRequestText(const HttpRequestText &text)
{
    m_operation = {};
    m_pathValues.clear();
    const QString method = text.method.toUpper();
    if (const int index = m_method->findText(method); index >= 0) {
        m_method->setCurrentIndex(index);
    } else {
        m_method->addItem(method);
        m_method->setCurrentIndex(m_method->count() - 1);
    }
    m_path->setText(text.url);
    rebuildPathParameters();
    m_query->setRowCount(0);
    m_headers->setRowCount(0);
    m_keyPlaceholderIndex = -1;
    for (int i = 0; i < text.headers.size(); ++i) {
        const HttpHeaderLine &header = text.headers.at(i);
        // Only a placeholder is kept out of sight; a literal key stays in the table, where the
        // message above the request asks for it to go.
        const QList<VariableUse> uses = variableUses(header.value);
        const bool placeholder = uses.size() == 1 && uses.first().begin == 0
            && uses.first().end == header.value.trimmed().size();
        if (m_keyPlaceholderIndex < 0 && placeholder
            && header.name.compare(QLatin1String(HeaderName::ApiKey), Qt::CaseInsensitive) == 0) {
            m_keyPlaceholder = header;
            m_keyPlaceholderIndex = i;
            continue;
        }
        addRow(m_headers, header.name, header.value, {}, true);
    }
    m_body->setPlainText(text.body);
    validateBody();
    showMessage({}, false);
}

HttpRequestText RequestComposer::requestText() const
{
    HttpRequestText text;
    text.method = m_method->currentText();
    // Path parameters of a catalogue operation are written in, an empty one as a variable of
    // its name; the rest of the URL stays as typed.
    QString url = m_path->text().trimmed();
    for (const QString &name : pathTemplateParameters(url)) {
        const auto *field = m_pathParams->findChild<QLineEdit *>(u"pathParam_" + name);
        const QString value = field && !field->text().isEmpty()
            ? QString::fromLatin1(QUrl::toPercentEncoding(field->text()))
            : QStringLiteral("{{%1}}").arg(name);
        url.replace(u'{' + name + u'}', value);
    }
    QStringList query;
    for (int row = 0; row < m_query->rowCount(); ++row) {
        const QTableWidgetItem *name = m_query->item(row, NameColumn);
        const QTableWidgetItem *value = m_query->item(row, ValueColumn);
        if (!name || name->text().trimmed().isEmpty() || name->checkState() != Qt::Checked)
            continue;
        // Braces stay as they are: a {{variable}} in a value is still one in the file.
        const QByteArray keep = QByteArrayLiteral("{}$");
        query.append(QString::fromLatin1(QUrl::toPercentEncoding(name->text().trimmed(), keep))
                     + u'='
                     + QString::fromLatin1(
                         QUrl::toPercentEncoding(value ? value->text() : QString(), keep)));
    }
    if (!query.isEmpty())
        url += (url.contains(u'?') ? u'&' : u'?') + query.join(u'&');
    text.url = url;
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QTableWidgetItem *name = m_headers->item(row, NameColumn);
        const QTableWidgetItem *value = m_headers->item(row, ValueColumn);
        if (!name || name->text().trimmed().isEmpty() || name->checkState() != Qt::Checked)
            continue;
        text.headers.append({name->text().trimmed(), value ? value->text() : QString()});
    }
    if (m_keyPlaceholderIndex >= 0)
        text.headers.insert(std::min<qsizetype>(m_keyPlaceholderIndex, text.headers.size()),
                            m_keyPlaceholder);
    text.body = m_body->toPlainText();
    return text;
}

void RequestComposer::setVariableScope(const VariableScope &scope)
{
    m_usesVariables = true;
    m_scope = scope;
    validateBody();
}

void RequestComposer::clearVariableScope()
{
    m_usesVariables = false;
    m_scope = {};
    m_keyPlaceholderIndex = -1;
    validateBody();
}

ResolvedHttpRequest RequestComposer::resolvedRequest() const
{
    return resolveHttpRequest(requestText(), m_scope, m_environment);
}

void RequestComposer::markUnresolved(QList<QTextEdit::ExtraSelection> *selections)
{
    if (!m_usesVariables)
        return;
    const QStringList unresolved = resolvedRequest().unresolved;
    QStringList where;
    const QString text = m_body->toPlainText();
    for (const VariableUse &use : variableUses(text)) {
        if (!unresolved.contains(use.name))
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_body->document());
        mark.cursor.setPosition(int(use.begin));
        mark.cursor.setPosition(int(use.end), QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(
            Tones::mark(Tones::Tone::Error, m_body->palette(), QPalette::Base));
        mark.format.setToolTip(tr("No value for {{%1}}").arg(use.name));
        selections->append(mark);
    }
    const auto markField = [&unresolved](const QString &fieldText) {
        QStringList names;
        for (const VariableUse &use : variableUses(fieldText)) {
            if (unresolved.contains(use.name) && !names.contains(use.name))
                names.append(QStringLiteral("{{%1}}").arg(use.name));
        }
        return names.isEmpty() ? QString() : tr("No value for %1").arg(names.join(u' '));
    };
    m_path->setToolTip(markField(m_path->text()));
    for (QTableWidget *table : {m_query, m_headers}) {
        const QSignalBlocker blocker(table);
        for (int row = 0; row < table->rowCount(); ++row) {
            if (QTableWidgetItem *value = table->item(row, ValueColumn))
                value->setToolTip(markField(value->text()));
        }
    }
}

void RequestComposer::setAuthPreview(const QString &keyFingerprint, const QString &practiceGroup)
{
    m_keyFingerprint = keyFingerprint;
    m_practiceGroup = practiceGroup;
    updateAddedOnSend();
}

// The headers the client adds to the request as typed, in wire order, from the one prepared
// request; the key by its redacted form.
void RequestComposer::updateAddedOnSend()
{
    const ApiRequest typed = request();
    const auto typedByHand = [&typed](const QByteArray &name) {
        for (const auto &header : typed.extraHeaders) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    QStringList added;
    for (const auto &[name, value] : sentRequestPreview().headers) {
        // The auth headers are always the client's: a hand-typed one is refused, not sent.
        if (typedByHand(name) && !isAuthHeader(QString::fromLatin1(name)))
            continue;
        QString shown = QString::fromUtf8(value);
        if (name == HeaderName::ApiKey && m_keyFingerprint.isEmpty())
            shown = tr("(no key)");
        // A group that is not digits is never sent: the preview says so rather than show it as if.
        if (name == HeaderName::PracticeGroupId)
            shown = m_practiceGroup.isEmpty() ? tr("(none)")
                : practiceGroupIdProblem(value).isEmpty()
                ? shown
                : tr("“%1” is not valid: nothing is sent").arg(m_practiceGroup);
        added.append(QString::fromLatin1(name) + QStringLiteral(": ") + shown);
    }
    const QString line = tr("Added on send:  %1").arg(added.join(QStringLiteral("   ")));
    m_authHeaders->setAccessibleDescription(line);
    // Shown wrapped between headers only, never inside one ("x-" / "practice-group-id"): Qt's
    // rich text ignores white-space:nowrap on a span, so spaces and hyphens inside a header are
    // the non-breaking kind.
    QStringList unbroken;
    for (const QString &header : std::as_const(added))
        unbroken.append(header.toHtmlEscaped()
                            .replace(u' ', QStringLiteral("&nbsp;"))
                            .replace(u'-', QStringLiteral("&#8209;"))
                            // "…2mX9" stays whole: no break after the ellipsis
                            .replace(QStringLiteral("…"), QStringLiteral("…&#8288;")));
    m_authHeaders->setText(tr("Added on send:  %1")
                               .toHtmlEscaped()
                               .replace(QStringLiteral(":  "), QStringLiteral(":&nbsp; "))
                               .arg(unbroken.join(QStringLiteral("&nbsp;&nbsp; "))));
}

void RequestComposer::setInFlight(bool inFlight)
{
    m_inFlight = inFlight;
    // A disabled button passes the focus on down the chain (into the response, where a refusal
    // would find it): the focus goes from Send to Cancel and back instead.
    QPushButton *const usable = inFlight ? m_cancel : m_send;
    QPushButton *const unusable = inFlight ? m_send : m_cancel;
    const bool hadFocus = unusable->hasFocus();
    usable->setEnabled(true);
    if (hadFocus)
        usable->setFocus(Qt::OtherFocusReason);
    unusable->setEnabled(false);
    m_send->setText(inFlight ? tr("Sending…") : tr("&Send"));
}

void RequestComposer::setEnvironment(const Environment &environment)
{
    m_environment = environment;
}

SentRequest RequestComposer::sentRequestPreview() const
{
    // The redacted fingerprint stands in for the key, which the composer never holds; redacting
    // it again leaves it as it is.
    const Credentials shown{m_keyFingerprint.toUtf8(), m_practiceGroup.toUtf8()};
    return ApiClient::prepare(m_environment, shown, request()).redacted();
}

void RequestComposer::send()
{
    if (m_inFlight)
        return;
    if (const QString why = problem(); !why.isEmpty()) {
        showRequestProblem(why);
        // Take the user to what needs fixing.
        for (const QString &name : pathTemplateParameters(m_path->text())) {
            auto *field = m_pathParams->findChild<QLineEdit *>(u"pathParam_" + name);
            if (field && field->text().isEmpty()) {
                field->setFocus(Qt::OtherFocusReason);
                return;
            }
        }
        return;
    }
    showMessage({}, false);
    emit sendRequested(request());
}

void RequestComposer::rebuildPathParameters()
{
    const QStringList names = pathTemplateParameters(m_path->text());
    QStringList current;
    const QList<QLineEdit *> fields =
        m_pathParams->findChildren<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly);
    for (QLineEdit *field : fields)
        current.append(field->objectName().mid(int(qstrlen("pathParam_"))));
    if (current == names)
        return;

    while (m_pathParamsLayout->rowCount() > 0) {
        // takeRow hands over the row's layout items (not its widgets): ours to delete.
        const QFormLayout::TakeRowResult row = m_pathParamsLayout->takeRow(0);
        delete row.labelItem;
        delete row.fieldItem;
    }
    for (QLineEdit *field : fields) {
        if (QWidget *label = m_pathParamsLayout->labelForField(field))
            label->deleteLater();
        field->hide();
        field->deleteLater();
        field->setObjectName(QString()); // so lookups no longer find it before deletion
        field->setParent(nullptr);
    }
    const auto labels = m_pathParams->findChildren<QLabel *>(QStringLiteral("pathParamLabel"),
                                                             Qt::FindDirectChildrenOnly);
    for (QLabel *label : labels)
        label->deleteLater();

    m_noPathParams->setVisible(names.isEmpty());
    if (names.isEmpty()) {
        m_pathParamsLayout->addRow(m_noPathParams);
        return;
    }
    // The fields come in reading order: after the tab bar above them, before the query table.
    QWidget *previous = findChild<QTabWidget *>(QStringLiteral("composerTabs"));
    for (const QString &name : names) {
        auto *field = new QLineEdit(m_pathParams);
        field->setObjectName(u"pathParam_" + name);
        field->setText(m_pathValues.value(name));
        field->setAccessibleName(name);
        enableClearButton(field);
        QString placeholder = tr("required");
        for (const Parameter &parameter : std::as_const(m_operation.parameters)) {
            if (parameter.in == u"path" && parameter.name == name) {
                if (!parameter.example.isEmpty())
                    placeholder = tr("required, e.g. %1").arg(parameter.example);
                else if (!parameter.schemaType.isEmpty())
                    placeholder = tr("required %1").arg(parameter.schemaType);
                field->setToolTip(parameter.description);
            }
        }
        field->setPlaceholderText(placeholder);
        connect(field, &QLineEdit::textChanged, this, [this, name](const QString &text) {
            m_pathValues.insert(name, text);
            if (m_message->isVisible())
                showMessage({}, false);
        });
        auto *label = new QLabel(name + QStringLiteral(" *"), m_pathParams);
        label->setObjectName(QStringLiteral("pathParamLabel"));
        label->setBuddy(field);
        m_pathParamsLayout->addRow(label, field);
        setTabOrder(previous, field);
        previous = field;
    }
    setTabOrder(previous, m_query);
}

void RequestComposer::validateBody()
{
    m_validateTimer->stop();
    m_bodyProblem = checkJsonText(m_usesVariables ? resolvedRequest().request.body
                                                  : m_body->toPlainText().toUtf8());
    QList<QTextEdit::ExtraSelection> selections;
    if (m_body->toPlainText().trimmed().isEmpty()) {
        m_bodyStatus->setText(tr("No body"));
        m_bodyStatus->setForegroundRole(QPalette::PlaceholderText);
    } else if (m_bodyProblem.isValid()) {
        m_bodyStatus->setText(tr("✓ Valid JSON"));
        m_bodyStatus->setForegroundRole(QPalette::WindowText);
    } else {
        m_bodyStatus->setText(tr("✗ Not valid JSON: %1").arg(m_bodyProblem.message));
        m_bodyStatus->setForegroundRole(QPalette::WindowText);
        QTextEdit::ExtraSelection mark;
        const QTextBlock block = m_body->document()->findBlockByNumber(m_bodyProblem.line - 1);
        mark.cursor = QTextCursor(block);
        mark.cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                                 std::min(m_bodyProblem.column - 1, block.length() - 1));
        if (!mark.cursor.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor))
            mark.cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(
            Tones::mark(Tones::Tone::Error, m_body->palette(), QPalette::Base));
        mark.format.setBackground(
            Tones::tint(Tones::Tone::Error, m_body->palette(), QPalette::Base, 0.25));
        if (!m_usesVariables) // the offset is in the filled-in text, not the one shown
            selections.append(mark);
    }
    markUnresolved(&selections);
    m_body->setExtraSelections(selections);
    m_bodyStatus->setAccessibleDescription(m_bodyStatus->text());
    updateAddedOnSend(); // a body brings Content-Type
    if (m_showsProblem)
        showRequestProblem(problem());
}

void RequestComposer::showRequestProblem(const QString &problem)
{
    showMessage(problem, true);
    m_showsProblem = !problem.isEmpty();
}

void RequestComposer::showProblem(const QString &text)
{
    showMessage(text, true);
}

void RequestComposer::showMessage(const QString &text, bool isError)
{
    m_showsProblem = false;
    m_message->setText(isError ? u"⚠ " + text : text);
    m_message->setVisible(!text.isEmpty());
}

void RequestComposer::addRow(QTableWidget *table, const QString &name, const QString &value,
                             const QString &toolTip, bool checked)
{
    const QSignalBlocker blocker(table);
    const int row = table->rowCount();
    table->insertRow(row);
    auto *nameItem = new QTableWidgetItem(name);
    nameItem->setFlags(nameItem->flags() | Qt::ItemIsUserCheckable);
    nameItem->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    nameItem->setToolTip(toolTip);
    auto *valueItem = new QTableWidgetItem(value);
    valueItem->setToolTip(toolTip);
    table->setItem(row, NameColumn, nameItem);
    table->setItem(row, ValueColumn, valueItem);
}

void RequestComposer::copyCurl()
{
    copySnippet(SnippetLanguage::Curl);
}

void RequestComposer::copySnippet(SnippetLanguage language)
{
    if (m_environment.baseUrl.isEmpty()) {
        showMessage(tr("Pick an environment first: the code needs its address."), true);
        return;
    }
    if (const QString why = problem(); !why.isEmpty()) {
        showRequestProblem(why);
        return;
    }
    if (const QString why = practiceGroupIdProblem(m_practiceGroup.toUtf8());
        !m_practiceGroup.isEmpty() && !why.isEmpty()) {
        showMessage(tr("The practice group “%1” is not valid: %2").arg(m_practiceGroup, why), true);
        return;
    }
    // Both write x-api-key as a read of HERO_API_KEY whatever value the header holds.
    const SentRequest preview = sentRequestPreview();
    QGuiApplication::clipboard()->setText(
        language == SnippetLanguage::Curl ? curlCommand(preview) : codeSnippet(preview, language));
    const QString text =
        tr("Copied as %1; set HERO_API_KEY before running it.").arg(snippetLanguageName(language));
    showMessage(text, false);
    emit statusMessage(text);
}

bool RequestComposer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_path && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste))
        return pasteCurlFromClipboard();
    return QWidget::eventFilter(watched, event);
}

bool RequestComposer::pasteCurlFromClipboard()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (!looksLikeCurlCommand(text))
        return false;
    loadCurlCommand(text);
    return true;
}

bool RequestComposer::loadCurlCommand(const QString &command)
{
    CurlImport import = parseCurlCommand(command);
    if (!import.isValid()) {
        showMessage(tr("The curl command was not loaded: %1").arg(import.error), true);
        return false;
    }
    QStringList lines;
    const QString origin = m_environment.baseUrl.isEmpty() ? QString() : m_environment.origin();
    if (!import.origin.isEmpty() && !origin.isEmpty() && import.origin != origin) {
        lines.append(tr("The command was for %1; the request goes to %2 (%3), as the target bar "
                        "says.")
                         .arg(import.origin, origin, m_environment.name));
    } else if (const QString prefix = m_environment.baseUrl.path(); import.origin == origin
               && prefix.size() > 1 && import.path.startsWith(prefix + u'/')) {
        import.path = import.path.mid(prefix.size()); // the environment adds its own prefix
    }
    if (const QString group = import.practiceGroup(); !group.isEmpty())
        lines.append(tr("The command acted for practice group %1; choose it in the target bar "
                        "to do the same.")
                         .arg(group));
    lines += import.notices;
    loadRequest(apiRequest(import));
    const QString summary = tr("Loaded from curl: %1 %2.").arg(import.method, import.path);
    showMessage((lines.isEmpty() ? summary : summary + u'\n' + lines.join(u'\n')),
                import.droppedApiKey);
    emit statusMessage(import.droppedApiKey
                           ? tr("Loaded from curl; the key in it was not kept: store it in the "
                                "keychain instead.")
                           : summary);
    return true;
}

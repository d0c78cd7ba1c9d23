// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "catalogue/catalogue.h"
#include "collections/collectionvariables.h"
#include "export/codesnippet.h"
#include "http/apiclient.h"

#include <QTextEdit>
#include <QWidget>

class QAction;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;

// Where a JSON text stops being JSON; line and column are 1-based, 0 when the text is valid.
struct JsonTextProblem
{
    int line = 0;
    int column = 0;
    int offset = -1;
    QString message; // "line 3, column 5: missing comma"

    bool isValid() const { return offset < 0; }
};
// Empty and whitespace-only text counts as valid: it means "no body".
JsonTextProblem checkJsonText(const QByteArray &text);

// Method, path, parameters, headers and body of the next request. It builds an ApiRequest and
// asks for it to be sent; the auth headers are the client's business and only previewed here.
class RequestComposer : public QWidget
{
    Q_OBJECT
public:
    explicit RequestComposer(QWidget *parent = nullptr);

    void loadOperation(const Operation &operation);
    // Re-opens a request from history; path parameters are recovered when the loaded
    // operation's template matches the concrete path.
    void loadRequest(const ApiRequest &request);
    // The concrete request: path parameters substituted and percent-encoded, checked query rows,
    // headers with a name, and the body as typed.
    ApiRequest request() const;
    // Why the request cannot be sent now, or an empty string.
    QString problem() const;

    // A request of a collection: its text as the file holds it, {{variables}} and all. The path
    // field takes the URL as written; an x-api-key placeholder is kept out of the table and
    // written back where it was.
    void loadRequestText(const HttpRequestText &text);
    // The request as typed, variables unresolved: what a collection file holds.
    HttpRequestText requestText() const;
    // With a scope, {{variables}} are substituted on send (request() is the resolved request),
    // the request's own x-practice-group-id is allowed, and an unresolved variable is marked and
    // blocks sending.
    void setVariableScope(const VariableScope &scope);
    void clearVariableScope();
    bool usesVariables() const { return m_usesVariables; }
    // requestText() resolved against the scope and the environment.
    ResolvedHttpRequest resolvedRequest() const;

    // The key's redacted form ("…AB12") and the practice group that the client will add; the
    // "Added on send" line lists every header the client adds, as sentRequestPreview() has it.
    void setAuthPreview(const QString &keyFingerprint, const QString &practiceGroup);
    void setInFlight(bool inFlight);
    bool isInFlight() const { return m_inFlight; }

    // Where the request would go, for "Copy as curl" and the URL preview.
    void setEnvironment(const Environment &environment);
    // The request as the client puts it on the wire (ApiClient::prepare()), the key shown by its
    // redacted form.
    SentRequest sentRequestPreview() const;

    // "Send" (Ctrl+Enter), for this composer and its children; a window may widen its shortcut
    // context and list it in a menu.
    QAction *sendAction() const { return m_sendAction; }

    // Shows, above the tabs, why the window could not send the request (no key, no group).
    void showProblem(const QString &text);

    // Loads a curl command as the request (method, path, query, headers, body) and says above
    // the tabs what was taken and what was left out: always an x-api-key, which belongs in the
    // keychain. False, with the reason shown, when the text is not a curl command it can read.
    bool loadCurlCommand(const QString &command);

public slots:
    // Sends when the request is complete; otherwise shows why not.
    void send();

signals:
    void sendRequested(const ApiRequest &request);
    void cancelRequested();
    // Anything typed or loaded into the request.
    void edited();
    // Routine news for the window's status bar ("Copied as curl"); also shown inline.
    void statusMessage(const QString &text);

private:
    void rebuildPathParameters();
    void validateBody();
    void updateAddedOnSend();
    void showMessage(const QString &text, bool isError);
    // Shows why the request cannot go, and keeps it true: it is checked again after each edit
    // of the body, and goes when nothing is wrong any more.
    void showRequestProblem(const QString &problem);
    void addRow(QTableWidget *table, const QString &name, const QString &value,
                const QString &toolTip, bool checked);
    void copyCurl();
    QString variableProblem() const;
    void markUnresolved(QList<QTextEdit::ExtraSelection> *selections);
    void copySnippet(SnippetLanguage language);
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Ctrl+V: a curl command on the clipboard is loaded as the request instead of pasted.
    bool pasteCurlFromClipboard();

    QComboBox *const m_method;
    QLineEdit *const m_path;
    QPushButton *const m_send;
    QPushButton *const m_cancel;
    QPushButton *const m_copyCurl;
    QPushButton *const m_copyAs;
    QWidget *const m_pathParams;
    QFormLayout *const m_pathParamsLayout;
    QLabel *const m_noPathParams;
    QTableWidget *const m_query;
    QTableWidget *const m_headers;
    QPlainTextEdit *const m_body;
    QLabel *const m_bodyStatus;
    QLabel *const m_authHeaders;
    QLabel *const m_message;
    QTimer *const m_validateTimer;
    QAction *const m_sendAction;

    Operation m_operation;
    QMap<QString, QString> m_pathValues; // kept across template edits
    Environment m_environment;
    QString m_keyFingerprint;
    QString m_practiceGroup;
    JsonTextProblem m_bodyProblem;
    bool m_inFlight = false;
    bool m_showsProblem = false; // the message is showProblem()'s
    bool m_usesVariables = false;
    VariableScope m_scope;
    // The x-api-key placeholder line of a collection request, and its place among the headers;
    // index -1 when it has none.
    HttpHeaderLine m_keyPlaceholder;
    int m_keyPlaceholderIndex = -1;
};

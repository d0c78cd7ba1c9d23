// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "http/exchange.h"

#include <QPointer>
#include <QWidget>

class JsonDocumentModel;
class JsonParseJob;
class QAction;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QTimer;
class QTreeView;
struct JsonParseResult;

// Indents JSON text without parsing it, so that it also works on the first megabytes of a body
// too large to show whole. Stops after about maxOutput bytes and sets *truncated then.
QByteArray reindentJsonPrefix(const QByteArray &json, qsizetype maxOutput, bool *truncated);

// One exchange as the user reads it: status and timings, headers, and the body as a lazy tree,
// pretty text or raw text. Large bodies are parsed off the GUI thread and only their first
// megabytes are put into the text views; Save writes the whole body.
class ResponseViewer : public QWidget
{
    Q_OBJECT
public:
    enum BodyTab { TreeTab, PrettyTab, RawTab };

    explicit ResponseViewer(QWidget *parent = nullptr);
    ~ResponseViewer() override;

    void setExchange(const Exchange &exchange);
    const Exchange &exchange() const { return m_exchange; }
    void clear();
    void setInFlight(bool inFlight);

    // How much of a body the Pretty and Raw views hold (default 2 MiB).
    void setTextPreviewLimit(qsizetype bytes) { m_previewLimit = bytes; }
    bool isParsing() const;

    // The tree's current value as "$.data[0].id", or empty when the tree has no selection.
    QString currentJsonPath() const;
    bool saveBodyTo(const QString &fileName, QString *error = nullptr) const;
    // "HTTP/1.1 200 OK", the headers, a blank line and the body.
    QString responseText() const;

    // "Find in body" (Ctrl+F), for this viewer and its children; a window may widen its
    // shortcut context and list it in a menu.
    QAction *findAction() const { return m_findAction; }

public slots:
    void focusSearch();
    void findNext();
    void findPrevious();
    void copyValue();
    void copyPath();
    void copyResponse();
    void saveBody(); // asks for a file name
    void cancelParse();

signals:
    // The body is on screen as far as it will be: the tree is ready, or the body is text only.
    void bodyShown();
    // Routine news for the window's status bar ("Copied $.data[0].id"); also shown inline.
    void statusMessage(const QString &text);

private:
    void showBody();
    void onParsed(const JsonParseResult &result);
    void setTextViews(bool isJson);
    void showNote(const QString &text);
    void showInfo(const QString &text);
    void find(bool backwards);
    bool findInTree(const QString &needle, bool backwards);
    void highlightMatches(QPlainTextEdit *view, const QString &needle);
    void updateActions();
    void showTreeMenu(const QPoint &position);

    QLabel *const m_status;
    QLabel *const m_timing;
    QPushButton *const m_copyResponse;
    QPushButton *const m_saveBody;
    QProgressBar *const m_progress;
    QPushButton *const m_cancelParse;
    QTableWidget *const m_headers;
    QLineEdit *const m_search;
    QPushButton *const m_findPrev;
    QPushButton *const m_findNext;
    QLabel *const m_searchStatus;
    QPushButton *const m_copyValue;
    QPushButton *const m_copyPath;
    QLabel *const m_note;
    QLabel *const m_info;
    QStackedWidget *const m_pages;
    QLabel *const m_placeholder;
    QLabel *const m_error;
    QTabWidget *const m_tabs;
    QTreeView *const m_tree;
    QPlainTextEdit *const m_pretty;
    QPlainTextEdit *const m_raw;
    QWidget *const m_parseBar;
    QTimer *const m_infoTimer;
    JsonDocumentModel *const m_model;
    QAction *const m_findAction;

    Exchange m_exchange;
    QPointer<JsonParseJob> m_job;
    int m_generation = 0;
    qsizetype m_previewLimit = 2 * 1024 * 1024;
};

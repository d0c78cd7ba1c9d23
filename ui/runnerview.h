// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "session/collectionrun.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

// The runner: a window beside the explorer that runs a collection, a folder or a file through
// the explorer's own request path and shows each request as it finishes (status, time, each
// assertion with what was expected and what came), the rate limit's countdown while the
// throttle holds the next one back, and a summary. Activating a row asks the window to open
// that exchange in a tab. The run is a CollectionRun: nothing here blocks.
class RunnerView : public QDialog
{
    Q_OBJECT
public:
    explicit RunnerView(RequestRunner *runner, QWidget *parent = nullptr);
    ~RunnerView() override;

    // Runs the requests of paths (files and folders) whose name contains filter, for target,
    // replacing any run in flight. A non-GET to production asks once first. False, with the
    // reason shown in the view, when nothing runs.
    bool start(const QStringList &paths, const QString &filter, const RunTarget &target);
    // Runs the same paths again, with the filter and Bail as they are now set.
    bool runAgain();
    void cancel();
    bool isRunning() const;
    CollectionRun *run() const { return m_run; }
    // Production asks before any non-GET; tests answer through this hook instead of a dialog.
    void setProductionConfirmer(std::function<bool(const QString &question)> confirmer);

    // What "Copy report" copies: one runItemText() a request run, then the summary. It names
    // requests by method and URL only, never a key or a header value.
    QString reportText() const;
    // Writes the JUnit report of the run; false and *error when the file cannot be written.
    bool saveJUnit(const QString &fileName, QString *error) const;
    // The rate limit's countdown, or empty when nothing waits.
    QString waitText() const;

protected:
    // Closing the runner cancels its run, as closing a tab does.
    void reject() override;

signals:
    // A row was activated: the window opens its request and shows this answer.
    void exchangeRequested(const RunItem &item, const RunItemResult &result,
                           const RunTarget &target);

private:
    void onItemStarted(int index);
    void onItemFinished(int index, const RunItemResult &result);
    void onStageChanged(RequestRun::Stage stage, std::chrono::milliseconds wait);
    void onFinished(const RunSummary &summary);
    void showWait();
    void showNotice(const QString &text);
    void updateButtons();
    void copyReport();
    void askSaveJUnit();
    void activate(QTreeWidgetItem *row);
    // The production question for the items that change data there; empty when none does.
    QString productionQuestion(const QList<RunItem> &items, const RunTarget &target) const;

    RequestRunner *const m_runner;
    QLabel *const m_heading;
    QLineEdit *const m_filter;
    QCheckBox *const m_bail;
    QPushButton *const m_runButton;
    QPushButton *const m_cancel;
    QProgressBar *const m_progress;
    QLabel *const m_wait;
    QLabel *const m_notice;
    QTreeWidget *const m_table;
    QLabel *const m_summary;
    QPushButton *const m_copy;
    QPushButton *const m_saveJUnit;
    QTimer *const m_waitTimer;
    std::function<bool(const QString &)> m_confirmProduction;

    QPointer<CollectionRun> m_run;
    QStringList m_paths;
    RunTarget m_target;
    RequestRun::Stage m_waitStage = RequestRun::Stage::Finished;
    QDateTime m_waitUntil;
};

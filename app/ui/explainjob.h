// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explainprogress.h"
#include "explanation.h"
#include "summary.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace SmtpCodes {

// Runs one explanation or summary at a time on a worker thread: it reports how far it is, and
// stops when asked, keeping what was found so far. A new start stops the one running; its result is
// dropped. The destructor stops and waits for every run, so a closed window never waits long
// and never leaves a thread reading a knowledge base that is gone.
class ExplainJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplainJob)

public:
    // What a run gives: an explanation, a summary, or both (a large explanation is summarised
    // on the worker thread too).
    struct Result
    {
        Explanation explanation;
        std::shared_ptr<const Summary> summary; // null when not summarised
        bool cancelled() const { return explanation.cancelled || (summary && summary->cancelled); }
    };
    // Called on the worker thread; it passes progress to the explainer or summarizer, which
    // returns false from it once the user cancelled.
    using Work = std::function<Result(const ExplainProgress &progress)>;

    explicit ExplainJob(QObject *parent = nullptr);
    ~ExplainJob() override;

    void start(Work work);
    // Asks the running work to stop; finished() follows with what it found so far.
    void cancel();
    // Stops the running work and drops its result: what is on screen came from elsewhere.
    void abandon();
    // Stops every run and waits for them (before the knowledge base they read changes).
    void cancelAndWait();
    bool isRunning() const { return m_watcher.isRunning(); }
    bool isCancelling() const { return m_cancel && m_cancel->load(); }
    // Of the running work, in thousandths; -1 until it has said.
    int permille() const { return m_permille; }

Q_SIGNALS:
    void progressed(int permille);
    void finished(const SmtpCodes::ExplainJob::Result &result);

private:
    QFutureWatcher<Result> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    // Runs replaced by a newer one, still ending on their threads.
    QList<QFuture<Result>> m_replaced;
    int m_permille = -1;
};

} // namespace SmtpCodes

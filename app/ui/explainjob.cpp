// SPDX-License-Identifier: GPL-3.0-or-later
#include "explainjob.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace SmtpCodes {

namespace {
constexpr int progressRange = 1000;

void run(QPromise<ExplainJob::Result> &promise, const ExplainJob::Work &work,
    const std::shared_ptr<std::atomic_bool> &cancel)
{
    promise.setProgressRange(0, progressRange);
    int last = -1;
    // The explainer may call this for every line: only a change of a thousandth reaches the
    // promise, which itself passes on at most a few a second to the window.
    const ExplainProgress progress = [&promise, &cancel, &last](qint64 done, qint64 total) {
        if (total > 0) {
            const int now = int(std::clamp<qint64>(done * progressRange / total, 0, progressRange));
            if (now != last) {
                last = now;
                promise.setProgressValue(now);
            }
        }
        return !cancel->load(std::memory_order_relaxed);
    };
    ExplainJob::Result result = work(progress);
    // The work says whether it stopped early; work that ignores progress runs to the end.
    promise.addResult(std::move(result));
}
} // namespace

ExplainJob::ExplainJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result>::progressValueChanged, this, [this](int value) {
        if (!m_watcher.isRunning()) {
            return; // posted by a run that was replaced
        }
        m_permille = value;
        Q_EMIT progressed(value);
    });
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        // A late signal of a replaced run finds the newer run still going: it is not ours.
        if (!m_watcher.isFinished() || m_watcher.future().resultCount() == 0) {
            return;
        }
        const Result result = m_watcher.result();
        m_watcher.setFuture({}); // the result is not kept twice
        m_cancel.reset();
        Q_EMIT finished(result);
    });
}

ExplainJob::~ExplainJob()
{
    cancelAndWait();
}

void ExplainJob::start(Work work)
{
    abandon();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(QtConcurrent::run(run, std::move(work), m_cancel));
}

void ExplainJob::abandon()
{
    cancel();
    if (m_watcher.isRunning()) {
        m_replaced.append(m_watcher.future());
    }
    m_replaced.removeIf([](const QFuture<Result> &future) { return future.isFinished(); });
    // An empty future: a finished signal of the old run, already posted, finds no result.
    m_watcher.setFuture({});
    m_cancel.reset();
    m_permille = -1;
}

void ExplainJob::cancel()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
}

void ExplainJob::cancelAndWait()
{
    abandon();
    for (QFuture<Result> &future : m_replaced) {
        future.waitForFinished();
    }
    m_replaced.clear();
}

} // namespace SmtpCodes

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explainjob.h"
#include "knowledgebase.h"

#include <QByteArray>
#include <QStringList>

#include <functional>

namespace SmtpCodes::ExplainWork {

using DataExplainer = std::function<Explanation(const QByteArray &data, const ExplainProgress &progress)>;
using FileSummarizer = std::function<Summary(const QStringList &paths, const ExplainProgress &progress)>;

// The summary of explanation when it holds at least threshold replies, else null; text is what
// was explained, when it was text, and gives the replies their times.
std::shared_ptr<const Summary> summaryOf(const KnowledgeBase &base, const Explanation &explanation,
    const QString &name, int threshold, QStringView text = {});
// Work for ExplainJob: explains text, or data with explain, and summarises the explanation
// when it holds at least threshold replies. base must outlive the job.
ExplainJob::Work explainText(const KnowledgeBase *base, const QString &text, int threshold);
ExplainJob::Work explainData(const KnowledgeBase *base, DataExplainer explain, const QByteArray &data,
    const QString &name, int threshold);
// Work that summarises paths with summarize (Summarizer::summarizeFiles when empty).
ExplainJob::Work summarizeFiles(
    const KnowledgeBase *base, FileSummarizer summarize, const QStringList &paths);

} // namespace SmtpCodes::ExplainWork

// SPDX-License-Identifier: GPL-3.0-or-later
#include "explainwork.h"

#include "explainer.h"
#include "summarizer.h"

namespace SmtpCodes::ExplainWork {

std::shared_ptr<const Summary> summaryOf(const KnowledgeBase &base, const Explanation &explanation,
    const QString &name, int threshold, QStringView text)
{
    if (explanation.replies.size() < threshold) {
        return nullptr;
    }
    return std::make_shared<const Summary>(Summarizer(base).summarize(explanation, name, text));
}

ExplainJob::Work explainText(const KnowledgeBase *base, const QString &text, int threshold)
{
    return [base, text, threshold](const ExplainProgress &progress) {
        ExplainJob::Result result {Explainer(*base).explain(text, progress), nullptr};
        result.summary = summaryOf(*base, result.explanation, {}, threshold, text);
        return result;
    };
}

ExplainJob::Work explainData(const KnowledgeBase *base, DataExplainer explain, const QByteArray &data,
    const QString &name, int threshold)
{
    if (!explain) {
        explain = [base](const QByteArray &bytes, const ExplainProgress &progress) {
            return Explainer(*base).explainData(bytes, progress);
        };
    }
    return [base, explain, data, name, threshold](const ExplainProgress &progress) {
        ExplainJob::Result result {explain(data, progress), nullptr};
        result.summary = summaryOf(*base, result.explanation, name, threshold);
        return result;
    };
}

ExplainJob::Work summarizeFiles(const KnowledgeBase *base, FileSummarizer summarize, const QStringList &paths)
{
    if (!summarize) {
        summarize = [base](const QStringList &files, const ExplainProgress &progress) {
            return Summarizer(*base).summarizeFiles(files, progress);
        };
    }
    return [summarize, paths](const ExplainProgress &progress) {
        return ExplainJob::Result {{}, std::make_shared<const Summary>(summarize(paths, progress))};
    };
}

} // namespace SmtpCodes::ExplainWork

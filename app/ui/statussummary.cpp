// SPDX-License-Identifier: GPL-3.0-or-later
#include "statussummary.h"

#include "browseview.h"
#include "codefilterproxymodel.h"
#include "compareview.h"
#include "explainer.h"
#include "explainview.h"
#include "fileinput.h"
#include "summary.h"
#include "viewtabs.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
// The window has no English translation to choose "reply" or "replies" by %n, so English
// picks here and a translation picks among its own forms of many.
QString counted(int n, const char *one, const char *many)
{
    return n == 1 ? StatusSummary::tr(one) : StatusSummary::tr(many, nullptr, n);
}

QString outcomeName(const Lookup &lookup)
{
    const auto codeClass = lookup.effectiveClass();
    if (!codeClass) {
        return StatusSummary::tr("no class");
    }
    switch (CodeClasses::outcome(*codeClass)) {
    case Outcome::Success:
        return StatusSummary::tr("success");
    case Outcome::Intermediate:
        return StatusSummary::tr("intermediate");
    case Outcome::TemporaryFailure:
        return StatusSummary::tr("temporary failure");
    case Outcome::PermanentFailure:
        break;
    }
    return StatusSummary::tr("permanent failure");
}
} // namespace

StatusSummary::StatusSummary(ViewTabs *tabs, QWidget *parent)
    : QLabel(parent)
    , m_tabs(tabs)
{
    setObjectName(u"viewSummary"_s);
    setAccessibleName(tr("Summary of the view"));
    setTextFormat(Qt::PlainText);
    // A long summary or hint is cut to the status bar, never widening the window.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    connect(tabs, &QTabWidget::currentChanged, this, &StatusSummary::refresh);
    connect(tabs->browseView(), &BrowseView::matchCountChanged, this, &StatusSummary::refresh);
    // The compare and explain views are built on first use.
    connect(tabs, &ViewTabs::compareViewBuilt, this, [this](CompareView *compare) {
        connect(compare, &CompareView::comparisonChanged, this, &StatusSummary::refresh);
    });
    connect(tabs, &ViewTabs::explainViewBuilt, this, [this](ExplainView *explain) {
        connect(explain, &ExplainView::explained, this, &StatusSummary::refresh);
    });
    refresh();
}

StatusSummary::~StatusSummary() = default;

void StatusSummary::showHint(const QString &hint)
{
    setFullText(hint);
}

void StatusSummary::setFullText(const QString &text)
{
    m_text = text;
    const QString shown = fontMetrics().elidedText(text, Qt::ElideRight, contentsRect().width());
    // Before the first layout the label has no width yet; it is cut when it gets one.
    setText(contentsRect().width() > 0 ? shown : text);
    setToolTip(shown == text ? QString() : text);
}

void StatusSummary::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    setFullText(m_text);
}

QString StatusSummary::summary() const
{
    if (m_tabs->compareIsCurrent()) {
        return compareSummary();
    }
    return m_tabs->explainIsCurrent() ? explainSummary() : browseSummary();
}

void StatusSummary::refresh()
{
    setFullText(summary());
}

QString StatusSummary::browseSummary() const
{
    const CodeFilterProxyModel *proxy = m_tabs->browseView()->proxyModel();
    const int shown = proxy->rowCount();
    const int total = proxy->sourceModel() ? proxy->sourceModel()->rowCount() : 0;
    // Codes, reasons and provider responses alike: "entries".
    const QString count = shown == total ? tr("%n entries", nullptr, total)
                                         : tr("%1 of %n entries match", nullptr, total).arg(shown);
    // Words that matched nothing were read as the words a typo away; say so, or the list looks
    // like it answers a different search.
    QStringList corrections = proxy->corrections();
    if (corrections.isEmpty()) {
        return count;
    }
    corrections.replaceInStrings(QStringLiteral(" -> "), QStringLiteral(" \u2192 "));
    return tr("%1, reading %2").arg(count, corrections.join(QStringLiteral("; ")));
}

QString StatusSummary::compareSummary() const
{
    const CompareView *compare = m_tabs->builtCompareView();
    if (!compare || !compare->hasComparison()) {
        return tr("Choose two codes to compare");
    }
    const QString left = outcomeName(compare->left());
    const QString right = outcomeName(compare->right());
    QString summary = left == right
        ? tr("%1 vs %2: same class (%3)").arg(compare->leftCode(), compare->rightCode(), left)
        : tr("%1 vs %2: %3 vs %4").arg(compare->leftCode(), compare->rightCode(), left, right);
    if (compare->distinction()) {
        summary = tr("%1; a pair often confused").arg(summary);
    }
    return summary;
}

QString StatusSummary::explainSummary() const
{
    const ExplainView *explain = m_tabs->builtExplainView();
    if (!explain) {
        return tr("Nothing to explain yet");
    }
    QStringList parts;
    // The file first, so that a summary of replies is never read as one of pasted text.
    if (const QString file = explain->fileName(); !file.isEmpty()) {
        parts.append(explain->fileTruncated()
                ? tr("%1 (its first %2)").arg(file, FileInput::sizeText(Explainer::maximumData))
                : file);
    }
    if (const int percent = explain->cancelledAtPercent(); percent >= 0) {
        parts.append(tr("cancelled at %1%").arg(percent));
    }
    const Explanation &explanation = explain->explanation();
    if (const auto summary = explain->summary(); summary && explanation.replies.isEmpty()) {
        const int replies = int(summary->replies.size());
        parts.append(replies == 1
                ? tr("1 reply summarised: %1 hard, %2 soft bounces").arg(summary->hard).arg(summary->soft)
                : tr("%n replies summarised: %1 hard, %2 soft bounces", nullptr, replies)
                      .arg(summary->hard)
                      .arg(summary->soft));
    } else if (explanation.replies.isEmpty()) {
        parts.append(
            explanation.message.isEmpty() ? tr("Nothing to explain yet") : tr("No SMTP reply found"));
    } else {
        parts.append(verdictSummary(explanation));
    }
    return parts.join(u" \u2014 "_s);
}

QString StatusSummary::verdictSummary(const Explanation &explanation)
{
    QMap<Verdict, int> verdicts;
    for (const ExplainedReply &reply : explanation.replies) {
        ++verdicts[reply.verdict];
    }
    // Failures first: they are what the user came for.
    QStringList parts;
    const std::pair<Verdict, std::pair<const char *, const char *>> names[] = {
        {Verdict::PermanentFailure,
            {QT_TR_NOOP("1 permanent failure"), QT_TR_N_NOOP("%n permanent failures")}},
        {Verdict::TemporaryFailure,
            {QT_TR_NOOP("1 temporary failure"), QT_TR_N_NOOP("%n temporary failures")}},
        {Verdict::Delivered, {QT_TR_NOOP("1 delivered"), QT_TR_N_NOOP("%n delivered")}},
        {Verdict::Continue, {QT_TR_NOOP("1 intermediate"), QT_TR_N_NOOP("%n intermediate")}},
        {Verdict::Unknown, {QT_TR_NOOP("1 unclear"), QT_TR_N_NOOP("%n unclear")}},
    };
    for (const auto &[verdict, forms] : names) {
        if (const int n = verdicts.value(verdict); n > 0) {
            parts.append(counted(n, forms.first, forms.second));
        }
    }
    const int replies = int(explanation.replies.size());
    QString found = counted(replies, QT_TR_NOOP("1 reply found"), QT_TR_N_NOOP("%n replies found"));
    if (const int mails = int(explanation.mails.size()); mails > 0) {
        found = tr("%1 in %2").arg(found, counted(mails, QT_TR_NOOP("1 mail"), QT_TR_N_NOOP("%n mails")));
    }
    return tr("%1: %2").arg(found, parts.join(u", "_s));
}

} // namespace SmtpCodes

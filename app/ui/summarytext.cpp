// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarytext.h"

#include "fileinput.h"

#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
QString number(qint64 value)
{
    return QLocale().toString(value);
}

// "<b>1,234</b> delivered": the number stands out, the words stay plain.
QString count(qint64 value, const QString &words)
{
    return words.toHtmlEscaped().arg(u"<b>"_s + number(value) + u"</b>"_s);
}
} // namespace

QString SummaryText::inputName(const Summary &summary)
{
    if (summary.inputs.isEmpty()) {
        return tr("the text");
    }
    if (summary.inputs.size() == 1) {
        return QFileInfo(summary.inputs.first()).fileName();
    }
    return tr("%n files", nullptr, int(summary.inputs.size()));
}

QString SummaryText::headlineHtml(const Summary &summary)
{
    const int replies = int(summary.replies.size());
    QString html = u"<p style=\"font-size: large\">"_s
        + count(replies, replies == 1 ? tr("%1 reply") : tr("%1 replies")) + u" "_s
        + tr("in %1").arg(inputName(summary)).toHtmlEscaped();
    if (summary.bytes > 0) {
        html += u" ("_s + FileInput::sizeText(summary.bytes).toHtmlEscaped() + u")"_s;
    }
    html += u"</p><p>"_s;
    QStringList parts = {
        count(summary.delivered, tr("%1 delivered")),
        count(summary.temporary, tr("%1 temporary failures (4xx)")),
        count(summary.permanent, tr("%1 permanent failures (5xx)")),
        count(summary.hard, tr("%1 hard bounces")),
        count(summary.soft, tr("%1 soft bounces")),
        count(summary.addresses, tr("%1 addresses")),
    };
    if (!summary.problems.isEmpty()) {
        parts.append(count(summary.problems.size(), tr("%1 problems (listed below the causes)")));
    }
    html += parts.join(u" \u00b7 "_s) + u"</p>"_s;
    if (summary.cancelled) {
        html += u"<p><b>"_s + tr("Cancelled: the summary counts only what was read before.").toHtmlEscaped()
            + u"</b></p>"_s;
    }
    return html;
}

QString SummaryText::causesHtml(const Summary &summary)
{
    QString html = u"<h3>"_s + tr("What to fix first").toHtmlEscaped() + u"</h3>"_s;
    if (summary.causes.isEmpty()) {
        html += u"<p><i>"_s + tr("Nothing: no reply failed.").toHtmlEscaped() + u"</i></p>"_s;
    } else {
        html += u"<ol>"_s;
        for (qsizetype i = 0; i < summary.causes.size(); ++i) {
            const SummaryCause &cause = summary.causes.at(i);
            html += u"<li><b>"_s + cause.title.toHtmlEscaped() + u"</b><br>"_s
                + tr("%1 replies, %2 addresses (%3 hard, %4 soft)")
                      .arg(number(cause.replies), number(cause.addresses), number(cause.hard),
                          number(cause.soft))
                      .toHtmlEscaped();
            html += u" \u2014 <a href=\"cause:%1\">%2</a>"_s.arg(i).arg(tr("list them").toHtmlEscaped());
            if (!cause.entry.isEmpty()) {
                html += u" \u00b7 <a href=\"code:%1\">%2</a>"_s.arg(
                    cause.entry.toHtmlEscaped(), tr("what to do").toHtmlEscaped());
            }
            html += u"</li>"_s;
        }
        html += u"</ol>"_s;
    }
    if (!summary.problems.isEmpty()) {
        html += u"<h3>"_s + tr("Problems").toHtmlEscaped() + u"</h3><ul>"_s;
        for (const QString &problem : summary.problems) {
            html += u"<li>"_s + problem.toHtmlEscaped() + u"</li>"_s;
        }
        html += u"</ul>"_s;
    }
    return html;
}

QString SummaryText::groupingTitle(SummaryGrouping grouping)
{
    switch (grouping) {
    case SummaryGrouping::Outcome:
        return tr("Outcome");
    case SummaryGrouping::Reason:
        return tr("Reason");
    case SummaryGrouping::Provider:
        return tr("Provider");
    case SummaryGrouping::Basic:
        return tr("Basic code");
    case SummaryGrouping::Enhanced:
        return tr("Enhanced code");
    case SummaryGrouping::Domain:
        break;
    }
    return tr("Recipient domain");
}

} // namespace SmtpCodes

// SPDX-License-Identifier: GPL-3.0-or-later
#include "explainresults.h"

#include "documentstyle.h"
#include "explanationexcerpt.h"
#include "explanationrenderer.h"
#include "summaryexport.h"
#include "summaryview.h"

#include <QAction>
#include <QDesktopServices>
#include <QEvent>
#include <QLocale>
#include <QMenu>
#include <QTextBrowser>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

ExplainResults::ExplainResults(SummaryExport *exports, QAction *toggle, QWidget *parent)
    : QTabWidget(parent)
    , m_browser(new QTextBrowser(this))
    , m_summaryView(new SummaryView(this))
    , m_export(exports)
    , m_toggle(toggle)
{
    setObjectName(u"explainResults"_s);
    setAccessibleName(tr("Results"));
    setDocumentMode(true);
    m_browser->setObjectName(u"explainBrowser"_s);
    m_browser->setOpenLinks(false);
    m_browser->setAccessibleName(tr("Explanation"));
    m_browser->document()->setDocumentMargin(10);
    addTab(m_summaryView, tr("S&ummary"));
    addTab(m_browser, tr("&Replies"));
    setTabToolTip(
        0, tr("What the replies say together: totals, causes, reasons, providers, domains (Ctrl+Shift+R)"));
    setTabToolTip(1, tr("Every reply explained in full (Ctrl+Shift+R)"));
    m_summaryView->setExportMenu(m_export->createMenu(m_summaryView));
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"code") {
            Q_EMIT codeActivated(url.path());
        } else if (url.scheme() == u"https" || url.scheme() == u"http") {
            QDesktopServices::openUrl(url); // the RFC Editor, or a URL in the pasted reply
        }
    });
    connect(m_summaryView, &SummaryView::entryActivated, this, &ExplainResults::codeActivated);
    connect(m_summaryView, &SummaryView::message, this, &ExplainResults::message);
    show({}, nullptr, 0);
}

ExplainResults::~ExplainResults() = default;

QAction *ExplainResults::createToggleAction(QObject *parent)
{
    auto *toggle = new QAction(tr("S&witch between summary and replies"), parent);
    toggle->setObjectName(u"toggleSummaryAction"_s);
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    return toggle;
}

void ExplainResults::show(
    const Explanation &explanation, std::shared_ptr<const Summary> summary, int threshold)
{
    m_explanation = explanation;
    m_summary = std::move(summary);
    m_threshold = threshold;
    m_summaryView->setSummary(m_summary);
    m_export->update();
    setTabEnabled(indexOf(m_summaryView), m_summary != nullptr);
    const qsizetype replies = m_explanation.replies.size();
    const bool onSummary = m_summary && (replies >= threshold || replies == 0);
    setCurrentWidget(onSummary ? static_cast<QWidget *>(m_summaryView) : m_browser);
    render();
}

bool ExplainResults::summaryIsCurrent() const
{
    return currentWidget() == m_summaryView;
}

void ExplainResults::toggle()
{
    if (!m_summary) {
        Q_EMIT message(tr("No summary: it is made for %1 replies or more, and for folders and large files.")
                           .arg(m_threshold));
        return;
    }
    setCurrentWidget(summaryIsCurrent() ? static_cast<QWidget *>(m_browser) : m_summaryView);
    currentWidget()->setFocus(Qt::ShortcutFocusReason);
}

QString ExplainResults::printableHtml() const
{
    return m_explanation.replies.isEmpty() ? QString() : shownHtml();
}

QString ExplainResults::shownHtml() const
{
    const Explanation excerpt = ExplanationExcerpt::first(m_explanation);
    const QString html = ExplanationRenderer().toHtml(excerpt);
    if (!ExplanationExcerpt::isCut(m_explanation)) {
        return html;
    }
    const int all = int(m_explanation.replies.size());
    return u"<p><b>"_s
        + tr("%1 replies were found; the first %2 are shown here. The status bar counts all of them, and "
             "Copy explanation copies all of them.")
              .arg(QLocale().toString(all), QLocale().toString(excerpt.replies.size()))
              .toHtmlEscaped()
        + u"</b></p>"_s + html;
}

void ExplainResults::render()
{
    m_browser->document()->setDefaultStyleSheet(DocumentStyle::styleSheet(palette()));
    if (m_explanation.replies.isEmpty() && m_summary) {
        m_browser->setHtml(u"<p><i>"_s
            + tr("These replies were summarised straight from the files, without explaining each in full: "
                 "choose a row in the summary to list its replies, and a reply to open its entry.")
                  .toHtmlEscaped()
            + u"</i></p>"_s);
    } else if (m_explanation.replies.isEmpty() && m_explanation.message.isEmpty()) {
        m_browser->setHtml(u"<p><i>"_s
            + tr("Paste text above (Ctrl+Shift+V pastes the clipboard) or open a mail or log file (Ctrl+O): "
                 "each SMTP reply in it is listed here with its codes, what they mean and what to do.")
                  .toHtmlEscaped()
            + u"</i></p>"_s);
    } else {
        m_browser->setHtml(shownHtml());
    }
}

void ExplainResults::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        render();
    }
    QTabWidget::changeEvent(event);
}

} // namespace SmtpCodes

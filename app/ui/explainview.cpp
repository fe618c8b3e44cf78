// SPDX-License-Identifier: GPL-3.0-or-later
#include "explainview.h"

#include "clipboardexport.h"
#include "codelistmodel.h"
#include "commandtexts.h"
#include "documentstyle.h"
#include "explainer.h"
#include "explanationrenderer.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

ExplainView::ExplainView(CodeListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_paste(new QPlainTextEdit(this))
    , m_browser(new QTextBrowser(this))
    , m_status(new QLabel(this))
    , m_pasteButton(new QPushButton(CommandTexts::pasteAndExplain(), this))
    , m_copyTextButton(new QPushButton(CommandTexts::copyExplanation(), this))
    , m_copyMarkdownButton(new QPushButton(CommandTexts::copyAsMarkdown(), this))
    , m_debounce(new QTimer(this))
{
    setObjectName(u"explainView"_s);
    m_paste->setObjectName(u"pasteEdit"_s);
    m_paste->setPlaceholderText(
        tr("Paste a reply, a bounce message, a delivery status notification, a transcript or a log line."));
    m_paste->setAccessibleName(tr("Text to explain"));
    // Log lines run long: they wrap at the box's edge (anywhere, for a long address or token)
    // so that none of a line is out of sight. Wrapping only draws them so; the text is intact.
    m_paste->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_paste->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // Replies are column-sensitive ("550-" versus "550 "), so they read best in a fixed font.
    m_paste->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_paste->setTabChangesFocus(true);
    m_browser->setObjectName(u"explainBrowser"_s);
    m_browser->setOpenLinks(false);
    m_browser->setAccessibleName(tr("Explanation"));
    m_browser->document()->setDocumentMargin(10);
    m_status->setObjectName(u"explainStatus"_s);
    m_pasteButton->setObjectName(u"pasteAndExplainButton"_s);
    m_pasteButton->setToolTip(tr("Replace the text with the clipboard and explain it (Ctrl+Shift+V)"));
    m_copyTextButton->setObjectName(u"copyExplanationButton"_s);
    m_copyMarkdownButton->setObjectName(u"copyExplanationMarkdownButton"_s);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"explainSplitter"_s);
    splitter->addWidget(m_paste);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pasteButton);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_copyTextButton);
    buttons->addWidget(m_copyMarkdownButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    // Explaining follows typing, but not on every keystroke of a long edit.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &ExplainView::explainNow);
    connect(m_paste, &QPlainTextEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_pasteButton, &QPushButton::clicked, this, &ExplainView::pasteAndExplain);
    connect(m_copyTextButton, &QPushButton::clicked, this, &ExplainView::copyAsText);
    connect(m_copyMarkdownButton, &QPushButton::clicked, this, &ExplainView::copyAsMarkdown);
    connect(&m_watcher, &QFutureWatcher<Explanation>::finished, this, [this] {
        // Only the newest request counts; an older one that finishes late is dropped.
        if (m_watcher.property("generation").toInt() == m_generation) {
            show(m_watcher.result());
        }
    });
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"code") {
            Q_EMIT codeActivated(url.path());
        } else if (url.scheme() == u"https" || url.scheme() == u"http") {
            QDesktopServices::openUrl(url); // the RFC Editor, or a URL in the pasted reply
        }
    });
    // Explained replies point into the knowledge base: explain again with the reloaded one.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_watcher.waitForFinished();
        ++m_generation;
        m_explanation = {};
        explainNow();
    });
    show({});
}

ExplainView::~ExplainView()
{
    m_watcher.waitForFinished();
}

void ExplainView::setText(const QString &text)
{
    m_paste->setPlainText(text);
    explainNow();
}

void ExplainView::pasteAndExplain()
{
    const QString text = QGuiApplication::clipboard()->text();
    m_paste->setFocus(Qt::ShortcutFocusReason);
    // An empty clipboard must not wipe what the user pasted before.
    if (text.trimmed().isEmpty()) {
        Q_EMIT message(tr("The clipboard holds no text to explain."));
        return;
    }
    setText(text);
}

void ExplainView::focusPasteArea()
{
    m_paste->setFocus(Qt::ShortcutFocusReason);
}

void ExplainView::explainNow()
{
    m_debounce->stop();
    const KnowledgeBase *base = m_model->knowledgeBase();
    if (!base) {
        return;
    }
    const QString text = m_paste->toPlainText();
    ++m_generation;
    if (text.size() <= synchronousLimit) {
        show(Explainer(*base).explain(text));
        return;
    }
    m_status->setText(tr("Explaining %n characters\u2026", nullptr, int(text.size())));
    m_watcher.setProperty("generation", m_generation);
    m_watcher.setFuture(QtConcurrent::run([base, text] { return Explainer(*base).explain(text); }));
}

void ExplainView::show(const Explanation &explanation)
{
    m_explanation = explanation;
    render();
    Q_EMIT explained();
}

QString ExplainView::printableHtml() const
{
    return m_explanation.replies.isEmpty() ? QString() : ExplanationRenderer().toHtml(m_explanation);
}

QString ExplainView::documentTitle() const
{
    return tr("SMTP replies explained");
}

void ExplainView::render()
{
    m_browser->document()->setDefaultStyleSheet(DocumentStyle::styleSheet(palette()));
    const ExplanationRenderer renderer;
    if (m_explanation.replies.isEmpty() && m_explanation.message.isEmpty()) {
        m_browser->setHtml(u"<p><i>"_s
            + tr("Paste text above (Ctrl+Shift+V pastes the clipboard): each SMTP reply in it is "
                 "listed here with its codes, what they mean and what to do.")
                  .toHtmlEscaped()
            + u"</i></p>"_s);
    } else {
        m_browser->setHtml(renderer.toHtml(m_explanation));
    }
    m_status->clear(); // it only reports work in progress; the result says what was found
    const bool hasReplies = !m_explanation.replies.isEmpty();
    m_copyTextButton->setEnabled(hasReplies);
    m_copyMarkdownButton->setEnabled(hasReplies);
}

void ExplainView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        render();
    }
    QWidget::changeEvent(event);
}

bool ExplainView::canCopy()
{
    if (m_explanation.replies.isEmpty()) {
        Q_EMIT message(tr("Nothing to copy: paste a reply, a bounce or a log with an SMTP reply first."));
        return false;
    }
    return true;
}

void ExplainView::copyAsText()
{
    if (canCopy()) {
        const ExplanationRenderer renderer;
        ClipboardExport::copy(renderer.toText(m_explanation), renderer.toHtml(m_explanation));
        const int replies = int(m_explanation.replies.size());
        // The window has no English translation to pick "reply" or "replies" by %n.
        Q_EMIT message(replies == 1 ? tr("Explanation of 1 reply copied")
                                    : tr("Explanation of %n replies copied", nullptr, replies));
    }
}

void ExplainView::copyAsMarkdown()
{
    if (canCopy()) {
        const QString markdown = ExplanationRenderer().toMarkdown(m_explanation);
        ClipboardExport::copy(markdown, {}, markdown);
        const int replies = int(m_explanation.replies.size());
        Q_EMIT message(replies == 1 ? tr("Explanation of 1 reply copied as Markdown")
                                    : tr("Explanation of %n replies copied as Markdown", nullptr, replies));
    }
}

} // namespace SmtpCodes

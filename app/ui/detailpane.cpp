// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpane.h"

#include "clipboardexport.h"
#include "commandtexts.h"
#include "documentstyle.h"
#include "entryrenderer.h"
#include "flowlayout.h"

#include <QDesktopServices>
#include <QEvent>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

DetailPane::DetailPane(const KnowledgeBase *base, QWidget *parent)
    : QWidget(parent)
    , m_base(base)
    , m_browser(new QTextBrowser(this))
    , m_copyFixButton(new QPushButton(CommandTexts::copyFixAdvice(), this))
    , m_copyEntryButton(new QPushButton(CommandTexts::copyEntry(), this))
    , m_copyMarkdownButton(new QPushButton(CommandTexts::copyAsMarkdown(), this))
{
    setObjectName(u"detailPane"_s);
    m_browser->setObjectName(u"detailBrowser"_s);
    m_browser->document()->setDocumentMargin(10);
    m_browser->setOpenLinks(false);
    m_browser->setAccessibleName(tr("Entry details"));
    m_copyFixButton->setObjectName(u"copyFixButton"_s);
    m_copyFixButton->setToolTip(tr("Copy the how-to-fix advice with the code and title (Ctrl+Shift+C)"));
    m_copyEntryButton->setObjectName(u"copyEntryButton"_s);
    m_copyEntryButton->setToolTip(tr("Copy the whole entry as plain text"));
    m_copyMarkdownButton->setObjectName(u"copyMarkdownButton"_s);
    m_copyMarkdownButton->setToolTip(tr("Copy the whole entry as Markdown"));

    // A pane narrower than its buttons (a small window, a long translation) wraps them.
    auto *buttons = new FlowLayout;
    buttons->addWidget(m_copyFixButton);
    buttons->addWidget(m_copyEntryButton);
    buttons->addWidget(m_copyMarkdownButton);
    // Lines of some fifty characters stay readable; the list of codes gets the rest.
    m_browser->setMinimumWidth(48 * m_browser->fontMetrics().averageCharWidth());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    layout->addLayout(buttons);

    connect(m_browser, &QTextBrowser::anchorClicked, this, &DetailPane::openLink);
    connect(m_copyFixButton, &QPushButton::clicked, this, &DetailPane::copyFixAdvice);
    connect(m_copyEntryButton, &QPushButton::clicked, this, &DetailPane::copyEntryAsText);
    connect(m_copyMarkdownButton, &QPushButton::clicked, this, &DetailPane::copyEntryAsMarkdown);
    showMessage(tr("Type a code such as 550 or 5.1.1, or words such as mailbox full."));
}

DetailPane::~DetailPane() = default;

void DetailPane::setKnowledgeBase(const KnowledgeBase *base)
{
    m_base = base;
    m_lookup = {};
    render();
}

void DetailPane::showLookup(const Lookup &lookup)
{
    m_lookup = lookup;
    m_message.clear();
    render();
}

void DetailPane::showMessage(const QString &message)
{
    m_lookup = {};
    m_message = message;
    render();
}

void DetailPane::render()
{
    if (m_renderAfter) {
        return;
    }
    m_browser->document()->setDefaultStyleSheet(DocumentStyle::styleSheet(palette()));
    const bool hasEntry = m_base && m_lookup;
    if (hasEntry) {
        m_browser->setHtml(EntryRenderer(*m_base).toHtml(m_lookup));
    } else {
        m_browser->setHtml(u"<p><i>"_s + m_message.toHtmlEscaped() + u"</i></p>"_s);
    }
    for (QPushButton *button : {m_copyFixButton, m_copyEntryButton, m_copyMarkdownButton}) {
        button->setEnabled(hasEntry);
    }
}

QString DetailPane::printableHtml() const
{
    return m_base && m_lookup ? EntryRenderer(*m_base).toHtml(m_lookup) : QString();
}

QString DetailPane::documentTitle() const
{
    return m_base && m_lookup ? tr("SMTP %1 %2").arg(m_lookup.code, m_lookup.entry->title) : QString();
}

void DetailPane::changeEvent(QEvent *event)
{
    // A palette change (light to dark) must recolour the document, which does not follow it.
    if (event->type() == QEvent::PaletteChange) {
        render();
    }
    QWidget::changeEvent(event);
}

void DetailPane::renderAfterPaintOf(QWidget *widget)
{
    m_renderAfter = widget;
    widget->installEventFilter(this);
    // Empty until then, rather than a hint that the entry replaces at once.
    m_browser->clear();
}

bool DetailPane::eventFilter(QObject *watched, QEvent *event)
{
    if (m_renderAfter && watched == m_renderAfter && event->type() == QEvent::Paint) {
        m_renderAfter->removeEventFilter(this);
        m_renderAfter = nullptr;
        // Once the window's paint that this one is part of is done.
        QMetaObject::invokeMethod(this, &DetailPane::render, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

void DetailPane::openLink(const QUrl &url)
{
    if (url.scheme() == u"code") {
        Q_EMIT codeActivated(url.path());
    } else if (url.scheme() == u"compare") {
        const QStringList codes = url.path().split(u'/');
        if (codes.size() == 2) {
            Q_EMIT compareRequested(codes.at(0), codes.at(1));
        }
    } else if (url.scheme() == u"https") {
        QDesktopServices::openUrl(url);
    }
}

bool DetailPane::hasEntry()
{
    if (!m_base || !m_lookup) {
        Q_EMIT message(tr("Nothing to copy: no entry is shown."));
        return false;
    }
    return true;
}

void DetailPane::copyFixAdvice()
{
    if (!hasEntry()) {
        return;
    }
    const QString text = EntryRenderer(*m_base).fixAdviceText(m_lookup);
    const QString html = u"<p><b>"_s + m_lookup.code.toHtmlEscaped() + u" "_s
        + m_lookup.entry->title.toHtmlEscaped() + u"</b></p><p>"_s + m_lookup.entry->howToFix.toHtmlEscaped()
        + u"</p>"_s;
    ClipboardExport::copy(text, html);
    Q_EMIT message(tr("Fix advice for %1 copied").arg(m_lookup.code));
}

void DetailPane::copyEntryAsText()
{
    if (!hasEntry()) {
        return;
    }
    const EntryRenderer renderer(*m_base);
    ClipboardExport::copy(renderer.toText(m_lookup), renderer.toHtml(m_lookup));
    Q_EMIT message(tr("Entry %1 copied").arg(m_lookup.code));
}

void DetailPane::copyEntryAsMarkdown()
{
    if (!hasEntry()) {
        return;
    }
    const QString markdown = EntryRenderer(*m_base).toMarkdown(m_lookup);
    ClipboardExport::copy(markdown, {}, markdown);
    Q_EMIT message(tr("Entry %1 copied as Markdown").arg(m_lookup.code));
}

} // namespace SmtpCodes

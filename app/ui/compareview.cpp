// SPDX-License-Identifier: GPL-3.0-or-later
#include "compareview.h"

#include "clipboardexport.h"
#include "codelistmodel.h"
#include "commandtexts.h"
#include "comparisonbuilder.h"
#include "comparisonrenderer.h"
#include "documentstyle.h"
#include "entryrenderer.h"
#include "searchfield.h"

#include <QCompleter>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
const QString pickerSeparator = u" \u2014 "_s;
} // namespace

CompareView::CompareView(CodeListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_leftPicker(new QLineEdit(this))
    , m_rightPicker(new QLineEdit(this))
    , m_swapButton(new QToolButton(this))
    , m_browser(new QTextBrowser(this))
    , m_copyTextButton(new QPushButton(CommandTexts::copyComparison(), this))
    , m_copyMarkdownButton(new QPushButton(CommandTexts::copyAsMarkdown(), this))
    , m_copyLeftFixButton(new QPushButton(this))
    , m_copyRightFixButton(new QPushButton(this))
{
    setObjectName(u"compareView"_s);
    m_leftPicker->setObjectName(u"leftPicker"_s);
    m_rightPicker->setObjectName(u"rightPicker"_s);
    for (QLineEdit *picker : {m_leftPicker, m_rightPicker}) {
        picker->setPlaceholderText(tr("Code or title, e.g. 250 or mailbox full"));
        SearchField::enableClearButtonWhenTyped(picker);
        auto *completer = new QCompleter(new QStringListModel(picker), picker);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        completer->setMaxVisibleItems(12);
        picker->setCompleter(completer);
        connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            &CompareView::compareFromPickers);
        connect(picker, &QLineEdit::returnPressed, this, &CompareView::compareFromPickers);
    }
    m_leftPicker->setAccessibleName(tr("First code"));
    m_rightPicker->setAccessibleName(tr("Second code"));
    m_swapButton->setObjectName(u"swapButton"_s);
    // The arrows stand for the icon the button would have; the words are the menu item's.
    m_swapButton->setText(u"\u21c4 "_s + CommandTexts::swapCodes());
    m_swapButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_swapButton->setToolTip(tr("Swap the two codes"));
    m_swapButton->setAccessibleName(tr("Swap the two codes"));
    m_browser->setObjectName(u"compareBrowser"_s);
    m_browser->setOpenLinks(false);
    m_browser->setAccessibleName(tr("Comparison"));
    m_browser->document()->setDocumentMargin(10);
    m_copyTextButton->setObjectName(u"copyComparisonButton"_s);
    m_copyMarkdownButton->setObjectName(u"copyComparisonMarkdownButton"_s);
    m_copyLeftFixButton->setObjectName(u"copyLeftFixButton"_s);
    m_copyRightFixButton->setObjectName(u"copyRightFixButton"_s);

    auto *pickers = new QHBoxLayout;
    auto *leftLabel = new QLabel(tr("F&irst:"), this);
    leftLabel->setBuddy(m_leftPicker);
    auto *rightLabel = new QLabel(tr("Seco&nd:"), this);
    rightLabel->setBuddy(m_rightPicker);
    pickers->addWidget(leftLabel);
    pickers->addWidget(m_leftPicker, 1);
    pickers->addWidget(m_swapButton);
    pickers->addWidget(rightLabel);
    pickers->addWidget(m_rightPicker, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyTextButton);
    buttons->addWidget(m_copyMarkdownButton);
    buttons->addStretch();
    buttons->addWidget(m_copyLeftFixButton);
    buttons->addWidget(m_copyRightFixButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(m_browser, 1);
    layout->addLayout(buttons);
    setTabOrder(m_leftPicker, m_swapButton);
    setTabOrder(m_swapButton, m_rightPicker);
    setTabOrder(m_rightPicker, m_browser);

    connect(m_swapButton, &QToolButton::clicked, this, &CompareView::swap);
    connect(m_copyTextButton, &QPushButton::clicked, this, &CompareView::copyAsText);
    connect(m_copyMarkdownButton, &QPushButton::clicked, this, &CompareView::copyAsMarkdown);
    connect(m_copyLeftFixButton, &QPushButton::clicked, this, &CompareView::copyLeftFixAdvice);
    connect(m_copyRightFixButton, &QPushButton::clicked, this, &CompareView::copyRightFixAdvice);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"code") {
            Q_EMIT codeActivated(url.path());
        } else if (url.scheme() == u"compare") {
            const QStringList codes = url.path().split(u'/');
            if (codes.size() == 2) {
                compare(codes.at(0), codes.at(1));
            }
        } else if (url.scheme() == u"https") {
            QDesktopServices::openUrl(url);
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        refreshCompletions();
        compare(m_left.code, m_right.code);
    });
    refreshCompletions();
    render();
}

CompareView::~CompareView() = default;

void CompareView::refreshCompletions()
{
    QStringList items;
    if (const KnowledgeBase *base = m_model->knowledgeBase()) {
        for (const Entry &entry : base->entries()) {
            items.append(entry.code + pickerSeparator + entry.title);
        }
    }
    for (QLineEdit *picker : {m_leftPicker, m_rightPicker}) {
        static_cast<QStringListModel *>(picker->completer()->model())->setStringList(items);
    }
}

QString CompareView::codeFromPicker(const QString &text)
{
    // A completion reads "550 — Requested action ..."; the code is what comes before.
    const qsizetype separator = text.indexOf(pickerSeparator);
    return (separator < 0 ? text : text.left(separator)).trimmed();
}

void CompareView::compareFromPickers()
{
    compare(codeFromPicker(m_leftPicker->text()), codeFromPicker(m_rightPicker->text()));
}

bool CompareView::compare(const QString &left, const QString &right)
{
    const KnowledgeBase *base = m_model->knowledgeBase();
    m_left = base ? base->find(left) : Lookup {};
    m_right = base ? base->find(right) : Lookup {};
    QStringList errors;
    for (const Lookup *side : {&m_left, &m_right}) {
        if (!*side) {
            errors.append(side->code.isEmpty() ? tr("Choose two codes to compare.") : side->error);
        }
    }
    errors.removeDuplicates();
    m_error = errors.join(u'\n');
    m_leftPicker->setText(m_left ? m_left.code : left);
    m_rightPicker->setText(m_right ? m_right.code : right);
    render();
    if (hasComparison()) {
        Q_EMIT comparisonShown(m_left.code, m_right.code);
    }
    Q_EMIT comparisonChanged();
    return hasComparison();
}

const Distinction *CompareView::distinction() const
{
    const KnowledgeBase *base = m_model->knowledgeBase();
    return base && hasComparison() ? base->distinction(m_left.entry->code, m_right.entry->code) : nullptr;
}

QString CompareView::printableHtml() const
{
    const KnowledgeBase *base = m_model->knowledgeBase();
    if (!base || !hasComparison()) {
        return {};
    }
    return ComparisonRenderer(*base).toHtml(ComparisonBuilder(*base).build(m_left, m_right));
}

QString CompareView::documentTitle() const
{
    return hasComparison() ? tr("SMTP %1 vs %2").arg(m_left.code, m_right.code) : QString();
}

void CompareView::swap()
{
    compare(codeFromPicker(m_rightPicker->text()), codeFromPicker(m_leftPicker->text()));
}

void CompareView::focusLeftPicker()
{
    m_leftPicker->setFocus(Qt::ShortcutFocusReason);
    m_leftPicker->selectAll();
}

void CompareView::render()
{
    m_browser->document()->setDefaultStyleSheet(DocumentStyle::styleSheet(palette()));
    const KnowledgeBase *base = m_model->knowledgeBase();
    const bool ready = base && hasComparison();
    if (ready) {
        const Comparison comparison = ComparisonBuilder(*base).build(m_left, m_right);
        m_browser->setHtml(ComparisonRenderer(*base).toHtml(comparison));
    } else {
        QString html;
        for (const QString &line : m_error.split(u'\n', Qt::SkipEmptyParts)) {
            html += u"<p><i>"_s + line.toHtmlEscaped() + u"</i></p>"_s;
        }
        m_browser->setHtml(html);
    }
    m_copyLeftFixButton->setText(tr("Copy fix: %1").arg(m_left ? m_left.code : tr("first")));
    m_copyRightFixButton->setText(tr("Copy fix: %1").arg(m_right ? m_right.code : tr("second")));
    for (QPushButton *button :
        {m_copyTextButton, m_copyMarkdownButton, m_copyLeftFixButton, m_copyRightFixButton}) {
        button->setEnabled(ready);
    }
}

void CompareView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        render();
    }
    QWidget::changeEvent(event);
}

bool CompareView::canCopy()
{
    if (!m_model->knowledgeBase() || !hasComparison()) {
        Q_EMIT message(tr("Nothing to copy: choose two codes to compare."));
        return false;
    }
    return true;
}

void CompareView::copyAsText()
{
    if (!canCopy()) {
        return;
    }
    const KnowledgeBase &base = *m_model->knowledgeBase();
    const Comparison comparison = ComparisonBuilder(base).build(m_left, m_right);
    const ComparisonRenderer renderer(base);
    ClipboardExport::copy(renderer.toText(comparison), renderer.toHtml(comparison));
    Q_EMIT message(tr("Comparison %1 vs %2 copied").arg(m_left.code, m_right.code));
}

void CompareView::copyAsMarkdown()
{
    if (!canCopy()) {
        return;
    }
    const KnowledgeBase &base = *m_model->knowledgeBase();
    const QString markdown
        = ComparisonRenderer(base).toMarkdown(ComparisonBuilder(base).build(m_left, m_right));
    ClipboardExport::copy(markdown, {}, markdown);
    Q_EMIT message(tr("Comparison %1 vs %2 copied as Markdown").arg(m_left.code, m_right.code));
}

void CompareView::copyFixAdvice(const Lookup &side)
{
    if (canCopy()) {
        ClipboardExport::copy(EntryRenderer(*m_model->knowledgeBase()).fixAdviceText(side));
        Q_EMIT message(tr("Fix advice for %1 copied").arg(side.code));
    }
}

void CompareView::copyLeftFixAdvice()
{
    copyFixAdvice(m_left);
}

void CompareView::copyRightFixAdvice()
{
    copyFixAdvice(m_right);
}

void CompareView::copyBothFixAdvice()
{
    if (canCopy()) {
        const EntryRenderer renderer(*m_model->knowledgeBase());
        ClipboardExport::copy(renderer.fixAdviceText(m_left) + u'\n' + renderer.fixAdviceText(m_right));
        Q_EMIT message(tr("Fix advice for %1 and %2 copied").arg(m_left.code, m_right.code));
    }
}

} // namespace SmtpCodes

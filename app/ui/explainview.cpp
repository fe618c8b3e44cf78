// SPDX-License-Identifier: GPL-3.0-or-later
#include "explainview.h"

#include "clipboardexport.h"
#include "codelistmodel.h"
#include "commandtexts.h"
#include "explainer.h"
#include "explainjob.h"
#include "explainresults.h"
#include "explainwork.h"
#include "explanationrenderer.h"
#include "filedropfilter.h"
#include "openfiledialog.h"
#include "pastearea.h"
#include "summaryexport.h"
#include "summarytext.h"
#include "summaryview.h"
#include "workprogress.h"

#include <QAction>
#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

ExplainView::ExplainView(
    CodeListModel *model, SummaryExport *exports, QAction *toggleSummary, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_job(new ExplainJob(this))
    , m_paste(new PasteArea(this))
    , m_results(new ExplainResults(exports, toggleSummary, this))
    , m_progress(new WorkProgress(CommandTexts::cancelExplaining(), this))
    , m_pasteButton(new QPushButton(CommandTexts::pasteAndExplain(), this))
    , m_openButton(new QPushButton(CommandTexts::openFile(), this))
    , m_copyTextButton(new QPushButton(CommandTexts::copyExplanation(), this))
    , m_copyMarkdownButton(new QPushButton(CommandTexts::copyAsMarkdown(), this))
    , m_cancelAction(new QAction(CommandTexts::cancelExplaining(), this))
    , m_drops(new FileDropFilter(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(u"explainView"_s);
    setAccessibleName(tr("Explain"));
    m_pasteButton->setObjectName(u"pasteAndExplainButton"_s);
    m_pasteButton->setToolTip(tr("Replace the text with the clipboard and explain it (Ctrl+Shift+V)"));
    m_openButton->setObjectName(u"openFileButton"_s);
    m_openButton->setToolTip(tr("Explain a bounce (.eml), a mailbox (.mbox) or a log file (Ctrl+O)"));
    m_copyTextButton->setObjectName(u"copyExplanationButton"_s);
    m_copyMarkdownButton->setObjectName(u"copyExplanationMarkdownButton"_s);
    // Esc stops the work wherever the focus is in this view, and only while there is work.
    m_cancelAction->setObjectName(u"cancelExplainAction"_s);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_cancelAction->setEnabled(false);
    addAction(m_cancelAction);
    addAction(m_results->toggleAction());
    for (QWidget *target :
        {static_cast<QWidget *>(this), static_cast<QWidget *>(m_paste), m_paste->viewport(),
            static_cast<QWidget *>(browser()), browser()->viewport(), static_cast<QWidget *>(m_results)}) {
        m_drops->watch(target);
    }
    createLayout();
    connectParts();
    show({});
}

ExplainView::~ExplainView()
{
    // The job's destructor would wait too, but only after the widgets it reports to are gone.
    m_job->cancelAndWait();
}

void ExplainView::createLayout()
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"explainSplitter"_s);
    splitter->addWidget(m_paste);
    splitter->addWidget(m_results);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pasteButton);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_copyTextButton);
    buttons->addWidget(m_copyMarkdownButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
}

void ExplainView::connectParts()
{
    // Explaining follows typing, but not on every keystroke of a long edit. Typing after a
    // file was opened explains the typed text: the file is forgotten.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &ExplainView::explainNow);
    connect(m_paste, &PasteArea::edited, this, [this] {
        if (m_file.isValid() || !m_summaryPaths.isEmpty()) {
            m_file = {};
            m_summaryPaths.clear();
            m_paste->forgetFile();
        }
        m_debounce->start();
    });
    connect(m_pasteButton, &QPushButton::clicked, this, &ExplainView::pasteAndExplain);
    connect(m_openButton, &QPushButton::clicked, this, &ExplainView::openFileInteractively);
    connect(m_copyTextButton, &QPushButton::clicked, this, &ExplainView::copyAsText);
    connect(m_copyMarkdownButton, &QPushButton::clicked, this, &ExplainView::copyAsMarkdown);
    connect(m_progress, &WorkProgress::cancelRequested, this, &ExplainView::cancel);
    connect(m_cancelAction, &QAction::triggered, this, &ExplainView::cancel);
    connect(m_job, &ExplainJob::progressed, m_progress, &WorkProgress::setPermille);
    connect(m_job, &ExplainJob::finished, this, &ExplainView::workFinished);
    connect(m_drops, &FileDropFilter::filesDropped, this, &ExplainView::openFiles);
    connect(m_results, &ExplainResults::codeActivated, this, &ExplainView::codeActivated);
    connect(m_results, &ExplainResults::message, this, &ExplainView::message);
    connect(m_results, &ExplainResults::problem, this, &ExplainView::problem);
    // Explained replies point into the knowledge base: explain again with the reloaded one.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_job->cancelAndWait();
        setIdle();
        m_explanation = {};
        m_summary.reset();
        explainNow();
    });
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

bool ExplainView::openFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        return openFolder(path);
    }
    if (info.size() > summaryFileSize) {
        OpenFileDialog::rememberFolderOf(path);
        openForSummary({path});
        return true;
    }
    FileInput file = FileInput::read(path, Explainer::maximumData);
    if (!file.isValid()) {
        Q_EMIT problem(file.error());
        return false;
    }
    OpenFileDialog::rememberFolderOf(path);
    m_file = std::move(file);
    m_summaryPaths.clear();
    // Before the text is replaced: the box is read-only while a file is explained.
    m_job->abandon();
    setIdle();
    m_paste->showFile(m_file);
    explainNow();
    if (m_file.isTruncated()) {
        Q_EMIT problem(tr("%1 is %2: only its first %3 were explained")
                           .arg(m_file.fileName(), FileInput::sizeText(m_file.fileSize()),
                               FileInput::sizeText(Explainer::maximumData)));
    }
    return true;
}

void ExplainView::openFiles(const QStringList &paths)
{
    if (paths.isEmpty() || !openFile(paths.first())) {
        return;
    }
    const int others = int(paths.size()) - 1;
    if (others == 1) {
        Q_EMIT problem(tr("One file is explained at a time: %1 is shown, %2 was left out")
                           .arg(m_file.fileName(), QFileInfo(paths.at(1)).fileName()));
    } else if (others > 1) {
        Q_EMIT problem(
            tr("One file is explained at a time: %1 is shown, the other %n were left out", nullptr, others)
                .arg(m_file.fileName()));
    }
}

void ExplainView::openFileInteractively()
{
    if (const QString path = OpenFileDialog::getFile(this); !path.isEmpty()) {
        openFile(path);
    }
}

bool ExplainView::openFolder(const QString &path)
{
    if (const QString why = OpenFileDialog::folderProblem(path); !why.isEmpty()) {
        Q_EMIT problem(why);
        return false;
    }
    OpenFileDialog::rememberFolder(path);
    openForSummary({path});
    return true;
}

void ExplainView::openFolderInteractively()
{
    if (const QString path = OpenFileDialog::getFolder(this); !path.isEmpty()) {
        openFolder(path);
    }
}

void ExplainView::openForSummary(const QStringList &paths)
{
    m_job->abandon();
    setIdle();
    m_file = {};
    m_summaryPaths = paths;
    m_paste->showSummarised(paths.first());
    explainNow();
}

QString ExplainView::fileName() const
{
    if (!m_summaryPaths.isEmpty()) {
        return QFileInfo(m_summaryPaths.first()).fileName();
    }
    return m_file.isValid() ? m_file.fileName() : QString();
}

void ExplainView::focusPasteArea()
{
    m_paste->setFocus(Qt::ShortcutFocusReason);
}

bool ExplainView::isBusy() const
{
    return m_job->isRunning();
}

void ExplainView::cancel()
{
    if (!isBusy() || m_job->isCancelling()) {
        return;
    }
    m_job->cancel();
    m_progress->setCancelling();
}

void ExplainView::explainNow()
{
    m_debounce->stop();
    if (!m_model->knowledgeBase()) {
        return;
    }
    m_cancelledAt = -1;
    if (!m_summaryPaths.isEmpty()) {
        startWork(tr("Summarising %1\u2026").arg(fileName()),
            ExplainWork::summarizeFiles(m_model->knowledgeBase(), m_fileSummarizer, m_summaryPaths));
    } else if (m_file.isValid()) {
        explainFile();
    } else {
        explainText();
    }
}

void ExplainView::explainText()
{
    const KnowledgeBase *base = m_model->knowledgeBase();
    const QString text = m_paste->toPlainText();
    if (text.size() <= synchronousLimit) {
        m_job->abandon();
        setIdle();
        show(ExplainWork::explainText(base, text, summaryThreshold)({}));
        return;
    }
    startWork(tr("Explaining %n characters\u2026", nullptr, int(text.size())),
        ExplainWork::explainText(base, text, summaryThreshold));
}

void ExplainView::explainFile()
{
    const QByteArray bytes = m_file.data();
    const QString name = m_file.fileName();
    const ExplainJob::Work work
        = ExplainWork::explainData(m_model->knowledgeBase(), m_dataExplainer, bytes, name, summaryThreshold);
    if (bytes.size() <= fileSynchronousLimit) {
        m_job->abandon();
        setIdle();
        show(work({}));
        return;
    }
    startWork(tr("Explaining %1 (%2)\u2026").arg(name, FileInput::sizeText(bytes.size())), work);
}

void ExplainView::startWork(const QString &what, const ExplainJob::Work &work)
{
    m_job->start(work);
    m_progress->start(what);
    m_cancelAction->setEnabled(true);
    // Typing now would explain text the user cannot see being explained; Cancel comes first.
    m_paste->setReadOnly(true);
}

void ExplainView::workFinished(const ExplainJob::Result &result)
{
    const int percent = m_progress->percent();
    setIdle();
    if (result.cancelled()) {
        m_cancelledAt = std::max(percent, 0);
        Q_EMIT problem(result.explanation.replies.isEmpty() && result.summary
                ? tr("Cancelled after %1%: the summary counts the replies read so far").arg(m_cancelledAt)
                : tr("Cancelled after %1%: showing the replies found so far").arg(m_cancelledAt));
    } else if (result.summary && result.summary->replies.isEmpty() && result.explanation.replies.isEmpty()) {
        Q_EMIT problem(tr("No SMTP reply found in %1").arg(SummaryText::inputName(*result.summary)));
    }
    show(result);
}

void ExplainView::setIdle()
{
    m_progress->finish();
    m_cancelAction->setEnabled(false);
    m_paste->setReadOnly(false);
}

void ExplainView::show(const ExplainJob::Result &result)
{
    m_explanation = result.explanation;
    m_summary = result.summary;
    m_results->show(m_explanation, m_summary, summaryThreshold);
    const bool hasReplies = !m_explanation.replies.isEmpty();
    m_copyTextButton->setEnabled(hasReplies);
    m_copyMarkdownButton->setEnabled(hasReplies || m_summary);
    Q_EMIT explained();
}

QString ExplainView::documentTitle() const
{
    return !fileName().isEmpty() ? tr("%1: SMTP replies explained").arg(fileName())
                                 : tr("SMTP replies explained");
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
    // The summary in front, or all there is: copied as the summary's Markdown.
    if (m_summary && (summaryIsCurrent() || m_explanation.replies.isEmpty())) {
        summaryExport()->copyMarkdown();
    } else if (canCopy()) {
        const QString markdown = ExplanationRenderer().toMarkdown(m_explanation);
        ClipboardExport::copy(markdown, {}, markdown);
        const int replies = int(m_explanation.replies.size());
        Q_EMIT message(replies == 1 ? tr("Explanation of 1 reply copied as Markdown")
                                    : tr("Explanation of %n replies copied as Markdown", nullptr, replies));
    }
}

} // namespace SmtpCodes

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explainjob.h"
#include "explainprogress.h"
#include "explainresults.h"
#include "explainwork.h"
#include "explanation.h"
#include "fileinput.h"
#include "summary.h"

#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace SmtpCodes {

class CodeListModel;
class FileDropFilter;
class PasteArea;
class SummaryExport;
class SummaryView;
class WorkProgress;

// A paste area and the replies found in it, each linked to its entries, with its verdict and
// warnings; or the same for a file opened or dropped (a bounce, an mbox, a log). Many replies
// open on their summary, with the full list a tab away; folders and large files are summarised
// straight from the files. Large pastes and files are explained or summarised on a worker
// thread, with progress and Cancel, so the window never freezes.
class ExplainView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplainView)

public:
    // Explains the bytes of a file; Explainer::explainData unless a test puts in its own.
    using DataExplainer = ExplainWork::DataExplainer;
    // Summarises files and folders; Summarizer::summarizeFiles unless a test puts in its own.
    using FileSummarizer = ExplainWork::FileSummarizer;

    // Pastes up to this size are explained at once; larger ones on a worker thread.
    static constexpr qsizetype synchronousLimit = 64 * 1024;
    // The same for files, whose bytes are read faster than typed text is.
    static constexpr qsizetype fileSynchronousLimit = 256 * 1024;
    // From this many replies the view opens on their summary.
    static constexpr int summaryThreshold = 20;
    // Files larger than this are summarised from the file, without a full explanation.
    static constexpr qint64 summaryFileSize = 8 * 1024 * 1024;

    // exports and toggleSummary are the window's (see ExplainResults).
    ExplainView(
        CodeListModel *model, SummaryExport *exports, QAction *toggleSummary, QWidget *parent = nullptr);
    ~ExplainView() override;

    void setText(const QString &text);
    // Replaces the paste area with the clipboard's text and explains it.
    void pasteAndExplain();
    // Reads path and explains its bytes; false, with the reason in problem(), when it cannot
    // be read (what was on screen stays).
    bool openFile(const QString &path);
    // Explains the first of paths, saying that the others were left out.
    void openFiles(const QStringList &paths);
    // Asks for a file, in the folder of the last one opened.
    void openFileInteractively();
    // Summarises every file below path; false, with the reason in problem(), when the folder
    // cannot be read or is empty.
    bool openFolder(const QString &path);
    void openFolderInteractively();
    // The summary on screen; null when the replies were too few or none were found.
    std::shared_ptr<const Summary> summary() const { return m_summary; }
    SummaryView *summaryView() const { return m_results->summaryView(); }
    SummaryExport *summaryExport() const { return m_results->summaryExport(); }
    // Switches between the summary and the list of every reply.
    QAction *toggleSummaryAction() const { return m_results->toggleAction(); }
    void toggleSummary() { m_results->toggle(); }
    bool summaryIsCurrent() const { return m_results->summaryIsCurrent(); }
    // Stops the explanation running; what it found so far is shown.
    void cancel();
    void explainNow();
    const Explanation &explanation() const { return m_explanation; }
    bool isBusy() const;
    // The name of the file or folder explained; empty for pasted text.
    QString fileName() const;
    // The file was longer than Explainer::maximumData and only its start was explained.
    bool fileTruncated() const { return m_file.isValid() && m_file.isTruncated(); }
    // How far the explanation was when the user cancelled it; -1 when it ran to the end.
    int cancelledAtPercent() const { return m_cancelledAt; }
    void setDataExplainer(DataExplainer explainer) { m_dataExplainer = std::move(explainer); }
    void setFileSummarizer(FileSummarizer summarizer) { m_fileSummarizer = std::move(summarizer); }
    QTextBrowser *browser() const { return m_results->browser(); }
    void focusPasteArea();
    // The explanation for printing; empty when no reply was found.
    QString printableHtml() const { return m_results->printableHtml(); }
    QString documentTitle() const;

    // Each copy says what it copied, or why there is nothing to copy, through message().
    void copyAsText();
    void copyAsMarkdown();

Q_SIGNALS:
    void codeActivated(const QString &code);
    void explained();
    // For the status bar.
    void message(const QString &text);
    // For the status bar too, for longer: a file that cannot be read, or was cut.
    void problem(const QString &text);

private:
    void createLayout();
    void connectParts();
    void explainText();
    void explainFile();
    // Summarises paths from the files (a folder, a large file) instead of explaining them.
    void openForSummary(const QStringList &paths);
    void startWork(const QString &what, const ExplainJob::Work &work);
    void workFinished(const ExplainJob::Result &result);
    void setIdle();
    void show(const ExplainJob::Result &result);
    // False, with a message, when no reply has been explained.
    bool canCopy();

    CodeListModel *m_model;
    Explanation m_explanation;
    std::shared_ptr<const Summary> m_summary;
    FileInput m_file; // invalid while the paste area's text is explained
    QStringList m_summaryPaths; // a folder or large file summarised from the files; else empty
    DataExplainer m_dataExplainer;
    FileSummarizer m_fileSummarizer;
    int m_cancelledAt = -1;
    ExplainJob *m_job;
    PasteArea *m_paste;
    ExplainResults *m_results;
    WorkProgress *m_progress;
    QPushButton *m_pasteButton;
    QPushButton *m_openButton;
    QPushButton *m_copyTextButton;
    QPushButton *m_copyMarkdownButton;
    QAction *m_cancelAction;
    FileDropFilter *m_drops;
    QTimer *m_debounce;
};

} // namespace SmtpCodes

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explainprogress.h"
#include "explanation.h"
#include "fileinput.h"

#include <QWidget>

#include <functional>

class QAction;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace SmtpCodes {

class CodeListModel;
class ExplainJob;
class FileDropFilter;
class PasteArea;
class WorkProgress;

// A paste area and the replies found in it, each linked to its entries, with its verdict and
// warnings; or the same for a file opened or dropped (a bounce, an mbox, a log). Large pastes
// and files are explained on a worker thread, with progress and Cancel, so the window never
// freezes.
class ExplainView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplainView)

public:
    // Explains the bytes of a file; Explainer::explainData unless a test puts in its own.
    using DataExplainer = std::function<Explanation(const QByteArray &data, const ExplainProgress &progress)>;

    // Pastes up to this size are explained at once; larger ones on a worker thread.
    static constexpr qsizetype synchronousLimit = 64 * 1024;
    // The same for files, whose bytes are read faster than typed text is.
    static constexpr qsizetype fileSynchronousLimit = 256 * 1024;

    explicit ExplainView(CodeListModel *model, QWidget *parent = nullptr);
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
    // Stops the explanation running; what it found so far is shown.
    void cancel();
    void explainNow();
    const Explanation &explanation() const { return m_explanation; }
    bool isBusy() const;
    // The name of the file explained; empty for pasted text.
    QString fileName() const { return m_file.isValid() ? m_file.fileName() : QString(); }
    // The file was longer than Explainer::maximumData and only its start was explained.
    bool fileTruncated() const { return m_file.isValid() && m_file.isTruncated(); }
    // How far the explanation was when the user cancelled it; -1 when it ran to the end.
    int cancelledAtPercent() const { return m_cancelledAt; }
    void setDataExplainer(DataExplainer explainer) { m_dataExplainer = std::move(explainer); }
    QTextBrowser *browser() const { return m_browser; }
    void focusPasteArea();
    // The explanation for printing; empty when no reply was found.
    QString printableHtml() const;
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

protected:
    void changeEvent(QEvent *event) override;

private:
    void createLayout();
    void connectParts();
    void explainText();
    void explainFile();
    void startWork(const QString &what, const std::function<Explanation(const ExplainProgress &)> &work);
    void workFinished(const Explanation &explanation);
    void setIdle();
    void show(const Explanation &explanation);
    void render();
    // The explanation as the browser shows it: at most ExplanationExcerpt::replyLimit replies.
    QString shownHtml() const;
    // False, with a message, when no reply has been explained.
    bool canCopy();

    CodeListModel *m_model;
    Explanation m_explanation;
    FileInput m_file; // invalid while the paste area's text is explained
    DataExplainer m_dataExplainer;
    int m_cancelledAt = -1;
    ExplainJob *m_job;
    PasteArea *m_paste;
    QTextBrowser *m_browser;
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

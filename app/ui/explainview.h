// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explanation.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace SmtpCodes {

class CodeListModel;

// A paste area and the replies found in it, each linked to its entries, with its verdict and
// warnings. Large pastes are explained on a worker thread so the window never freezes.
class ExplainView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplainView)

public:
    // Pastes up to this size are explained at once; larger ones on a worker thread.
    static constexpr qsizetype synchronousLimit = 64 * 1024;

    explicit ExplainView(CodeListModel *model, QWidget *parent = nullptr);
    ~ExplainView() override;

    void setText(const QString &text);
    // Replaces the paste area with the clipboard's text and explains it.
    void pasteAndExplain();
    void explainNow();
    const Explanation &explanation() const { return m_explanation; }
    bool isBusy() const { return m_watcher.isRunning(); }
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

protected:
    void changeEvent(QEvent *event) override;

private:
    void show(const Explanation &explanation);
    void render();
    // False, with a message, when no reply has been explained.
    bool canCopy();

    CodeListModel *m_model;
    Explanation m_explanation;
    int m_generation = 0;
    QFutureWatcher<Explanation> m_watcher;
    QPlainTextEdit *m_paste;
    QTextBrowser *m_browser;
    QLabel *m_status;
    QPushButton *m_pasteButton;
    QPushButton *m_copyTextButton;
    QPushButton *m_copyMarkdownButton;
    QTimer *m_debounce;
};

} // namespace SmtpCodes

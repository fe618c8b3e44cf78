// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knowledgebase.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;
class QUrl;

namespace SmtpCodes {

// Shows one entry as rendered by the core, with buttons that copy it.
class DetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPane)

public:
    explicit DetailPane(const KnowledgeBase *base, QWidget *parent = nullptr);
    ~DetailPane() override;

    // Shows what it is given only after widget's next paint (the list beside it at the app's
    // start, which the user waits for), on the next turn of the event loop.
    void renderAfterPaintOf(QWidget *widget);

    void setKnowledgeBase(const KnowledgeBase *base);
    void showLookup(const Lookup &lookup);
    // Shows why nothing is shown, e.g. "999 is not an SMTP reply code".
    void showMessage(const QString &message);
    const Lookup &lookup() const { return m_lookup; }
    QTextBrowser *browser() const { return m_browser; }

    // Each copy says what it copied, or why there is nothing to copy, through message().
    void copyFixAdvice();
    void copyEntryAsText();
    void copyEntryAsMarkdown();

    // The entry for printing; empty when none is shown.
    QString printableHtml() const;
    QString documentTitle() const;

Q_SIGNALS:
    void codeActivated(const QString &code);
    void compareRequested(const QString &left, const QString &right);
    // For the status bar.
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openLink(const QUrl &url);
    bool hasEntry();
    void render();

    const KnowledgeBase *m_base;
    Lookup m_lookup;
    QString m_message;
    QTextBrowser *m_browser;
    QPushButton *m_copyFixButton;
    QPushButton *m_copyEntryButton;
    QPushButton *m_copyMarkdownButton;
    QWidget *m_renderAfter = nullptr;
};

} // namespace SmtpCodes

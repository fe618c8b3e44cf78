// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "summary.h"

#include <QObject>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace SmtpCodes {

// The copies and saves of a summary: Markdown or CSV to the clipboard, the summary to a CSV or
// Markdown file, and the hard-bounced addresses one a line. The same actions sit in the summary
// view's menu and in the window's Edit and File menus; each says what it did through message().
class SummaryExport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryExport)

public:
    using Source = std::function<std::shared_ptr<const Summary>()>;

    // summary gives the summary on screen (null when there is none); dialogs open over parent.
    SummaryExport(Source summary, QWidget *parent);
    ~SummaryExport() override;

    QAction *copyMarkdownAction() const { return m_copyMarkdown; }
    QAction *copyCsvAction() const { return m_copyCsv; }
    QAction *saveAction() const { return m_save; }
    QAction *saveHardBouncesAction() const { return m_saveHardBounces; }
    // A menu of the four, owned by parent.
    QMenu *createMenu(QWidget *parent) const;
    // Enables the actions as there is a summary to export.
    void update();

    void copyMarkdown();
    void copyCsv();
    // Writes the summary to path: CSV unless the name ends in .md or .markdown.
    bool saveTo(const QString &path);
    bool saveHardBouncesTo(const QString &path);
    void saveInteractively();
    void saveHardBouncesInteractively();

Q_SIGNALS:
    void message(const QString &text);
    // A write that failed, for longer in the status bar.
    void problem(const QString &text);

private:
    std::shared_ptr<const Summary> current();
    bool write(const QString &path, const QString &text);
    QString suggestedName(const QString &suffix) const;

    Source m_source;
    QWidget *m_parent;
    QAction *m_copyMarkdown;
    QAction *m_copyCsv;
    QAction *m_save;
    QAction *m_saveHardBounces;
};

} // namespace SmtpCodes

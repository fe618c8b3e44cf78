// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "location.h"

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace SmtpCodes {

// What File ▸ Print, Print preview and Export as PDF do with the document on screen: nothing
// but a message when there is none, the dialogs otherwise, and the folder of the last export
// remembered for the next one.
class PrintCommands final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintCommands)

public:
    struct Document
    {
        QString html;
        QString title;
    };

    // current gives the document on screen (empty html when there is none); dialogs are modal
    // to window.
    PrintCommands(std::function<Document()> current, QWidget *window);

    void print();
    void printPreview();
    // False, with a message, when there is nothing to export or the file cannot be written.
    bool exportPdf(const QString &fileName);
    // Asks where to save, offering a name after the place on screen ("smtp-550.pdf",
    // "smtp-250-vs-251.pdf") in the last export's folder.
    void exportPdfInteractively(const Location &here);

Q_SIGNALS:
    // For the status bar.
    void message(const QString &text);

private:
    bool hasDocument(const Document &document, const QString &nothingMessage);

    std::function<Document()> m_current;
    QWidget *m_window;
};

} // namespace SmtpCodes

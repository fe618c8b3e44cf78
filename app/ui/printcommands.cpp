// SPDX-License-Identifier: GPL-3.0-or-later
#include "printcommands.h"

#include "documentprinter.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

PrintCommands::PrintCommands(std::function<Document()> current, QWidget *window)
    : QObject(window)
    , m_current(std::move(current))
    , m_window(window)
{ }

bool PrintCommands::hasDocument(const Document &document, const QString &nothingMessage)
{
    if (document.html.isEmpty()) {
        Q_EMIT message(nothingMessage);
        return false;
    }
    return true;
}

void PrintCommands::print()
{
    const Document document = m_current();
    if (hasDocument(
            document, tr("Nothing to print: choose an entry, a comparison or explain a paste first."))) {
        DocumentPrinter(document.html, document.title).showPrintDialog(m_window);
    }
}

void PrintCommands::printPreview()
{
    const Document document = m_current();
    if (hasDocument(
            document, tr("Nothing to print: choose an entry, a comparison or explain a paste first."))) {
        DocumentPrinter(document.html, document.title).showPreviewDialog(m_window);
    }
}

bool PrintCommands::exportPdf(const QString &fileName)
{
    const Document document = m_current();
    if (!hasDocument(
            document, tr("Nothing to export: choose an entry, a comparison or explain a paste first."))) {
        return false;
    }
    QString error;
    if (!DocumentPrinter(document.html, document.title).exportPdf(fileName, &error)) {
        Q_EMIT message(error);
        return false;
    }
    Q_EMIT message(tr("Saved %1").arg(QDir::toNativeSeparators(fileName)));
    return true;
}

void PrintCommands::exportPdfInteractively(const Location &here)
{
    QString name
        = here.isValid() ? u"smtp-"_s + here.label().replace(u" vs "_s, u"-vs-"_s) : u"smtp-explained"_s;
    name.replace(u'/', u'-');
    const QString directory = QSettings()
                                  .value(u"export/directory"_s,
                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .toString();
    const QString fileName = QFileDialog::getSaveFileName(
        m_window, tr("Export as PDF"), directory + u'/' + name + u".pdf"_s, tr("PDF documents (*.pdf)"));
    if (fileName.isEmpty()) {
        return;
    }
    if (exportPdf(fileName)) {
        QSettings().setValue(u"export/directory"_s, QFileInfo(fileName).absolutePath());
    }
}

} // namespace SmtpCodes

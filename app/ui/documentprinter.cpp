// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentprinter.h"

#include "documentstyle.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPalette>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
QPalette paperPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x1a, 0x4f, 0x9c));
    palette.setColor(QPalette::PlaceholderText, QColor(0x60, 0x60, 0x60));
    palette.setColor(QPalette::AlternateBase, QColor(0xee, 0xee, 0xee));
    return palette;
}
} // namespace

DocumentPrinter::DocumentPrinter(const QString &html, const QString &title)
    : m_document(std::make_unique<QTextDocument>())
    , m_title(title)
{
    m_document->setDefaultStyleSheet(DocumentStyle::styleSheet(paperPalette()));
    m_document->setHtml(html);
    m_document->setMetaInformation(QTextDocument::DocumentTitle, title);
}

DocumentPrinter::~DocumentPrinter() = default;

void DocumentPrinter::print(QPrinter *printer) const
{
    printer->setDocName(m_title);
    m_document->print(printer);
}

bool DocumentPrinter::exportPdf(const QString &fileName, QString *error) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(fileName);
    printer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
    printer.setCreator(QCoreApplication::applicationName());
    // The user has agreed to replace an existing file; removing it first makes a failure visible.
    QFile::remove(fileName);
    print(&printer);
    // QPrinter reports no failure of its own; an empty or missing file is the sign.
    if (!QFileInfo(fileName).isFile() || QFileInfo(fileName).size() == 0) {
        if (error) {
            *error = QCoreApplication::translate("SmtpCodes::DocumentPrinter", "%1 could not be written.")
                         .arg(fileName);
        }
        return false;
    }
    return true;
}

void DocumentPrinter::showPrintDialog(QWidget *parent) const
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("SmtpCodes::DocumentPrinter", "Print %1").arg(m_title));
    if (dialog.exec() == QDialog::Accepted) {
        print(&printer);
    }
}

void DocumentPrinter::showPreviewDialog(QWidget *parent) const
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, parent);
    QObject::connect(
        &dialog, &QPrintPreviewDialog::paintRequested, &dialog, [this](QPrinter *target) { print(target); });
    dialog.exec();
}

} // namespace SmtpCodes

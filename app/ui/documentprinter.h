// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

class QPrinter;
class QTextDocument;
class QWidget;

namespace SmtpCodes {

// Prints and exports an entry, a comparison or an explanation. Paper is white whatever the
// screen shows, so the document is laid out again with light colours.
class DocumentPrinter
{
public:
    DocumentPrinter(const QString &html, const QString &title);
    ~DocumentPrinter();
    DocumentPrinter(const DocumentPrinter &) = delete;
    DocumentPrinter &operator=(const DocumentPrinter &) = delete;

    QTextDocument *document() const { return m_document.get(); }
    void print(QPrinter *printer) const;
    // False, with the reason in error, when the file could not be written.
    bool exportPdf(const QString &fileName, QString *error = nullptr) const;
    // The print and preview dialogs, modal to parent.
    void showPrintDialog(QWidget *parent) const;
    void showPreviewDialog(QWidget *parent) const;

private:
    std::unique_ptr<QTextDocument> m_document;
    QString m_title;
};

} // namespace SmtpCodes

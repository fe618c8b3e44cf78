// SPDX-License-Identifier: GPL-3.0-or-later
#include "pastearea.h"

#include "fileinput.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QTextCursor>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
// Laying out a wrapped line takes time by its length: a megabyte on one line would hold the
// window for half a minute. Mails and logs have lines far shorter.
constexpr qsizetype longestShownLine = 16 * 1024;

// Text a user can read in the box: not too large, no NULs, no endless line.
bool isShowable(const QByteArray &bytes)
{
    if (bytes.size() > PasteArea::displayLimit || bytes.left(4096).contains('\0')) {
        return false;
    }
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0) {
            end = bytes.size();
        }
        if (end - start > longestShownLine) {
            return false;
        }
        start = end + 1;
    }
    return true;
}

QString defaultPlaceholder()
{
    return PasteArea::tr("Paste a reply, a bounce message, a delivery status notification, a transcript or "
                         "a log line, or drop a mail or log file here.");
}
} // namespace

PasteArea::PasteArea(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(u"pasteEdit"_s);
    setPlaceholderText(defaultPlaceholder());
    setAccessibleName(tr("Text to explain"));
    // Log lines run long: they wrap at the box's edge (anywhere, for a long address or token)
    // so that none of a line is out of sight. Wrapping only draws them so; the text is intact.
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // Replies are column-sensitive ("550-" versus "550 "), so they read best in a fixed font.
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabChangesFocus(true);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_showingFile) {
            Q_EMIT edited();
        }
    });
}

void PasteArea::showFile(const FileInput &file)
{
    const bool text = isShowable(file.data());
    m_showingFile = true;
    replaceKeepingUndo(text ? QString::fromUtf8(file.data()) : QString());
    m_showingFile = false;
    setPlaceholderText(text
            ? defaultPlaceholder()
            : tr("%1, %2: explained from the file; type or paste here to explain text instead.")
                  .arg(file.fileName(), FileInput::sizeText(file.fileSize())));
    moveCursor(QTextCursor::Start);
}

void PasteArea::showSummarised(const QString &path)
{
    const QFileInfo info(path);
    m_showingFile = true;
    replaceKeepingUndo({});
    m_showingFile = false;
    setPlaceholderText(info.isDir()
            ? tr("The folder %1: its files are summarised; type or paste here to explain text instead.")
                  .arg(info.fileName())
            : tr("%1, %2: summarised from the file; type or paste here to explain text instead.")
                  .arg(info.fileName(), FileInput::sizeText(info.size())));
}

void PasteArea::forgetFile()
{
    setPlaceholderText(defaultPlaceholder());
}

void PasteArea::replaceKeepingUndo(const QString &text)
{
    // setPlainText() would clear the undo history, and with it a text the user typed.
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    if (text.isEmpty()) {
        cursor.removeSelectedText();
    } else {
        cursor.insertText(text);
    }
    cursor.endEditBlock();
}

} // namespace SmtpCodes

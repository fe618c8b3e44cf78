// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace SmtpCodes {

class FileInput;

// The explain view's text box: pasted replies and logs in a fixed font, wrapped so no part of
// a long line is out of sight, or the text of a file that was opened. edited() says the user
// changed the text; showing a file does not say it.
class PasteArea final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasteArea)

public:
    // Files up to this size are shown; larger ones (and binary ones, and ones with very long
    // lines) are only named, in the empty box.
    static constexpr qsizetype displayLimit = 1024 * 1024;

    explicit PasteArea(QWidget *parent = nullptr);

    // Shows file's text, or says it was explained from the file when it is too large or not
    // text. What the user had typed stays in the undo history (Ctrl+Z brings it back).
    void showFile(const FileInput &file);
    // Empties the box and says that path (a folder, a large file) is summarised from the files.
    void showSummarised(const QString &path);
    // Back to the box for pasted text.
    void forgetFile();

Q_SIGNALS:
    void edited();

private:
    void replaceKeepingUndo(const QString &text);

    bool m_showingFile = false;
};

} // namespace SmtpCodes

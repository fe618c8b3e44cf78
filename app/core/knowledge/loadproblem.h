// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace SmtpCodes {

// One problem found while loading knowledge-base data, precise enough to fix the file.
struct LoadProblem
{
    QString file;
    int line = 0; // 1-based; 0 when unknown
    int column = 0; // 1-based; 0 when unknown
    QString entry; // "entry 250", "entry #3", "distinction #2 (250, 251)"; empty for file-level problems
    QString field; // "title", "references[1].rfc"; empty when the problem is the whole entry
    QString message;

    // "basic.json:12: entry 250, field "title": must not be empty"; always one line, since
    // the terminal prints one problem a line and files written by people may hold anything.
    QString toString() const;

    // Text taken from a file, made fit for a message: control characters escaped, long text
    // cut, so a megabyte-long or multi-line value cannot flood a terminal or a dialog.
    static QString excerpt(QStringView text, qsizetype maximumLength = 60);
};

} // namespace SmtpCodes

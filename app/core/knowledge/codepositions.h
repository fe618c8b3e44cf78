// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

namespace SmtpCodes {

// Where each "code" member of a file is, so that problems can name a line although the JSON
// parser gives no positions. Built in one pass over the text, so that a file with many
// entries, or with codes written in escapes that are never found, stays linear.
class CodePositions
{
public:
    // Finds every "code": "..." member in one pass over the UTF-8 bytes, counting lines as it
    // goes; a regular expression and a UTF-16 copy of the file cost more than the validation.
    // Lines are the same in bytes as in characters, and codes are ASCII.
    explicit CodePositions(QByteArrayView text);

    // The line of the first "code" member naming code at or after *cursor; moves the cursor past
    // it, so the second entry with the same code gets its own line. 0 when not found.
    int lineOf(const QString &code, qsizetype *cursor) const;

private:
    struct Position
    {
        qsizetype offset = 0;
        int line = 0;
    };
    QHash<QString, QList<Position>> m_positions;
};

} // namespace SmtpCodes

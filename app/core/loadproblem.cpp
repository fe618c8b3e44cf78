// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadproblem.h"

using namespace Qt::StringLiterals;

namespace SmtpCodes {

QString LoadProblem::toString() const
{
    QString text = file;
    if (line > 0) {
        text += u':' + QString::number(line);
        if (column > 0) {
            text += u':' + QString::number(column);
        }
    }
    text += u": "_s;
    if (!entry.isEmpty()) {
        text += entry;
        text += field.isEmpty() ? u": "_s : u", field \""_s + field + u"\": "_s;
    } else if (!field.isEmpty()) {
        text += u"field \""_s + field + u"\": "_s;
    }
    return text + message;
}

} // namespace SmtpCodes

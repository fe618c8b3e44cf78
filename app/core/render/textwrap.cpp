// SPDX-License-Identifier: GPL-3.0-or-later
#include "textwrap.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace SmtpCodes::TextWrap {

QString wrap(const QString &text, int width, const QString &firstIndent, const QString &indent)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    QString result;
    QString line = firstIndent;
    bool lineHasWord = false;
    for (const QString &word : words) {
        if (lineHasWord && line.size() + 1 + word.size() > width) {
            result += line + u'\n';
            line = indent;
            lineHasWord = false;
        }
        if (lineHasWord) {
            line += u' ';
        }
        line += word;
        lineHasWord = true;
    }
    return result + line;
}

} // namespace SmtpCodes::TextWrap

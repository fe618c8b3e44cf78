// SPDX-License-Identifier: GPL-3.0-or-later
#include "reference.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

QString Reference::toString() const
{
    return u"RFC %1 §%2"_s.arg(rfc).arg(section);
}

QString Reference::toStringWithNote() const
{
    return note.isEmpty() ? toString() : toString() + u" (" + note + u')';
}

QString Reference::url() const
{
    const bool appendix = !section.isEmpty() && section.at(0).isLetter();
    // The section comes from a file someone wrote; encoded, it cannot end the URL or the
    // Markdown link around it.
    return u"https://www.rfc-editor.org/rfc/rfc%1#%2-%3"_s.arg(rfc).arg(
        appendix ? u"appendix"_s : u"section"_s, QString::fromLatin1(QUrl::toPercentEncoding(section)));
}

} // namespace SmtpCodes

// SPDX-License-Identifier: GPL-3.0-or-later
#include "reference.h"

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
    return u"https://www.rfc-editor.org/rfc/rfc%1#%2-%3"_s.arg(rfc).arg(
        appendix ? u"appendix"_s : u"section"_s, section);
}

} // namespace SmtpCodes

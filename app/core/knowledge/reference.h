// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace SmtpCodes {

// Where a fact comes from: an RFC and its section.
struct Reference
{
    int rfc = 0;
    QString section;
    QString note;
    // The section's title as the RFC gives it, from the section table; empty when unknown
    // (a section a user's overlay cites that the table does not hold).
    QString title;

    // "RFC 5321 §4.2.3"
    QString toString() const;
    // "RFC 5321 §4.2.3 Reply Codes in Numeric Order"
    QString toStringWithTitle() const;
    // "RFC 5321 §4.2.3 Reply Codes in Numeric Order (reply list)"
    QString toStringWithNote() const;
    // The RFC Editor address of the section, for links and Markdown.
    QString url() const;
};

} // namespace SmtpCodes

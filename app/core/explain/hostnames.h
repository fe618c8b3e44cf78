// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// Host names written in a reply or its prefix ("host gmail-smtp-in.l.google.com[142.250.1.27]
// said:", "https://support.google.com/mail/?p=...", "mx.example.com ESMTP"): what tells which
// provider's server answered when no delivery status names it.
namespace SmtpCodes::HostNames {

// Every host name of text, lower-cased, in order: words of letters, digits, '-' and '.' with
// at least one dot and a top-level label of two or more letters. Dotted numbers (IP
// addresses, codes) and the domains of addresses are not hosts.
QStringList inText(QStringView text);
// The last host name of text (the nearest to a reply that follows it); empty when none.
QString lastIn(QStringView text);

} // namespace SmtpCodes::HostNames

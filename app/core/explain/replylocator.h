// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replyscanner.h"

#include <QStringView>

#include <optional>

// Where in one line a reply starts, and where its text ends. ReplyParser keeps what spans
// lines; this looks at one line only.
//
// A reply starts at the start of the line (after indentation, an Exchange "#", or an opening
// bracket or quote), or after a prefix that announces one. Strong and weak forms differ:
//  - "550 5.1.1" (a basic code, then an enhanced code of the same class) is taken after any
//    ":", ";", "=", an opening bracket or quote, or a space: a localized "Der Server antwortete:",
//    a JSON value, "[554 5.4.6 Hop count exceeded]";
//  - a basic code alone ("550 User unknown") or an enhanced code alone ("5.7.1 Relaying denied")
//    only after a prefix that says a reply follows: a wrapper's word before the colon ("said:",
//    "smtp;", "reason:", "response was:", "Out:", "ERROR_CODE :", a localized "answered"), a host
//    in brackets ("host mx [192.0.2.1]: 550"), or an address ("<u@x>: 550", "u@x: 550");
//  - an enhanced code leading the line needs reply-like text after it ("5.2.2 <u@x>... Mailbox
//    full", "5.1.1 User unknown"), never release notes ("5.0.1 release notes", "4.2.0 fixes");
//  - qmail's "(#5.1.1)", "[#4.1.9]", "#5.1.0" is an enhanced code wherever it stands, the text
//    before it the reply text; a mail log's "dsn=5.1.1" one whose text is its "stat=" or
//    "status=" field.
// The first basic reply of the line wins; an enhanced code alone is taken when none is found.
// Inside a bracket, parenthesis or quote opened before the reply (a log's "status=bounced
// (host ... said: 550 ...)", a JSON string), the reply text ends where that one closes.
namespace SmtpCodes::ReplyLocator {

struct Located
{
    ReplyScanner::ReplyStart start; // start.code is empty for an enhanced code alone
    qsizetype position = 0; // where the reply starts; what is before it is its prefix
    bool atStart = false; // at the start of the line: it may continue a multi-line reply
};

std::optional<Located> locate(QStringView line);

} // namespace SmtpCodes::ReplyLocator

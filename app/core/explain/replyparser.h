// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explainprogress.h"
#include "parsedreply.h"
#include "transcriptline.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

namespace SmtpCodes {

namespace ReplyLocator {
struct Located;
}

// Finds SMTP replies in whatever a user pastes: a bare reply, a multi-line reply (RFC 5321
// §4.2), a transcript (Sendmail ">>>"/"<<<", swaks, "C:"/"S:", a bare telnet session), a DSN
// (RFC 3464 fields), mail logs (Postfix, Exim, Sendmail), JSON notifications, the wrappers of
// Postfix, Exim, qmail, Sendmail, Exchange, .NET and mail services, localized bounces, and raw
// quoted-printable that was never decoded.
//
// A code is only taken where a reply can start (ReplyLocator says where): at the start of a
// line, after a prefix that announces a reply, or, in the strong form "550 5.1.1", after a
// colon, bracket, quote or space. Digits inside the reply text (RFC 5321 §4.2.1: "250-234 Text
// beginning with numbers"), IP addresses, versions, dates, phone numbers and prices are
// therefore never read as codes. ReplyScanner and ReplyLocator read each line; this class keeps
// what spans lines: a multi-line reply still open, the last client command and recipient of a
// transcript, the address line above, the Status fields of a DSN.
//
// Each reply's recipient is found by the rule of RecipientScanner: the address before the
// reply in its line, else (in a transcript) the last RCPT TO's, else an address line just above
// in the same paragraph, else one in the reply text. Replies read from a transcript have source
// ReplySource::Transcript; every other one ReplySource::Body.
class ReplyParser
{
public:
    // Input longer than this is cut, with a warning on the last reply; see wasTruncated().
    static constexpr qsizetype maximumInput = 16 * 1024 * 1024;

    // Progress counts characters; when it returns false the parse stops with the replies so far.
    QList<ParsedReply> parse(QStringView input, const ExplainProgress &progress = {});
    bool wasTruncated() const { return m_truncated; }
    bool wasCancelled() const { return m_cancelled; }

private:
    void readLine(const QString &lineText, int number);
    void readClientLine(const TranscriptLine::Classified &line, int number);
    // A reply located in text; it may continue the open multi-line reply.
    void readReply(const QString &text, const ReplyLocator::Located &located, const QString &command,
        bool inSession, int number);
    QString recipientOf(const QString &text, const ReplyLocator::Located &located, const QString &command,
        bool inSession) const;
    void finish(ParsedReply reply);
    // Ends the open multi-line reply, with warning when it is not empty.
    void closeOpenReply(const QString &warning);
    void addStatusReplies();
    // Pipelining puts several replies after one command; only the last answers it (a Sendmail
    // transcript: ">>> DATA", "<<< 550 5.1.1 ..." for the RCPT before, "<<< 503 5.0.0 ...").
    void settleCommandAnswers();

    bool m_truncated = false;
    bool m_cancelled = false;
    qsizetype m_commandStart = 0; // the first reply read after the last client command
    QList<ParsedReply> m_replies;
    std::optional<ParsedReply> m_open; // a multi-line reply still waiting for its last line
    QString m_lastClientCommand;
    QString m_transcriptRecipient; // the address of the transcript's last RCPT TO
    bool m_bareTranscript = false; // in a telnet session: replies need no server mark
    bool m_inData = false; // after a 354 in a telnet session: the mail, until "."
    int m_lastReplyLine = 0; // the logical line the last reply ended on
    int m_previousLine = 0; // the logical line read before this one
    QString m_addressAbove; // an address line above, in this paragraph
    QList<std::pair<QString, int>> m_statusCodes; // DSN "Status:" fields
};

} // namespace SmtpCodes

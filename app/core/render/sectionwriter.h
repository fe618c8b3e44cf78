// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "section.h"

#include <QJsonObject>

namespace SmtpCodes::SectionWriter {

constexpr int textWidth = 78;

// Plain text for a terminal or a ticket: heading, then the body indented and wrapped.
QString text(const Section &section, const QString &indent = QStringLiteral("  "));
QString markdown(const Section &section, int headingLevel = 2);
// Every string is escaped; codes link as "code:<code>", references to the RFC Editor.
QString html(const Section &section, int headingLevel = 3);
QString htmlBody(const Section &section);
// Escaped text in which no enhanced code can break across lines (see TextSpans::pieces).
QString htmlText(const QString &text);
// The same, with every http and https URL a link that names where it goes in its tooltip.
QString htmlTextWithLinks(const QString &text);
// A tooltip, when given, becomes the link's title.
// text is what the link shows, the code itself when empty.
QString htmlCodeLink(const QString &code, const QString &tooltip = {}, const QString &text = {});
// A link that opens the comparison of left and right, labelled with right.
QString htmlCompareLink(const QString &left, const QString &right, const QString &tooltip = {});
QString markdownEscaped(const QString &text);
// Escaped, with every http and https URL an autolink (<https://...>).
QString markdownWithLinks(const QString &text);
// The section on one line for a Markdown table cell: the parts joined by <br>, '|' escaped.
QString markdownCell(const Section &section);
// {"rfc": 5321, "section": "4.2.3", "title": "...", "note": "..."}; title and note only when known.
QJsonObject json(const Reference &reference);

} // namespace SmtpCodes::SectionWriter

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace SmtpCodes::TextSpans {

// A part of a text, by position, that a writer treats specially.
struct Span
{
    qsizetype start = 0;
    qsizetype length = 0;
};

// The enhanced status codes written in text, in every form the knowledge base uses: "5.7.1",
// "X.1.1", "X.7.XXX", "5.XXX.XXX", "2.XXX.YYY", "4.X.X". Section numbers such as "§4.2.3" have
// the same shape and are found too, which does no harm: they must not break either.
QList<Span> codes(const QString &text);

// The http and https URLs in text that comes from outside (a pasted reply), without the
// punctuation that ends a sentence or closes a bracket around them. No other scheme.
QList<Span> urls(const QString &text);

// A run of text, or one of its codes, for a writer that must keep codes whole.
struct Piece
{
    QString text;
    bool isCode = false;
};

// The text cut into codes and the runs between them. Each code has a WORD JOINER (U+2060)
// wherever the Unicode line-breaking rules, applied to the code where it stands in running
// text, would let a line end inside it: Qt's rich text breaks "X.1.1" after "X." and ignores
// CSS nowrap on inline text, but it keeps a word joiner's neighbours together. Numeric codes
// ("5.1.1") have no such place and stay as they are.
QList<Piece> pieces(const QString &text);

} // namespace SmtpCodes::TextSpans

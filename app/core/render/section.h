// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reference.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace SmtpCodes {

struct CodeLink
{
    QString code;
    QString title;
    QString note; // e.g. the curated distinction's title, for "often confused with"
    QString compareWith; // when set, the link opens the comparison of compareWith and code
    QString label = {}; // the text shown for code when it is not the code itself: "550 5.7.606–5.7.649"

    QString shown() const { return label.isEmpty() ? code : label; }
};

// One headed part of an entry or a comparison, independent of the output format: the
// renderers build sections once and SectionWriter turns them into text, Markdown or HTML.
struct Section
{
    QString id; // stable name, e.g. "howToFix"
    QString heading;
    QStringList paragraphs;
    QStringList bullets;
    QList<CodeLink> codes;
    QList<Reference> references;
    // The paragraphs hold text from outside (a pasted reply): their http and https URLs become
    // links in HTML and Markdown.
    bool linkUrls = false;

    bool isEmpty() const
    {
        return paragraphs.isEmpty() && bullets.isEmpty() && codes.isEmpty() && references.isEmpty();
    }
};

} // namespace SmtpCodes

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codeclass.h"
#include "reference.h"
#include "smtpcode.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace SmtpCodes {

// Another meaning an SMTP extension gives the same code (e.g. 251 answering ETRN).
struct ExtensionMeaning
{
    QString extension;
    QString meaning;
    Reference reference;
};

// One code of the knowledge base; see resources/knowledge-base/SCHEMA.md for each field.
struct Entry
{
    QString code;
    CodeKind kind = CodeKind::Basic;
    QString title;
    // The words and phrases people search for that the title does not hold ("no such user").
    QStringList keywords;
    QList<CodeClass> classes;
    bool standard = true;
    QString description;
    QString whenYouSeeIt;
    QString howToFix;
    QString useWhen;
    QStringList commands;
    QList<Reference> references;
    QStringList related;
    QStringList basicCodes;
    QString basicCodesNote;
    QList<ExtensionMeaning> extensionMeanings;
    QStringList notes;
    QString sourceFile;
    // From the user's overlay rather than the built-in data; shown as such, since nobody
    // has checked it against the RFCs.
    bool local = false;
    // Notes the user's overlay adds to this entry, built-in or local.
    QStringList localNotes;

    bool isBasic() const { return kind == CodeKind::Basic; }
    // "basic" or "enhanced": the kind as the terminal output and the JSON formats name it.
    QString kindName() const;
    // The ids of the entry's classes joined by '/': "permanent-negative", "persistent-transient/permanent".
    QString classIds() const;
};

} // namespace SmtpCodes

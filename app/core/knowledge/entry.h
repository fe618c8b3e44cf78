// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codeclass.h"
#include "provider.h"
#include "reasontable.h"
#include "reference.h"
#include "smtpcode.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

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

    // Set for a provider's response (CodeKind::ProviderResponse): its data, and its provider's name.
    // Shared, not held inline: an entry has one or the other at most, and inline room for both
    // more than doubled every entry.
    std::shared_ptr<const ProviderResponse> response;
    QString providerName;
    // Set for a reason (CodeKind::Reason).
    std::shared_ptr<const BounceReason> reason;
    // What the code column shows when it is not the key: "550 5.7.606–5.7.649".
    QString label;

    bool isBasic() const { return kind == CodeKind::Basic; }
    bool isEnhanced() const
    {
        return kind == CodeKind::EnhancedClass || kind == CodeKind::EnhancedSubject
            || kind == CodeKind::EnhancedDetail;
    }
    // A code of the RFCs and the registry, as opposed to a provider's response or a reason.
    bool isCode() const { return isBasic() || isEnhanced(); }
    QString displayCode() const { return label.isEmpty() ? code : label; }
    // "basic", "enhanced", "provider" or "reason": the kind as the terminal output and the JSON formats name
    // it.
    QString kindName() const;
    // The ids of the entry's classes joined by '/': "permanent-negative", "persistent-transient/permanent".
    QString classIds() const;
};

} // namespace SmtpCodes

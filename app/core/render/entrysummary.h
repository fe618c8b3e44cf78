// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codeclass.h"
#include "section.h"

#include <QList>
#include <QString>

#include <optional>

namespace SmtpCodes {

// What an entry opens with, before its long sections: the answer to "what does it mean and
// what do I do", built once by EntrySummaryBuilder and written per output by
// EntrySummaryWriter.
struct EntrySummary
{
    enum class Retry {
        NotNeeded, // success: nothing failed
        Continue, // intermediate: the client goes on with what the server asked for
        Later, // temporary failure: retried later, unchanged
        NotUnchanged, // permanent failure: something must change first
        DependsOnClass, // a code written without its class ("X.1.1")
    };

    QString code; // as shown: "5.1.1", "X.1.1", "550"
    QString title;
    std::optional<CodeClass> codeClass; // the class the code carries, when it has one
    QString classLabel; // that class, or every class the entry is used with
    int classDigit = 0; // the class digit, 0 for a code of several classes
    Retry retry = Retry::DependsOnClass;
    QString whatToDo; // one sentence: retry or not, and who retries
    QString whoActs; // who can remove the cause, from the enhanced code's subject; may be empty
    QString meaning; // the description's opening
    QList<CodeLink> confusedWith; // the codes of its curated distinctions; links open the comparison
    QList<CodeLink> seeAlso; // when it has no distinction: its first related codes
};

} // namespace SmtpCodes

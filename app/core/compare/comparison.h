// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knowledgebase.h"

#include <QString>
#include <QStringList>

namespace SmtpCodes {

// Two codes side by side, built once by ComparisonBuilder and rendered per output.
struct Comparison
{
    Lookup left;
    Lookup right;
    bool sameClass = false;
    QString classSentence; // the class they share, or the classes they differ in
    QStringList keyDifferences;
    QString forSender; // when to use which: what the client should make of each
    QString forServer; // when to use which: which one a server should send
    const Distinction *distinction = nullptr; // the curated distinction, when the pair has one
};

} // namespace SmtpCodes

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "loadproblem.h"
#include "phraseindex.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace SmtpCodes {

class JsonFieldReader;

// A kind of failure a reason holds that calls for its own advice, told by some of the
// reason's phrases: greylisting within SpamDetected.
struct ReasonVariant
{
    QStringList patterns; // each one of the reason's patterns
    QString title; // "Greylisted"
    QString retry;
    QString advice; // what to do
};

// Why a delivery failed, in the names bounce classifiers use (Sisimai's), so results compare.
struct BounceReason
{
    QString id; // "MailboxFull"
    QString title;
    QString meaning;
    QStringList whoActs; // sender, sender-admin, recipient, recipient-admin
    QString retry;
    bool hard = false; // the address itself is bad; counts only for 5xx replies
    QStringList enhanced; // "X.2.2": the enhanced codes that mean this reason
    QStringList basic; // basic codes that alone give it, when nothing more specific matched
    QStringList patterns; // lower-case phrases of the reply text that give it
    QStringList sources; // "URL (checked 2026-12-01)"
    QList<ReasonVariant> variants;

    // The variant that phrase tells, or null.
    const ReasonVariant *variantOf(const QString &phrase) const
    {
        for (const ReasonVariant &variant : variants) {
            if (variant.patterns.contains(phrase)) {
                return &variant;
            }
        }
        return nullptr;
    }
};

// The reasons of resources/knowledge-base/reasons.json, with the look-ups the classifier needs.
class ReasonTable
{
public:
    // The names a reason may have, spelled as the field spells them.
    static const QStringList &knownIds();
    static const QStringList &knownActors();

    // Reads {"reasons": [...]}; problems name fileName. A reason with a problem is left out,
    // a code or phrase another reason already has is left out of the second.
    void read(const QByteArray &data, const QString &fileName, QList<LoadProblem> *problems);

    bool isEmpty() const { return m_reasons.isEmpty(); }
    const QList<BounceReason> &reasons() const { return m_reasons; }
    const BounceReason *reason(const QString &id) const;
    // Adds a reason read and checked elsewhere (the compiled built-in data), with its look-ups.
    void addReason(BounceReason reason);
    // By "X.S.D" (class left out), by basic code; null when none says.
    const BounceReason *byEnhanced(const QString &subjectDetail) const;
    const BounceReason *byBasic(const QString &basic) const;
    // The reason of a phrase lowerText holds, and that phrase; when several are there the
    // longest wins, as the most specific, then the one that comes first in the text.
    const BounceReason *byText(const QString &lowerText, QString *phrase) const;

private:
    static QList<ReasonVariant> readVariants(JsonFieldReader &reader, const QStringList &patterns);
    bool readReason(
        const QJsonObject &object, const QString &fileName, qsizetype index, QList<LoadProblem> *problems);

    QList<BounceReason> m_reasons;
    QHash<QString, qsizetype> m_byId;
    QHash<QString, qsizetype> m_byEnhanced;
    QHash<QString, qsizetype> m_byBasic;
    PhraseIndex m_patterns; // each phrase to its reason
};

} // namespace SmtpCodes

// SPDX-License-Identifier: GPL-3.0-or-later
#include "reasontable.h"

#include "jsonfieldreader.h"
#include "knowledgefilereader.h"
#include "smtpcode.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

const QStringList &ReasonTable::knownIds()
{
    static const QStringList ids {u"AuthFailure"_s, u"BadReputation"_s, u"Blocked"_s, u"ContentError"_s,
        u"Delivered"_s, u"EmailTooLarge"_s, u"Expired"_s, u"FailedSTARTTLS"_s, u"Feedback"_s, u"Filtered"_s,
        u"HasMoved"_s, u"HostUnknown"_s, u"MailboxFull"_s, u"MailerError"_s, u"NetworkError"_s,
        u"NoRelaying"_s, u"NotAccept"_s, u"NotCompliantRFC"_s, u"OnHold"_s, u"PolicyViolation"_s,
        u"RateLimited"_s, u"Rejected"_s, u"RequirePTR"_s, u"SecurityError"_s, u"SpamDetected"_s,
        u"Suppressed"_s, u"Suspend"_s, u"SyntaxError"_s, u"SystemError"_s, u"SystemFull"_s, u"Undefined"_s,
        u"UserUnknown"_s, u"Vacation"_s, u"VirusDetected"_s};
    return ids;
}

const QStringList &ReasonTable::knownActors()
{
    static const QStringList actors {u"sender"_s, u"sender-admin"_s, u"recipient"_s, u"recipient-admin"_s};
    return actors;
}

void ReasonTable::read(const QByteArray &data, const QString &fileName, QList<LoadProblem> *problems)
{
    const std::optional<QJsonDocument> document = KnowledgeFileReader::parse(data, fileName, problems);
    if (!document) {
        return;
    }
    if (!document->isObject() || !document->object().value(u"reasons").isArray()) {
        problems->append({fileName, 0, 0, {}, {}, u"must hold a JSON object with \"reasons\", an array"_s});
        return;
    }
    const QJsonArray reasons = document->object().value(u"reasons").toArray();
    for (qsizetype i = 0; i < reasons.size(); ++i) {
        if (!reasons.at(i).isObject()) {
            problems->append({fileName, 0, 0, u"reason #%1"_s.arg(i + 1), {}, u"must be a JSON object"_s});
            continue;
        }
        readReason(reasons.at(i).toObject(), fileName, i, problems);
    }
}

QList<ReasonVariant> ReasonTable::readVariants(JsonFieldReader &reader, const QStringList &patterns)
{
    QList<ReasonVariant> variants;
    const QJsonArray items = reader.objectArray(u"variants"_s);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject object = items.at(i).toObject();
        ReasonVariant variant;
        for (const QJsonValue &value : object.value(u"patterns").toArray()) {
            variant.patterns.append(value.toString());
        }
        variant.title = reader.checkedString(object.value(u"title"), u"variants"_s, i, u"title");
        variant.retry = reader.checkedString(object.value(u"retry"), u"variants"_s, i, u"retry");
        variant.advice = reader.checkedString(object.value(u"advice"), u"variants"_s, i, u"advice");
        const bool known = !variant.patterns.isEmpty()
            && std::all_of(variant.patterns.cbegin(), variant.patterns.cend(),
                [&patterns](const QString &pattern) { return patterns.contains(pattern); });
        if (!known || object.size() != 4) {
            reader.problem(JsonFieldReader::itemField(u"variants"_s, i),
                u"a variant is {\"patterns\", \"title\", \"retry\", \"advice\"}, its patterns the reason's own"_s);
            continue;
        }
        variants.append(std::move(variant));
    }
    return variants;
}

bool ReasonTable::readReason(
    const QJsonObject &object, const QString &fileName, qsizetype index, QList<LoadProblem> *problems)
{
    LoadProblem context;
    context.file = fileName;
    context.entry = u"reason #%1"_s.arg(index + 1);
    JsonFieldReader reader(object, context, problems);
    reader.rejectUnknownFields({u"id"_s, u"title"_s, u"meaning"_s, u"whoActs"_s, u"retry"_s, u"hard"_s,
        u"enhanced"_s, u"basic"_s, u"patterns"_s, u"sources"_s, u"variants"_s});
    BounceReason reason;
    reason.id = reader.requiredString(u"id"_s);
    reader.setContextEntry(u"reason %1"_s.arg(LoadProblem::excerpt(reason.id)));
    if (!reason.id.isEmpty() && !knownIds().contains(reason.id)) {
        reader.problem(
            u"id"_s, u"unknown reason; the names are those of bounce classifiers (see SCHEMA.md)"_s);
    } else if (m_byId.contains(reason.id)) {
        reader.problem(u"id"_s, u"this reason is already defined"_s);
    }
    reason.title = reader.requiredString(u"title"_s);
    reason.meaning = reader.requiredString(u"meaning"_s);
    reason.retry = reader.requiredString(u"retry"_s);
    reason.hard = reader.requiredBool(u"hard"_s, false);
    reason.whoActs = reader.stringList(u"whoActs"_s, true, false);
    for (const QString &actor : std::as_const(reason.whoActs)) {
        if (!knownActors().contains(actor)) {
            reader.problem(u"whoActs"_s,
                u"\"%1\" is not one of %2"_s.arg(LoadProblem::excerpt(actor), knownActors().join(u", "_s)));
        }
    }
    reason.enhanced = reader.stringList(u"enhanced"_s, false, false);
    reason.basic = reader.stringList(u"basic"_s, false, false);
    reason.patterns = reader.stringList(u"patterns"_s, false, false);
    reason.sources = reader.sources(u"sources"_s);
    reason.variants = readVariants(reader, reason.patterns);
    if (reason.sources.isEmpty()) {
        reader.problem(u"sources"_s, u"every reason cites at least one source"_s);
    }
    for (const QString &code : std::as_const(reason.enhanced)) {
        const auto parsed = SmtpCode::parse(code);
        if (!code.startsWith(u"X."_s) || !parsed || m_byEnhanced.contains(code)) {
            reader.problem(u"enhanced"_s,
                u"\"%1\" must be an X.S.D code no other reason has"_s.arg(LoadProblem::excerpt(code)));
        }
    }
    for (const QString &code : std::as_const(reason.basic)) {
        const auto parsed = SmtpCode::parse(code);
        if (code.size() != 3 || !parsed || m_byBasic.contains(code)) {
            reader.problem(u"basic"_s,
                u"\"%1\" must be a basic code no other reason has"_s.arg(LoadProblem::excerpt(code)));
        }
    }
    for (const QString &pattern : std::as_const(reason.patterns)) {
        if (pattern.size() < 6 || pattern != pattern.toLower()) {
            reader.problem(u"patterns"_s,
                u"\"%1\" must be lower case and at least 6 characters"_s.arg(LoadProblem::excerpt(pattern)));
        }
    }
    if (reader.problemCount() > 0) {
        reader.reportUnreported();
        return false;
    }
    addReason(std::move(reason));
    return true;
}

void ReasonTable::addReason(BounceReason reason)
{
    const qsizetype at = m_reasons.size();
    m_byId.insert(reason.id, at);
    for (const QString &code : std::as_const(reason.enhanced)) {
        m_byEnhanced.insert(code, at);
    }
    for (const QString &code : std::as_const(reason.basic)) {
        m_byBasic.insert(code, at);
    }
    for (const QString &pattern : std::as_const(reason.patterns)) {
        m_patterns.add(pattern, at);
    }
    m_reasons.append(std::move(reason));
}

const BounceReason *ReasonTable::reason(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_reasons.at(*it);
}

const BounceReason *ReasonTable::byEnhanced(const QString &subjectDetail) const
{
    const auto it = m_byEnhanced.constFind(subjectDetail);
    return it == m_byEnhanced.cend() ? nullptr : &m_reasons.at(*it);
}

const BounceReason *ReasonTable::byBasic(const QString &basic) const
{
    const auto it = m_byBasic.constFind(basic);
    return it == m_byBasic.cend() ? nullptr : &m_reasons.at(*it);
}

const BounceReason *ReasonTable::byText(const QString &lowerText, QString *phrase) const
{
    // The longest phrase found anywhere wins, as the most specific; the first place breaks ties.
    qsizetype best = -1;
    QString bestPhrase;
    m_patterns.forEachIn(lowerText, [&](qsizetype reason, const QString &found) {
        if (found.size() > bestPhrase.size()) {
            best = reason;
            bestPhrase = found;
        }
    });
    if (best < 0) {
        return nullptr;
    }
    if (phrase) {
        *phrase = bestPhrase;
    }
    return &m_reasons.at(best);
}

} // namespace SmtpCodes

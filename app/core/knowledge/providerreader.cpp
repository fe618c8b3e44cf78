// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerreader.h"

#include "jsonfieldreader.h"
#include "smtpcode.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
bool isId(const QString &id, bool dots)
{
    static const QRegularExpression provider(u"^[a-z0-9-]+$"_s);
    static const QRegularExpression response(u"^[a-z0-9.-]+$"_s);
    return (dots ? response : provider).match(id).hasMatch();
}

// Lower-case strings of at least minimum characters, each once.
QStringList lowerList(JsonFieldReader &reader, const QString &field, qsizetype minimum)
{
    const QStringList items = reader.stringList(field, false, false);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString &item = items.at(i);
        if (item.size() < minimum || item != item.toLower() || items.indexOf(item) != i) {
            reader.problem(JsonFieldReader::itemField(field, i),
                u"\"%1\" must be lower case, at least %2 characters, and given once"_s
                    .arg(LoadProblem::excerpt(item))
                    .arg(minimum));
        }
    }
    return items;
}

// "5.7.606" as class, subject and detail; nothing when it is not an enhanced code.
std::optional<std::array<int, 3>> enhancedParts(QStringView code)
{
    const auto parsed = SmtpCode::parse(code);
    if (!parsed || parsed->kind() != CodeKind::EnhancedDetail || !parsed->codeClass()) {
        return std::nullopt;
    }
    const QList<QStringView> parts = code.split(u'.');
    return std::array<int, 3> {parts.at(0).toInt(), parts.at(1).toInt(), parts.at(2).toInt()};
}
} // namespace

ProviderReader::ProviderReader(ProviderTable *table, const ReasonTable *reasons, QList<LoadProblem> *problems)
    : m_table(table)
    , m_reasons(reasons)
    , m_problems(problems)
{ }

void ProviderReader::read(const QJsonArray &providers, const QString &fileName)
{
    for (qsizetype i = 0; i < providers.size(); ++i) {
        if (!providers.at(i).isObject()) {
            m_problems->append(
                {fileName, 0, 0, u"provider #%1"_s.arg(i + 1), {}, u"must be a JSON object"_s});
            continue;
        }
        readProvider(providers.at(i).toObject(), fileName, i);
    }
}

void ProviderReader::readProvider(const QJsonObject &object, const QString &fileName, qsizetype index)
{
    LoadProblem context;
    context.file = fileName;
    context.entry = u"provider #%1"_s.arg(index + 1);
    JsonFieldReader reader(object, context, m_problems);
    Provider provider;
    provider.id = reader.requiredString(u"id"_s);
    reader.setContextEntry(u"provider "_s + LoadProblem::excerpt(provider.id));
    reader.rejectUnknownFields({u"id"_s, u"name"_s, u"kind"_s, u"hosts"_s, u"domains"_s, u"markers"_s,
        u"url"_s, u"sources"_s, u"responses"_s});
    if (!provider.id.isEmpty() && !isId(provider.id, false)) {
        reader.problem(u"id"_s, u"must be lower-case letters, digits and '-'"_s);
    } else if (m_table->provider(provider.id)) {
        reader.problem(u"id"_s, u"this provider is already defined"_s);
    }
    provider.name = reader.requiredString(u"name"_s);
    provider.kind = reader.requiredString(u"kind"_s);
    if (!provider.kind.isEmpty() && !ProviderTable::knownKinds().contains(provider.kind)) {
        reader.problem(u"kind"_s, u"must be one of "_s + ProviderTable::knownKinds().join(u", "_s));
    }
    provider.hosts = lowerList(reader, u"hosts"_s, 3);
    provider.domains = lowerList(reader, u"domains"_s, 3);
    provider.markers = lowerList(reader, u"markers"_s, 5);
    provider.url = reader.requiredString(u"url"_s);
    if (!provider.url.isEmpty() && !provider.url.startsWith(u"https://"_s)
        && !provider.url.startsWith(u"http://"_s)) {
        reader.problem(u"url"_s, u"must be an http:// or https:// address"_s);
    }
    provider.sources = reader.sources(u"sources"_s);
    const QJsonArray responses = reader.objectArray(u"responses"_s);
    if (responses.isEmpty()) {
        reader.problem(u"responses"_s, u"a provider needs at least one response"_s);
    }
    if (reader.problemCount() > 0) {
        reader.reportUnreported();
        return;
    }
    const QString id = provider.id;
    m_table->addProvider(std::move(provider));
    for (qsizetype i = 0; i < responses.size(); ++i) {
        readResponse(responses.at(i).toObject(), fileName, id, i);
    }
}

void ProviderReader::readResponse(
    const QJsonObject &object, const QString &fileName, const QString &provider, qsizetype index)
{
    LoadProblem context;
    context.file = fileName;
    context.entry = u"response %1/#%2"_s.arg(provider).arg(index + 1);
    JsonFieldReader reader(object, context, m_problems);
    ProviderResponse response;
    response.provider = provider;
    response.id = reader.requiredString(u"id"_s);
    reader.setContextEntry(u"response %1/%2"_s.arg(provider, LoadProblem::excerpt(response.id)));
    reader.rejectUnknownFields({u"id"_s, u"basic"_s, u"enhanced"_s, u"tag"_s, u"patterns"_s, u"title"_s,
        u"meaning"_s, u"fix"_s, u"reason"_s, u"bounce"_s, u"retry"_s, u"whoActs"_s, u"documented"_s,
        u"registryDiffers"_s, u"sources"_s});
    if (!response.id.isEmpty() && !isId(response.id, true)) {
        reader.problem(u"id"_s, u"must be lower-case letters, digits, '.' and '-'"_s);
    } else if (m_table->response(response.key())) {
        reader.problem(u"id"_s, u"this response is already defined"_s);
    }
    response.basic = reader.requiredString(u"basic"_s);
    const auto basic = SmtpCode::parse(response.basic);
    if (!response.basic.isEmpty()
        && (!basic || !basic->isBasic() || !QStringView(u"245").contains(response.basic.front()))) {
        reader.problem(u"basic"_s, u"must be a 2xx, 4xx or 5xx reply code"_s);
    }
    response.enhanced = reader.optionalString(u"enhanced"_s);
    response.tag = reader.optionalString(u"tag"_s);
    response.patterns = lowerList(reader, u"patterns"_s, 6);
    if (response.patterns.isEmpty() && response.enhanced.isEmpty() && response.tag.isEmpty()) {
        reader.problem(u"patterns"_s, u"a response without enhanced code or tag needs patterns"_s);
    }
    checkEnhanced(reader, response);
    response.title = reader.requiredString(u"title"_s);
    response.meaning = reader.requiredString(u"meaning"_s);
    response.fix = reader.requiredString(u"fix"_s);
    response.retry = reader.requiredString(u"retry"_s);
    response.reason = reader.requiredString(u"reason"_s);
    const QString bounce = reader.requiredString(u"bounce"_s);
    if (!bounce.isEmpty() && bounce != u"hard" && bounce != u"soft") {
        reader.problem(u"bounce"_s, u"must be \"hard\" or \"soft\""_s);
    }
    response.hard = bounce == u"hard";
    checkVerdict(reader, response);
    response.whoActs = reader.stringList(u"whoActs"_s, true, true);
    for (const QString &actor : std::as_const(response.whoActs)) {
        if (!ReasonTable::knownActors().contains(actor)) {
            reader.problem(u"whoActs"_s,
                u"\"%1\" is not one of %2"_s.arg(
                    LoadProblem::excerpt(actor), ReasonTable::knownActors().join(u", "_s)));
        }
    }
    response.documented = reader.requiredBool(u"documented"_s, true);
    response.registryDiffers
        = reader.has(u"registryDiffers"_s) && reader.requiredBool(u"registryDiffers"_s, false);
    response.sources = reader.sources(u"sources"_s);
    if (response.sources.isEmpty()) {
        reader.problem(u"sources"_s, u"every response cites at least one source"_s);
    }
    if (reader.problemCount() > 0) {
        reader.reportUnreported();
        return;
    }
    m_table->addResponse(std::move(response));
}

void ProviderReader::checkEnhanced(JsonFieldReader &reader, const ProviderResponse &response) const
{
    if (response.enhanced.isEmpty()) {
        return;
    }
    const QList<QStringView> ends = QStringView(response.enhanced).split(u'-');
    const auto first = enhancedParts(ends.first());
    const auto last = ends.size() == 2 ? enhancedParts(ends.last()) : first;
    if (ends.size() > 2 || !first || !last) {
        reader.problem(u"enhanced"_s, u"must be an enhanced code (5.7.606) or a range (5.7.606-5.7.649)"_s);
    } else if ((*first)[0] != (*last)[0] || (*first)[1] != (*last)[1] || (*first)[2] > (*last)[2]) {
        reader.problem(u"enhanced"_s, u"a range keeps its class and subject and runs upwards"_s);
    }
}

void ProviderReader::checkVerdict(JsonFieldReader &reader, const ProviderResponse &response) const
{
    if (response.reason.isEmpty()) {
        return;
    }
    if (!ReasonTable::knownIds().contains(response.reason)) {
        reader.problem(u"reason"_s, u"unknown reason; the names are those of reasons.json"_s);
        return;
    }
    const BounceReason *reason = m_reasons ? m_reasons->reason(response.reason) : nullptr;
    if (response.hard && (!response.basic.startsWith(u'5') || (reason && !reason->hard))) {
        reader.problem(u"bounce"_s,
            u"\"hard\" needs a 5xx code and a reason whose address stays bad (UserUnknown, HostUnknown, "
            u"HasMoved, NotAccept)"_s);
    }
}

} // namespace SmtpCodes

// SPDX-License-Identifier: GPL-3.0-or-later
#include "knowledgebaseloader.h"

#include "catalogueentries.h"
#include "codepositions.h"
#include "compiledknowledgereader.h"
#include "compiledknowledgewriter.h"
#include "jsonfieldreader.h"
#include "knowledgefilereader.h"
#include "providerreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
constexpr int supportedSchemaVersion = 1;
} // namespace

void KnowledgeBaseLoader::loadCompiled(
    const CompiledKnowledge &data, const QList<QString> &listStrings, const QString &name)
{
    std::optional<CompiledKnowledgeReader::LoaderState> state
        = CompiledKnowledgeReader(data, listStrings).loaderState();
    if (!state) {
        addProblem(name, u"the compiled knowledge base is damaged; reinstall the program"_s);
        return;
    }
    m_base = std::move(state->base);
    m_sections = std::move(state->sections);
    m_origins = std::move(state->origins);
    m_distinctionOrigins = std::move(state->distinctionOrigins);
}

void KnowledgeBaseLoader::addProblem(const QString &file, const QString &message, int line, int column)
{
    LoadProblem problem;
    problem.file = file;
    problem.line = line;
    problem.column = column;
    problem.message = message;
    m_problems.append(problem);
}

void KnowledgeBaseLoader::loadDirectory(const QString &dir)
{
    const QString metaPath = dir + u"/meta.json"_s;
    QFile meta(metaPath);
    if (!meta.open(QIODevice::ReadOnly)) {
        addProblem(metaPath, u"cannot read: "_s + meta.errorString());
        return;
    }
    const MetaFiles named
        = readMeta(meta.read(std::min(meta.size(), KnowledgeFileReader::maximumFileSize)), metaPath);
    if (!named.sectionTable.isEmpty()) {
        const QString path = dir + u'/' + named.sectionTable;
        KnowledgeFileReader::read(path, &m_problems,
            [this, &path](const QByteArray &data) { m_sections.read(data, path, &m_problems); });
    }
    if (!named.synonyms.isEmpty()) {
        const QString path = dir + u'/' + named.synonyms;
        SynonymTable synonyms;
        KnowledgeFileReader::read(path, &m_problems,
            [this, &path, &synonyms](const QByteArray &data) { synonyms.read(data, path, &m_problems); });
        m_base.setSynonyms(std::move(synonyms));
    }
    if (!named.reasons.isEmpty()) {
        const QString path = dir + u'/' + named.reasons;
        ReasonTable reasons;
        KnowledgeFileReader::read(path, &m_problems,
            [this, &path, &reasons](const QByteArray &data) { reasons.read(data, path, &m_problems); });
        m_base.setReasons(std::move(reasons));
    }
    for (const QString &file : named.files) {
        loadFile(dir + u'/' + file);
    }
}

KnowledgeBaseLoader::MetaFiles KnowledgeBaseLoader::readMeta(const QByteArray &data, const QString &fileName)
{
    MetaFiles named;
    const std::optional<QJsonDocument> parsed = KnowledgeFileReader::parseJson(data, fileName, &m_problems);
    if (!parsed) {
        return named;
    }
    const QJsonDocument &document = *parsed;
    if (!document.isObject()) {
        addProblem(fileName, u"must hold a JSON object"_s);
        return named;
    }
    LoadProblem context;
    context.file = fileName;
    JsonFieldReader reader(document.object(), context, &m_problems);
    reader.rejectUnknownFields({u"schemaVersion"_s, u"version"_s, u"ianaRegistryChecked"_s,
        u"ianaRegistryUpdated"_s, u"files"_s, u"sectionTable"_s, u"synonyms"_s, u"reasons"_s});
    KnowledgeBaseInfo info;
    const QJsonValue schema = document.object().value(u"schemaVersion");
    info.schemaVersion = schema.toInt();
    if (info.schemaVersion != supportedSchemaVersion) {
        reader.problem(u"schemaVersion"_s,
            u"unsupported schema version (this build reads version %1)"_s.arg(supportedSchemaVersion));
        return named;
    }
    info.version = reader.requiredString(u"version"_s);
    info.ianaRegistryChecked = reader.requiredString(u"ianaRegistryChecked"_s);
    info.ianaRegistryUpdated = reader.optionalString(u"ianaRegistryUpdated"_s);
    named.files = reader.stringList(u"files"_s, true, true);
    named.sectionTable = reader.optionalString(u"sectionTable"_s);
    named.synonyms = reader.optionalString(u"synonyms"_s);
    named.reasons = reader.optionalString(u"reasons"_s);
    m_base.setInfo(info);
    return named;
}

void KnowledgeBaseLoader::loadFile(const QString &path)
{
    KnowledgeFileReader::read(
        path, &m_problems, [this, &path](const QByteArray &data) { loadData(data, path); });
}

void KnowledgeBaseLoader::loadData(const QByteArray &data, const QString &fileName)
{
    const qsizetype problemsBefore = m_problems.size();
    const std::optional<QJsonDocument> document = KnowledgeFileReader::parse(data, fileName, &m_problems);
    if (!document) {
        return;
    }
    const QString expected = m_local ? u"\"entries\", \"distinctions\", \"providers\" and/or \"notes\""_s
                                     : u"\"entries\", \"distinctions\" and/or \"providers\""_s;
    if (!document->isObject()) {
        addProblem(fileName, u"must hold a JSON object with "_s + expected);
        return;
    }
    const QJsonObject root = document->object();
    LoadProblem context;
    context.file = fileName;
    JsonFieldReader reader(root, context, &m_problems);
    QSet<QString> allowed {u"entries"_s, u"distinctions"_s, u"providers"_s};
    if (m_local) {
        allowed.insert(u"notes"_s);
    }
    reader.rejectUnknownFields(allowed);
    reader.reportUnreported();
    if (!root.contains(u"entries") && !root.contains(u"distinctions") && !root.contains(u"providers")
        && !(m_local && root.contains(u"notes"))) {
        addProblem(fileName, u"holds none of "_s + expected);
        return;
    }
    if (root.contains(u"providers")) {
        ProviderReader(&m_base.mutableProviders(), &m_base.reasons(), &m_problems)
            .read(reader.objectArray(u"providers"_s), fileName);
    }
    readItems(reader, CodePositions(data), fileName, problemsBefore);
}

void KnowledgeBaseLoader::readItems(JsonFieldReader &reader, const CodePositions &positions,
    const QString &fileName, qsizetype problemsBefore)
{
    const auto stopHere = [&] {
        if (m_problems.size() - problemsBefore < maximumProblemsPerFile) {
            return false;
        }
        addProblem(fileName,
            u"more than %1 problems; the rest of the file was not read"_s.arg(maximumProblemsPerFile));
        return true;
    };
    EntryValidator validator(&m_problems, &m_origins);
    validator.setLocal(m_local);
    validator.setSectionTable(&m_sections);
    qsizetype cursor = 0;
    const QJsonArray entries = reader.objectArray(u"entries"_s);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (stopHere()) {
            return;
        }
        int line = 0;
        if (std::optional<Entry> entry
            = validator.entry(entries.at(i), fileName, positions, &cursor, i, &line)) {
            m_origins.insert(entry->code, {fileName, line, m_local});
            m_base.addEntry(std::move(*entry));
        }
    }
    const QJsonArray distinctions = reader.objectArray(u"distinctions"_s);
    for (qsizetype i = 0; i < distinctions.size(); ++i) {
        if (stopHere()) {
            return;
        }
        if (std::optional<Distinction> distinction = validator.distinction(distinctions.at(i), fileName, i)) {
            m_distinctionOrigins.append({fileName, i});
            m_base.addDistinction(std::move(*distinction));
        }
    }
    if (!m_local) {
        return;
    }
    cursor = 0;
    const QJsonArray notes = reader.objectArray(u"notes"_s);
    for (qsizetype i = 0; i < notes.size(); ++i) {
        if (stopHere()) {
            return;
        }
        if (std::optional<LocalNote> note = validator.note(notes.at(i), fileName, positions, &cursor, i)) {
            m_notes.append(std::move(*note));
        }
    }
}

void KnowledgeBaseLoader::applyNotes()
{
    for (const LocalNote &note : std::as_const(m_notes)) {
        Entry *target = m_base.mutableEntry(note.code);
        if (!target) {
            m_problems.append({note.file, note.line, 0, EntryValidator::noteLabel(note.code, note.index),
                u"code"_s, u"code \"%1\" has no entry"_s.arg(note.code)});
            continue;
        }
        target->localNotes.append(note.text);
    }
    m_notes.clear();
}

void KnowledgeBaseLoader::checkCrossReferences()
{
    // Entries may name codes defined in a later file, so names are only checked once all are read.
    for (const Entry &entry : m_base.entries()) {
        const EntryOrigin origin = m_origins.value(entry.code);
        int reported = 0;
        const auto report = [&](const QString &field, const QString &message) {
            if (++reported <= JsonFieldReader::maximumReportedProblems) {
                m_problems.append({origin.file, origin.line, 0, u"entry "_s + entry.code, field, message});
            }
        };
        QStringList related;
        for (qsizetype i = 0; i < entry.related.size(); ++i) {
            const QString &code = entry.related.at(i);
            if (code == entry.code) {
                report(u"related[%1]"_s.arg(i), u"names the entry itself"_s);
            } else if (!m_base.contains(code)) {
                report(u"related[%1]"_s.arg(i),
                    u"related code \"%1\" has no entry"_s.arg(LoadProblem::excerpt(code)));
            } else {
                related.append(code);
            }
        }
        QStringList basicCodes;
        for (qsizetype i = 0; i < entry.basicCodes.size(); ++i) {
            const QString &code = entry.basicCodes.at(i);
            const auto parsed = SmtpCode::parse(code);
            if (!parsed || !parsed->isBasic()) {
                report(u"basicCodes[%1]"_s.arg(i),
                    u"\"%1\" is not a basic reply code"_s.arg(LoadProblem::excerpt(code)));
            } else if (!m_base.contains(code)) {
                report(u"basicCodes[%1]"_s.arg(i),
                    u"associated code \"%1\" has no entry"_s.arg(LoadProblem::excerpt(code)));
            } else {
                basicCodes.append(code);
            }
        }
        // Only an entry that loses codes is written: writing detaches the whole list.
        if (related.size() != entry.related.size() || basicCodes.size() != entry.basicCodes.size()) {
            Entry *target = m_base.mutableEntry(entry.code);
            target->related = related;
            target->basicCodes = basicCodes;
        }
        if (reported > JsonFieldReader::maximumReportedProblems) {
            m_problems.append({origin.file, origin.line, 0, u"entry "_s + entry.code, {},
                u"%1 more problems not shown"_s.arg(reported - JsonFieldReader::maximumReportedProblems)});
        }
    }
    const QList<Distinction> distinctions = m_base.distinctions();
    for (qsizetype d = 0; d < distinctions.size(); ++d) {
        const QStringList &codes = distinctions.at(d).codes;
        for (qsizetype i = 0; i < codes.size(); ++i) {
            if (!m_base.contains(codes.at(i))) {
                const DistinctionOrigin origin = m_distinctionOrigins.value(d);
                m_problems.append(
                    {origin.file, 0, 0, u"distinction #%1"_s.arg(origin.index + 1), u"codes[%1]"_s.arg(i),
                        u"code \"%1\" has no entry"_s.arg(LoadProblem::excerpt(codes.at(i)))});
            }
        }
    }
}

KnowledgeBase KnowledgeBaseLoader::finish()
{
    // Reasons and provider responses become entries once all is read: an overlay may add
    // responses to a built-in provider's reasons.
    CatalogueEntries::add(m_base);
    applyNotes();
    checkCrossReferences();
    return std::move(m_base);
}

KnowledgeBase KnowledgeBaseLoader::finishInto(CompiledKnowledgeWriter &writer)
{
    const qsizetype fileEntries = m_base.entries().size();
    KnowledgeBase base = finish();
    writer.write(base, fileEntries, m_sections, m_origins, m_distinctionOrigins);
    return base;
}

} // namespace SmtpCodes

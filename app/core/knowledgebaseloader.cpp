// SPDX-License-Identifier: GPL-3.0-or-later
#include "knowledgebaseloader.h"

#include "jsonfieldreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
constexpr int supportedSchemaVersion = 1;
// Knowledge-base files are small; anything far larger is not one, and reading it whole
// would only cost memory before the parser rejects it.
constexpr qint64 maximumFileSize = 16 * 1024 * 1024;

const QSet<QString> &knownCommands()
{
    static const QSet<QString> commands {u"CONNECT"_s, u"EHLO"_s, u"HELO"_s, u"MAIL"_s, u"RCPT"_s, u"DATA"_s,
        u"BDAT"_s, u"RSET"_s, u"VRFY"_s, u"EXPN"_s, u"HELP"_s, u"NOOP"_s, u"QUIT"_s, u"STARTTLS"_s, u"AUTH"_s,
        u"ETRN"_s, u"ATRN"_s, u"ANY"_s};
    return commands;
}

// 1-based line and column of a byte offset, for parse errors and entry positions.
std::pair<int, int> lineAndColumn(const QByteArray &data, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, data.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (data.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    // Columns count characters, not bytes, so that an editor's column matches.
    const int column = int(QString::fromUtf8(data.mid(lineStart, offset - lineStart)).size()) + 1;
    return {line, column};
}

// The line of an entry's "code" member, searching on from *from so that a second entry with
// the same code gets its own line; the text is decoded once per file by the caller.
int lineOfCode(const QString &text, const QString &code, qsizetype *from)
{
    if (code.isEmpty()) {
        return 0;
    }
    const QRegularExpression pattern(u"\"code\"\\s*:\\s*\""_s + QRegularExpression::escape(code) + u'"');
    const auto match = pattern.match(text, *from);
    if (!match.hasMatch()) {
        return 0;
    }
    *from = match.capturedEnd();
    return int(QStringView(text).left(match.capturedStart()).count(u'\n')) + 1;
}

QString entryLabel(const QString &code, qsizetype index)
{
    return code.isEmpty() ? u"entry #%1"_s.arg(index + 1) : u"entry "_s + code;
}
} // namespace

QString KnowledgeBaseLoader::builtInDirectory()
{
    return u":/knowledge-base"_s;
}

KnowledgeBase KnowledgeBaseLoader::loadBuiltIn(QList<LoadProblem> *problems)
{
    KnowledgeBaseLoader loader;
    loader.loadDirectory(builtInDirectory());
    KnowledgeBase base = loader.finish();
    if (problems) {
        *problems = loader.problems();
    }
    return base;
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
    QStringList files;
    readMeta(meta.read(maximumFileSize), metaPath, &files);
    for (const QString &file : std::as_const(files)) {
        loadFile(dir + u'/' + file);
    }
}

void KnowledgeBaseLoader::readMeta(const QByteArray &data, const QString &fileName, QStringList *files)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(data, error.offset);
        addProblem(fileName, u"malformed JSON: "_s + error.errorString(), line, column);
        return;
    }
    if (!document.isObject()) {
        addProblem(fileName, u"must hold a JSON object"_s);
        return;
    }
    LoadProblem context;
    context.file = fileName;
    JsonFieldReader reader(document.object(), context, &m_problems);
    reader.rejectUnknownFields(
        {u"schemaVersion"_s, u"version"_s, u"ianaRegistryChecked"_s, u"ianaRegistryUpdated"_s, u"files"_s});
    KnowledgeBaseInfo info;
    const QJsonValue schema = document.object().value(u"schemaVersion");
    info.schemaVersion = schema.toInt();
    if (info.schemaVersion != supportedSchemaVersion) {
        reader.problem(u"schemaVersion"_s,
            u"unsupported schema version (this build reads version %1)"_s.arg(supportedSchemaVersion));
        return;
    }
    info.version = reader.requiredString(u"version"_s);
    info.ianaRegistryChecked = reader.requiredString(u"ianaRegistryChecked"_s);
    info.ianaRegistryUpdated = reader.optionalString(u"ianaRegistryUpdated"_s);
    *files = reader.stringList(u"files"_s, true, true);
    m_base.setInfo(info);
}

void KnowledgeBaseLoader::loadFile(const QString &path)
{
    const QFileInfo fileInfo(path);
    if (fileInfo.isDir()) {
        addProblem(path, u"is a directory, not a knowledge-base file"_s);
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        addProblem(path, u"cannot read: "_s + file.errorString());
        return;
    }
    if (file.size() > maximumFileSize) {
        addProblem(path, u"too large (%1 bytes; the limit is %2)"_s.arg(file.size()).arg(maximumFileSize));
        return;
    }
    loadData(file.readAll(), path);
}

void KnowledgeBaseLoader::loadData(const QByteArray &data, const QString &fileName)
{
    if (data.trimmed().isEmpty()) {
        addProblem(fileName, u"is empty"_s);
        return;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(data, error.offset);
        addProblem(fileName, u"malformed JSON: "_s + error.errorString(), line, column);
        return;
    }
    if (!document.isObject()) {
        addProblem(fileName, u"must hold a JSON object with \"entries\" and/or \"distinctions\""_s);
        return;
    }
    const QJsonObject root = document.object();
    LoadProblem context;
    context.file = fileName;
    JsonFieldReader reader(root, context, &m_problems);
    reader.rejectUnknownFields({u"entries"_s, u"distinctions"_s});
    if (!root.contains(u"entries") && !root.contains(u"distinctions")) {
        addProblem(fileName, u"holds neither \"entries\" nor \"distinctions\""_s);
        return;
    }
    const QJsonArray entries = reader.objectArray(u"entries"_s);
    const QString text = QString::fromUtf8(data);
    qsizetype searchFrom = 0;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        readEntry(entries.at(i), fileName, text, &searchFrom, i);
    }
    const QJsonArray distinctions = reader.objectArray(u"distinctions"_s);
    for (qsizetype i = 0; i < distinctions.size(); ++i) {
        readDistinction(distinctions.at(i), fileName, i);
    }
}

void KnowledgeBaseLoader::readEntry(const QJsonValue &value, const QString &fileName, const QString &text,
    qsizetype *searchFrom, qsizetype index)
{
    LoadProblem context;
    context.file = fileName;
    context.entry = entryLabel({}, index);
    if (!value.isObject()) {
        context.message = u"must be a JSON object"_s;
        m_problems.append(context);
        return;
    }
    const QJsonObject object = value.toObject();
    const QJsonValue codeValue = object.value(u"code");
    const QString codeText = codeValue.isString() ? codeValue.toString().trimmed() : QString();
    context.entry = entryLabel(codeText, index);
    context.line = lineOfCode(text, codeText, searchFrom);
    JsonFieldReader reader(object, context, &m_problems);

    Entry entry;
    entry.sourceFile = fileName;
    entry.code = reader.requiredString(u"code"_s);
    const auto code = SmtpCode::parse(entry.code);
    if (!entry.code.isEmpty()) {
        if (!code) {
            reader.problem(u"code"_s, u"malformed code \"%1\""_s.arg(entry.code));
        } else if (!code->isKey()) {
            reader.problem(
                u"code"_s, u"malformed code \"%1\": write it as \"%2\""_s.arg(entry.code, code->key()));
        } else if (m_origins.contains(entry.code)) {
            const Origin first = m_origins.value(entry.code);
            reader.problem(u"code"_s,
                u"duplicate code, first defined in %1%2"_s.arg(
                    first.file, first.line > 0 ? u":"_s + QString::number(first.line) : QString()));
        }
    }
    const bool basic = code && code->isBasic();
    QSet<QString> allowed {u"code"_s, u"title"_s, u"standard"_s, u"description"_s, u"whenYouSeeIt"_s,
        u"howToFix"_s, u"useWhen"_s, u"commands"_s, u"references"_s, u"related"_s, u"extensionMeanings"_s,
        u"notes"_s};
    const QSet<QString> basicOnly {u"class"_s};
    const QSet<QString> enhancedOnly {u"classes"_s, u"basicCodes"_s, u"basicCodesNote"_s};
    // Without a valid code the kind is unknown, so neither kind's fields are reported twice.
    allowed += !code ? basicOnly + enhancedOnly : basic ? basicOnly : enhancedOnly;
    reader.rejectUnknownFields(allowed);

    entry.title = reader.requiredString(u"title"_s);
    entry.standard = reader.requiredBool(u"standard"_s, true);
    entry.description = reader.requiredString(u"description"_s);
    entry.whenYouSeeIt = reader.requiredString(u"whenYouSeeIt"_s);
    entry.howToFix = reader.requiredString(u"howToFix"_s);
    entry.useWhen = reader.requiredString(u"useWhen"_s);
    if (code && code->isKey()) {
        entry.kind = code->kind();
        readClasses(reader, *code, entry);
    }
    readCommands(reader, entry);
    entry.references = reader.references(u"references"_s, true);
    entry.related = reader.stringList(u"related"_s, true, false);
    if (code && !basic) {
        entry.basicCodes = reader.stringList(u"basicCodes"_s, true, false);
        entry.basicCodesNote = reader.optionalString(u"basicCodesNote"_s);
    }
    readExtensionMeanings(reader, entry);
    entry.notes = reader.stringList(u"notes"_s, false, true);

    if (reader.problemCount() > 0 || !code) {
        return;
    }
    m_origins.insert(entry.code, {fileName, context.line});
    m_base.addEntry(std::move(entry));
}

void KnowledgeBaseLoader::readClasses(JsonFieldReader &reader, const SmtpCode &code, Entry &entry)
{
    if (code.isBasic()) {
        const QString id = reader.requiredString(u"class"_s);
        if (id.isEmpty()) {
            return;
        }
        const auto codeClass = CodeClasses::fromId(id);
        if (!codeClass || CodeClasses::isEnhanced(*codeClass)) {
            reader.problem(u"class"_s,
                u"unknown class \"%1\" (a basic code's class is positive-completion, "
                u"positive-intermediate, transient-negative or permanent-negative)"_s.arg(id));
            return;
        }
        if (codeClass != code.codeClass()) {
            reader.problem(u"class"_s,
                u"class \"%1\" disagrees with the code's first digit %2 (expected \"%3\")"_s.arg(
                    id, entry.code.left(1), CodeClasses::id(*code.codeClass())));
            return;
        }
        entry.classes = {*codeClass};
        return;
    }
    const QStringList ids = reader.stringList(u"classes"_s, true, true);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const auto codeClass = CodeClasses::fromId(ids.at(i));
        const QString field = u"classes[%1]"_s.arg(i);
        if (!codeClass || !CodeClasses::isEnhanced(*codeClass)) {
            reader.problem(field,
                u"unknown class \"%1\" (an enhanced code's class is success, "
                u"persistent-transient or permanent)"_s.arg(ids.at(i)));
        } else if (code.codeClass() && codeClass != code.codeClass()) {
            reader.problem(field,
                u"class \"%1\" disagrees with the code's first digit %2 (expected \"%3\")"_s.arg(
                    ids.at(i), entry.code.left(1), CodeClasses::id(*code.codeClass())));
        } else if (entry.classes.contains(*codeClass)) {
            reader.problem(field, u"class \"%1\" is listed twice"_s.arg(ids.at(i)));
        } else {
            entry.classes.append(*codeClass);
        }
    }
}

void KnowledgeBaseLoader::readCommands(JsonFieldReader &reader, Entry &entry)
{
    const QStringList commands = reader.stringList(u"commands"_s, true, true);
    for (qsizetype i = 0; i < commands.size(); ++i) {
        if (!knownCommands().contains(commands.at(i))) {
            reader.problem(u"commands[%1]"_s.arg(i), u"unknown command \"%1\""_s.arg(commands.at(i)));
        } else {
            entry.commands.append(commands.at(i));
        }
    }
}

void KnowledgeBaseLoader::readExtensionMeanings(JsonFieldReader &reader, Entry &entry)
{
    const QJsonArray meanings = reader.objectArray(u"extensionMeanings"_s);
    for (qsizetype i = 0; i < meanings.size(); ++i) {
        const QString field = u"extensionMeanings[%1]"_s.arg(i);
        const QJsonObject item = meanings.at(i).toObject();
        if (!meanings.at(i).isObject()) {
            reader.problem(field, u"must be an object"_s);
            continue;
        }
        ExtensionMeaning meaning;
        for (const QString &key : item.keys()) {
            if (key != u"extension" && key != u"meaning" && key != u"reference") {
                reader.problem(field + u'.' + key, u"unknown field"_s);
            }
        }
        for (const auto &[name, target] :
            {std::pair {u"extension"_s, &meaning.extension}, std::pair {u"meaning"_s, &meaning.meaning}}) {
            const QJsonValue text = item.value(name);
            if (!text.isString() || text.toString().trimmed().isEmpty()) {
                reader.problem(field + u'.' + name, u"required text is missing or empty"_s);
            } else {
                *target = text.toString().trimmed();
            }
        }
        meaning.reference = reader.reference(item.value(u"reference"), field + u".reference"_s);
        entry.extensionMeanings.append(meaning);
    }
}

void KnowledgeBaseLoader::readDistinction(const QJsonValue &value, const QString &fileName, qsizetype index)
{
    LoadProblem context;
    context.file = fileName;
    context.entry = u"distinction #%1"_s.arg(index + 1);
    if (!value.isObject()) {
        context.message = u"must be a JSON object"_s;
        m_problems.append(context);
        return;
    }
    JsonFieldReader reader(value.toObject(), context, &m_problems);
    reader.rejectUnknownFields({u"codes"_s, u"title"_s, u"summary"_s, u"keyDifferences"_s, u"forSender"_s,
        u"forServer"_s, u"references"_s});
    Distinction distinction;
    distinction.codes = reader.stringList(u"codes"_s, true, true);
    if (distinction.codes.size() == 1) {
        reader.problem(u"codes"_s, u"must name at least two codes"_s);
    }
    distinction.title = reader.requiredString(u"title"_s);
    distinction.summary = reader.requiredString(u"summary"_s);
    distinction.keyDifferences = reader.stringList(u"keyDifferences"_s, true, true);
    distinction.forSender = reader.requiredString(u"forSender"_s);
    distinction.forServer = reader.requiredString(u"forServer"_s);
    distinction.references = reader.references(u"references"_s, true);
    if (reader.problemCount() == 0) {
        m_distinctionOrigins.append({fileName, index});
        m_base.addDistinction(std::move(distinction));
    }
}

void KnowledgeBaseLoader::checkCrossReferences()
{
    // Entries may name codes defined in a later file, so names are only checked once all are read.
    for (const Entry &entry : m_base.entries()) {
        Entry *target = m_base.mutableEntry(entry.code);
        const Origin origin = m_origins.value(entry.code);
        const auto report = [&](const QString &field, const QString &message) {
            m_problems.append({origin.file, origin.line, 0, u"entry "_s + entry.code, field, message});
        };
        QStringList related;
        for (qsizetype i = 0; i < entry.related.size(); ++i) {
            const QString &code = entry.related.at(i);
            if (code == entry.code) {
                report(u"related[%1]"_s.arg(i), u"names the entry itself"_s);
            } else if (!m_base.contains(code)) {
                report(u"related[%1]"_s.arg(i), u"related code \"%1\" has no entry"_s.arg(code));
            } else {
                related.append(code);
            }
        }
        target->related = related;
        QStringList basicCodes;
        for (qsizetype i = 0; i < entry.basicCodes.size(); ++i) {
            const QString &code = entry.basicCodes.at(i);
            const auto parsed = SmtpCode::parse(code);
            if (!parsed || !parsed->isBasic()) {
                report(u"basicCodes[%1]"_s.arg(i), u"\"%1\" is not a basic reply code"_s.arg(code));
            } else if (!m_base.contains(code)) {
                report(u"basicCodes[%1]"_s.arg(i), u"associated code \"%1\" has no entry"_s.arg(code));
            } else {
                basicCodes.append(code);
            }
        }
        target->basicCodes = basicCodes;
    }
    const QList<Distinction> distinctions = m_base.distinctions();
    for (qsizetype d = 0; d < distinctions.size(); ++d) {
        const QStringList &codes = distinctions.at(d).codes;
        for (qsizetype i = 0; i < codes.size(); ++i) {
            if (!m_base.contains(codes.at(i))) {
                const DistinctionOrigin origin = m_distinctionOrigins.value(d);
                m_problems.append({origin.file, 0, 0, u"distinction #%1"_s.arg(origin.index + 1),
                    u"codes[%1]"_s.arg(i), u"code \"%1\" has no entry"_s.arg(codes.at(i))});
            }
        }
    }
}

KnowledgeBase KnowledgeBaseLoader::finish()
{
    checkCrossReferences();
    return std::move(m_base);
}

} // namespace SmtpCodes

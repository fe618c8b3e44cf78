// SPDX-License-Identifier: GPL-3.0-or-later
#include "knowledgebaseloader.h"

#include "jsonfieldreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstring> // memmem, memchr

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
constexpr int supportedSchemaVersion = 1;

const QSet<QString> &knownCommands()
{
    static const QSet<QString> commands {u"CONNECT"_s, u"EHLO"_s, u"HELO"_s, u"MAIL"_s, u"RCPT"_s, u"DATA"_s,
        u"BDAT"_s, u"RSET"_s, u"VRFY"_s, u"EXPN"_s, u"HELP"_s, u"NOOP"_s, u"QUIT"_s, u"STARTTLS"_s, u"AUTH"_s,
        u"ETRN"_s, u"ATRN"_s, u"ANY"_s};
    return commands;
}

// The fields an entry may have: those of every entry plus a basic or an enhanced code's own.
// Built once; the loader asks for them per entry.
const QSet<QString> &entryFields(bool basic, bool enhanced)
{
    static const auto make = [](bool withBasic, bool withEnhanced) {
        QSet<QString> fields {u"code"_s, u"title"_s, u"standard"_s, u"description"_s, u"whenYouSeeIt"_s,
            u"howToFix"_s, u"useWhen"_s, u"commands"_s, u"references"_s, u"related"_s, u"extensionMeanings"_s,
            u"notes"_s};
        if (withBasic) {
            fields.insert(u"class"_s);
        }
        if (withEnhanced) {
            fields += QSet<QString> {u"classes"_s, u"basicCodes"_s, u"basicCodesNote"_s};
        }
        return fields;
    };
    static const QSet<QString> basicFields = make(true, false);
    static const QSet<QString> enhancedFields = make(false, true);
    static const QSet<QString> allFields = make(true, true);
    return basic && enhanced ? allFields : basic ? basicFields : enhancedFields;
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

// Offset of the first byte that is not part of well-formed UTF-8 (no overlong forms, no
// surrogates, nothing past U+10FFFF), or -1. The JSON parser only notices bad bytes inside
// strings, and then says little more than "invalid UTF8 string".
qsizetype firstInvalidUtf8(const QByteArray &data)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf) {
            length = 2;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            low = lead == 0xe0 ? 0xa0 : 0x80;
            high = lead == 0xed ? 0x9f : 0xbf;
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            low = lead == 0xf0 ? 0x90 : 0x80;
            high = lead == 0xf4 ? 0x8f : 0xbf;
        } else {
            return i;
        }
        if (size - i < length) {
            return i;
        }
        if (bytes[i + 1] < low || bytes[i + 1] > high) {
            return i;
        }
        for (qsizetype k = 2; k < length; ++k) {
            if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) {
                return i;
            }
        }
        i += length;
    }
    return -1;
}

QString entryLabel(const QString &code, qsizetype index)
{
    return code.isEmpty() ? u"entry #%1"_s.arg(index + 1) : u"entry "_s + LoadProblem::excerpt(code);
}

QString noteLabel(const QString &code, qsizetype index)
{
    return code.isEmpty() ? u"note #%1"_s.arg(index + 1)
                          : u"note #%1 for %2"_s.arg(index + 1).arg(LoadProblem::excerpt(code));
}
} // namespace

// Where each "code" member of a file is, so that problems can name a line although the JSON
// parser gives no positions. Built in one pass over the text, so that a file with many
// entries, or with codes written in escapes that are never found, stays linear.
class CodePositions
{
public:
    // Finds every "code": "..." member in one pass over the UTF-8 bytes, counting lines as it
    // goes; a regular expression and a UTF-16 copy of the file cost more than the validation.
    // Lines are the same in bytes as in characters, and codes are ASCII.
    explicit CodePositions(QByteArrayView text)
    {
        static constexpr QByteArrayView key = "\"code\"";
        int line = 1;
        qsizetype counted = 0;
        const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
        const char *const data = text.data();
        const auto find = [&](qsizetype from) -> qsizetype {
            const void *found
                = memmem(data + from, size_t(text.size() - from), key.data(), size_t(key.size()));
            return found ? static_cast<const char *>(found) - data : -1;
        };
        // memchr per line: far faster than a byte loop over the file, and lines are long.
        const auto newlines = [&](qsizetype from, qsizetype to) {
            int count = 0;
            while (const void *found = memchr(data + from, '\n', size_t(to - from))) {
                ++count;
                from = static_cast<const char *>(found) - data + 1;
            }
            return count;
        };
        for (qsizetype at = find(0); at >= 0; at = find(at + 1)) {
            qsizetype i = at + key.size();
            while (i < text.size() && isSpace(text[i])) {
                ++i;
            }
            if (i >= text.size() || text[i] != ':') {
                continue;
            }
            ++i;
            while (i < text.size() && isSpace(text[i])) {
                ++i;
            }
            if (i >= text.size() || text[i] != '"') {
                continue;
            }
            const qsizetype start = ++i;
            while (i < text.size() && text[i] != '"' && text[i] != '\\') {
                ++i;
            }
            if (i >= text.size() || text[i] != '"') {
                continue;
            }
            line += newlines(counted, at);
            counted = at;
            m_positions[QString::fromUtf8(text.sliced(start, i - start)).trimmed()].append({at, line});
        }
    }

    // The line of the first "code" member naming code at or after *cursor; moves the cursor past
    // it, so the second entry with the same code gets its own line. 0 when not found.
    int lineOf(const QString &code, qsizetype *cursor) const
    {
        const auto it = m_positions.constFind(code);
        if (code.isEmpty() || it == m_positions.cend()) {
            return 0;
        }
        const auto found = std::lower_bound(it->cbegin(), it->cend(), *cursor,
            [](const Position &position, qsizetype offset) { return position.offset < offset; });
        if (found == it->cend()) {
            return 0;
        }
        *cursor = found->offset + 1;
        return found->line;
    }

private:
    struct Position
    {
        qsizetype offset = 0;
        int line = 0;
    };
    QHash<QString, QList<Position>> m_positions;
};

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
    readMeta(meta.read(std::min(meta.size(), maximumFileSize)), metaPath, &files);
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
    // A device or a pipe could be read forever, or block the start-up until someone writes.
    if (fileInfo.exists() && !fileInfo.isFile()) {
        addProblem(path, u"is not a regular file"_s);
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        addProblem(path, u"cannot read: "_s + file.errorString());
        return;
    }
    const auto tooLarge = [&] {
        addProblem(path,
            u"too large (more than %1 bytes); a knowledge-base file is far smaller"_s.arg(maximumFileSize));
    };
    if (file.size() > maximumFileSize) {
        tooLarge();
        return;
    }
    // The built-in files are stored uncompressed in the binary, so they are parsed where they
    // lie. Never a user's file: one truncated while mapped would crash the reader.
    if (path.startsWith(u":/")) {
        if (const uchar *mapped = file.map(0, file.size())) {
            loadData(QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), file.size()), path);
            return;
        }
    }
    // QIODevice::read(n) allocates n bytes before it reads, so the size sets the first read;
    // reading on to one byte past the limit still catches a file that grows meanwhile.
    QByteArray data = file.read(file.size() + 1);
    while (data.size() <= maximumFileSize && !file.atEnd() && file.error() == QFileDevice::NoError) {
        const QByteArray more = file.read(std::min<qint64>(64 * 1024, maximumFileSize + 1 - data.size()));
        if (more.isEmpty()) {
            break;
        }
        data += more;
    }
    if (data.size() > maximumFileSize) {
        tooLarge();
        return;
    }
    if (file.error() != QFileDevice::NoError) {
        addProblem(path, u"cannot read: "_s + file.errorString());
        return;
    }
    loadData(data, path);
}

void KnowledgeBaseLoader::loadData(const QByteArray &data, const QString &fileName)
{
    const qsizetype problemsBefore = m_problems.size();
    // Checked in place: trimmed() would copy the whole file to learn that it is not empty.
    const auto isSpace = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    if (std::all_of(data.cbegin(), data.cend(), isSpace)) {
        addProblem(fileName, u"is empty"_s);
        return;
    }
    if (data.startsWith("\xff\xfe") || data.startsWith("\xfe\xff")) {
        addProblem(fileName, u"is UTF-16 text; save it as UTF-8"_s);
        return;
    }
    if (const qsizetype invalid = firstInvalidUtf8(data); invalid >= 0) {
        const auto [line, column] = lineAndColumn(data, invalid);
        addProblem(fileName,
            u"is not UTF-8 text: byte 0x%1 cannot start or continue a character; save the file as UTF-8"_s
                .arg(uint(uchar(data.at(invalid))), 2, 16, QChar(u'0')),
            line, column);
        return;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(data, error.offset);
        addProblem(fileName, u"malformed JSON: "_s + error.errorString(), line, column);
        return;
    }
    const QString expected = m_local ? u"\"entries\", \"distinctions\" and/or \"notes\""_s
                                     : u"\"entries\" and/or \"distinctions\""_s;
    if (!document.isObject()) {
        addProblem(fileName, u"must hold a JSON object with "_s + expected);
        return;
    }
    const QJsonObject root = document.object();
    LoadProblem context;
    context.file = fileName;
    JsonFieldReader reader(root, context, &m_problems);
    QSet<QString> allowed {u"entries"_s, u"distinctions"_s};
    if (m_local) {
        allowed.insert(u"notes"_s);
    }
    reader.rejectUnknownFields(allowed);
    reportUnreported(reader, context);
    if (!root.contains(u"entries") && !root.contains(u"distinctions")
        && !(m_local && root.contains(u"notes"))) {
        addProblem(fileName,
            m_local ? u"holds none of "_s + expected : u"holds neither \"entries\" nor \"distinctions\""_s);
        return;
    }
    const auto stopHere = [&] {
        if (m_problems.size() - problemsBefore < maximumProblemsPerFile) {
            return false;
        }
        addProblem(fileName,
            u"more than %1 problems; the rest of the file was not read"_s.arg(maximumProblemsPerFile));
        return true;
    };
    const CodePositions positions(data);
    qsizetype cursor = 0;
    const QJsonArray entries = reader.objectArray(u"entries"_s);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (stopHere()) {
            return;
        }
        readEntry(entries.at(i), fileName, positions, &cursor, i);
    }
    const QJsonArray distinctions = reader.objectArray(u"distinctions"_s);
    for (qsizetype i = 0; i < distinctions.size(); ++i) {
        if (stopHere()) {
            return;
        }
        readDistinction(distinctions.at(i), fileName, i);
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
        readNote(notes.at(i), fileName, positions, &cursor, i);
    }
}

void KnowledgeBaseLoader::reportUnreported(const JsonFieldReader &reader, const LoadProblem &context)
{
    if (reader.unreportedProblemCount() > 0) {
        LoadProblem more = context;
        more.message = u"%1 more problems not shown"_s.arg(reader.unreportedProblemCount());
        m_problems.append(more);
    }
}

bool KnowledgeBaseLoader::checkCode(JsonFieldReader &reader, const QString &text)
{
    if (text.isEmpty()) {
        return false;
    }
    const auto code = SmtpCode::parse(text);
    if (!code) {
        reader.problem(u"code"_s, u"malformed code \"%1\""_s.arg(LoadProblem::excerpt(text)));
        return false;
    }
    if (!code->isKey()) {
        reader.problem(u"code"_s, u"malformed code \"%1\": write it as \"%2\""_s.arg(text, code->key()));
        return false;
    }
    return true;
}

void KnowledgeBaseLoader::readEntry(const QJsonValue &value, const QString &fileName,
    const CodePositions &positions, qsizetype *cursor, qsizetype index)
{
    LoadProblem context;
    context.file = fileName;
    if (!value.isObject()) {
        context.entry = entryLabel({}, index);
        context.message = u"must be a JSON object"_s;
        m_problems.append(context);
        return;
    }
    const QJsonObject object = value.toObject();
    const QJsonValue codeValue = object.value(u"code");
    const QString codeText = codeValue.isString() ? codeValue.toString().trimmed() : QString();
    context.entry = entryLabel(codeText, index);
    context.line = positions.lineOf(codeText, cursor);
    JsonFieldReader reader(object, context, &m_problems);

    Entry entry;
    entry.sourceFile = fileName;
    entry.local = m_local;
    entry.code = reader.requiredString(u"code"_s);
    const auto code = checkCode(reader, entry.code) ? SmtpCode::parse(entry.code) : std::nullopt;
    if (code && m_origins.contains(entry.code)) {
        const Origin first = m_origins.value(entry.code);
        if (m_local && !first.local) {
            reader.problem(u"code"_s,
                u"%1 is a built-in entry and cannot be redefined; add to it with a \"notes\" item "
                u"({\"code\": \"%1\", \"note\": \"...\"})"_s.arg(entry.code));
        } else {
            reader.problem(u"code"_s,
                u"duplicate code, first defined in %1%2"_s.arg(
                    first.file, first.line > 0 ? u":"_s + QString::number(first.line) : QString()));
        }
    }
    const bool basic = code && code->isBasic();
    // Without a valid code the kind is unknown, so neither kind's fields are reported twice.
    reader.rejectUnknownFields(!code ? entryFields(true, true) : entryFields(basic, !basic));

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
    reportUnreported(reader, context);

    if (reader.problemCount() > 0 || !code) {
        return;
    }
    m_origins.insert(entry.code, {fileName, context.line, m_local});
    m_base.addEntry(std::move(entry));
}

void KnowledgeBaseLoader::readNote(const QJsonValue &value, const QString &fileName,
    const CodePositions &positions, qsizetype *cursor, qsizetype index)
{
    LoadProblem context;
    context.file = fileName;
    if (!value.isObject()) {
        context.entry = noteLabel({}, index);
        context.message = u"must be a JSON object: {\"code\": \"550\", \"note\": \"...\"}"_s;
        m_problems.append(context);
        return;
    }
    const QJsonObject object = value.toObject();
    const QJsonValue codeValue = object.value(u"code");
    const QString codeText = codeValue.isString() ? codeValue.toString().trimmed() : QString();
    context.entry = noteLabel(codeText, index);
    context.line = positions.lineOf(codeText, cursor);
    JsonFieldReader reader(object, context, &m_problems);
    reader.rejectUnknownFields({u"code"_s, u"note"_s});
    PendingNote note;
    note.code = reader.requiredString(u"code"_s);
    checkCode(reader, note.code);
    note.text = reader.requiredString(u"note"_s);
    reportUnreported(reader, context);
    if (reader.problemCount() > 0) {
        return;
    }
    note.file = fileName;
    note.line = context.line;
    note.index = index;
    m_notes.append(note);
}

void KnowledgeBaseLoader::applyNotes()
{
    for (const PendingNote &note : std::as_const(m_notes)) {
        Entry *target = m_base.mutableEntry(note.code);
        if (!target) {
            m_problems.append({note.file, note.line, 0, noteLabel(note.code, note.index), u"code"_s,
                u"code \"%1\" has no entry"_s.arg(note.code)});
            continue;
        }
        target->localNotes.append(note.text);
    }
    m_notes.clear();
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
                u"positive-intermediate, transient-negative or permanent-negative)"_s.arg(
                    LoadProblem::excerpt(id)));
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
        const QString field = JsonFieldReader::itemField(u"classes"_s, i);
        if (!codeClass || !CodeClasses::isEnhanced(*codeClass)) {
            reader.problem(field,
                u"unknown class \"%1\" (an enhanced code's class is success, "
                u"persistent-transient or permanent)"_s.arg(LoadProblem::excerpt(ids.at(i))));
        } else if (code.codeClass() && codeClass != code.codeClass()) {
            reader.problem(field,
                u"class \"%1\" disagrees with the code's first digit %2 (expected \"%3\")"_s.arg(
                    ids.at(i), entry.code.left(1), CodeClasses::id(*code.codeClass())));
        } else if (entry.classes.contains(*codeClass)) {
            reader.problem(field, u"class \"%1\" is listed twice"_s.arg(LoadProblem::excerpt(ids.at(i))));
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
            reader.problem(u"commands[%1]"_s.arg(i),
                u"unknown command \"%1\""_s.arg(LoadProblem::excerpt(commands.at(i))));
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
                reader.problem(field + u'.' + LoadProblem::excerpt(key), u"unknown field"_s);
            }
        }
        for (const auto &[name, target] :
            {std::pair {u"extension"_s, &meaning.extension}, std::pair {u"meaning"_s, &meaning.meaning}}) {
            const QJsonValue text = item.value(name);
            if (!text.isString() || text.toString().trimmed().isEmpty()) {
                reader.problem(field + u'.' + name, u"required text is missing or empty"_s);
            } else {
                *target = reader.checkedString(text, field + u'.' + name);
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
        const Origin origin = m_origins.value(entry.code);
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
    applyNotes();
    checkCrossReferences();
    return std::move(m_base);
}

} // namespace SmtpCodes

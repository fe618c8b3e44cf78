// SPDX-License-Identifier: GPL-3.0-or-later
#include "entryvalidator.h"

#include "codepositions.h"
#include "jsonfieldreader.h"
#include "rfcsectiontable.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
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
            u"notes"_s, u"keywords"_s};
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

QString entryLabel(const QString &code, qsizetype index)
{
    return code.isEmpty() ? u"entry #%1"_s.arg(index + 1) : u"entry "_s + LoadProblem::excerpt(code);
}
} // namespace

EntryValidator::EntryValidator(QList<LoadProblem> *problems, const QHash<QString, EntryOrigin> *origins)
    : m_problems(problems)
    , m_origins(origins)
{ }

QString EntryValidator::noteLabel(const QString &code, qsizetype index)
{
    return code.isEmpty() ? u"note #%1"_s.arg(index + 1)
                          : u"note #%1 for %2"_s.arg(index + 1).arg(LoadProblem::excerpt(code));
}

bool EntryValidator::checkCode(JsonFieldReader &reader, const QString &text)
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

std::optional<Entry> EntryValidator::entry(const QJsonValue &value, const QString &fileName,
    const CodePositions &positions, qsizetype *cursor, qsizetype index, int *line)
{
    LoadProblem context;
    context.file = fileName;
    if (!value.isObject()) {
        context.entry = entryLabel({}, index);
        context.message = u"must be a JSON object"_s;
        m_problems->append(context);
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    const QJsonValue codeValue = object.value(u"code");
    const QString codeText = codeValue.isString() ? codeValue.toString().trimmed() : QString();
    context.entry = entryLabel(codeText, index);
    context.line = positions.lineOf(codeText, cursor);
    *line = context.line;
    JsonFieldReader reader(object, context, m_problems);

    Entry entry;
    entry.sourceFile = fileName;
    entry.local = m_local;
    entry.code = reader.requiredString(u"code"_s);
    const auto code = checkCode(reader, entry.code) ? SmtpCode::parse(entry.code) : std::nullopt;
    if (code && m_origins->contains(entry.code)) {
        const EntryOrigin first = m_origins->value(entry.code);
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
    entry.keywords = reader.stringList(u"keywords"_s, false, false);
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
    reader.reportUnreported();
    resolveReferences(context, entry);

    if (reader.problemCount() > 0 || !code) {
        return std::nullopt;
    }
    return entry;
}

std::optional<LocalNote> EntryValidator::note(const QJsonValue &value, const QString &fileName,
    const CodePositions &positions, qsizetype *cursor, qsizetype index)
{
    LoadProblem context;
    context.file = fileName;
    if (!value.isObject()) {
        context.entry = noteLabel({}, index);
        context.message = u"must be a JSON object: {\"code\": \"550\", \"note\": \"...\"}"_s;
        m_problems->append(context);
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    const QJsonValue codeValue = object.value(u"code");
    const QString codeText = codeValue.isString() ? codeValue.toString().trimmed() : QString();
    context.entry = noteLabel(codeText, index);
    context.line = positions.lineOf(codeText, cursor);
    JsonFieldReader reader(object, context, m_problems);
    reader.rejectUnknownFields({u"code"_s, u"note"_s});
    LocalNote note;
    note.code = reader.requiredString(u"code"_s);
    checkCode(reader, note.code);
    note.text = reader.requiredString(u"note"_s);
    reader.reportUnreported();
    if (reader.problemCount() > 0) {
        return std::nullopt;
    }
    note.file = fileName;
    note.line = context.line;
    note.index = index;
    return note;
}

void EntryValidator::readClasses(JsonFieldReader &reader, const SmtpCode &code, Entry &entry)
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

void EntryValidator::readCommands(JsonFieldReader &reader, Entry &entry)
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

void EntryValidator::readExtensionMeanings(JsonFieldReader &reader, Entry &entry)
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

std::optional<Distinction> EntryValidator::distinction(
    const QJsonValue &value, const QString &fileName, qsizetype index)
{
    LoadProblem context;
    context.file = fileName;
    context.entry = u"distinction #%1"_s.arg(index + 1);
    if (!value.isObject()) {
        context.message = u"must be a JSON object"_s;
        m_problems->append(context);
        return std::nullopt;
    }
    JsonFieldReader reader(value.toObject(), context, m_problems);
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
    for (qsizetype i = 0; i < distinction.references.size(); ++i) {
        resolveReference(context, JsonFieldReader::itemField(u"references"_s, i), distinction.references[i]);
    }
    if (reader.problemCount() > 0) {
        return std::nullopt;
    }
    return distinction;
}

void EntryValidator::resolveReferences(const LoadProblem &context, Entry &entry)
{
    for (qsizetype i = 0; i < entry.references.size(); ++i) {
        resolveReference(context, JsonFieldReader::itemField(u"references"_s, i), entry.references[i]);
    }
    for (qsizetype i = 0; i < entry.extensionMeanings.size(); ++i) {
        resolveReference(
            context, u"extensionMeanings[%1].reference"_s.arg(i), entry.extensionMeanings[i].reference);
    }
}

void EntryValidator::resolveReference(const LoadProblem &context, const QString &field, Reference &reference)
{
    if (!m_sections || reference.rfc <= 0 || reference.section.isEmpty()) {
        return;
    }
    reference.title = m_sections->sectionTitle(reference.rfc, reference.section).value_or(QString());
    // Overlays may cite what they like; the built-in data only what the table vouches for.
    if (m_local || m_sections->isEmpty()) {
        return;
    }
    if (const QString problem = m_sections->citationProblem(reference.rfc, reference.section);
        !problem.isEmpty()) {
        LoadProblem found = context;
        found.field = field;
        found.message = problem;
        m_problems->append(found);
    }
}

} // namespace SmtpCodes

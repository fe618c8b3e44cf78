// SPDX-License-Identifier: GPL-3.0-or-later
#include "compiledknowledgewriter.h"

#include "compiledfields.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
// One UTF-16 unit (or a surrogate pair) as it stands inside a C++ u"" literal. Octal escapes
// always have three digits and \u four, so a digit after them is never read into them.
QByteArray escaped(QStringView text, qsizetype *at)
{
    const char16_t unit = text.at(*at).unicode();
    if (QChar::isHighSurrogate(unit) && *at + 1 < text.size() && text.at(*at + 1).isLowSurrogate()) {
        const char32_t point = QChar::surrogateToUcs4(unit, text.at(++*at).unicode());
        return QByteArray("\\U") + QByteArray::number(point, 16).rightJustified(8, '0');
    }
    if (unit == u'\\' || unit == u'"' || unit == u'?') { // '?' would start a trigraph
        return QByteArray("\\") + char(unit);
    }
    if (unit >= 0x20 && unit < 0x7f) {
        return QByteArray(1, char(unit));
    }
    if (unit < 0xa0 || QChar::isSurrogate(unit)) { // no universal name may stand for these
        return QByteArray("\\") + QByteArray::number(unit, 8).rightJustified(3, '0');
    }
    return QByteArray("\\u") + QByteArray::number(unit, 16).rightJustified(4, '0');
}
} // namespace

std::pair<quint32, quint32> CompiledKnowledgeWriter::stringPlace(const QString &string)
{
    if (string.isNull()) {
        return {0, 0};
    }
    auto found = m_offsets.constFind(string);
    if (found == m_offsets.cend()) {
        found = m_offsets.insert(string, static_cast<quint32>(m_text.size() + 1));
        m_text += string;
        m_text += QChar(u'\0'); // for a reader that wants the terminator C strings have
    }
    return {*found, static_cast<quint32>(string.size())};
}

void CompiledKnowledgeWriter::writeString(const QString &string)
{
    const auto [offset, length] = stringPlace(string);
    m_words.append(offset);
    m_words.append(length);
}

void CompiledKnowledgeWriter::writeStringList(const QStringList &list)
{
    if (list.isEmpty()) {
        m_words.append(0);
        m_words.append(0);
        return;
    }
    auto found = m_lists.constFind(list);
    if (found == m_lists.cend()) {
        found = m_lists.insert(list, static_cast<quint32>(m_listWords.size() / 2 + 1));
        for (const QString &string : list) {
            const auto [offset, length] = stringPlace(string);
            m_listWords.append(offset);
            m_listWords.append(length);
        }
    }
    m_words.append(*found);
    m_words.append(static_cast<quint32>(list.size()));
}

void CompiledKnowledgeWriter::operator()(std::shared_ptr<const ProviderResponse> &value)
{
    m_words.append(value ? m_responses.value(value->key()) : 0u);
}

void CompiledKnowledgeWriter::operator()(std::shared_ptr<const BounceReason> &value)
{
    m_words.append(value ? m_reasons.value(value->id) : 0u);
}

void CompiledKnowledgeWriter::write(const KnowledgeBase &finished, qsizetype fileEntries,
    const RfcSectionTable &sections, const QHash<QString, EntryOrigin> &origins,
    const QList<DistinctionOrigin> &distinctionOrigins)
{
    m_words = {CompiledKnowledge::magic, CompiledKnowledge::formatVersion, 0};
    for (qsizetype i = 0; i < finished.providers().responses().size(); ++i) {
        m_responses.insert(finished.providers().responses().at(i).key(), static_cast<quint32>(i + 1));
    }
    for (qsizetype i = 0; i < finished.reasons().reasons().size(); ++i) {
        m_reasons.insert(finished.reasons().reasons().at(i).id, static_cast<quint32>(i + 1));
    }
    KnowledgeBaseInfo info = finished.info();
    QList<QStringList> groups = finished.synonyms().groups();
    QList<BounceReason> reasons = finished.reasons().reasons();
    QList<Provider> providers = finished.providers().providers();
    QList<ProviderResponse> responses = finished.providers().responses();
    QList<Distinction> distinctions = finished.distinctions();
    (*this)(info), (*this)(groups), (*this)(reasons), (*this)(providers), (*this)(responses);
    (*this)(distinctions);
    m_words.append(static_cast<quint32>(fileEntries));
    QList<Entry> entries = finished.entries();
    (*this)(entries);
    m_words[2] = static_cast<quint32>(m_words.size());
    writeContext(finished, fileEntries, sections, origins, distinctionOrigins);
}

void CompiledKnowledgeWriter::writeContext(const KnowledgeBase &finished, qsizetype fileEntries,
    const RfcSectionTable &sections, const QHash<QString, EntryOrigin> &origins,
    const QList<DistinctionOrigin> &distinctionOrigins)
{
    writeString(sections.checked());
    QList<int> rfcs = sections.documents().keys();
    std::sort(rfcs.begin(), rfcs.end()); // the same data compiles to the same words
    m_words.append(static_cast<quint32>(rfcs.size()));
    for (int rfc : std::as_const(rfcs)) {
        m_words.append(static_cast<quint32>(rfc));
        writeString(sections.documents().value(rfc));
    }
    QList<std::pair<int, QString>> cited;
    for (auto document = sections.sections().cbegin(); document != sections.sections().cend(); ++document) {
        for (auto section = document->cbegin(); section != document->cend(); ++section) {
            cited.append({document.key(), section.key()});
        }
    }
    std::sort(cited.begin(), cited.end());
    m_words.append(static_cast<quint32>(cited.size()));
    for (const auto &[rfc, section] : std::as_const(cited)) {
        m_words.append(static_cast<quint32>(rfc));
        writeString(section);
        writeString(sections.sections().value(rfc).value(section));
    }
    for (qsizetype i = 0; i < fileEntries; ++i) {
        const EntryOrigin origin = origins.value(finished.entries().at(i).code);
        writeString(origin.file);
        m_words.append(static_cast<quint32>(origin.line));
    }
    for (const DistinctionOrigin &origin : distinctionOrigins) {
        writeString(origin.file);
        m_words.append(static_cast<quint32>(origin.index));
    }
}

QByteArray CompiledKnowledgeWriter::cppSource(const QByteArray &name) const
{
    QByteArray out
        = "// Written by smtpcodes-knowledge-compiler from resources/knowledge-base; not to be edited.\n"
          "#include \"compiledknowledge.h\"\n\n"
          // GCC and Clang take a literal of any length; the standard asks for 65,536.
          "#pragma GCC diagnostic ignored \"-Woverlength-strings\"\n\n"
          "namespace SmtpCodes {\nnamespace {\n"
          "const char16_t text[] =\n    u\"";
    qsizetype column = 0;
    for (qsizetype at = 0; at < m_text.size(); ++at) {
        const QByteArray unit = escaped(m_text, &at);
        out += unit;
        column += unit.size();
        if (column >= 100) {
            out += "\"\n    u\"";
            column = 0;
        }
    }
    out += "\";\n";
    // Each array ends in a 0 the sizes leave out: an array may not be empty.
    for (const auto &[array, values] : {std::pair("words", &m_words), std::pair("listWords", &m_listWords)}) {
        out += QByteArray("const quint32 ") + array + "[] = {";
        for (qsizetype i = 0; i < values->size(); ++i) {
            out += (i % 16 == 0 ? "\n    " : " ") + QByteArray::number(values->at(i)) + ',';
        }
        out += "\n    0,\n};\n";
    }
    out += "} // namespace\n\nextern const CompiledKnowledge " + name + ";\nconst CompiledKnowledge " + name
        + " = {text, sizeof(text) / sizeof(text[0]) - 1, words, sizeof(words) / sizeof(words[0]) - 1,\n"
          "    listWords, sizeof(listWords) / sizeof(listWords[0]) - 1};\n\n} // namespace SmtpCodes\n";
    return out;
}

} // namespace SmtpCodes

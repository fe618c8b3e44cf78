// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codeclass.h"

#include <QAbstractProxyModel>
#include <QStringList>
#include <optional>
#include <vector>

namespace SmtpCodes {

struct Entry;

// Search-as-you-type and filters over a CodeListModel.
//
// Every word of the search must match, in any order and any case. A row's rank is that of its
// weakest word: 0 the exact code (5.1.1 is X.1.1), 1 a code prefix (55, 5.7), 2 a title word,
// 3 a body word. Rows sort by rank, then by how well the other words matched, then keep
// knowledge-base order.
//
// A flat proxy rather than a QSortFilterProxyModel, so that a keystroke over a large base costs
// a scan of the rows the previous keystroke matched plus a counting sort, not a search of every
// text and a comparison sort through the source model's indexes.
class CodeFilterProxyModel final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeFilterProxyModel)

public:
    enum class Kind { Any, Basic, Enhanced };
    enum Rank { ExactCode = 0, CodePrefix, TitleWord, BodyWord, NoMatch = -1 };

    explicit CodeFilterProxyModel(QObject *parent = nullptr);
    ~CodeFilterProxyModel() override;

    void setSourceModel(QAbstractItemModel *model) override;

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    std::optional<CodeClass> classFilter() const { return m_classFilter; }
    void setClassFilter(std::optional<CodeClass> codeClass);
    Kind kindFilter() const { return m_kindFilter; }
    void setKindFilter(Kind kind);
    // A command such as "RCPT"; empty for any. Entries that "ANY" command can return always pass.
    QString commandFilter() const { return m_commandFilter; }
    void setCommandFilter(const QString &command);

    // The rank of a source row for the current search; NoMatch when a word does not match.
    int rank(int sourceRow) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

private:
    // Which ASCII characters a text holds, bit 0 standing for all others: exact for a word of one
    // ASCII character, and for longer words a test that needs no access to the text itself.
    struct CharSet
    {
        quint64 bits[2] = {0, 0};
        void add(QStringView text);
        bool contains(const CharSet &other) const
        {
            return (other.bits[0] & ~bits[0]) == 0 && (other.bits[1] & ~bits[1]) == 0;
        }
    };
    // What a keystroke reads of every candidate row, kept together so that a scan streams through
    // memory instead of visiting each row's strings.
    struct Summary
    {
        CharSet title;
        CharSet body;
        char16_t keyFirst = 0;
    };
    // A search word with what matching it needs, prepared once per keystroke.
    struct Word
    {
        QString text; // lower case
        QString codeForm; // the word as a registry key ("5.1.1" -> "x.1.1"), or empty
        std::vector<quint16> grams; // index slices that a row containing the word has set
        std::vector<quint16> codeFormGrams;
        CharSet chars;
        bool oneAsciiChar = false; // found or ruled out by a CharSet alone
    };
    // The rows that match a list of words, in source order, with each word's rank per row and
    // where in the body its first occurrence can start at the earliest.
    struct Result
    {
        std::vector<Word> words;
        std::vector<int> rows;
        std::vector<qint8> ranks; // rows.size() x words.size()
        std::vector<qint32> bodyFrom; // the same shape
    };
    // Lower-cased texts of a row, built on the first search so that start-up does not pay for them.
    struct Texts
    {
        QString key; // "x.1.1", "550"
        QString title;
        QString body;
    };

    const QList<Entry> *entries() const;
    void sourceReset();
    void buildTexts();
    std::vector<Word> prepareWords(const QString &text) const;
    static bool narrows(const std::vector<Word> &base, const std::vector<Word> &words);
    static bool sameWords(const std::vector<Word> &a, const std::vector<Word> &b);
    Result narrow(const Result &base, std::vector<Word> words) const;
    int scoreWord(int row, const Word &word, int baseRank, qint32 &bodyFrom) const;
    bool mayContain(int row, const std::vector<quint16> &grams) const;
    bool passesFilters(const Entry &entry) const;
    void updateFilterPasses();
    void applySearch(bool emitLayout);
    void reorder(bool emitLayout);

    // Results of the current search and of the shorter searches typed before it, the first
    // being the empty search; Backspace returns to one of them, and a longer search starts
    // from the last one it extends.
    std::vector<Result> m_results;
    std::vector<Texts> m_texts;
    std::vector<Summary> m_summaries;
    // Column-major n-gram signatures: slice h holds one bit per row, set when a bigram or
    // trigram of the row's texts hashes to h. A row without all of a word's bits cannot
    // contain the word, which skips most rows without reading their texts.
    std::vector<quint64> m_grams;
    qsizetype m_sliceWords = 0;
    std::vector<bool> m_passes; // per source row: the class, kind and command filters allow it
    std::vector<int> m_proxyToSource;
    std::vector<int> m_sourceToProxy; // -1 when filtered out
    std::vector<qint8> m_sourceRanks;
    QString m_searchText;
    std::optional<CodeClass> m_classFilter;
    Kind m_kindFilter = Kind::Any;
    QString m_commandFilter;
};

} // namespace SmtpCodes

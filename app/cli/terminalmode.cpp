// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminalmode.h"

#include "entrylisting.h"

#include "comparisonbuilder.h"
#include "comparisonrenderer.h"
#include "entryrenderer.h"
#include "explainer.h"
#include "explanationrenderer.h"
#include "knowledgebasesources.h"
#include "searchindex.h"
#include "summarycommand.h"
#include "terminalhelp.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
QString formatHelp(const QStringList &formats)
{
    return formats.join(u'|');
}
} // namespace

TerminalMode::Options::Options()
    : show(u"show"_s, u"Print the entry of CODE (550, 5.1.1, X.7.1)."_s, u"CODE"_s)
    , compare(
          u"compare"_s, u"Print the two codes side by side, then how they differ and when to use which."_s)
    , list(u"list"_s,
          u"List every code (or, with --kind or --provider, other entries): code, kind, class, title."_s)
    , kind(u"kind"_s,
          u"With --list: codes (the default), basic, enhanced, provider (providers' responses), reason or all."_s,
          u"KIND"_s)
    , provider(u"provider"_s,
          u"With --list: only the responses of provider ID (google, microsoft, yahoo, ...)."_s, u"ID"_s)
    , explain(u"explain"_s,
          u"Explain every SMTP reply in FILE (a reply, bounce mail, mbox, DSN, transcript or log), or in "
          u"standard "
          u"input when FILE is - or missing."_s)
    , summary(u"summary"_s,
          u"Summarise every SMTP reply in the files and folders given (a mail log, an mbox, a folder of "
          u"bounce mails), or in standard input for - or none: counts by outcome, reason, provider, code, "
          u"domain and time, and what to fix first."_s)
    , hardBounces(u"hard-bounces"_s,
          u"Print the addresses that hard-bounced in the inputs, as --summary reads them, one a line, for a "
          u"suppression list."_s)
    , search(u"search"_s,
          u"Search the codes for QUERY (words, codes or both, as in the window's search field) and print the "
          u"results best first: code, kind, title, score."_s,
          u"QUERY"_s)
    , format(u"format"_s,
          u"Output format. --show: text|markdown|html|json; --compare: text|markdown|html|json; "
          u"--list: tsv|json; --explain: text|markdown|json; --summary: text|markdown|csv|json|html; "
          u"--search: text|tsv|json."_s,
          u"FORMAT"_s)
    , limit(u"limit"_s, u"With --search: print at most N results (default 20; 0 for all)."_s, u"N"_s)
    , kb(u"kb"_s,
          u"Also load the knowledge-base file FILE, like a file of the overlay directory (repeatable)."_s,
          u"FILE"_s)
    , noOverlay(u"no-overlay"_s,
          u"Do not load the overlay directory (%1), for output that does not depend on the user."_s.arg(
              KnowledgeBaseSources::defaultOverlayDirectory()))
{ }

bool TerminalMode::isWanted(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (const TerminalHelp::ToolkitOption *toolkit = TerminalHelp::toolkitOption(argument)) {
            i += toolkit->value.isEmpty() ? 0 : 1; // skip its value
            continue;
        }
        if (argument == u"--kb") {
            ++i; // skip its value
            continue;
        }
        // The window loads overlays too, so these alone do not ask for the terminal.
        if (argument.startsWith(u"--kb=") || argument == u"--no-overlay") {
            continue;
        }
        if (argument.startsWith(u'-') && argument.size() > 1) {
            return true;
        }
    }
    return false;
}

TerminalMode::TerminalMode(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

int TerminalMode::fail(const QString &message)
{
    m_err << QCoreApplication::applicationName() << u": "_s << message << Qt::endl;
    return UsageError;
}

int TerminalMode::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const Options options;
    parser.addOptions(options.all());

    if (!parser.parse(arguments)) {
        return fail(parser.errorText() + u" (see --help)"_s);
    }
    if (parser.isSet(helpOption) || parser.isSet(u"help-all"_s)) {
        // Qt's own help names the program by the path it was started with and cuts long words.
        const TerminalHelp help(options.all(),
            {{u"compare"_s, u"CODE CODE"_s}, {u"explain"_s, u"[FILE|-]"_s},
                {u"summary"_s, u"[FILE|DIR|-]..."_s}, {u"hard-bounces"_s, u"[FILE|DIR|-]..."_s}});
        m_out << help.text(parser.isSet(u"help-all"_s));
        m_out.flush();
        return Success;
    }
    if (parser.isSet(versionOption)) {
        m_out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion()
              << Qt::endl;
        return Success;
    }
    const int modes = int(parser.isSet(options.show)) + int(parser.isSet(options.compare))
        + int(parser.isSet(options.list)) + int(parser.isSet(options.explain))
        + int(parser.isSet(options.summary)) + int(parser.isSet(options.hardBounces))
        + int(parser.isSet(options.search));
    if ((parser.isSet(options.kind) || parser.isSet(options.provider)) && !parser.isSet(options.list)) {
        return fail(u"--kind and --provider need --list (see --help)"_s);
    }
    if (modes == 0) {
        return fail(parser.isSet(options.limit) && !parser.isSet(options.format)
                ? u"--limit needs --search (see --help)"_s
                : u"--format needs --show, --compare, --list, --explain, --summary or --search (see --help)"_s);
    }
    if (modes > 1) {
        return fail(u"use only one of --show, --compare, --list, --explain, --summary, --hard-bounces and "
                    u"--search"_s);
    }
    KnowledgeBaseSources sources;
    sources.setExtraFiles(parser.values(options.kb));
    sources.setOverlayEnabled(!parser.isSet(options.noOverlay));
    const LoadedKnowledgeBase loaded = sources.load();
    // A broken overlay costs its own entries only: the command still runs, and its exit status
    // says whether the command worked, not whether every overlay file was clean.
    for (const LoadProblem &problem : loaded.problems) {
        m_err << QCoreApplication::applicationName() << u": warning: "_s << problem.toString() << u'\n';
    }
    m_err.flush();
    return runMode(parser, options, loaded.base);
}

int TerminalMode::runMode(const QCommandLineParser &parser, const Options &options, const KnowledgeBase &base)
{
    const QStringList positional = parser.positionalArguments();
    const QString format = parser.value(options.format);
    if (parser.isSet(options.show)) {
        if (!positional.isEmpty()) {
            return fail(u"--show takes one code; unexpected \"%1\""_s.arg(positional.first()));
        }
        return show(base, parser.value(options.show), format);
    }
    if (parser.isSet(options.compare)) {
        return compare(base, positional, format);
    }
    if (parser.isSet(options.explain)) {
        return explain(base, positional, format);
    }
    if (parser.isSet(options.summary) || parser.isSet(options.hardBounces)) {
        const auto output = parser.isSet(options.summary) ? SummaryCommand::Output::Summary
                                                          : SummaryCommand::Output::HardBounces;
        return SummaryCommand(m_out, m_err).run(base, output, positional, format);
    }
    if (parser.isSet(options.search)) {
        const QString query = (QStringList {parser.value(options.search)} + positional).join(u' ');
        bool valid = true;
        const int limit = parser.isSet(options.limit) ? parser.value(options.limit).toInt(&valid) : 20;
        if (!valid || limit < 0) {
            return fail(u"--limit takes a number of results, 0 for all; got \"%1\""_s.arg(
                parser.value(options.limit)));
        }
        return search(base, query, format, limit);
    }
    if (!positional.isEmpty()) {
        return fail(u"--list takes no codes; unexpected \"%1\""_s.arg(positional.first()));
    }
    return list(base, parser, options);
}

int TerminalMode::show(const KnowledgeBase &base, const QString &code, const QString &format)
{
    const QStringList formats {u"text"_s, u"markdown"_s, u"html"_s, u"json"_s};
    const QString chosen = format.isEmpty() ? formats.first() : format;
    if (!formats.contains(chosen)) {
        return fail(u"unknown format \"%1\" for --show (use %2)"_s.arg(chosen, formatHelp(formats)));
    }
    const Lookup lookup = base.find(code);
    if (!lookup) {
        return fail(lookup.error);
    }
    const EntryRenderer renderer(base);
    if (chosen == u"json") {
        m_out << QJsonDocument(renderer.toJson(lookup)).toJson(QJsonDocument::Indented);
    } else if (chosen == u"markdown") {
        m_out << renderer.toMarkdown(lookup);
    } else if (chosen == u"html") {
        m_out << renderer.toHtml(lookup) << u'\n';
    } else {
        m_out << renderer.toText(lookup);
    }
    m_out.flush();
    return Success;
}

int TerminalMode::compare(const KnowledgeBase &base, const QStringList &codes, const QString &format)
{
    const QStringList formats {u"text"_s, u"markdown"_s, u"html"_s, u"json"_s};
    const QString chosen = format.isEmpty() ? formats.first() : format;
    if (!formats.contains(chosen)) {
        return fail(u"unknown format \"%1\" for --compare (use %2)"_s.arg(chosen, formatHelp(formats)));
    }
    if (codes.size() != 2) {
        return fail(
            u"--compare needs exactly two codes, e.g. --compare 250 251 (got %1)"_s.arg(codes.size()));
    }
    const Lookup left = base.find(codes.at(0));
    if (!left) {
        return fail(left.error);
    }
    const Lookup right = base.find(codes.at(1));
    if (!right) {
        return fail(right.error);
    }
    const Comparison comparison = ComparisonBuilder(base).build(left, right);
    const ComparisonRenderer renderer(base);
    if (chosen == u"json") {
        m_out << QJsonDocument(renderer.toJson(comparison)).toJson(QJsonDocument::Indented);
    } else if (chosen == u"markdown") {
        m_out << renderer.toMarkdown(comparison);
    } else if (chosen == u"html") {
        m_out << renderer.toHtml(comparison) << u'\n';
    } else {
        m_out << renderer.toText(comparison);
    }
    m_out.flush();
    return Success;
}

int TerminalMode::explain(const KnowledgeBase &base, const QStringList &files, const QString &format)
{
    const QStringList formats {u"text"_s, u"markdown"_s, u"json"_s};
    const QString chosen = format.isEmpty() ? formats.first() : format;
    if (!formats.contains(chosen)) {
        return fail(u"unknown format \"%1\" for --explain (use %2)"_s.arg(chosen, formatHelp(formats)));
    }
    if (files.size() > 1) {
        return fail(u"--explain reads one file (or - for standard input); got %1"_s.arg(files.size()));
    }
    const QString path = files.isEmpty() ? u"-"_s : files.first();
    QFile file;
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                     : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        return fail(u"cannot read %1: %2"_s.arg(path, file.errorString()));
    }
    // One byte past the limit tells the explainer the input was longer and gets cut. The
    // bytes go in as they are: a mail or an mbox is decoded by its own charsets.
    const QByteArray data = file.read(Explainer::maximumData + 1);
    const Explanation explanation = Explainer(base).explainData(data);
    const ExplanationRenderer renderer;
    if (chosen == u"json") {
        m_out << QJsonDocument(renderer.toJson(explanation)).toJson(QJsonDocument::Indented);
    } else if (chosen == u"markdown") {
        m_out << renderer.toMarkdown(explanation);
    } else {
        m_out << renderer.toText(explanation);
    }
    m_out.flush();
    return Success;
}

int TerminalMode::search(const KnowledgeBase &base, const QString &query, const QString &format, int limit)
{
    const QStringList formats {u"text"_s, u"tsv"_s, u"json"_s};
    const QString chosen = format.isEmpty() ? formats.first() : format;
    if (!formats.contains(chosen)) {
        return fail(u"unknown format \"%1\" for --search (use %2)"_s.arg(chosen, formatHelp(formats)));
    }
    if (query.trimmed().isEmpty()) {
        return fail(u"--search needs words or a code, e.g. --search \"mailbox full\""_s);
    }
    // The window's ranking: the same index, with no filter set.
    SearchIndex index;
    index.reset(&base.entries(), &base.synonyms());
    index.search(query);
    std::vector<int> rows = index.order(std::vector<quint8>(std::size_t(base.entries().size()), true));
    if (limit > 0 && rows.size() > std::size_t(limit)) {
        rows.resize(std::size_t(limit));
    }
    for (const QString &correction : index.corrections()) {
        m_err << QCoreApplication::applicationName() << u": read as a typo: "_s << correction << u'\n';
    }
    m_err.flush();
    if (chosen == u"json") {
        QJsonArray results;
        for (const int row : rows) {
            const Entry &entry = base.entries().at(row);
            results.append(QJsonObject {{u"code"_s, entry.code}, {u"kind"_s, entry.kindName()},
                {u"title"_s, entry.title}, {u"score"_s, index.score(row)}});
        }
        m_out << QJsonDocument(results).toJson(QJsonDocument::Indented);
    } else {
        for (const int row : rows) {
            const Entry &entry = base.entries().at(row);
            QString title = entry.title;
            title.replace(u'\t', u' ').replace(u'\n', u' ');
            if (chosen == u"tsv") {
                m_out << entry.code << u'\t' << entry.kindName() << u'\t' << title << u'\t'
                      << index.score(row) << u'\n';
            } else {
                m_out << entry.code.leftJustified(10) << entry.kindName().leftJustified(9) << title
                      << u"  ("_s << index.score(row) << u")\n"_s;
            }
        }
    }
    m_out.flush();
    if (rows.empty()) {
        m_err << QCoreApplication::applicationName() << u": no code matches \""_s << query << u"\"\n"_s;
        m_err.flush();
        return NoMatch;
    }
    return Success;
}

int TerminalMode::list(const KnowledgeBase &base, const QCommandLineParser &parser, const Options &options)
{
    const QStringList formats {u"tsv"_s, u"json"_s};
    const QString format = parser.value(options.format);
    const QString chosen = format.isEmpty() ? formats.first() : format;
    if (!formats.contains(chosen)) {
        return fail(u"unknown format \"%1\" for --list (use %2)"_s.arg(chosen, formatHelp(formats)));
    }
    EntryListing listing;
    if (const QString error
        = listing.setFilter(base, parser.value(options.kind), parser.value(options.provider));
        !error.isEmpty()) {
        return fail(error);
    }
    listing.write(m_out, base, chosen);
    m_out.flush();
    return Success;
}

} // namespace SmtpCodes

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace SmtpCodes {

class KnowledgeBase;

// The terminal side of smtp-codes: prints entries, comparisons, explanations, summaries, search
// results and the list to stdout and never creates a window, so it works over SSH and in
// scripts. Exit status 0 on success, 1 when a search or a summary finds nothing, 2 on bad usage,
// an unknown code or an unreadable input, with a one-line message on stderr. Problems in overlay
// files are warnings on stderr, one a line; they do not change the exit status.
class TerminalMode
{
public:
    enum ExitStatus { Success = 0, NoMatch = 1, UsageError = 2 };

    // True when the arguments ask for terminal output rather than the window.
    static bool isWanted(const QStringList &arguments);

    TerminalMode(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    // The options of the command line, made once per run.
    struct Options
    {
        Options();
        // In the order of --help.
        QList<QCommandLineOption> all() const
        {
            return {show, compare, list, kind, provider, explain, summary, hardBounces, search, format, limit,
                kb, noOverlay};
        }
        QCommandLineOption show;
        QCommandLineOption compare;
        QCommandLineOption list;
        QCommandLineOption kind;
        QCommandLineOption provider;
        QCommandLineOption explain;
        QCommandLineOption summary;
        QCommandLineOption hardBounces;
        QCommandLineOption search;
        QCommandLineOption format;
        QCommandLineOption limit;
        QCommandLineOption kb;
        QCommandLineOption noOverlay;
    };

    int runMode(const QCommandLineParser &parser, const Options &options, const KnowledgeBase &base);
    int search(const KnowledgeBase &base, const QString &query, const QString &format, int limit);
    int show(const KnowledgeBase &base, const QString &code, const QString &format);
    int compare(const KnowledgeBase &base, const QStringList &codes, const QString &format);
    int list(const KnowledgeBase &base, const QCommandLineParser &parser, const Options &options);
    int explain(const KnowledgeBase &base, const QStringList &files, const QString &format);
    int fail(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace SmtpCodes

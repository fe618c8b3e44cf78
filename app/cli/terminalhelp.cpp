// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminalhelp.h"

#include "textwrap.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
const QString indent = u"  "_s;

// text's paragraphs (split at "\n") wrapped to the help's width.
QString wrapped(const QString &text, const QString &firstIndent, const QString &otherIndent)
{
    QStringList lines;
    for (const QString &paragraph : text.split(u'\n')) {
        lines.append(TextWrap::wrap(paragraph, TerminalHelp::width, firstIndent, otherIndent));
    }
    return lines.join(u'\n') + u'\n';
}

// Rows of a two-column list: the label, then its description from a common column; a label
// too wide for the column gets the description on the lines below it.
QString table(const QList<std::pair<QString, QString>> &rows)
{
    qsizetype labelWidth = 0;
    for (const auto &[label, description] : rows) {
        labelWidth = std::max(labelWidth, label.size());
    }
    labelWidth = std::min<qsizetype>(labelWidth, 26);
    const QString column(indent.size() + labelWidth + 2, u' ');
    QString text;
    for (const auto &[label, description] : rows) {
        if (label.size() > labelWidth) {
            text += indent + label + u'\n' + wrapped(description, column, column);
        } else {
            text += wrapped(description, indent + label.leftJustified(labelWidth + 2), column);
        }
    }
    return text;
}
} // namespace

const QList<TerminalHelp::ToolkitOption> &TerminalHelp::toolkitOptions()
{
    static const QList<ToolkitOption> options {
        {u"-platform"_s, u"NAME[:OPTIONS]"_s,
            u"The platform plugin to draw with: xcb, wayland, offscreen."_s},
        {u"-platformpluginpath"_s, u"PATH"_s, u"Where to look for platform plugins."_s},
        {u"-platformtheme"_s, u"NAME"_s, u"The platform theme, for dialogs and icons."_s},
        {u"-plugin"_s, u"NAME"_s, u"Also load plugin NAME, such as an input device's."_s},
        {u"-qwindowgeometry"_s, u"GEOMETRY"_s, u"The window's size and place, e.g. 1100x720+0+0."_s},
        {u"-qwindowicon"_s, u"FILE"_s, u"The window's icon."_s},
        {u"-qwindowtitle"_s, u"TITLE"_s, u"The window's title."_s},
        {u"-reverse"_s, QString(), u"Lay the window out from right to left."_s},
        {u"-session"_s, u"NAME"_s, u"Restore the desktop session NAME."_s},
        {u"-style"_s, u"NAME"_s, u"The widget style, e.g. Fusion."_s},
        {u"-stylesheet"_s, u"FILE"_s, u"A Qt style sheet for the window."_s},
        {u"-widgetcount"_s, QString(), u"Print at exit how many widgets were left."_s},
        {u"-display"_s, u"DISPLAY"_s, u"The X display to use (xcb)."_s},
        {u"-geometry"_s, u"GEOMETRY"_s, u"The window's geometry (xcb)."_s},
    };
    return options;
}

const TerminalHelp::ToolkitOption *TerminalHelp::toolkitOption(const QString &argument)
{
    // Qt takes its options with one dash or two.
    const QString name = argument.startsWith(u"--") ? argument.mid(1) : argument;
    const auto found = std::find_if(toolkitOptions().cbegin(), toolkitOptions().cend(),
        [&name](const ToolkitOption &option) { return option.name == name; });
    return found == toolkitOptions().cend() ? nullptr : &*found;
}

TerminalHelp::TerminalHelp(
    const QList<QCommandLineOption> &options, const QHash<QString, QString> &placeholders)
    : m_options(options)
    , m_placeholders(placeholders)
{ }

QString TerminalHelp::label(const QString &name) const
{
    for (const QCommandLineOption &option : m_options) {
        if (!option.names().contains(name)) {
            continue;
        }
        QStringList names;
        for (const QString &each : option.names()) {
            names.append((each.size() == 1 ? u"-"_s : u"--"_s) + each);
        }
        const QString value = m_placeholders.value(name, option.valueName());
        return names.join(u", "_s) + (value.isEmpty() ? QString() : u' ' + value);
    }
    return u"--"_s + name;
}

QString TerminalHelp::usage() const
{
    const QString program = QCoreApplication::applicationName();
    const QString format = u" ["_s + label(u"format"_s) + u']';
    const QStringList forms {
        u"[CODE [CODE]]"_s,
        label(u"show"_s) + format,
        label(u"compare"_s) + format,
        label(u"list"_s) + format,
        label(u"explain"_s) + format,
        label(u"summary"_s) + format,
        label(u"hard-bounces"_s),
        label(u"search"_s) + format + u" ["_s + label(u"limit"_s) + u']',
        u"--help | --help-all | --version"_s,
    };
    QString text;
    for (qsizetype i = 0; i < forms.size(); ++i) {
        const QString lead = i == 0 ? u"Usage: "_s : u"       "_s;
        text += wrapped(program + u' ' + forms.at(i), lead, QString(lead.size() + program.size() + 1, u' '));
    }
    return text;
}

QString TerminalHelp::optionList(bool withToolkitOptions) const
{
    QList<std::pair<QString, QString>> rows;
    for (const QCommandLineOption &option : m_options) {
        rows.append({label(option.names().constLast()), option.description()});
    }
    rows.append({u"-h, --help"_s, u"Print this help and exit."_s});
    rows.append({u"--help-all"_s, u"Print this help with the options of the window's toolkit, and exit."_s});
    rows.append({u"-v, --version"_s, u"Print the version and exit."_s});
    QString text = u"Options:\n"_s + table(rows);
    if (withToolkitOptions) {
        QList<std::pair<QString, QString>> toolkit;
        for (const ToolkitOption &option : toolkitOptions()) {
            toolkit.append({option.name + (option.value.isEmpty() ? QString() : u' ' + option.value),
                option.description});
        }
        text += u"\nOptions of the window's toolkit (Qt), with one dash or two:\n"_s + table(toolkit);
    }
    return text;
}

QString TerminalHelp::examples()
{
    const QString program = QCoreApplication::applicationName();
    const QList<std::pair<QString, QString>> examples {
        {program + u" --show 5.1.1"_s,
            u"What 5.1.1 means, how to fix it and the RFC sections it comes from."_s},
        {program + u" --compare 450 550 --format markdown"_s,
            u"450 and 550 side by side, in Markdown for a ticket or a wiki."_s},
        {u"grep 'status=bounced' /var/log/mail.log | "_s + program + u" --explain"_s,
            u"Every SMTP reply in the bounces of a mail log, with what to do."_s},
        {u"grep 'status=' /var/log/mail.log | "_s + program + u" --summary -"_s,
            u"A mail log's replies counted by outcome, reason, provider, code, domain and time, and the "
            u"causes to fix first; --format csv for a spreadsheet."_s},
        {u"grep 'status=bounced' /var/log/mail.log | "_s + program + u" --hard-bounces -"_s,
            u"The addresses that hard-bounced, one a line, for a suppression list; a folder of bounce "
            u"mails works too."_s},
    };
    QString text = u"Examples:\n"_s;
    for (const auto &[command, description] : examples) {
        text += indent + command + u'\n'
            + wrapped(description, indent + indent + indent, indent + indent + indent);
    }
    return text;
}

QString TerminalHelp::text(bool withToolkitOptions) const
{
    const QString about
        = u"Offline reference of SMTP reply codes (RFC 5321 and extensions) and enhanced status "
          u"codes (RFC 3463, IANA registry). With codes and no option it opens the window at "
          u"those codes; with one of the options below it prints to standard output and needs no "
          u"display."_s;
    return usage() + u'\n' + wrapped(about, {}, {}) + u'\n' + optionList(withToolkitOptions) + u'\n'
        + examples();
}

} // namespace SmtpCodes

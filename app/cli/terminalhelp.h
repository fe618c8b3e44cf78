// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QHash>
#include <QList>
#include <QString>

namespace SmtpCodes {

// The text of --help and --help-all: a usage line per command with a placeholder for every
// value, the options with theirs, and a few examples, wrapped at word boundaries so that no
// line is wider than the terminal's 80 columns unless one word is (a long path stays whole).
class TerminalHelp
{
public:
    static constexpr int width = 80;

    // An option the window's toolkit (QGuiApplication, QApplication) reads itself.
    struct ToolkitOption
    {
        QString name; // "-platform"
        QString value; // "NAME[:OPTIONS]", empty when it takes none
        QString description;
    };
    static const QList<ToolkitOption> &toolkitOptions();
    // The toolkit option arguments names ("-style" or "--style"), or nullptr.
    static const ToolkitOption *toolkitOption(const QString &argument);

    // options in the order of the list; placeholders names the values of an option that takes
    // its values as arguments after it ("compare" -> "CODE CODE"), where Qt knows of none.
    TerminalHelp(const QList<QCommandLineOption> &options, const QHash<QString, QString> &placeholders);

    QString text(bool withToolkitOptions) const;
    // "--show CODE", "-h, --help": an option as the help names it.
    QString label(const QString &name) const;

private:
    QString usage() const;
    QString optionList(bool withToolkitOptions) const;
    static QString examples();

    QList<QCommandLineOption> m_options;
    QHash<QString, QString> m_placeholders;
};

} // namespace SmtpCodes

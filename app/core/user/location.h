// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace SmtpCodes {

// A place the window can show: one entry, or the comparison of two codes. History and
// favourites remember places, not widgets, so they survive a restart and a reload.
struct Location
{
    enum class Kind { None, Entry, Comparison };

    Kind kind = Kind::None;
    QString first;
    QString second;

    static Location entry(const QString &code) { return {Kind::Entry, code, {}}; }
    static Location comparison(const QString &left, const QString &right)
    {
        return {Kind::Comparison, left, right};
    }

    bool isValid() const { return kind != Kind::None && !first.isEmpty(); }
    // "550", or "250 vs 251": what menus and the favourites list show.
    QString label() const
    {
        return kind == Kind::Comparison ? first + QStringLiteral(" vs ") + second : first;
    }

    friend bool operator==(const Location &a, const Location &b)
    {
        return a.kind == b.kind && a.first == b.first && a.second == b.second;
    }
    friend bool operator!=(const Location &a, const Location &b) { return !(a == b); }
};

} // namespace SmtpCodes

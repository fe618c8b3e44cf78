// SPDX-License-Identifier: GPL-3.0-or-later
#include "entrylisting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

const QStringList &EntryListing::kinds()
{
    static const QStringList names {
        u"codes"_s, u"basic"_s, u"enhanced"_s, u"provider"_s, u"reason"_s, u"all"_s};
    return names;
}

QString EntryListing::setFilter(const KnowledgeBase &base, const QString &kind, const QString &provider)
{
    // A provider's responses are what --provider asks for, whatever the kind would default to.
    m_kind = kind.isEmpty() ? (provider.isEmpty() ? u"codes"_s : u"provider"_s) : kind;
    m_provider = provider;
    if (!kinds().contains(m_kind)) {
        return u"unknown kind \"%1\" for --list (use %2)"_s.arg(kind, kinds().join(u'|'));
    }
    if (!provider.isEmpty() && !base.providers().provider(provider)) {
        QStringList ids;
        for (const Provider &known : base.providers().providers()) {
            ids.append(known.id);
        }
        return u"unknown provider \"%1\" (use one of %2)"_s.arg(provider, ids.join(u", "_s));
    }
    if (!provider.isEmpty() && m_kind != u"provider" && m_kind != u"all") {
        return u"--provider lists provider responses; it does not go with --kind %1"_s.arg(m_kind);
    }
    return {};
}

bool EntryListing::wanted(const Entry &entry) const
{
    if (!m_provider.isEmpty() && (!entry.response || entry.response->provider != m_provider)) {
        return false;
    }
    if (m_kind == u"all") {
        return true;
    }
    if (m_kind == u"codes") {
        return entry.isCode();
    }
    if (m_kind == u"enhanced") {
        return entry.isEnhanced();
    }
    return entry.kindName() == m_kind;
}

void EntryListing::write(QTextStream &out, const KnowledgeBase &base, const QString &format) const
{
    if (format == u"json") {
        QJsonArray rows;
        for (const Entry &entry : base.entries()) {
            if (!wanted(entry)) {
                continue;
            }
            QJsonObject row {{u"code"_s, entry.code}, {u"kind"_s, entry.kindName()},
                {u"class"_s, entry.classIds()}, {u"title"_s, entry.title}, {u"standard"_s, entry.standard}};
            if (entry.response) {
                row.insert(u"codes"_s, entry.displayCode());
                row.insert(u"provider"_s, entry.response->provider);
                row.insert(u"tag"_s, entry.response->tag);
                row.insert(u"reason"_s, entry.response->reason);
                row.insert(u"bounce"_s, entry.response->hard ? u"hard"_s : u"soft"_s);
            }
            rows.append(row);
        }
        out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        return;
    }
    for (const Entry &entry : base.entries()) {
        if (!wanted(entry)) {
            continue;
        }
        // Tabs and newlines inside a title would break the columns.
        QString title = entry.response ? entry.displayCode() + u" \u00b7 "_s + entry.title : entry.title;
        title.replace(u'\t', u' ').replace(u'\n', u' ');
        out << entry.code << u'\t' << entry.kindName() << u'\t' << entry.classIds() << u'\t' << title
            << u'\n';
    }
}

} // namespace SmtpCodes

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knowledgebase.h"

#include <QAbstractTableModel>

namespace SmtpCodes {

// Every entry of a knowledge base, one row each, in knowledge-base order.
class CodeListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeListModel)

public:
    explicit CodeListModel(const KnowledgeBase *base, QObject *parent = nullptr);
    ~CodeListModel() override;

    // The model does not own the knowledge base; a new one resets the model.
    void setKnowledgeBase(const KnowledgeBase *base);
    const KnowledgeBase *knowledgeBase() const { return m_base; }
    const Entry *entry(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    const KnowledgeBase *m_base = nullptr;
};

} // namespace SmtpCodes

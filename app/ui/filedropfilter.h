// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMimeData;

namespace SmtpCodes {

// Takes the drops of files on the widgets it watches and hands their paths on, so that a file
// dropped on a text box is opened instead of having its path typed in. Drops of text, and of
// links that are no local files, go to the widget as before.
class FileDropFilter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileDropFilter)

public:
    explicit FileDropFilter(QObject *parent = nullptr);

    // Watches widget, which accepts drops from now on.
    void watch(QWidget *widget);
    // The local files mime holds, in the order dropped; empty for text.
    static QStringList localFiles(const QMimeData *mime);

Q_SIGNALS:
    void filesDropped(const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace SmtpCodes

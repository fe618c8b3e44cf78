// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinknowledgebase.h"
#include "summarizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

// Summarising a large Postfix log: `bench_summarizer [MB ...]` writes a log of each size (100
// MB when none is given) and summarises it; `bench_summarizer FILE` summarises a real one. The
// generated log is a mail server's day: each message is logged by smtpd, cleanup, qmgr, smtp
// and qmgr again, as Postfix does; 80 % are delivered, 3 % wait on a connection that timed out,
// and the rest meet the replies of the big providers, some of them several times.
namespace {
struct Failure
{
    const char *status;
    const char *dsn;
    const char *text;
    const char *command;
};

constexpr Failure failures[] = {
    {"bounced", "5.1.1",
        "550-5.1.1 The email account that you tried to reach does not exist. Please try "
        "double-checking the recipient's email address for typos or unnecessary spaces. For more "
        "information, go to https://support.google.com/mail/?p=NoSuchUser a1si - gsmtp",
        "RCPT TO"},
    {"deferred", "4.2.2",
        "452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to "
        "https://support.google.com/mail/?p=OverQuotaTemp b2si - gsmtp",
        "RCPT TO"},
    {"bounced", "5.7.1", "550 5.7.1 Service unavailable, Client host [198.51.100.7] blocked using Spamhaus",
        "RCPT TO"},
    {"deferred", "4.7.0",
        "421 4.7.0 [TSS04] Messages from 198.51.100.7 temporarily deferred due to unexpected "
        "volume or user complaints",
        "MAIL FROM"},
    {"bounced", "5.0.0",
        "554 30 Sorry, your message to %1 cannot be delivered. This mailbox is disabled (554.30).",
        "RCPT TO"},
    {"bounced", "5.5.0", "550 5.5.0 Requested action not taken: mailbox unavailable", "RCPT TO"},
    {"deferred", "4.7.1", "450 4.7.1 <%1>: Recipient address rejected: Greylisted, try again later",
        "RCPT TO"},
    {"bounced", "5.2.2", "552 5.2.2 Mailbox full", "end of DATA"},
    {"bounced", "5.7.606",
        "550 5.7.606 Access denied, banned sending IP [198.51.100.7]. To request removal from this "
        "list please visit https://sender.office.com/ and follow the directions.",
        "RCPT TO"},
};

struct Domain
{
    const char *name;
    const char *relay;
};

constexpr Domain domains[] = {
    {"gmail.com", "gmail-smtp-in.l.google.com[142.250.1.27]"},
    {"yahoo.com", "mta7.am0.yahoodns.net[67.195.204.72]"},
    {"outlook.com", "outlook-com.olc.protection.outlook.com[52.101.1.1]"},
    {"icloud.com", "mx01.mail.icloud.com[17.57.154.6]"},
    {"gmx.de", "mx00.emig.gmx.net[212.227.15.9]"},
    {"orange.fr", "smtp-in.orange.fr[193.252.22.1]"},
    {"example.org", "mx.example.org[192.0.2.10]"},
};

void writeLog(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    QRandomGenerator random(7);
    qint64 second = 0;
    for (quint32 queue = 0x100000; file.size() < bytes; ++queue) {
        second += random.bounded(3);
        const QString stamp = u"Nov %1 %2:%3:%4"_s.arg(1 + second / 86400 % 28, 2)
                                  .arg(second / 3600 % 24, 2, 10, QChar(u'0'))
                                  .arg(second / 60 % 60, 2, 10, QChar(u'0'))
                                  .arg(second % 60, 2, 10, QChar(u'0'));
        const QString id = QString::number(queue, 16).toUpper();
        const Domain &domain = domains[random.bounded(int(std::size(domains)))];
        const QString to = u"user%1@%2"_s.arg(random.bounded(40000)).arg(QLatin1StringView(domain.name));
        QString log
            = u"%1 mail postfix/smtpd[%2]: connect from app1.example.net[198.51.100.7]\n"
              u"%1 mail postfix/smtpd[%2]: %3: client=app1.example.net[198.51.100.7]\n"
              u"%1 mail postfix/cleanup[%2]: %3: message-id=<%4.%3@example.net>\n"
              u"%1 mail postfix/qmgr[812]: %3: from=<news@example.net>, size=%4, nrcpt=1 (queue active)\n"_s
                  .arg(stamp)
                  .arg(random.bounded(1000, 9999))
                  .arg(id)
                  .arg(random.bounded(2000, 90000));
        const int roll = random.bounded(100);
        const QString head = u"%1 mail postfix/smtp[%2]: %3: to=<%4>, relay=%5:25, delay=1.2, "
                             u"delays=0.1/0/0.6/0.5, "_s.arg(stamp)
                                 .arg(random.bounded(1000, 9999))
                                 .arg(id, to, QLatin1StringView(domain.relay));
        if (roll < 80) {
            log += head + u"dsn=2.0.0, status=sent (250 2.0.0 OK 1701234567 %1 - gsmtp)\n"_s.arg(id);
        } else if (roll < 83) {
            log += head
                + u"dsn=4.4.1, status=deferred (connect to %1:25: Connection timed out)\n"_s.arg(
                    QLatin1StringView(domain.relay));
        } else {
            const Failure &failure = failures[random.bounded(int(std::size(failures)))];
            const QString text = QString::fromLatin1(failure.text).replace(u"%1"_s, to);
            log += head
                + u"dsn=%1, status=%2 (host %3 said: %4 (in reply to %5 command))\n"_s.arg(
                    QLatin1StringView(failure.dsn), QLatin1StringView(failure.status),
                    QLatin1StringView(domain.relay), text, QLatin1StringView(failure.command));
        }
        log += u"%1 mail postfix/qmgr[812]: %2: removed\n"
               u"%1 mail postfix/smtpd[%3]: disconnect from app1.example.net[198.51.100.7] ehlo=1 "
               u"mail=1 rcpt=1 data=1 quit=1 commands=5\n"_s.arg(stamp, id)
                   .arg(random.bounded(1000, 9999));
        file.write(log.toUtf8());
    }
}

qint64 peakKilobytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

void summarise(const KnowledgeBase &base, const QString &path)
{
    const qint64 before = peakKilobytes();
    QElapsedTimer timer;
    timer.start();
    const Summary summary = Summarizer(base).summarizeFiles({path});
    const qint64 elapsed = timer.elapsed();
    const qint64 peak = peakKilobytes();
    QTextStream out(stdout);
    out << u"%1: %2 MB, %3 lines, %4 replies (%5 hard, %6 soft), %7 ms, %8 MB/s; peak RSS %9 MB "
           u"(%10 MB before), %11x the file\n"_s.arg(path)
               .arg(double(summary.bytes) / 1048576.0, 0, 'f', 1)
               .arg(summary.lines)
               .arg(summary.replies.size())
               .arg(summary.hard)
               .arg(summary.soft)
               .arg(elapsed)
               .arg(double(summary.bytes) / 1048576.0 / double(qMax<qint64>(elapsed, 1)) * 1000, 0, 'f', 0)
               .arg(peak / 1024)
               .arg(before / 1024)
               .arg(double(peak) * 1024.0 / double(qMax<qint64>(summary.bytes, 1)), 0, 'f', 2);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const KnowledgeBase base = BuiltInKnowledgeBase::load();
    QStringList arguments = app.arguments().mid(1);
    if (arguments.isEmpty()) {
        arguments = {u"100"_s};
    }
    QTemporaryDir folder;
    for (const QString &argument : std::as_const(arguments)) {
        bool number = false;
        const int megabytes = argument.toInt(&number);
        if (!number) {
            summarise(base, argument);
            continue;
        }
        const QString path = folder.filePath(u"postfix-%1mb.log"_s.arg(megabytes));
        writeLog(path, qint64(megabytes) * 1024 * 1024);
        summarise(base, path);
        QFile::remove(path);
    }
    return 0;
}

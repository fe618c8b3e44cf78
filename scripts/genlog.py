# A realistic Postfix log of about N megabytes on stdout (deliveries, deferrals and bounces to
# large providers), for screenshots and benchmarks: python3 scripts/genlog.py 20 > mail.log
import random, sys
random.seed(7)
target = int(sys.argv[1]) * 1024 * 1024
doms = ['gmail.com','yahoo.com','outlook.com','hotmail.com','icloud.com','gmx.de','orange.fr','comcast.net','example.org','aol.com']
mx = {'gmail.com':'gmail-smtp-in.l.google.com[142.250.1.27]','yahoo.com':'mta7.am0.yahoodns.net[67.195.204.72]','outlook.com':'outlook-com.olc.protection.outlook.com[52.101.1.1]','hotmail.com':'hotmail-com.olc.protection.outlook.com[52.101.1.2]','icloud.com':'mx01.mail.icloud.com[17.57.154.6]','gmx.de':'mx00.emig.gmx.net[212.227.15.9]','orange.fr':'smtp-in.orange.fr[193.252.22.1]','comcast.net':'mx1.comcast.net[96.114.157.80]','example.org':'mx.example.org[192.0.2.10]','aol.com':'mx-aol.mail.gm0.yahoodns.net[67.195.204.73]'}
fails = [
 ('bounced','5.1.1','550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient\'s email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser a1-20020a05 - gsmtp','RCPT TO'),
 ('deferred','4.2.2','452-4.2.2 The recipient\'s inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp b2si - gsmtp','RCPT TO'),
 ('bounced','5.7.1','550 5.7.1 Service unavailable, Client host [198.51.100.7] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/198.51.100.7','RCPT TO'),
 ('deferred','4.7.0','421 4.7.0 [TSS04] Messages from 198.51.100.7 temporarily deferred due to unexpected volume or user complaints','MAIL FROM'),
 ('bounced','5.0.0','554 30 Sorry, your message to u@yahoo.com cannot be delivered. This mailbox is disabled (554.30).','RCPT TO'),
 ('bounced','5.5.0','550 5.5.0 Requested action not taken: mailbox unavailable','RCPT TO'),
 ('deferred','4.7.1','450 4.7.1 <u@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html','RCPT TO'),
 ('bounced','5.2.2','552 5.2.2 Mailbox full','end of DATA'),
]
first = ['anna','bob','carl','dora','emil','fay','gus','hana','ivan','jo','kim','lea','max','nia','otto','pia']
out = sys.stdout
size = 0
t = 0
qid = 0x100000
n = 0
while size < target:
    t += random.randint(0, 2)
    h, rem = divmod(t // 60 % 1440, 60)
    day = 1 + (t // 86400) % 28
    ts = 'Nov %2d %02d:%02d:%02d' % (day, (t//3600)%24, (t//60)%60, t%60)
    qid += 1
    q = '%X' % qid
    d = random.choice(doms)
    u = '%s.%d@%s' % (random.choice(first), random.randint(1, 30000), d)
    lines = [
     '%s mail postfix/smtpd[%d]: connect from app1.example.net[198.51.100.7]' % (ts, random.randint(1000,9999)),
     '%s mail postfix/smtpd[%d]: %s: client=app1.example.net[198.51.100.7]' % (ts, random.randint(1000,9999), q),
     '%s mail postfix/cleanup[%d]: %s: message-id=<%d.%s@example.net>' % (ts, random.randint(1000,9999), q, qid, q),
     '%s mail postfix/qmgr[%d]: %s: from=<news@example.net>, size=%d, nrcpt=1 (queue active)' % (ts, 812, q, random.randint(2000,90000)),
    ]
    r = random.random()
    relay = mx[d]
    if r < 0.8:
        lines.append('%s mail postfix/smtp[%d]: %s: to=<%s>, relay=%s:25, delay=0.9, delays=0.1/0/0.3/0.5, dsn=2.0.0, status=sent (250 2.0.0 OK  1701234567 a1-20020a17090 - gsmtp)' % (ts, random.randint(1000,9999), q, u, relay))
    elif r < 0.83:
        lines.append('%s mail postfix/smtp[%d]: %s: to=<%s>, relay=none, delay=30, delays=0.1/0/30/0, dsn=4.4.1, status=deferred (connect to %s:25: Connection timed out)' % (ts, random.randint(1000,9999), q, u, relay))
    else:
        st, dsn, text, cmd = random.choice(fails)
        text = text.replace('u@yahoo.com', u).replace('u@example.org', u)
        lines.append('%s mail postfix/smtp[%d]: %s: to=<%s>, relay=%s:25, delay=1.4, delays=0.1/0/0.6/0.7, dsn=%s, status=%s (host %s said: %s (in reply to %s command))' % (ts, random.randint(1000,9999), q, u, relay, dsn, st, relay, text, cmd))
        if st == 'bounced':
            lines.append('%s mail postfix/bounce[%d]: %s: sender non-delivery notification: %X' % (ts, 900, q, qid+0x900000))
    lines.append('%s mail postfix/qmgr[%d]: %s: removed' % (ts, 812, q))
    lines.append('%s mail postfix/smtpd[%d]: disconnect from app1.example.net[198.51.100.7] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5' % (ts, random.randint(1000,9999)))
    s = '\n'.join(lines) + '\n'
    out.write(s); size += len(s); n += len(lines)
sys.stderr.write('lines %d\n' % n)

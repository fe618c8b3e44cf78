// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpcode.h"

#include <QTest>

using namespace Qt::StringLiterals;
using SmtpCodes::CodeClass;
using SmtpCodes::CodeKind;
using SmtpCodes::SmtpCode;

Q_DECLARE_METATYPE(CodeKind)

class TstSmtpCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<CodeKind>("kind");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("classDigit"); // 0: no class

        QTest::newRow("basic") << u"250"_s << CodeKind::Basic << u"250"_s << u"250"_s << 2;
        QTest::newRow("basic with spaces") << u" 550 "_s << CodeKind::Basic << u"550"_s << u"550"_s << 5;
        QTest::newRow("copied from rich text, with word joiners")
            << u"X.\u20601.1"_s << CodeKind::EnhancedDetail << u"X.1.1"_s << u"X.1.1"_s << 0;
        QTest::newRow("enhanced with class")
            << u"5.1.1"_s << CodeKind::EnhancedDetail << u"X.1.1"_s << u"5.1.1"_s << 5;
        QTest::newRow("enhanced any class")
            << u"X.1.1"_s << CodeKind::EnhancedDetail << u"X.1.1"_s << u"X.1.1"_s << 0;
        QTest::newRow("lower-case x")
            << u"x.7.1"_s << CodeKind::EnhancedDetail << u"X.7.1"_s << u"X.7.1"_s << 0;
        QTest::newRow("three-digit detail")
            << u"5.7.606"_s << CodeKind::EnhancedDetail << u"X.7.606"_s << u"5.7.606"_s << 5;
        QTest::newRow("subject row") << u"X.1.XXX"_s << CodeKind::EnhancedSubject << u"X.1.XXX"_s
                                     << u"X.1.XXX"_s << 0;
        QTest::newRow("subject with class")
            << u"4.4.xxx"_s << CodeKind::EnhancedSubject << u"X.4.XXX"_s << u"4.4.XXX"_s << 4;
        QTest::newRow("class row") << u"5.XXX.XXX"_s << CodeKind::EnhancedClass << u"5.XXX.XXX"_s
                                   << u"5.XXX.XXX"_s << 5;
        QTest::newRow("class row as registry")
            << u"2.XXX.YYY"_s << CodeKind::EnhancedClass << u"2.XXX.XXX"_s << u"2.XXX.XXX"_s << 2;
    }

    void parse()
    {
        QFETCH(QString, input);
        QFETCH(CodeKind, kind);
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(int, classDigit);
        const auto code = SmtpCode::parse(input);
        QVERIFY(code.has_value());
        QCOMPARE(code->kind(), kind);
        QCOMPARE(code->key(), key);
        QCOMPARE(code->text(), text);
        QCOMPARE(code->codeClass().has_value(), classDigit != 0);
        if (classDigit != 0) {
            QCOMPARE(SmtpCodes::CodeClasses::digit(*code->codeClass()), classDigit);
        }
        QVERIFY(SmtpCode::whyInvalid(input).isEmpty());
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("because");
        QTest::newRow("first digit 9") << u"999"_s << u"first digit must be 2 to 5"_s;
        QTest::newRow("second digit 7") << u"571"_s << u"second 0 to 5"_s;
        QTest::newRow("class 3 enhanced") << u"3.1.1"_s << u"class 2, 4 or 5"_s;
        QTest::newRow("leading zero") << u"5.01.1"_s << u"without leading zeros"_s;
        QTest::newRow("four-digit detail") << u"5.1.1000"_s << u"1 to 3 digits"_s;
        QTest::newRow("IP address") << u"192.0.2.25"_s << u"enhanced status code"_s;
        QTest::newRow("word") << u"hello"_s << u"expected a reply code"_s;
        QTest::newRow("empty") << u""_s << u"no code given"_s;
        QTest::newRow("four digits") << u"2500"_s << u"expected a reply code"_s;
    }

    void rejects()
    {
        QFETCH(QString, input);
        QFETCH(QString, because);
        QVERIFY(!SmtpCode::parse(input).has_value());
        const QString why = SmtpCode::whyInvalid(input);
        QVERIFY2(why.contains(because), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TstSmtpCode)
#include "tst_smtpcode.moc"

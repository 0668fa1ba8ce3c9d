#include <emailaddress.h>

#include <QTest>

using namespace papo::server;

Q_DECLARE_METATYPE(papo::server::EmailProblem)

// The addresses people type into the contact form and Settings → Email, and what is wrong with
// each as the form tells them.
class TestEmailAddress final : public QObject
{
    Q_OBJECT

private slots:
    void problems_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<EmailProblem>("problem");
        QTest::newRow("plain") << "ana@loja.com.br" << EmailProblem::None;
        QTest::newRow("plus and dots") << "ana.souza+pedidos@loja.example" << EmailProblem::None;
        QTest::newRow("accents") << "joão@padaria.com.br" << EmailProblem::None;
        QTest::newRow("hyphenated domain") << "ana@minha-loja.com" << EmailProblem::None;
        QTest::newRow("subdomain") << "ana@mail.minha-loja.co.uk" << EmailProblem::None;
        QTest::newRow("empty") << "" << EmailProblem::Empty;
        QTest::newRow("space") << "ana @loja.com" << EmailProblem::Spaces;
        QTest::newRow("tab") << "ana@loja.com\t" << EmailProblem::Spaces;
        QTest::newRow("no at") << "ana.loja.com" << EmailProblem::NoAt;
        QTest::newRow("two at") << "ana@b@loja.com" << EmailProblem::NoAt;
        QTest::newRow("nothing before at") << "@loja.com" << EmailProblem::NoName;
        QTest::newRow("dot before at") << "ana.@loja.com" << EmailProblem::NoName;
        QTest::newRow("two dots") << "ana..souza@loja.com" << EmailProblem::NoName;
        QTest::newRow("markup") << "<ana>@loja.com" << EmailProblem::NoName;
        QTest::newRow("quote") << "\"ana\"@loja.com" << EmailProblem::NoName;
        QTest::newRow("no domain") << "ana@" << EmailProblem::NoDomain;
        QTest::newRow("no dot in domain") << "ana@loja" << EmailProblem::NoDomain;
        QTest::newRow("one-letter ending") << "ana@loja.c" << EmailProblem::NoDomain;
        QTest::newRow("numeric ending") << "ana@10.0.0.1" << EmailProblem::NoDomain;
        QTest::newRow("hyphen first") << "ana@-loja.com" << EmailProblem::NoDomain;
        QTest::newRow("empty label") << "ana@loja..com" << EmailProblem::NoDomain;
        QTest::newRow("trailing dot") << "ana@loja.com." << EmailProblem::NoDomain;
        QTest::newRow("comma typo") << "ana@loja,com" << EmailProblem::NoDomain;
        QTest::newRow("too long") << QString(250, 'a') + "@loja.com" << EmailProblem::TooLong;
    }
    void problems()
    {
        QFETCH(QString, address);
        QFETCH(EmailProblem, problem);
        QCOMPARE(emailProblem(address), problem);
        QCOMPARE(isEmailAddress(address), problem == EmailProblem::None);
    }
};

QTEST_GUILESS_MAIN(TestEmailAddress)
#include "tst_emailaddress.moc"

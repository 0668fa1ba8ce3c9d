#include "net/desklink.h"

#include <QTest>

using papo::desk::DeskLink;

// The links papo-desk opens: papo://login from the join and password pages, and invite links
// as a teammate pastes them.
class TestDeskLink final : public QObject
{
    Q_OBJECT

private slots:
    void links_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("token");
        const int login = int(DeskLink::Kind::Login);
        const int invite = int(DeskLink::Kind::Invite);
        QTest::newRow("papo://login")
            << "papo://login?server=https%3A%2F%2Fchat.loja.example&email=bia%40loja.example"
            << true << login << "https://chat.loja.example"
            << "bia@loja.example"
            << "";
        QTest::newRow("papo://login on a port and a base path")
            << "papo://login?server=http%3A%2F%2F127.0.0.1%3A8080%2Fpapo%2F&email=a%2Bb%40x.example"
            << true << login << "http://127.0.0.1:8080/papo"
            << "a+b@x.example"
            << "";
        QTest::newRow("papo:login, as some browsers hand it over")
            << "papo:login?server=https%3A%2F%2Fchat.loja.example" << true << login
            << "https://chat.loja.example"
            << ""
            << "";
        QTest::newRow("invite link")
            << "http://127.0.0.1:8080/invite#AbC-123_x" << true << invite << "http://127.0.0.1:8080"
            << ""
            << "AbC-123_x";
        QTest::newRow("invite link with a base path, quoted, with spaces")
            << "  <https://chat.loja.example/papo/invite#Tok3n>  " << true << invite
            << "https://chat.loja.example/papo"
            << ""
            << "Tok3n";
        QTest::newRow("invite link without its token")
            << "https://chat.loja.example/invite#" << false << 0 << ""
            << ""
            << "";
        QTest::newRow("a reset link is for the browser")
            << "https://chat.loja.example/reset#Tok3n" << false << 0 << ""
            << ""
            << "";
        QTest::newRow("papo:// with a server that is not http")
            << "papo://login?server=file%3A%2F%2F%2Fetc%2Fpasswd" << false << 0 << ""
            << ""
            << "";
        QTest::newRow("another papo:// action")
            << "papo://delete?server=https%3A%2F%2Fx.example" << false << 0 << ""
            << ""
            << "";
        QTest::newRow("plain text") << "chat.loja.example" << false << 0 << ""
                                    << ""
                                    << "";
        QTest::newRow("empty") << "" << false << 0 << ""
                               << ""
                               << "";
    }
    void links()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto link = DeskLink::parse(text);
        QCOMPARE(link.has_value(), valid);
        if (!valid)
            return;
        QFETCH(int, kind);
        QFETCH(QString, server);
        QFETCH(QString, email);
        QFETCH(QString, token);
        QCOMPARE(int(link->kind), kind);
        QCOMPARE(link->serverUrl.toString(), server);
        QCOMPARE(link->email, email);
        QCOMPARE(link->token, token);
    }
};

QTEST_GUILESS_MAIN(TestDeskLink)
#include "tst_desklink.moc"

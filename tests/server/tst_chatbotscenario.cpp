#include <chatbotscenario.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace papo::server;

namespace {

QJsonObject node(const QString &message, const QJsonArray &replies = {})
{
    return {{"message", message}, {"replies", replies}};
}

QJsonObject reply(const QString &label, const QString &message, const QJsonArray &replies = {})
{
    QJsonObject object = node(message, replies);
    object.insert("label", label);
    return object;
}

QJsonObject scenario(const QJsonObject &start)
{
    return {{"name", "Vendas ou Suporte?"}, {"start", start}};
}

// "Vendas ou Suporte?": Vendas leads to a second question with two endings, Suporte hands over.
QJsonObject salesOrSupport()
{
    return node("Olá! Vendas ou suporte?", {reply("Vendas", "Qual plano?",
                                                  {reply("Mensal", "O mensal custa R$ 49."),
                                                   reply("Anual", "O anual sai por R$ 490.")}),
                                            reply("Suporte", "")});
}

QJsonArray manyReplies(int count, const QString &prefix = "Opção")
{
    QJsonArray replies;
    for (int i = 1; i <= count; ++i)
        replies.append(reply(QString("%1 %2").arg(prefix).arg(i), "Certo."));
    return replies;
}

// Eight replies, the first of which has eight more: 16 nodes.
QJsonArray grandchildren(const QString &prefix)
{
    QJsonArray replies = manyReplies(8, prefix);
    QJsonObject first = replies.at(0).toObject();
    first.insert("replies", manyReplies(8, prefix + "."));
    replies[0] = first;
    return replies;
}

// A chain of `depth` bot messages, each with two replies: the first goes on, the second ends.
QJsonObject chain(int depth)
{
    QJsonObject tail = node("Fim.");
    for (int i = depth; i > 0; --i)
        tail = node(
            QString("Pergunta %1").arg(i),
            {reply("Continuar", tail.value("message").toString(), tail.value("replies").toArray()),
             reply("Parar", "Tudo bem.")});
    return tail;
}

} // namespace

// BOT-1…4: what a scenario may be, and that every refusal names its node (BOT-2) as
// papo-desk marks it: "root" is the first bot message, "root.1.0" the first reply after the
// second reply to it.
class TestChatbotScenario final : public QObject
{
    Q_OBJECT

private slots:
    void aGoodTreeReadsBackAsWritten()
    {
        ScenarioError error;
        QJsonObject wire = scenario(salesOrSupport());
        wire.insert("groupId", 4);
        wire.insert("endMessage", "  Obrigado!  ");
        const auto read = ChatbotScenario::fromJson(wire, &error);
        QVERIFY2(read, qPrintable(error.text));
        QCOMPARE(read->groupId, qint64(4));
        QCOMPARE(read->endMessage, QString("Obrigado!"));
        QVERIFY(read->endMessageEnabled);
        QCOMPARE(read->start.replies.size(), size_t(2));
        QVERIFY(read->nodeAt({1})->handsOver());
        QVERIFY(read->nodeAt({0, 1})->ends());
        QCOMPARE(read->nodeAt({0, 1})->label, QString("Anual"));
        QVERIFY(!read->nodeAt({0, 2}));
        QVERIFY(!read->nodeAt({1, 0}));
        // The stored form reads back to the same tree.
        QJsonObject again = read->definitionJson();
        again.insert("name", read->name);
        const auto reread = ChatbotScenario::fromJson(again, &error);
        QVERIFY(reread);
        QCOMPARE(reread->toJson(), read->toJson());
        QCOMPARE(read->definitionJson().value("start").toObject(), salesOrSupport());
    }

    void pathsHaveOneSpelling_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("root") << "root" << true;
        QTest::newRow("deep") << "root.1.0.7" << true;
        QTest::newRow("no root") << "1.0" << false;
        QTest::newRow("negative") << "root.-1" << false;
        QTest::newRow("past the replies") << "root.8" << false;
        QTest::newRow("leading zero") << "root.01" << false;
        QTest::newRow("empty part") << "root..1" << false;
        QTest::newRow("too deep") << "root" + QString(".0").repeated(13) << false;
    }

    void pathsHaveOneSpelling()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const auto path = parseScenarioPath(name);
        QCOMPARE(bool(path), valid);
        if (path)
            QCOMPARE(scenarioPathName(*path), name);
    }

    void refusalsNameTheNode_data()
    {
        QTest::addColumn<QJsonObject>("wire");
        QTest::addColumn<QString>("node"); // empty: not about a node
        QTest::addColumn<QString>("text");

        QTest::newRow("no first message") << scenario(node("   ", manyReplies(2))) << "root"
                                          << "\"root\": The first bot message is missing";
        QTest::newRow("no start at all") << QJsonObject{{"name", "Sem início"}} << ""
                                         << "\"start\" must be the first bot message";
        QTest::newRow("an empty reply")
            << scenario(node("Olá!", {reply("Vendas", "Certo."), reply("  ", "Ok.")})) << "root.1"
            << "\"root.1\": Visitor reply 2 after \u201cOlá!\u201d has no text.";
        QTest::newRow("one reply only")
            << scenario(node("Olá!", {reply("Vendas", "Qual plano?", {reply("Mensal", "Ok.")}),
                                      reply("Suporte", "")}))
            << "root.0"
            << "\"root.0\": The bot message \u201cQual plano?\u201d has one visitor reply";
        QTest::newRow("a hand-over that goes on")
            << scenario(
                   node("Olá!", {reply("Vendas", "Certo."), reply("Suporte", "", manyReplies(2))}))
            << "root.1"
            << "\"root.1\": \u201cSuporte\u201d hands the visitor to a person";
        QTest::newRow("two replies alike")
            << scenario(node("Olá!", {reply("Vendas", "Certo."), reply(" vendas ", "Ok.")}))
            << "root.1"
            << "read \u201cvendas\u201d";
        QTest::newRow("a percent sign in the text")
            << scenario(node("50%2 off!", manyReplies(ChatbotScenario::MaxReplies + 1))) << "root"
            << "The bot message \u201c50%2 off!\u201d has 9 visitor replies; at most 8 fit";
        QTest::newRow("too many replies")
            << scenario(node("Olá!", manyReplies(ChatbotScenario::MaxReplies + 1))) << "root"
            << "has 9 visitor replies";
        QTest::newRow("a long label")
            << scenario(node("Olá!", {reply(QString(81, 'a'), "Ok."), reply("Não", "Ok.")}))
            << "root.0"
            << "is longer than 80 characters";
        QTest::newRow("a long message deep down") << scenario(
            node("Olá!", {reply("Sim", "Ok.", {reply("A", QString(1001, 'x')), reply("B", "Ok.")}),
                          reply("Não", "Ok.")})) << "root.0.0"
                                                  << "is longer than 1000 characters";
        QTest::newRow("too deep") << scenario(chain(ChatbotScenario::MaxDepth + 1))
                                  << "root" + QString(".0").repeated(13) << "deeper than 12";
        QJsonArray wide; // 17 nodes under each of 8 replies: the 101st is root.5.5
        for (const QString letter : {"A", "B", "C", "D", "E", "F", "G", "H"})
            wide.append(reply(letter, letter.toLower(), grandchildren(letter)));
        QTest::newRow("too many nodes") << scenario(node("Olá!", wide)) << "root.5.5"
                                        << "at most 100";
        QJsonArray bigReplies;
        for (int i = 0; i < 8; ++i)
            bigReplies.append(reply(QString("Resposta %1").arg(i), QString(1000, 'y'),
                                    {reply("Sim", QString(1000, 'z')), reply("Não", "Ok.")}));
        QTest::newRow("too much text") << scenario(node("Olá!", bigReplies)) << "root.7.0"
                                       << "longer than 16000 characters";
        QTest::newRow("a reply that is not an object")
            << scenario(node("Olá!", {reply("Sim", "Ok."), QJsonValue("Não")})) << "root.1"
            << "must be an object";
        QTest::newRow("replies that are not a list")
            << scenario(QJsonObject{{"message", "Olá!"}, {"replies", "Sim"}}) << "root"
            << "\"replies\" must be a list";
        QTest::newRow("a NUL") << scenario(
            node("Olá!", {reply("Sim", QString("O") + QChar(0) + "k"), reply("Não", "Ok.")}))
                               << "root.0"
                               << "NUL";
        QJsonObject noName = scenario(salesOrSupport());
        noName.insert("name", "   ");
        QTest::newRow("a blank name") << noName << ""
                                      << "\"name\": a scenario needs a name";
        QJsonObject badGroup = scenario(salesOrSupport());
        badGroup.insert("groupId", -1);
        QTest::newRow("a negative group") << badGroup << ""
                                          << "\"groupId\" must be an integer";
        QJsonObject longEnd = scenario(salesOrSupport());
        longEnd.insert("endMessage", QString(1001, 'e'));
        QTest::newRow("a long end message") << longEnd << ""
                                            << "\"endMessage\"";
    }

    void refusalsNameTheNode()
    {
        QFETCH(QJsonObject, wire);
        QFETCH(QString, node);
        QFETCH(QString, text);
        ScenarioError error;
        const auto read = ChatbotScenario::fromJson(wire, &error);
        QVERIFY(!read);
        QVERIFY2(error.text.contains(text), qPrintable(error.text));
        QCOMPARE(error.node ? scenarioPathName(*error.node) : QString(), node);
        if (error.node)
            QVERIFY2(error.text.startsWith('"' + node + "\": "), qPrintable(error.text));
    }

    void anEndingAndAHandOverAreNodesWithoutReplies()
    {
        // BOT-4 and BOT-3: no replies ends there; an empty message below the start hands over.
        ScenarioError error;
        const auto read = ChatbotScenario::fromJson(scenario(node("Só isto.")), &error);
        QVERIFY2(read, qPrintable(error.text));
        QVERIFY(read->start.ends());
        QVERIFY(!read->start.handsOver());
    }
};

QTEST_GUILESS_MAIN(TestChatbotScenario)
#include "tst_chatbotscenario.moc"

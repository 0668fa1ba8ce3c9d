#include "integrationfixture.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace papo::testing;
using papo::common::Envelope;

// docs/scaling.md, stream positions: two papo-server processes write visitors' messages to
// one PostgreSQL database at the same time, while an operator's client keeps reconnecting
// to a third and resuming with "everything after the newest seq I have". Positions follow
// commit order, so no resume may skip a message that committed late. (Messages written on
// one node do not reach the others' live sockets yet; the reader's node has no writers of its
// own, so everything it gets comes from the resumes.)
class TestTwoWriters final : public QObject
{
    Q_OBJECT

private slots:
    void aResumingClientMissesNothingWhileTwoNodesWrite()
    {
        ServerProcess nodeA, nodeB, reader;
        // 25 messages from each visitor as fast as the nodes take them: beyond the rate limits
        // of a person (docs/security.md), which are not what this test is about.
        for (ServerProcess *node : {&nodeA, &nodeB})
            node->setExtraArguments({"--rate-limit-scale", "0"});
        QVERIFY(nodeA.start());
        nodeB.setDatabaseUrl(nodeA.databaseUrl());
        reader.setDatabaseUrl(nodeA.databaseUrl());
        QVERIFY(nodeB.start());
        QVERIFY(reader.start());
        QCOMPARE(nodeB.websiteKey(), nodeA.websiteKey()); // one installation
        const QString bearer = nodeA.login();             // and its tokens are good on every node

        std::vector<std::unique_ptr<WsClient>> visitors;
        for (ServerProcess *node : {&nodeA, &nodeB, &nodeA, &nodeB}) {
            QString token;
            visitors.push_back(connectVisitor(*node, &token));
            QVERIFY(visitors.back());
        }
        qint64 after = 0;     // the newest stream position seen: the next resume's lastSeq
        QSet<qint64> seen;    // message ids
        QSet<qint64> seenSeq; // and their positions
        int resumes = 0;
        const auto resume = [&] {
            auto client = connectOperator(reader, bearer, after);
            QVERIFY(client);
            // Replayed messages follow the hello's ack at once: an answer to a later request
            // comes after all of them.
            QCOMPARE(codeOf(client->request("saved_replies")), QString("ack"));
            const qint64 resumedAfter = after;
            for (const Envelope &frame : client->eventsOfType("message")) {
                const qint64 id = frame.data.value("id").toInteger();
                QVERIFY2(!seen.contains(id) && !seenSeq.contains(frame.seq),
                         "a message came twice");
                QVERIFY2(frame.seq > resumedAfter, "a message from before the resume point came");
                seen.insert(id);
                seenSeq.insert(frame.seq);
                after = qMax(after, frame.seq);
            }
            ++resumes;
        };

        constexpr int Rounds = 25;
        QList<QString> requestIds;
        for (int round = 0; round < Rounds; ++round) {
            for (size_t i = 0; i < visitors.size(); ++i) {
                const QString id = QString("r%1-v%2").arg(round).arg(i);
                visitors[i]->sendRaw(papo::common::encodeRequest(
                    "message", id, messageRequest(QString("mensagem %1").arg(id))));
                requestIds << id;
            }
            resume(); // while the nodes store this round's messages
        }

        QSet<qint64> stored;
        for (size_t i = 0; i < visitors.size(); ++i) {
            for (int round = 0; round < Rounds; ++round) {
                const QString id = QString("r%1-v%2").arg(round).arg(i);
                const auto ack = visitors[i]->waitFor(
                    [&](const Envelope &frame) { return frame.type == "ack" && frame.id == id; },
                    30000);
                QVERIFY2(ack, qPrintable("no ack for " + id));
                stored.insert(ack->data.value("message").toObject().value("id").toInteger());
            }
        }
        resume();
        QCOMPARE(stored.size(), Rounds * int(visitors.size()));
        QList<qint64> missed = (stored - seen).values();
        std::sort(missed.begin(), missed.end());
        QVERIFY2(missed.isEmpty(),
                 qPrintable(QString("%1 messages never reached the resuming client, e.g. %2")
                                .arg(missed.size())
                                .arg(missed.value(0))));
        QCOMPARE(seen, stored);
        QCOMPARE(resumes, Rounds + 1);
    }
};

QTEST_GUILESS_MAIN(TestTwoWriters)
#include "tst_twowriters.moc"

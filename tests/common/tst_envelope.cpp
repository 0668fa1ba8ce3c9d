#include <chatmessage.h>
#include <envelope.h>
#include <fieldreader.h>
#include <jsonwriter.h>

#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace papo::common;

class TestEnvelope final : public QObject
{
    Q_OBJECT

private slots:
    void requestRoundTrip()
    {
        const QJsonObject data{{"cid", "abc12345"}, {"text", "Olá, tudo bem? ✓"}};
        const auto parsed = parseFrame(encodeRequest("message", "r7", data));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.envelope->type, QString("message"));
        QCOMPARE(parsed.envelope->id, QString("r7"));
        QCOMPARE(parsed.envelope->data, data);
        QCOMPARE(parsed.envelope->seq, 0);
    }

    void eventCarriesSeq()
    {
        const auto parsed = parseFrame(encodeEvent("message", {{"text", "x"}}, 42));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.envelope->seq, 42);
        QVERIFY(!QJsonDocument::fromJson(encodeEvent("mode", {{"mode", "live"}}))
                     .object()
                     .contains("seq"));
    }

    void aPartWrittenOnceJoinsTheFrame()
    {
        const QByteArray part = R"({"color":"#c0ffee","texts":{"title":"Fale \"já\""}})";
        const QJsonObject expected{{"ok", true},
                                   {"widget", QJsonDocument::fromJson(part).object()}};
        const auto ack = parseFrame(encodeAckJson("r1", JsonObjectWriter()
                                                            .add(QLatin1String("ok"), true)
                                                            .addRaw(QLatin1String("widget"), part)
                                                            .take()));
        QVERIFY(ack.envelope);
        QCOMPARE(ack.envelope->type, QString("ack"));
        QCOMPARE(ack.envelope->id, QString("r1"));
        QCOMPARE(ack.envelope->data, expected);
        QCOMPARE(QJsonDocument::fromJson(encodeAckJson("r2", "{}")),
                 QJsonDocument::fromJson(encodeAck("r2")));
    }

    void ackAndErrorName_re()
    {
        const auto ack = parseFrame(encodeAck("r1", {{"ok", true}}));
        QCOMPARE(ack.envelope->type, QString("ack"));
        QCOMPARE(ack.envelope->id, QString("r1"));
        const auto error
            = parseFrame(encodeError("r2", ErrorCode::NotFound, "There is no conversation 3."));
        QCOMPARE(error.envelope->id, QString("r2"));
        QCOMPARE(error.envelope->data.value("code").toString(), QString("not_found"));
        QCOMPARE(error.envelope->data.value("message").toString(),
                 QString("There is no conversation 3."));
        // An error about an unreadable frame answers no request.
        QVERIFY(QJsonDocument::fromJson(encodeError({}, ErrorCode::BadJson, "x"))
                    .object()
                    .value("re")
                    .isNull());
    }

    void malformedFrames_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QByteArray() << "bad_json";
        QTest::newRow("truncated") << QByteArray(R"({"t":"hello")") << "bad_json";
        QTest::newRow("array") << QByteArray("[]") << "bad_json";
        QTest::newRow("string") << QByteArray(R"("hello")") << "bad_json";
        QTest::newRow("no t") << QByteArray(R"({"d":{}})") << "bad_envelope";
        QTest::newRow("empty t") << QByteArray(R"({"t":""})") << "bad_envelope";
        QTest::newRow("t object") << QByteArray(R"({"t":{}})") << "bad_envelope";
        QTest::newRow("id number") << QByteArray(R"({"t":"hello","id":5})") << "bad_envelope";
        QTest::newRow("id too long")
            << QByteArray(R"({"t":"hello","id":")" + QByteArray(65, 'a') + R"("})")
            << "bad_envelope";
        QTest::newRow("d array") << QByteArray(R"({"t":"hello","d":[]})") << "bad_envelope";
    }
    void malformedFrames()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, code);
        const auto parsed = parseFrame(frame);
        QVERIFY(!parsed.ok());
        QCOMPARE(errorCodeName(parsed.error), code);
        QVERIFY(!parsed.message.isEmpty());
    }

    void chatMessageRoundTrip()
    {
        ChatMessage message;
        message.id = 17;
        message.clientId = "c-123456";
        message.conversationId = 3;
        message.authorKind = AuthorKind::Operator;
        message.authorId = 2;
        message.authorName = "Ana";
        message.text = "<b>não</b> é HTML";
        message.createdAt = QDateTime(QDate(2026, 11, 27), QTime(15, 4, 5, 123), Qt::UTC);
        QCOMPARE(ChatMessage::fromJson(message.toJson()), message);
        QCOMPARE(message.toJson().value("createdAt").toString(),
                 QString("2026-11-27T15:04:05.123Z"));
    }

    void conversationRoundTrip()
    {
        ConversationSummary summary;
        summary.id = 3;
        summary.visitorId = 5;
        summary.state = ConversationState::Open;
        summary.ownerId = 2;
        summary.updatedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        const auto back = ConversationSummary::fromJson(summary.toJson());
        QCOMPARE(back.state, ConversationState::Open);
        QCOMPARE(back.ownerId, 2);
        QVERIFY(!back.hasLastMessage);
        summary.ownerId = 0;
        QVERIFY(summary.toJson().value("ownerId").isNull());
    }

    void statusNames()
    {
        for (auto status :
             {OperatorStatus::Online, OperatorStatus::Invisible, OperatorStatus::Offline}) {
            OperatorStatus parsed = OperatorStatus::Offline;
            QVERIFY(parseOperatorStatus(operatorStatusName(status), &parsed));
            QCOMPARE(parsed, status);
        }
        OperatorStatus parsed;
        QVERIFY(!parseOperatorStatus("busy", &parsed));
    }

    void fieldReaderKeepsFirstError()
    {
        FieldReader fields({{"cid", "ok-client-id"}, {"text", ""}, {"limit", 500}});
        QCOMPARE(fields.clientId(), QString("ok-client-id"));
        QVERIFY(fields.ok());
        fields.messageText();
        fields.optionalInteger("limit", 50, 1, 100);
        QVERIFY(!fields.ok());
        QCOMPARE(fields.errorCode(), ErrorCode::InvalidField);
        QVERIFY(fields.errorMessage().contains("\"text\""));
    }

    void fieldReaderLimits_data()
    {
        QTest::addColumn<QJsonObject>("data");
        QTest::addColumn<bool>("ok");
        QTest::newRow("trimmed text") << QJsonObject{{"text", "  oi  "}} << true;
        QTest::newRow("5000 chars") << QJsonObject{{"text", QString(5000, 'a')}} << true;
        QTest::newRow("5001 chars") << QJsonObject{{"text", QString(5001, 'a')}} << false;
        QTest::newRow("only spaces") << QJsonObject{{"text", "\n \t"}} << false;
        QTest::newRow("null") << QJsonObject{{"text", QJsonValue()}} << false;
    }
    void fieldReaderLimits()
    {
        QFETCH(QJsonObject, data);
        QFETCH(bool, ok);
        FieldReader fields(data);
        fields.messageText();
        QCOMPARE(fields.ok(), ok);
    }

    void fieldReaderIds_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("positive") << QJsonValue(12) << qint64(12);
        QTest::newRow("zero") << QJsonValue(0) << qint64(0);
        QTest::newRow("negative") << QJsonValue(-3) << qint64(0);
        QTest::newRow("fraction") << QJsonValue(1.5) << qint64(0);
        QTest::newRow("string") << QJsonValue("12") << qint64(0);
        QTest::newRow("2^53") << QJsonValue(9007199254740992.0) << qint64(9007199254740992);
        // Found by fuzzing: past 2^63 the conversion was undefined behaviour.
        QTest::newRow("past 2^63") << QJsonValue(97019947701994740993.0) << qint64(0);
        QTest::newRow("2^63") << QJsonValue(9223372036854775808.0) << qint64(0);
        QTest::newRow("past 2^53") << QJsonValue(9007199254740994.0) << qint64(0);
        QTest::newRow("-2^63") << QJsonValue(-9223372036854775808.0) << qint64(0);
    }
    void fieldReaderIds()
    {
        QFETCH(QJsonValue, value);
        QFETCH(qint64, expected);
        FieldReader fields({{"conversationId", value}});
        QCOMPARE(fields.requiredId("conversationId"), expected);
        QCOMPARE(fields.ok(), expected > 0);
    }

    void fieldReaderIntegersPastWhatADoubleHolds()
    {
        // The frame the fuzzer found, through the reader a history request uses.
        const ParsedFrame frame = parseFrame(
            R"({"t":"history","id":"r7","d":{"beforeId":97019947701994740993,"limit":-1}})");
        QVERIFY(frame.ok());
        FieldReader fields(frame.envelope->data);
        QCOMPARE(fields.optionalInteger("beforeId", 0, 0, std::numeric_limits<qint64>::max()),
                 qint64(0));
        QVERIFY(!fields.ok());
        QVERIFY(fields.errorMessage().contains("beforeId"));
    }
};

QTEST_GUILESS_MAIN(TestEnvelope)
#include "tst_envelope.moc"

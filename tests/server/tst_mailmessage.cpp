#include <emailtemplates.h>
#include <mailmessage.h>
#include <outboxworker.h>

#include <QTest>

using namespace papo::server;

// The parts of an email that mail servers and clients are strict about: encoded words,
// header values without line breaks, escaping in the HTML, and the retry schedule.
class TestMailMessage final : public QObject
{
    Q_OBJECT

private slots:
    void asciiHeadersStayAsTheyAre()
    {
        QCOMPARE(MailMessage::encodeHeaderText("[Loja] Chat with Ana"),
                 QByteArray("[Loja] Chat with Ana"));
    }

    void nonAsciiHeadersAreShortEncodedWordsCutBetweenCharacters()
    {
        const QString subject = QString("[Loja Ção] Conversa com João 😀 ").repeated(4);
        const QByteArray encoded = MailMessage::encodeHeaderText(subject);
        QString decoded;
        for (const QByteArray &line : encoded.split('\n')) {
            const QByteArray word = line.trimmed();
            QVERIFY(word.size() <= 75);
            QVERIFY(word.startsWith("=?UTF-8?B?") && word.endsWith("?="));
            const QByteArray bytes = QByteArray::fromBase64(word.mid(10, word.size() - 12));
            // Each word is whole UTF-8 on its own.
            QCOMPARE(QString::fromUtf8(bytes).toUtf8(), bytes);
            decoded += QString::fromUtf8(bytes);
        }
        QCOMPARE(decoded, subject.trimmed());
    }

    void headerValuesLoseLineBreaks()
    {
        MailMessage message;
        message.from = "Loja <chat@loja.example>";
        message.to = {"equipe@loja.example"};
        message.subject = "Oi\r\nBcc: victim@example.com";
        message.text = "x";
        message.messageId = "papo.1.abc@loja.example";
        const QByteArray mime = message.mime();
        QVERIFY(!mime.contains("\r\nBcc:"));
        QVERIFY(mime.contains("Subject: Oi  Bcc: victim@example.com\r\n"));
        QCOMPARE(MailMessage::encodeMailbox("João <joao@x.example>"),
                 QByteArray("=?UTF-8?B?Sm/Do28=?= <joao@x.example>"));
        QCOMPARE(MailMessage::encodeMailbox("Ana \"A\" <ana@x.example>"),
                 QByteArray("\"Ana \\\"A\\\"\" <ana@x.example>"));
        QCOMPARE(MailMessage::addressOf("Loja <chat@loja.example>"), QString("chat@loja.example"));
    }

    void visitorTextIsEscapedInHtml()
    {
        const RenderedEmail email = EmailTemplates::visitorReply(
            "pt-BR", "Loja <b>", "https://loja.example/?a=1&b=\"2\"",
            "https://p/unsubscribe?v=1&s=x",
            {{"Ana", "<script>alert(1)</script>", QDateTime::currentDateTimeUtc(), false}});
        QVERIFY(!email.html.contains("<script>"));
        QVERIFY(email.html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        QVERIFY(email.html.contains("Loja &lt;b&gt;"));
        QVERIFY(email.html.contains("href=\"https://loja.example/?a=1&amp;b=&quot;2&quot;\""));
        QCOMPARE(email.subject, QString("Nova resposta de Loja <b>"));
        QVERIFY(email.text.contains("<script>alert(1)</script>")); // plain text stays as written
        QCOMPARE(EmailTemplates::test("es", "Tienda").subject, QString("Correo de prueba de Papo"));
    }

    void retriesBackOffExponentiallyWithJitterUpToAnHour()
    {
        QCOMPARE(OutboxWorker::backoffMs(1, 0.0), 15'000);
        QCOMPARE(OutboxWorker::backoffMs(1, 0.999), 29'985);
        QCOMPARE(OutboxWorker::backoffMs(2, 0.0), 30'000);
        QCOMPARE(OutboxWorker::backoffMs(3, 0.0), 60'000);
        QCOMPARE(OutboxWorker::backoffMs(20, 0.0), 1'800'000);
        QVERIFY(OutboxWorker::backoffMs(20, 0.999) < 3'600'000);
    }
};

QTEST_GUILESS_MAIN(TestMailMessage)
#include "tst_mailmessage.moc"

#include "deskfixture.h"

#include "app/attachmentsender.h"
#include "app/chatcontroller.h"
#include "app/traynotifier.h"
#include "models/conversationlistmodel.h"
#include "models/messagemodel.h"
#include "net/attachmentpreviews.h"
#include "net/serverconnection.h"
#include "views/conversationview.h"

#include <QBuffer>
#include <QImage>
#include <QJsonDocument>
#include <QListView>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace papo::desk;
using namespace papo::testing;
using namespace std::chrono_literals;

namespace {

QByteArray redPicture()
{
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(QColor(220, 30, 30));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray waitFor(QNetworkReply *raw, int *status = nullptr)
{
    std::unique_ptr<QNetworkReply> reply(raw);
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return reply->readAll();
}

int rowWithAttachment(const MessageModel &model, const QString &name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row).data(MessageModel::AttachmentNameRole).toString() == name)
            return row;
    }
    return -1;
}

int redPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor colour = image.pixelColor(x, y);
            count += colour.red() > 200 && colour.green() < 60 && colour.blue() < 60 ? 1 : 0;
        }
    }
    return count;
}

// Pixels of the paperclip icon's stroke (resources/attach.svg, #768390) just before a link on
// the same line: the file line's icon, not the grey of a time or a tick elsewhere.
int paperclipPixelsBeforeALink(const QImage &image)
{
    const auto isLink
        = [](const QColor &c) { return c.blue() > 150 && c.red() < 90 && c.green() < 90; };
    const auto isPaperclip = [](const QColor &c) {
        return qAbs(c.red() - 0x76) <= 12 && qAbs(c.green() - 0x83) <= 12
               && qAbs(c.blue() - 0x90) <= 12;
    };
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        int firstLink = -1;
        for (int x = 0; x < image.width() && firstLink < 0; ++x)
            firstLink = isLink(image.pixelColor(x, y)) ? x : -1;
        for (int x = qMax(0, firstLink - 30); x < firstLink; ++x)
            count += isPaperclip(image.pixelColor(x, y)) ? 1 : 0;
    }
    return count;
}

} // namespace

// CHT-9 in papo-desk, offscreen against the real server: a visitor's picture shows as a
// thumbnail in the conversation, the operator sends a file the visitor receives, and a
// refused file gets a clear message.
class TestAttachments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(startAndLogIn(m_server, &m_token));
        QVERIFY(m_desk.connect(m_server, m_token));
    }

    void aVisitorsPictureShowsItsThumbnail()
    {
        QString visitorToken;
        m_visitor = connectVisitor(m_server, &visitorToken);
        QVERIFY(m_visitor);
        const QJsonObject attachment
            = uploadAsVisitor(visitorToken, QStringLiteral("camiseta.png"), redPicture());
        QVERIFY(!attachment.isEmpty());
        const auto sent = m_visitor->request(
            QStringLiteral("message"),
            {{QStringLiteral("cid"), visitorClientId()},
             {QStringLiteral("text"), QStringLiteral("Chegou assim")},
             {QStringLiteral("attachmentId"), attachment.value(QStringLiteral("id"))}});
        QVERIFY(sent && sent->type == QLatin1String("ack"));
        m_conversationId = sent->data.value(QStringLiteral("message"))
                               .toObject()
                               .value(QStringLiteral("conversationId"))
                               .toInteger();

        ConversationView view(&m_desk.controller);
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        m_desk.controller.openConversation(m_conversationId);
        MessageModel *model = m_desk.controller.messages();
        QTRY_VERIFY_WITH_TIMEOUT(rowWithAttachment(*model, QStringLiteral("camiseta.png")) >= 0,
                                 10000);
        const QModelIndex index
            = model->index(rowWithAttachment(*model, QStringLiteral("camiseta.png")));
        QVERIFY(index.data(MessageModel::AttachmentIsImageRole).toBool());
        QCOMPARE(index.data(MessageModel::AttachmentUrlRole).toUrl(),
                 m_server.httpUrl(attachment.value(QStringLiteral("url")).toString()));

        // Downloaded once, scaled to a thumbnail, then painted in the bubble.
        QTRY_VERIFY_WITH_TIMEOUT(
            !index.data(MessageModel::AttachmentPreviewRole).value<QImage>().isNull(), 10000);
        const QImage preview = index.data(MessageModel::AttachmentPreviewRole).value<QImage>();
        QCOMPARE(preview.size(), QSize(240, 180));
        QCOMPARE(preview.pixelColor(120, 90).red(), 220);
        auto *list = view.findChild<QListView *>(QStringLiteral("messageList"));
        QVERIFY(list);
        QTRY_VERIFY(list->visualRect(index).height() > 180);
        QTRY_VERIFY(redPixels(list->viewport()->grab().toImage()) > 240 * 180 * 9 / 10);
    }

    void theOperatorSendsAFile()
    {
        QVERIFY(m_visitor);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nota fiscal.pdf"));
        const QByteArray pdf("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(pdf) == pdf.size());
        file.close();
        ConversationView view(&m_desk.controller);
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        m_desk.controller.openConversation(m_conversationId);
        auto *messages = view.findChild<QListView *>(QStringLiteral("messageList"));
        QVERIFY(messages);

        QSignalSpy busy(m_desk.controller.attachments(), &AttachmentSender::busyChanged);
        QVERIFY(m_desk.controller.attachments()->send(path));
        const auto event = m_visitor->waitFor([](const papo::common::Envelope &frame) {
            return frame.type == QLatin1String("message")
                   && frame.data.value(QStringLiteral("attachment"))
                              .toObject()
                              .value(QStringLiteral("name"))
                          == QStringLiteral("nota fiscal.pdf");
        });
        QVERIFY(event);
        const QString url = event->data.value(QStringLiteral("attachment"))
                                .toObject()
                                .value(QStringLiteral("url"))
                                .toString();
        QCOMPARE(waitFor(m_network.get(QNetworkRequest(m_server.httpUrl(url)))), pdf);
        QCOMPARE(busy.count(), 2); // busy while uploading, then not
        // The reply shows in the conversation as a file line, delivered.
        MessageModel *model = m_desk.controller.messages();
        QTRY_VERIFY(rowWithAttachment(*model, QStringLiteral("nota fiscal.pdf")) >= 0);
        const QModelIndex index
            = model->index(rowWithAttachment(*model, QStringLiteral("nota fiscal.pdf")));
        QTRY_COMPARE(index.data(MessageModel::DeliveryRole).toInt(),
                     int(MessageModel::Delivery::Delivered));
        QVERIFY(!index.data(MessageModel::AttachmentIsImageRole).toBool());
        // Its line starts with a drawn paperclip (an emoji would be an empty box where no
        // emoji font is installed).
        QTRY_VERIFY(paperclipPixelsBeforeALink(messages->viewport()->grab().toImage()) > 4);
        // A reply with only a file reads as "File: name" in the conversation list, in words.
        ConversationListModel *list = m_desk.controller.conversations();
        QTRY_COMPARE(list->indexOf(m_conversationId)
                         .data(ConversationListModel::LastMessageTextRole)
                         .toString(),
                     QStringLiteral("File: nota fiscal.pdf"));
    }

    void aRefusedFileSaysWhy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pagina.html"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<html><script>alert(1)</script></html>");
        file.close();
        m_desk.controller.openConversation(m_conversationId);
        QSignalSpy failed(&m_desk.controller, &ChatController::replyFailed);
        QVERIFY(m_desk.controller.attachments()->send(path));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        const QString reason = failed.first().first().toString();
        QVERIFY2(reason.contains(QStringLiteral("pagina.html"))
                     && reason.contains(QStringLiteral("cannot be sent")),
                 qPrintable(reason));
    }

    // A file sent alone reads as "File: name" in words, never the 📎 emoji (an empty box
    // without an emoji font): in the desktop notification and the conversation list.
    void aFileAloneReadsAsItsName()
    {
        m_desk.controller.setStatus(papo::common::OperatorStatus::Online);
        QTRY_COMPARE(m_desk.controller.status(), papo::common::OperatorStatus::Online);
        TrayNotifier tray(&m_desk.controller);
        QSignalSpy notified(&tray, &TrayNotifier::notified);
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(visitor);
        const QByteArray pdf("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
        const QJsonObject attachment = uploadAsVisitor(token, QStringLiteral("recibo.pdf"), pdf);
        QVERIFY(!attachment.isEmpty());
        const auto sent = visitor->request(
            QStringLiteral("message"),
            {{QStringLiteral("cid"), visitorClientId()},
             {QStringLiteral("attachmentId"), attachment.value(QStringLiteral("id"))}});
        QVERIFY(sent && sent->type == QLatin1String("ack"));
        QTRY_VERIFY_WITH_TIMEOUT(!notified.isEmpty(), 10000);
        QCOMPARE(notified.first().at(1).toString(), QStringLiteral("File: recibo.pdf"));
        const qint64 conversationId
            = sent->data.value(QStringLiteral("message"))[QStringLiteral("conversationId")]
                  .toInteger();
        QTRY_COMPARE(m_desk.controller.conversations()
                         ->indexOf(conversationId)
                         .data(ConversationListModel::LastMessageTextRole)
                         .toString(),
                     QStringLiteral("File: recibo.pdf"));
    }

private:
    // The widget's upload: the attachment object, empty unless the server said 201.
    QJsonObject uploadAsVisitor(const QString &visitorToken, const QString &name,
                                const QByteArray &bytes)
    {
        QUrl url = m_server.httpUrl(QStringLiteral("/api/attachments"));
        url.setQuery(QUrlQuery{{QStringLiteral("key"), m_server.websiteKey()},
                               {QStringLiteral("name"), name}});
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + visitorToken.toUtf8());
        int status = 0;
        const QByteArray answer = waitFor(m_network.post(request, bytes), &status);
        if (status != 201)
            return {};
        return QJsonDocument::fromJson(answer)
            .object()
            .value(QStringLiteral("attachment"))
            .toObject();
    }

    ServerProcess m_server;
    QString m_token;
    DeskConnection m_desk;
    QNetworkAccessManager m_network;
    std::unique_ptr<WsClient> m_visitor;
    qint64 m_conversationId = 0;
};

QTEST_MAIN(TestAttachments)
#include "tst_attachments.moc"

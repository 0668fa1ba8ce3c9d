#include "deskfixture.h"
#include "visitorbrowser.h"

#include "operatoraccounts.h"

#include "app/traynotifier.h"
#include "app/visitorcontroller.h"
#include "models/conversationlistmodel.h"
#include "models/messagemodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QUrlQuery>

using namespace papo::desk;
using namespace papo::testing;

namespace {

// Every text a stranger (or a teammate) controls carries this marker inside markup that
// would show bold, load a picture and add a link if papo-desk read it as rich text.
const QString Marker = QStringLiteral("HOSTILE");

QString hostile(const QString &where)
{
    return QStringLiteral("<b>%1-%2</b><img src=\"https://evil.example/%2.png\">"
                          "<a href=\"https://evil.example/\">%2</a>")
        .arg(Marker, where);
}

// Short enough for a custom field's name (40 characters).
QString hostileKey(const QString &where)
{
    return QStringLiteral("<i>%1-%2</i>").arg(Marker, where);
}

// What a person sees of a text that Qt shows in this format.
QString shownText(const QString &text, Qt::TextFormat format)
{
    const bool rich
        = format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
    if (format == Qt::MarkdownText) {
        QTextDocument document;
        document.setMarkdown(text);
        return document.toPlainText();
    }
    if (!rich)
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

// The fields a shown text carries, e.g. "name" for "<b>HOSTILE-name</b>".
QSet<QString> markedFields(const QString &shown)
{
    static const QRegularExpression marked(
        QStringLiteral("%1-([a-z]+)").arg(QRegularExpression::escape(Marker)));
    QSet<QString> fields;
    for (const auto &match : marked.globalMatch(shown))
        fields.insert(match.captured(1));
    return fields;
}

// The markup around every marker is still there as characters (or percent-encoded, as
// in a URL): nothing of it was interpreted.
bool markupShownAsText(const QString &shown)
{
    qsizetype at = 0;
    while ((at = shown.indexOf(Marker, at)) >= 0) {
        const QString before = shown.left(at);
        if (!before.endsWith(QStringLiteral("<b>")) && !before.endsWith(QStringLiteral("<i>"))
            && !before.endsWith(QStringLiteral("%3Cb%3E"), Qt::CaseInsensitive)
            && !before.endsWith(QStringLiteral("%3Ci%3E"), Qt::CaseInsensitive))
            return false;
        at += Marker.size();
    }
    return true;
}

// A message bubble's document: no picture, and no link but the formatter's, whose target
// is the text it shows.
QString bubbleProblem(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextCharFormat format = fragment.fragment().charFormat();
            if (format.isImageFormat())
                return QStringLiteral("a picture in the bubble");
            const QString href = format.anchorHref();
            if (!href.isEmpty() && href != fragment.fragment().text())
                return QStringLiteral("a link to %1 shown as %2")
                    .arg(href, fragment.fragment().text());
        }
    }
    return markupShownAsText(document.toPlainText()) ? QString()
                                                     : QStringLiteral("markup interpreted");
}

// Walks every widget, tooltip and item of every view of papo-desk, records which hostile
// fields are on screen somewhere and every place where one was read as rich text.
class Inspection
{
public:
    void inspectAllWidgets()
    {
        for (QWidget *widget : QApplication::allWidgets()) {
            const QString where = describe(widget);
            if (auto *label = qobject_cast<QLabel *>(widget))
                check(where, label->text(), label->textFormat());
            check(where + QStringLiteral(" tooltip"), widget->toolTip(), Qt::AutoText);
            if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model())
                inspectModel(where, *view->model(), {});
        }
    }

    // What the tray is given is read as markup (freedesktop notification servers do).
    void inspectNotification(const QString &title, const QString &body)
    {
        check(QStringLiteral("notification title"), title, Qt::RichText);
        check(QStringLiteral("notification body"), body, Qt::RichText);
    }

    QSet<QString> seen;
    QStringList problems;

private:
    static QString describe(QWidget *widget)
    {
        return QStringLiteral("%1 \"%2\"")
            .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    }

    void inspectModel(const QString &where, const QAbstractItemModel &model,
                      const QModelIndex &parent)
    {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            for (int column = 0; column < model.columnCount(parent); ++column) {
                const QModelIndex index = model.index(row, column, parent);
                inspectItem(QStringLiteral("%1 row %2").arg(where).arg(row), index);
                if (model.hasChildren(index))
                    inspectModel(where, model, index);
            }
        }
    }

    void inspectItem(const QString &where, const QModelIndex &index)
    {
        // Delegates paint every role as plain text but the bubble's HTML and the tooltip.
        QList<int> roles = index.model()->roleNames().keys();
        roles << Qt::ToolTipRole << Qt::AccessibleTextRole;
        for (int role : roles) {
            const QVariant value = index.data(role);
            if (value.typeId() != QMetaType::QString)
                continue;
            const QString text = value.toString();
            if (role == MessageModel::HtmlRole
                && qobject_cast<const MessageModel *>(index.model())) {
                if (const QString problem = bubbleProblem(text);
                    !problem.isEmpty() && text.contains(Marker))
                    problems << QStringLiteral("%1 bubble: %2 in %3").arg(where, problem, text);
                continue;
            }
            check(QStringLiteral("%1 role %2").arg(where).arg(role), text,
                  role == Qt::ToolTipRole ? Qt::AutoText : Qt::PlainText);
        }
    }

    void check(const QString &where, const QString &text, Qt::TextFormat format)
    {
        if (!text.contains(Marker))
            return;
        const QString shown = shownText(text, format);
        seen.unite(markedFields(shown));
        if (!markupShownAsText(shown))
            problems << QStringLiteral("%1 read as rich text: %2").arg(where, text);
    }
};

} // namespace

// PRODUCT's promise that visitor- and operator-supplied text is never rendered as HTML,
// tried the way a stranger would: markup in every field a visitor controls (and in a
// teammate's name and note) goes through the real server into papo-desk, and every view,
// tooltip, list item, message bubble and notification shows it as characters.
class TestHostileText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(startWithOwnerAndBia(m_server, &m_ana, &m_bia, hostile(QStringLiteral("op"))));
    }

    void everyViewShowsMarkupAsText()
    {
        DeskSession ana;
        ana.controller.visitors()->setBatchInterval(std::chrono::milliseconds(50));
        TrayNotifier tray(&ana.controller);
        QSignalSpy notified(&tray, &TrayNotifier::notified);
        QVERIFY(ana.showAndConnect(m_server, m_ana));

        // The visitor: their browser, pages, data the page sets, a draft, a message, a file.
        BrowserVisit visit;
        visit.url = QStringLiteral("https://loja.example/?q=") + hostile(QStringLiteral("url"));
        visit.title = hostile(QStringLiteral("title"));
        visit.referrer
            = QStringLiteral("https://busca.example/?q=") + hostile(QStringLiteral("referrer"));
        visit.userAgent = hostile(QStringLiteral("agent")).toUtf8();
        qint64 visitorId = 0;
        QString visitorToken;
        auto visitor = browse(m_server, visit, &visitorId, &visitorToken);
        QVERIFY(visitor);
        const auto data = visitor->request(
            QStringLiteral("visitor_data"),
            {{QStringLiteral("name"), hostile(QStringLiteral("name"))},
             {QStringLiteral("phone"), hostile(QStringLiteral("phone"))},
             {QStringLiteral("fields"),
              QJsonObject{{hostileKey(QStringLiteral("key")), hostile(QStringLiteral("value"))}}}});
        QVERIFY(data && data->type == QLatin1String("ack"));
        const qint64 messageId = visitorSays(*visitor, hostile(QStringLiteral("message")));
        QVERIFY(messageId > 0);
        // A file name keeps no folders: its markup has no slash.
        QVERIFY(sendFile(visitorToken,
                         QStringLiteral("<b>%1-file<img src=x onerror=alert(1)>.txt").arg(Marker)));

        // A teammate with markup in her name writes in the chat and leaves a note.
        DeskConnection bia;
        QVERIFY(bia.connect(m_server, m_bia));
        QTRY_VERIFY_WITH_TIMEOUT(bia.controller.conversations()->rowCount() > 0, 10000);
        const qint64 conversationId = bia.controller.conversations()
                                          ->index(0)
                                          .data(ConversationListModel::IdRole)
                                          .toLongLong();
        bia.controller.openConversation(conversationId);
        QVERIFY(!bia.controller.sendReply(hostile(QStringLiteral("reply"))).isEmpty());
        bia.controller.visitors()->showVisitor(visitorId);
        bia.controller.visitors()->addNote(hostile(QStringLiteral("note")));

        // Ana opens the chat: its bubbles, header, panel, lists and notifications.
        QTRY_VERIFY_WITH_TIMEOUT(ana.controller.conversations()->indexOf(conversationId).isValid(),
                                 10000);
        ana.controller.openConversation(conversationId);
        QTRY_VERIFY_WITH_TIMEOUT(ana.controller.visitors()->hasDetails(), 10000);
        // The visitor goes on typing: papo-desk previews the draft of the open chat.
        visitor->request(QStringLiteral("typing"),
                         {{QStringLiteral("typing"), true},
                          {QStringLiteral("text"), hostile(QStringLiteral("draft"))}});

        const QSet<QString> expected{
            QStringLiteral("url"),   QStringLiteral("title"),   QStringLiteral("referrer"),
            QStringLiteral("name"),  QStringLiteral("phone"),   QStringLiteral("key"),
            QStringLiteral("value"), QStringLiteral("message"), QStringLiteral("file"),
            QStringLiteral("draft"), QStringLiteral("op"),      QStringLiteral("reply"),
            QStringLiteral("note")};
        Inspection inspection;
        // Waits until every hostile field has reached some view, then reads them all.
        const bool allShown = QTest::qWaitFor(
            [&] {
                inspection = Inspection();
                inspection.inspectAllWidgets();
                return inspection.seen.contains(expected);
            },
            20000);
        QVERIFY2(allShown,
                 qPrintable(QStringLiteral("never shown: ")
                            + QStringList((expected - inspection.seen).values()).join(", ")));
        QVERIFY2(inspection.problems.isEmpty(), qPrintable(inspection.problems.join('\n')));

        // The notifications papo-desk raised for this chat, as the tray receives them.
        QTRY_VERIFY_WITH_TIMEOUT(!notified.isEmpty(), 20000);
        for (const QList<QVariant> &notice : notified)
            inspection.inspectNotification(TrayNotifier::trayMarkup(notice.at(0).toString()),
                                           TrayNotifier::trayMarkup(notice.at(1).toString()));
        QVERIFY(inspection.seen.contains(QStringLiteral("name")));
        QVERIFY2(inspection.problems.isEmpty(), qPrintable(inspection.problems.join('\n')));
    }

private:
    // The visitor uploads a file and sends it in their chat.
    bool sendFile(const QString &visitorToken, const QString &name)
    {
        QUrl url = m_server.httpUrl(QStringLiteral("/api/attachments"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("key"), m_server.websiteKey());
        query.addQueryItem(QStringLiteral("name"), name);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + visitorToken.toUtf8());
        QNetworkReply *reply = m_network.post(request, QByteArrayLiteral("pedido 4521\n"));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
            return false;
        reply->deleteLater();
        const QJsonObject attachment = QJsonDocument::fromJson(reply->readAll())
                                           .object()
                                           .value(QStringLiteral("attachment"))
                                           .toObject();
        if (attachment.isEmpty())
            return false;
        QString token = visitorToken;
        auto visitor = connectVisitor(m_server, &token);
        if (!visitor)
            return false;
        const auto sent = visitor->request(
            QStringLiteral("message"),
            {{QStringLiteral("cid"), visitorClientId()},
             {QStringLiteral("text"), QString()},
             {QStringLiteral("attachmentId"), attachment.value(QStringLiteral("id"))}});
        return sent && sent->type == QLatin1String("ack");
    }

    ServerProcess m_server;
    QString m_ana;
    QString m_bia;
    QNetworkAccessManager m_network;
};

QTEST_MAIN(TestHostileText)
#include "tst_hostiletext.moc"

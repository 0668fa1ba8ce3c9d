#pragma once

#include "servercontext.h"
#include "session.h"

#include <accountrepository.h>

#include <QHostAddress>

namespace papo::server {

// The widget's socket (/ws/visitor): hello with the website key, page views, messages.
class VisitorSession final : public Session
{
    Q_OBJECT

public:
    VisitorSession(std::unique_ptr<QWebSocket> socket, ServerContext context,
                   QObject *parent = nullptr);
    ~VisitorSession() override;

protected:
    void handle(const common::Envelope &request) override;

private:
    // What a hello says about the page, kept while a new visitor's row is written.
    struct Hello
    {
        QString url, title, referrer, language, screen, group, textLanguage, forwardedFor;
        bool groupFromScript = false;
        qint64 lastSeq = -1;
    };

    void hello(const common::Envelope &request);
    // The visitor is known: they join the hub and get the hello's answer.
    void welcome(const common::Envelope &request, const Hello &hello, const WebsiteRecord &website,
                 const VisitorIdentity &identity);
    // A known website without an identity, or no answer at all: the database is away. Not an
    // invalid key, which switches the widget off for good: it says hello again shortly.
    enum class HelloRefusal { TooManyNewVisitors, DatabaseAway, InvalidKey };
    // Answers a hello that cannot go on, and closes.
    void refuseHello(const common::Envelope &request, HelloRefusal refusal);
    void pageView(const common::Envelope &request);
    void message(const common::Envelope &request);
    void typing(const common::Envelope &request);
    void read(const common::Envelope &request);
    // Stored on the write path; a request with an id is acknowledged once it is durable.
    void recordPageView(const QString &url, const QString &title, const QString &referrer,
                        const common::Envelope &request);
    void answerGroupQuestion(qint64 chosenGroupId);
    void rate(const common::Envelope &request);
    void window(const common::Envelope &request);
    void visitorData(const common::Envelope &request);
    // BOT-1…4: the visitor pressed a reply button of a chatbot scenario.
    void scenarioReply(const common::Envelope &request);
    void fillContactForm(const common::Envelope &request);
    void postMessage(const common::Envelope &request, const QString &clientId, const QString &text,
                     const QString &attachmentId);
    // Per connection and per address (docs/security.md); false when refused.
    bool withinRate(const common::Envelope &request);

    ServerContext m_context;
    qint64 m_visitorId = 0;
    bool m_helloPending = false; // a new visitor's row is being written
    QString m_websiteKey;
    QString m_textLanguage; // the widget's texts' language (WID-3), for the bot's end message
    QString m_pageUrl;
    int m_visit = 1;
    bool m_ratingsEnabled = true;
    QHostAddress m_address; // the visitor's own, behind trusted proxies too
    RateBucket m_messages;
    RateBucket m_typing;
    RateBucket m_pageViews;
};

} // namespace papo::server

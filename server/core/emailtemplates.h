#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace papo::server {

// One line of a conversation as an email shows it.
struct EmailLine
{
    QString author;
    QString text;
    QDateTime at;
    bool fromVisitor = false;
};

struct RenderedEmail
{
    QString subject;
    QString text;
    QString html;
};

// The emails' words and layout (INT-1, INT-2): HTML and plain text, in English, Portuguese
// or Spanish. Every name and message is text from visitors or operators, so it is escaped in
// the HTML; subjects name the website and the visitor.
class EmailTemplates final
{
public:
    // "pt-BR" → "pt"; anything not offered → "en".
    static QString languageOf(const QString &language);

    // To the team: a closed chat's transcript.
    static RenderedEmail transcript(const QString &language, const QString &website,
                                    const QString &visitor, const QString &visitorEmail,
                                    const QString &pageUrl, const QList<EmailLine> &lines);
    // To the team: a message written while nobody was online.
    static RenderedEmail offlineMessage(const QString &language, const QString &website,
                                        const QString &visitor, const QString &visitorEmail,
                                        const QString &pageUrl, const QList<EmailLine> &lines);
    // To the visitor: the team's replies they have not read, with the recent conversation.
    static RenderedEmail visitorReply(const QString &language, const QString &website,
                                      const QString &pageUrl, const QString &unsubscribeUrl,
                                      const QList<EmailLine> &lines);
    // Settings → Email's "Send test email".
    static RenderedEmail test(const QString &language, const QString &team);

    // How the visitor's own lines are signed in their email when they gave no name.
    static QString you(const QString &language) { return word(language, "you"); }
    // The unsubscribe page's words (GET /unsubscribe).
    static QString unsubscribedPage(const QString &language, bool ok);

private:
    static RenderedEmail teamEmail(const QString &language, const QString &subject,
                                   const QString &intro, const QString &visitor,
                                   const QString &visitorEmail, const QString &pageUrl,
                                   const QList<EmailLine> &lines);
    static QString word(const QString &language, const char *key);
};

} // namespace papo::server

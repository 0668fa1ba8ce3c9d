#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace papo::server {

class EmailRepository;

// INT-2: the link in a visitor's email that stops further ones: /unsubscribe?v=ID&s=SIG,
// SIG an HMAC-SHA-256 of the visitor id under a key kept in the database (every node signs
// and checks the same way), so nobody can unsubscribe someone else by guessing ids.
class UnsubscribeLinks final
{
public:
    // Reads the key, making one on the first use.
    bool open(EmailRepository &email);
    void setKey(const QByteArray &key) { m_key = key; }

    QUrl link(const QUrl &base, qint64 visitorId, const QString &language) const;
    bool check(qint64 visitorId, const QString &signature) const;

private:
    QString signature(qint64 visitorId) const;

    QByteArray m_key;
};

} // namespace papo::server

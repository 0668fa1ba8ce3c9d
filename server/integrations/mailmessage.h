#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace papo::server {

// One email as the outbox sends it: both bodies, the headers that matter, and its MIME text.
// Header values lose any line break (no header injection); non-ASCII words are encoded
// (RFC 2047); bodies travel as base64, so any text survives any mail server.
struct MailMessage
{
    QString from;    // "Name <address>" or "address"
    QStringList to;  // addresses
    QString replyTo; // "Name <address>", "address" or empty
    QString subject;
    QString text;
    QString html;      // empty: a text-only email
    QString messageId; // without the angle brackets; stable per outbox row
    QDateTime date;
    QList<QPair<QByteArray, QString>> extraHeaders; // e.g. List-Unsubscribe

    QByteArray mime() const;

    // The bare address of "Name <address>" (the SMTP envelope wants only that).
    static QString addressOf(const QString &mailbox);
    // A header value: ASCII as is, otherwise UTF-8 encoded words of at most 75 characters.
    static QByteArray encodeHeaderText(const QString &text);
    // "Name <address>" with the name quoted or encoded as needed.
    static QByteArray encodeMailbox(const QString &mailbox);
};

} // namespace papo::server

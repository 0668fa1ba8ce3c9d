#include "mailmessage.h"

#include <QLocale>
#include <QUuid>

namespace papo::server {

namespace {

QString oneLine(const QString &text)
{
    QString line = text;
    line.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return line.trimmed();
}

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x7f || c.unicode() < 0x20)
            return false;
    }
    return true;
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray lines;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        lines += encoded.mid(i, 76) + "\r\n";
    return lines;
}

QByteArray part(const QByteArray &contentType, const QString &body)
{
    return "Content-Type: " + contentType
           + "; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + base64Lines(body.toUtf8());
}

} // namespace

QString MailMessage::addressOf(const QString &mailbox)
{
    const QString line = oneLine(mailbox);
    const qsizetype open = line.lastIndexOf(QLatin1Char('<'));
    const qsizetype close = line.lastIndexOf(QLatin1Char('>'));
    if (open >= 0 && close > open)
        return line.mid(open + 1, close - open - 1).trimmed();
    return line;
}

QByteArray MailMessage::encodeHeaderText(const QString &text)
{
    const QString line = oneLine(text);
    if (isAscii(line))
        return line.toLatin1();
    // Encoded words of at most 45 bytes of UTF-8 each (60 base64 characters, 72 with the
    // frame), cut between characters, folded onto continuation lines.
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < line.size(); ++i) {
        QString character(line.at(i));
        if (line.at(i).isHighSurrogate() && i + 1 < line.size())
            character += line.at(++i);
        const QByteArray bytes = character.toUtf8();
        if (chunk.size() + bytes.size() > 45) {
            words.append(chunk);
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words.append(chunk);
    QByteArray encoded;
    for (const QByteArray &word : words) {
        if (!encoded.isEmpty())
            encoded += "\r\n ";
        encoded += "=?UTF-8?B?" + word.toBase64() + "?=";
    }
    return encoded;
}

QByteArray MailMessage::encodeMailbox(const QString &mailbox)
{
    const QString line = oneLine(mailbox);
    const QString address = addressOf(line);
    const qsizetype open = line.lastIndexOf(QLatin1Char('<'));
    QString name = open > 0 ? line.left(open).trimmed() : QString();
    if (name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')) && name.size() > 1)
        name = name.mid(1, name.size() - 2);
    if (name.isEmpty())
        return address.toLatin1();
    QByteArray encodedName;
    if (isAscii(name)) {
        QString quoted = name;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('"'), QLatin1String("\\\""));
        encodedName = '"' + quoted.toLatin1() + '"';
    } else {
        encodedName = encodeHeaderText(name);
    }
    return encodedName + " <" + address.toLatin1() + '>';
}

QByteArray MailMessage::mime() const
{
    QByteArray out;
    const QDateTime when = date.isValid() ? date : QDateTime::currentDateTimeUtc();
    out += "Date: "
           + QLocale::c()
                 .toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"))
                 .toLatin1()
           + " +0000\r\n";
    out += "From: " + encodeMailbox(from) + "\r\n";
    QByteArrayList recipients;
    for (const QString &address : to)
        recipients.append(encodeMailbox(address));
    out += "To: " + recipients.join(", ") + "\r\n";
    if (!replyTo.isEmpty())
        out += "Reply-To: " + encodeMailbox(replyTo) + "\r\n";
    out += "Subject: " + encodeHeaderText(subject) + "\r\n";
    out += "Message-ID: <" + oneLine(messageId).toLatin1() + ">\r\n";
    for (const auto &[name, value] : extraHeaders)
        out += name + ": " + encodeHeaderText(value) + "\r\n";
    out += "MIME-Version: 1.0\r\n";
    if (html.isEmpty()) {
        out += part("text/plain", text);
        return out;
    }
    const QByteArray boundary = "papo-" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    out += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n";
    out += "--" + boundary + "\r\n" + part("text/plain", text);
    out += "--" + boundary + "\r\n" + part("text/html", html);
    out += "--" + boundary + "--\r\n";
    return out;
}

} // namespace papo::server

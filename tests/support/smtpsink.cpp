#include "smtpsink.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

namespace papo::testing {

namespace {

// Header block → lower-case name → value, continuation lines joined.
QHash<QByteArray, QByteArray> headersOf(const QByteArray &block)
{
    QHash<QByteArray, QByteArray> headers;
    QByteArray name;
    const QList<QByteArray> lines = block.split('\n');
    for (QByteArray line : lines) {
        line.replace('\r', "");
        if (line.isEmpty())
            continue;
        if ((line.startsWith(' ') || line.startsWith('\t')) && !name.isEmpty()) {
            headers[name] += "\r\n" + line;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        name = line.left(colon).trimmed().toLower();
        headers[name] = line.mid(colon + 1).trimmed();
    }
    return headers;
}

QPair<QByteArray, QByteArray> splitHeadBody(const QByteArray &raw)
{
    qsizetype at = raw.indexOf("\r\n\r\n");
    qsizetype skip = 4;
    if (at < 0) {
        at = raw.indexOf("\n\n");
        skip = 2;
    }
    if (at < 0)
        return {raw, {}};
    return {raw.left(at), raw.mid(at + skip)};
}

QString decodePart(const QByteArray &part)
{
    const auto [head, body] = splitHeadBody(part);
    const auto headers = headersOf(head);
    QByteArray bytes = body;
    if (headers.value("content-transfer-encoding").toLower() == "base64")
        bytes = QByteArray::fromBase64(QByteArray(body).replace("\r", "").replace("\n", ""));
    return QString::fromUtf8(bytes);
}

} // namespace

QString ReceivedMail::decodedHeader(const QByteArray &name) const
{
    QByteArray value = header(name);
    value.replace("\r\n ", " ");
    static const QRegularExpression word(QStringLiteral(R"(=\?UTF-8\?B\?([^?]*)\?=)"),
                                         QRegularExpression::CaseInsensitiveOption);
    QString text = QString::fromLatin1(value);
    // Adjacent encoded words join without the space between them (RFC 2047, 6.2).
    text.replace(QRegularExpression(QStringLiteral(R"(\?=\s+=\?)")), QStringLiteral("?==?"));
    QString decoded;
    qsizetype last = 0;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        decoded += text.mid(last, match.capturedStart() - last);
        decoded += QString::fromUtf8(QByteArray::fromBase64(match.captured(1).toLatin1()));
        last = match.capturedEnd();
    }
    return decoded + text.mid(last);
}

SmtpSink::SmtpSink() = default;

SmtpSink::~SmtpSink() = default;

bool SmtpSink::start(const Options &options)
{
    stop();
    QStringList arguments{QStringLiteral(PAPO_SMTP_SINK), m_dir.path()};
    if (!options.starttlsCert.isEmpty())
        arguments << QStringLiteral("--starttls") << options.starttlsCert << options.starttlsKey;
    if (!options.tlsCert.isEmpty())
        arguments << QStringLiteral("--tls") << options.tlsCert << options.tlsKey;
    if (!options.auth.isEmpty())
        arguments << QStringLiteral("--auth") << options.auth;
    if (options.reject.size() == 2)
        arguments << QStringLiteral("--reject") << options.reject;
    return m_sink.start(arguments);
}

void SmtpSink::stop()
{
    m_sink.stop();
}

int SmtpSink::count() const
{
    return int(QDir(m_dir.path()).entryList({QStringLiteral("*.eml")}, QDir::Files).size());
}

bool SmtpSink::waitForCount(int n, int timeoutMs) const
{
    return QTest::qWaitFor([&] { return count() >= n; }, timeoutMs);
}

std::optional<ReceivedMail> SmtpSink::message(int n) const
{
    QFile raw(QDir(m_dir.path()).filePath(QStringLiteral("%1.eml").arg(n)));
    QFile envelope(QDir(m_dir.path()).filePath(QStringLiteral("%1.json").arg(n)));
    if (!raw.open(QIODevice::ReadOnly) || !envelope.open(QIODevice::ReadOnly))
        return std::nullopt;
    ReceivedMail mail;
    mail.raw = raw.readAll();
    const QJsonObject json = QJsonDocument::fromJson(envelope.readAll()).object();
    mail.envelopeFrom = json.value(QStringLiteral("from")).toString();
    for (const QJsonValue &to : json.value(QStringLiteral("to")).toArray())
        mail.envelopeTo.append(to.toString());
    const auto [head, body] = splitHeadBody(mail.raw);
    mail.rawHeaders = headersOf(head);
    const QByteArray type = mail.header("content-type");
    const qsizetype b = type.indexOf("boundary=\"");
    if (b < 0) {
        mail.text = decodePart(mail.raw);
        return mail;
    }
    const QByteArray boundary = "--" + type.mid(b + 10, type.indexOf('"', b + 10) - b - 10);
    qsizetype from = body.indexOf(boundary);
    while (from >= 0) {
        const qsizetype start = body.indexOf('\n', from) + 1;
        const qsizetype next = body.indexOf(boundary, start);
        if (start <= 0 || next < 0)
            break;
        const QByteArray part = body.mid(start, next - start);
        const QByteArray partType = headersOf(splitHeadBody(part).first).value("content-type");
        if (partType.startsWith("text/plain"))
            mail.text = decodePart(part);
        else if (partType.startsWith("text/html"))
            mail.html = decodePart(part);
        from = next;
    }
    return mail;
}

} // namespace papo::testing

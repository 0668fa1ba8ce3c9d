#include "smtpsender.h"

#include "curlworker.h"

namespace papo::server {

namespace {

// What the SMTP server said: each complete reply (multi-line ones joined), and which came
// after libcurl sent QUIT, whose "221 Bye" is not the answer anybody asked for.
struct Exchange
{
    QByteArray upload;
    qsizetype uploaded = 0;
    QByteArray partial; // lines of a multi-line reply so far
    QString lastReply;
    bool quitting = false;
};

size_t readUpload(char *buffer, size_t size, size_t count, void *userData)
{
    auto *exchange = static_cast<Exchange *>(userData);
    const size_t left = size_t(exchange->upload.size() - exchange->uploaded);
    const size_t n = std::min(left, size * count);
    memcpy(buffer, exchange->upload.constData() + exchange->uploaded, n);
    exchange->uploaded += qsizetype(n);
    return n;
}

int watchReplies(CURL *, curl_infotype type, char *data, size_t size, void *userData)
{
    auto *exchange = static_cast<Exchange *>(userData);
    const QByteArray chunk(data, qsizetype(size));
    if (type == CURLINFO_HEADER_OUT && chunk.startsWith("QUIT"))
        exchange->quitting = true;
    if (type != CURLINFO_HEADER_IN || exchange->quitting)
        return 0;
    for (const QByteArray &raw : chunk.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        exchange->partial += (exchange->partial.isEmpty() ? "" : "\n") + line;
        // "250-…" continues the reply, "250 …" (or a bare code) ends it.
        if (line.size() < 4 || line.at(3) != '-') {
            exchange->lastReply = QString::fromUtf8(exchange->partial);
            exchange->partial.clear();
        }
    }
    return 0;
}

} // namespace

SmtpSender::SmtpSender(QObject *parent)
    : QObject(parent)
{
    curlworker::initialiseOnce();
    m_pool.setMaxThreadCount(2);
}

SmtpSender::~SmtpSender()
{
    m_pool.waitForDone();
}

void SmtpSender::send(const SmtpSettings &settings, const MailMessage &message, Done done)
{
    curlworker::run(
        this, m_pool, [settings, message] { return sendNow(settings, message); }, std::move(done));
}

SmtpResult SmtpSender::sendNow(const SmtpSettings &settings, const MailMessage &message)
{
    curlworker::initialiseOnce();
    SmtpResult result;
    CURL *curl = curl_easy_init();
    if (!curl) {
        result.reply = QStringLiteral("libcurl could not start.");
        return result;
    }
    Exchange exchange;
    exchange.upload = message.mime();
    const bool implicitTls = settings.security == SmtpSettings::Security::Tls;
    const QByteArray url
        = QStringLiteral("%1://%2:%3/")
              .arg(implicitTls ? QStringLiteral("smtps") : QStringLiteral("smtp"), settings.host)
              .arg(settings.port)
              .toUtf8();
    const QByteArray from = '<' + MailMessage::addressOf(message.from).toUtf8() + '>';
    curl_slist *recipients = nullptr;
    for (const QString &to : message.to)
        recipients = curl_slist_append(
            recipients, ('<' + MailMessage::addressOf(to).toUtf8() + '>').constData());
    const QByteArray user = settings.user.toUtf8();
    const QByteArray password = settings.password.toUtf8();
    const QByteArray caFile = settings.caFile.toUtf8();
    char errorText[CURL_ERROR_SIZE] = {};

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 15L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 60L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorText);
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readUpload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &exchange);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(exchange.upload.size()));
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L); // feeds watchReplies, prints nothing
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, watchReplies);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &exchange);
    if (settings.security == SmtpSettings::Security::StartTls)
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }

    const CURLcode code = curl_easy_perform(curl);
    long replyCode = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &replyCode);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);

    result.ok = code == CURLE_OK;
    result.code = int(replyCode);
    result.reply = exchange.lastReply;
    if (!result.ok) {
        // No reply to show (no connection, TLS refused): libcurl's own words.
        const QString why = QString::fromUtf8(errorText[0] ? errorText : curl_easy_strerror(code));
        if (result.reply.isEmpty() || replyCode < 400)
            result.reply = why;
        result.permanent = replyCode >= 550 && replyCode <= 554;
    }
    return result;
}

} // namespace papo::server

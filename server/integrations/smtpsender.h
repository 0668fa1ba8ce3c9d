#pragma once

#include "mailmessage.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>

namespace papo::server {

struct SmtpSettings
{
    enum class Security { StartTls, Tls, None };
    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString user; // empty: no AUTH
    QString password;
    QString caFile; // extra CA certificates to trust (--smtp-ca); empty: the system's
};

struct SmtpResult
{
    bool ok = false;
    bool permanent = false; // the server refused for good (550–554): no point retrying
    int code = 0;           // the SMTP reply code, 0 when no server answered
    QString reply;          // the server's exact last answer, or why none came
};

// Sends one email through an SMTP server with libcurl. libcurl blocks, so each send runs on
// a small thread pool of its own; the answer comes back on this object's thread.
class SmtpSender final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const SmtpResult &result)>;

    explicit SmtpSender(QObject *parent = nullptr);
    ~SmtpSender() override;

    void send(const SmtpSettings &settings, const MailMessage &message, Done done);
    // The blocking exchange itself (on the calling thread).
    static SmtpResult sendNow(const SmtpSettings &settings, const MailMessage &message);

private:
    QThreadPool m_pool;
};

} // namespace papo::server

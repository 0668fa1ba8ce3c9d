#pragma once

#include "pythonsink.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace papo::testing {

// One email as the test's SMTP server received it, taken apart for checks.
struct ReceivedMail
{
    QString envelopeFrom;
    QStringList envelopeTo;
    QByteArray raw;
    QHash<QByteArray, QByteArray> rawHeaders; // names in lower case, folded lines joined
    QString text;                             // the text/plain part, decoded
    QString html;                             // the text/html part, decoded

    QByteArray header(const QByteArray &name) const { return rawHeaders.value(name.toLower()); }
    // The header with RFC 2047 encoded words decoded.
    QString decodedHeader(const QByteArray &name) const;
};

// A real SMTP server (Debian's python3-aiosmtpd, tests/support/smtpsink.py) on a free
// loopback port, writing each message it accepts to a directory the test reads.
class SmtpSink final
{
public:
    struct Options
    {
        QString starttlsCert, starttlsKey; // both: STARTTLS required
        QString tlsCert, tlsKey;           // both: implicit TLS
        QString auth;                      // "user:password": AUTH required
        QStringList reject;                // {"550", "5.1.1 No such user"}: refuse recipients
    };

    SmtpSink();
    ~SmtpSink();

    bool start(const Options &options = {});
    void stop();
    quint16 port() const { return m_sink.port(); }
    int count() const;
    // Waits until at least `n` messages arrived (an upper bound, not a pace).
    bool waitForCount(int n, int timeoutMs = 30000) const;
    // The n-th message received (1-based).
    std::optional<ReceivedMail> message(int n) const;

private:
    QTemporaryDir m_dir;
    PythonSink m_sink;
};

} // namespace papo::testing

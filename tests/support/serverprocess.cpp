#include "serverprocess.h"

#include "testdatabase.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

namespace papo::testing {

ServerProcess::ServerProcess() = default;

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start()
{
    const QString binary = qEnvironmentVariable("PAPO_SERVER_BINARY");
    if (binary.isEmpty() || !m_dataDir.isValid()) {
        qWarning("PAPO_SERVER_BINARY is not set or no temporary directory");
        return false;
    }
    const bool freshDatabase = m_databaseUrl.isEmpty();
    if (freshDatabase)
        m_databaseUrl = TestDatabase::freshUrl(m_dataDir.path());
    if (m_databaseUrl.isEmpty())
        return false;
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PAPO_OWNER_EMAIL"), ownerEmail());
    environment.insert(QStringLiteral("PAPO_OWNER_PASSWORD"), ownerPassword());
    // The guide's pictures (PAPO_SCREENSHOT_DIR) show a Brazilian installation: the default
    // website is called "Meu site" there, as papo-server names it under a Portuguese LANG.
    if (qEnvironmentVariableIsSet("PAPO_SCREENSHOT_DIR"))
        environment.insert(QStringLiteral("LANG"), QStringLiteral("pt_BR.UTF-8"));
    for (auto it = m_environment.cbegin(); it != m_environment.cend(); ++it)
        environment.insert(it.key(), it.value());
    m_process->setProcessEnvironment(environment);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // Reuse the port across restarts so clients can reconnect to the same URL.
    const QString port = QString::number(m_port);
    const QStringList arguments
        = QStringList{QStringLiteral("--listen"),   QStringLiteral("127.0.0.1"),
                      QStringLiteral("--port"),     port,
                      QStringLiteral("--data-dir"), m_dataDir.path(),
                      QStringLiteral("--database"), m_databaseUrl}
          + m_extraArguments;
    m_process->start(binary, arguments);
    static const QRegularExpression listening(
        QStringLiteral("listening on (https?)://127\\.0\\.0\\.1:(\\d+)"));
    static const QRegularExpression keyLine(QStringLiteral("Website key: (\\S+)"));
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && m_process->state() != QProcess::NotRunning) {
        m_process->waitForReadyRead(100);
        m_output += QString::fromUtf8(m_process->readAllStandardOutput());
        const auto portMatch = listening.match(m_output);
        const auto keyMatch = keyLine.match(m_output);
        if (portMatch.hasMatch() && keyMatch.hasMatch()) {
            m_tls = portMatch.captured(1) == QLatin1String("https");
            m_port = quint16(portMatch.captured(2).toUInt());
            m_websiteKey = keyMatch.captured(1);
            return !freshDatabase || !TestDatabase::isPostgreSql()
                   || TestDatabase::setMessageIdsApart(m_databaseUrl);
        }
    }
    qWarning("papo-server did not start: %s", qPrintable(m_output));
    return false;
}

void ServerProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(15000)) {
            m_process->kill();
            m_process->waitForFinished();
        }
    }
    m_process.reset();
    m_output.clear();
}

void ServerProcess::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished();
    m_process.reset();
    m_output.clear();
}

qint64 ServerProcess::processId() const
{
    return m_process ? m_process->processId() : 0;
}

namespace {

qint64 statusKiB(qint64 processId, const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(processId));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace

qint64 ServerProcess::residentKiB() const
{
    return statusKiB(processId(), "VmRSS:");
}

qint64 ServerProcess::peakResidentKiB() const
{
    return statusKiB(processId(), "VmHWM:");
}

bool ServerProcess::restart()
{
    stop();
    return start();
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QUrl ServerProcess::httpUrl(const QString &path) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_port)
                    .arg(path));
}

QUrl ServerProcess::wsUrl(const QString &path) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(m_tls ? QStringLiteral("wss") : QStringLiteral("ws"))
                    .arg(m_port)
                    .arg(path));
}

namespace {

ServerProcess::HttpReply finished(QNetworkReply *started)
{
    std::unique_ptr<QNetworkReply> reply(started);
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    ServerProcess::HttpReply result{
        reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), {}};
    const auto headers = reply->rawHeaderPairs();
    for (const auto &[name, value] : headers)
        result.headers.insert(name.toLower(), value);
    return result;
}

} // namespace

ServerProcess::HttpReply ServerProcess::post(const QString &path, const QByteArray &body,
                                             const QByteArray &bearer) const
{
    QNetworkAccessManager network;
    QNetworkRequest request(httpUrl(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    return finished(network.post(request, body));
}

ServerProcess::HttpReply ServerProcess::get(const QString &path) const
{
    QNetworkAccessManager network;
    return finished(network.get(QNetworkRequest(httpUrl(path))));
}

QString ServerProcess::login(const QString &email, const QString &password,
                             const QString &device) const
{
    QJsonObject credentials{{QStringLiteral("email"), email},
                            {QStringLiteral("password"), password}};
    if (!device.isEmpty())
        credentials.insert(QStringLiteral("device"), device);
    const HttpReply reply = post(QStringLiteral("/api/login"), QJsonDocument(credentials).toJson());
    if (reply.status != 200)
        return {};
    return QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("token")).toString();
}

} // namespace papo::testing

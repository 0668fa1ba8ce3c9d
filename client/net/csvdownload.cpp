#include "csvdownload.h"

#include "serverurl.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSaveFile>

namespace papo::desk {

namespace {

bool succeeded(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
}

} // namespace

CsvDownload::CsvDownload(QObject *parent)
    : QObject(parent)
{}

CsvDownload::~CsvDownload()
{
    stop();
}

void CsvDownload::start(const QUrl &serverUrl, const QString &token, const QString &path,
                        const QUrlQuery &query, const QString &filePath)
{
    if (isRunning())
        cancel();
    m_counter.reset();
    m_total = -1;
    m_file = std::make_unique<QSaveFile>(filePath);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString error
            = tr("%1 could not be written: %2").arg(filePath, m_file->errorString());
        m_file.reset();
        emit finished(false, 0, error);
        return;
    }
    QUrl url = serverResourceUrl(serverUrl, path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    m_reply = m_network.get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &CsvDownload::readPiece);
    connect(m_reply, &QNetworkReply::finished, this, &CsvDownload::complete);
}

void CsvDownload::readPiece()
{
    if (!succeeded(m_reply))
        return; // the error's JSON body is read at the end
    if (!writeAvailable())
        return;
    const QByteArray total = m_reply->rawHeader("X-Papo-Rows");
    m_total = total.isEmpty() ? -1 : total.toLongLong();
    // Last: a receiver may cancel the download right here.
    emit progress(records(), m_total);
}

bool CsvDownload::writeAvailable()
{
    const QByteArray piece = m_reply->readAll();
    if (m_file->write(piece) == piece.size()) {
        m_counter.add(piece);
        return true;
    }
    // The disk is full or gone: stop here and say so.
    fail(tr("%1 could not be written: %2").arg(m_file->fileName(), m_file->errorString()));
    return false;
}

void CsvDownload::complete()
{
    QNetworkReply *reply = m_reply;
    if (!succeeded(reply) || reply->error() != QNetworkReply::NoError) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString message = QJsonDocument::fromJson(reply->readAll())
                                    .object()
                                    .value(QLatin1String("message"))
                                    .toString();
        if (status == 403)
            fail(tr("Only owners and admins may download this."));
        else
            fail(message.isEmpty() ? reply->errorString() : message);
        return;
    }
    if (!writeAvailable()) // whatever came with the end
        return;
    if (!m_file->commit()) {
        fail(tr("%1 could not be written: %2").arg(m_file->fileName(), m_file->errorString()));
        return;
    }
    stop();
    emit finished(true, records(), QString());
}

void CsvDownload::fail(const QString &error)
{
    stop();
    emit finished(false, records(), error);
}

qint64 CsvDownload::records() const
{
    return std::max<qint64>(0, m_counter.records() - 1); // the column names are no record
}

void CsvDownload::cancel()
{
    if (!isRunning())
        return;
    stop();
    emit cancelled();
}

void CsvDownload::stop()
{
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (m_file) {
        m_file->cancelWriting(); // QSaveFile removes its temporary file
        m_file.reset();
    }
}

} // namespace papo::desk

#include "csvdownload.h"

#include "serverurl.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSaveFile>

namespace papo::desk {

CsvDownload::CsvDownload(QObject *parent)
    : QObject(parent)
{}

CsvDownload::~CsvDownload() = default;

void CsvDownload::start(const QUrl &serverUrl, const QString &token, const QString &path,
                        const QUrlQuery &query, const QString &filePath)
{
    QUrl url = serverResourceUrl(serverUrl, path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    m_file = std::make_unique<QSaveFile>(filePath);
    if (!m_file->open(QIODevice::WriteOnly)) {
        emit finished(false, m_file->errorString());
        return;
    }
    QNetworkReply *reply = m_network.get(request);
    auto written = std::make_shared<qint64>(0);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply, written] {
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            return; // the error's JSON body is read at the end
        const QByteArray piece = reply->readAll();
        if (m_file->write(piece) != piece.size()) {
            reply->abort();
            return;
        }
        *written += piece.size();
        const QByteArray records = reply->rawHeader("X-Papo-Rows");
        emit progress(*written, records.isEmpty() ? -1 : records.toLongLong());
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200 || reply->error() != QNetworkReply::NoError) {
            const QString message = QJsonDocument::fromJson(reply->readAll())
                                        .object()
                                        .value(QLatin1String("message"))
                                        .toString();
            m_file->cancelWriting();
            m_file.reset();
            emit finished(false, message.isEmpty() ? reply->errorString() : message);
            return;
        }
        const bool saved = m_file->commit();
        const QString error = saved ? QString() : m_file->errorString();
        m_file.reset();
        emit finished(saved, error);
    });
}

} // namespace papo::desk

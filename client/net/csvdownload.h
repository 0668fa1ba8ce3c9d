#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

class QSaveFile;

namespace papo::desk {

// Downloads a CSV file the server streams (REP-3: /api/reports.csv) straight into a file, a
// piece at a time as it arrives: never whole in memory. The file appears only once complete.
class CsvDownload final : public QObject
{
    Q_OBJECT

public:
    explicit CsvDownload(QObject *parent = nullptr);
    ~CsvDownload() override;

    void start(const QUrl &serverUrl, const QString &token, const QString &path,
               const QUrlQuery &query, const QString &filePath);

signals:
    // Bytes written so far, and how many records the server said would come (-1: unknown).
    void progress(qint64 bytes, qint64 records);
    void finished(bool ok, const QString &error);

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<QSaveFile> m_file;
};

} // namespace papo::desk

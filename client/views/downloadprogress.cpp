#include "downloadprogress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

#include <limits>

namespace papo::desk {

DownloadProgress::DownloadProgress(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_count(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    m_bar->setObjectName(QStringLiteral("downloadBar"));
    m_count->setObjectName(QStringLiteral("downloadCount"));
    m_cancel->setObjectName(QStringLiteral("downloadCancel"));
    m_bar->setTextVisible(false);
    m_count->setTextFormat(Qt::PlainText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &DownloadProgress::cancelRequested);
    hide();
}

void DownloadProgress::begin()
{
    m_records = 0;
    m_bar->setRange(0, 0);
    m_count->setText(tr("Starting…"));
    show();
}

void DownloadProgress::setProgress(qint64 records, qint64 total)
{
    m_records = records;
    const QLocale locale;
    if (total < 0) {
        m_bar->setRange(0, 0);
        m_count->setText(tr("%1 rows").arg(locale.toString(records)));
        return;
    }
    // QProgressBar counts in int: scale a huge export down rather than overflow.
    const qint64 scale = total / std::numeric_limits<int>::max() + 1;
    m_bar->setRange(0, int(std::max<qint64>(1, total / scale)));
    m_bar->setValue(int(std::min(records, total) / scale));
    m_count->setText(tr("%1 of %2 rows").arg(locale.toString(records), locale.toString(total)));
}

} // namespace papo::desk

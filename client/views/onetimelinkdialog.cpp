#include "onetimelinkdialog.h"
#include "tones.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace papo::desk {

OneTimeLinkDialog::OneTimeLinkDialog(const QString &title, const QString &explanation,
                                     const QString &link, QWidget *parent)
    : QDialog(parent)
    , m_link(new QLineEdit(link, this))
    , m_copied(new QLabel(tr("Link copied."), this))
{
    setObjectName(QStringLiteral("oneTimeLinkDialog"));
    setWindowTitle(title);
    setMinimumWidth(520);

    auto *text = new QLabel(explanation, this);
    text->setObjectName(QStringLiteral("oneTimeLinkText"));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    m_link->setObjectName(QStringLiteral("oneTimeLinkEdit"));
    m_link->setReadOnly(true);
    m_link->setCursorPosition(0);
    auto *copy = new QPushButton(tr("Copy"), this);
    copy->setObjectName(QStringLiteral("oneTimeLinkCopyButton"));
    Tones::setTone(m_copied, Tones::Tone::Muted);
    m_copied->hide();
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_link->text());
        m_copied->show();
    });

    auto *row = new QHBoxLayout;
    row->addWidget(m_link, 1);
    row->addWidget(copy);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 18);
    layout->setSpacing(12);
    layout->addWidget(text);
    layout->addLayout(row);
    layout->addWidget(m_copied);
    layout->addWidget(buttons);
}

QString OneTimeLinkDialog::link() const
{
    return m_link->text();
}

} // namespace papo::desk

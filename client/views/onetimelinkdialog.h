#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace papo::desk {

// A one-time link to hand over (an admin's password reset for a teammate): what it is for,
// the link itself, read-only, and a Copy button.
class OneTimeLinkDialog final : public QDialog
{
    Q_OBJECT

public:
    OneTimeLinkDialog(const QString &title, const QString &explanation, const QString &link,
                      QWidget *parent = nullptr);

    QString link() const;

private:
    QLineEdit *m_link;
    QLabel *m_copied;
};

} // namespace papo::desk

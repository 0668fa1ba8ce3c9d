#pragma once

#include <QDateTime>
#include <QLabel>

namespace papo::desk {

class VisitorController;

// PAN-3, FRM-3: in the visitor panel, whether the contact-form bot asked the visitor to
// introduce themselves and how it went: "Filled in · 14:03", "Asked · 14:02, not filled in
// yet", "Skipped"; and whether they agreed to marketing email. The answers themselves are the
// contact fields and the website's fields above it.
class ContactFormStatus final : public QLabel
{
    Q_OBJECT

public:
    explicit ContactFormStatus(VisitorController *visitors, QWidget *parent = nullptr);

private:
    void update();
    QString describe(QString (*timeText)(const QDateTime &)) const;

    VisitorController *m_visitors;
};

} // namespace papo::desk

#pragma once

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace papo::desk {

class IntegrationsController;

// Settings → Integrations (INT-3): webhooks (a URL and the events it gets; a new webhook's
// secret is shown here once, to copy into the receiver), the Slack incoming-webhook URL of a
// website, and the internal addresses the server may post to despite its SSRF rules.
class IntegrationsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit IntegrationsPage(IntegrationsController *controller, QWidget *parent = nullptr);

    // What the last action said (for tests and screen readers).
    QString statusText() const;
    QTreeWidget *webhookList() const { return m_webhooks; }

private:
    QWidget *webhooksBox();
    QWidget *slackBox();
    QWidget *addressesBox();
    void load();
    void loadSlackUrl();
    void addWebhook();
    void deleteWebhook();
    void saveSlack();
    void saveAddresses();
    void showStatus(const QString &text, bool good);

    IntegrationsController *m_controller;
    QTreeWidget *m_webhooks;
    QLineEdit *m_url;
    QHash<QString, QCheckBox *> m_eventBoxes;
    QPushButton *m_add;
    QPushButton *m_delete;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QComboBox *m_slackWebsite;
    QLineEdit *m_slackUrl;
    QPushButton *m_saveSlack;
    QLineEdit *m_addresses;
    QPushButton *m_saveAddresses;
    QLabel *m_status;
};

} // namespace papo::desk

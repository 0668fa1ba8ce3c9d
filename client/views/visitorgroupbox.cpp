#include "visitorgroupbox.h"
#include "tones.h"

#include "app/groupcontroller.h"
#include "app/visitorcontroller.h"
#include "models/groupmodel.h"
#include "models/teammodel.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace papo::desk {

VisitorGroupBox::VisitorGroupBox(VisitorController *visitors, GroupController *groups,
                                 const TeamModel *team, QWidget *parent)
    : QWidget(parent)
    , m_visitors(visitors)
    , m_groups(groups)
    , m_team(team)
    , m_combo(new QComboBox(this))
    , m_source(new QLabel(this))
{
    m_combo->setObjectName(QStringLiteral("visitorGroupCombo"));
    m_combo->setAccessibleName(tr("Group"));
    m_combo->setToolTip(tr("The group whose operators this chat reaches"));
    m_source->setObjectName(QStringLiteral("visitorGroupSourceLabel"));
    m_source->setTextFormat(Qt::PlainText);
    m_source->setWordWrap(true);
    Tones::setTone(m_source, Tones::Tone::Muted);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_combo);
    layout->addWidget(m_source);

    connect(m_combo, &QComboBox::activated, this, &VisitorGroupBox::choose);
    connect(m_visitors, &VisitorController::visitorChanged, this, &VisitorGroupBox::update);
    connect(m_groups, &GroupController::groupsLoaded, this, &VisitorGroupBox::update);
    connect(m_groups, &GroupController::visitorGroupFailed, this,
            [this](qint64 visitorId, const QString &reason) {
                if (visitorId != m_visitors->visitorId())
                    return;
                update();
                m_source->setText(tr("The group was not changed: %1").arg(reason));
                Tones::setTone(m_source, Tones::Tone::Error);
                m_source->show();
            });
    update();
}

QString VisitorGroupBox::sourceText(const QString &source, qint64 byOperatorId) const
{
    if (source == QLatin1String("page"))
        return tr("From the page");
    if (source == QLatin1String("api"))
        return tr("Set by the website's script");
    if (source == QLatin1String("action"))
        return tr("By an automatic action");
    if (source == QLatin1String("targeted"))
        return tr("From a targeted message");
    if (source == QLatin1String("visitor"))
        return tr("Chosen by the visitor");
    if (source == QLatin1String("bot"))
        return tr("Handed over by the chatbot");
    if (source == QLatin1String("operator")) {
        const TeamMember *member = m_team->find(byOperatorId);
        return member ? tr("Chosen by %1").arg(member->name) : tr("Chosen by an operator");
    }
    return {};
}

void VisitorGroupBox::update()
{
    const VisitorInfo &visitor = m_visitors->visitor();
    m_updating = true;
    m_combo->clear();
    m_combo->addItem(tr("No group"), qint64(0));
    for (const ChatGroup &group : m_groups->groups()->groups()) {
        if (visitor.websiteId == 0 || group.websiteId == visitor.websiteId)
            m_combo->addItem(group.name, group.id);
    }
    int current = m_combo->findData(visitor.groupId);
    if (current < 0 && visitor.groupId > 0) { // not known here yet: its name from the visitor
        m_combo->addItem(visitor.group, visitor.groupId);
        current = m_combo->count() - 1;
    }
    m_combo->setCurrentIndex(qMax(0, current));
    m_combo->setEnabled(visitor.isValid());
    m_updating = false;

    QString source
        = visitor.groupId > 0 ? sourceText(visitor.groupSource, visitor.groupSetBy) : QString();
    if (!source.isEmpty() && visitor.groupSetAt.isValid())
        source = tr("%1 · %2").arg(
            source, QLocale().toString(visitor.groupSetAt.toLocalTime(), QLocale::ShortFormat));
    Tones::setTone(m_source, Tones::Tone::Muted);
    m_source->setText(source);
    m_source->setVisible(!source.isEmpty());
}

void VisitorGroupBox::choose(int index)
{
    const qint64 visitorId = m_visitors->visitorId();
    const qint64 groupId = m_combo->itemData(index).toLongLong();
    if (m_updating || visitorId <= 0 || groupId == m_visitors->visitor().groupId)
        return;
    m_groups->setVisitorGroup(visitorId, groupId);
}

} // namespace papo::desk

#include "addoperatordialog.h"

#include "app/conversationactions.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace papo::desk {

namespace {
constexpr int OperatorIdRole = Qt::UserRole + 1;
} // namespace

AddOperatorDialog::AddOperatorDialog(ConversationActions *actions, qint64 conversationId,
                                     const QList<qint64> &alreadyIn, qint64 myId, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_conversationId(conversationId)
    , m_alreadyIn(alreadyIn)
    , m_myId(myId)
    , m_joined(alreadyIn.contains(myId))
    , m_teammates(new QStandardItemModel(this))
    , m_list(new QListView(this))
    , m_message(new QLabel(tr("Loading the team…"), this))
    , m_handOver(new QCheckBox(m_joined ? tr("Hand over: they take this chat and you leave it")
                                        : tr("Hand over: add them without joining this chat"),
                               this))
{
    setObjectName(QStringLiteral("addOperatorDialog"));
    setWindowTitle(tr("Add an operator to this chat"));
    m_list->setObjectName(QStringLiteral("teammateList"));
    m_list->setModel(m_teammates);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Teammates"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_handOver->setObjectName(QStringLiteral("handOverBox"));
    // CHT-2: from a chat this operator is in, handing over passes it on and they leave it;
    // the visitor is not told either way.
    m_handOver->setToolTip(m_joined ? tr("The teammate owns this chat from now on and it leaves "
                                         "your list. The visitor is not told.")
                                    : tr("The visitor never learns you were here."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addOperatorConfirmButton"));
    m_add->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_handOver, &QCheckBox::toggled, this,
            [this](bool on) { m_add->setText(on ? tr("Hand over") : tr("Add")); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { m_add->setEnabled(current.isValid()); });
    connect(m_list, &QListView::doubleClicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_handOver);
    layout->addWidget(buttons);
    resize(380, 360);

    m_actions->requestTeam(
        this, [this](const QList<Teammate> &team, const QString &error) { showTeam(team, error); });
}

void AddOperatorDialog::showTeam(const QList<Teammate> &team, const QString &error)
{
    if (!error.isEmpty()) {
        m_message->setText(error);
        return;
    }
    for (const Teammate &teammate : team) {
        if (!teammate.active || teammate.id == m_myId || m_alreadyIn.contains(teammate.id))
            continue;
        const QString status = teammate.status == QLatin1String("online")      ? tr("online")
                               : teammate.status == QLatin1String("invisible") ? tr("invisible")
                                                                               : tr("offline");
        auto *item
            = new QStandardItem(teammate.title.isEmpty()
                                    ? tr("%1 (%2)").arg(teammate.name, status)
                                    : tr("%1, %2 (%3)").arg(teammate.name, teammate.title, status));
        item->setData(teammate.id, OperatorIdRole);
        m_teammates->appendRow(item);
    }
    m_message->setText(m_teammates->rowCount() > 0
                           ? tr("Who should join this chat?")
                           : tr("Everyone on the team is in this chat already."));
    // Ready for the keyboard: the first teammate picked, Enter confirms.
    if (m_teammates->rowCount() > 0) {
        m_list->setCurrentIndex(m_teammates->index(0, 0));
        m_list->setFocus(Qt::OtherFocusReason);
    }
}

void AddOperatorDialog::setHandOver(bool handOver)
{
    m_handOver->setChecked(handOver);
}

void AddOperatorDialog::accept()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const qint64 operatorId = current.data(OperatorIdRole).toLongLong();
    if (m_joined && m_handOver->isChecked())
        m_actions->handOver(m_conversationId, operatorId);
    else
        m_actions->addOperator(m_conversationId, operatorId, m_handOver->isChecked());
    QDialog::accept();
}

} // namespace papo::desk

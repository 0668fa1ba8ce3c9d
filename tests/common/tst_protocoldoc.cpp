#include <errorcode.h>
#include <messagetypes.h>

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace papo::common;

namespace {

QString readSource(const QString &relativePath)
{
    QFile file(QStringLiteral(PAPO_SOURCE_DIR "/") + relativePath);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The rows of the markdown table that follows `heading`: the first backticked cell of each.
QSet<QString> tableKeys(const QString &document, const QString &heading)
{
    QSet<QString> keys;
    const qsizetype start = document.indexOf(heading);
    if (start < 0)
        return keys;
    const QStringList lines = document.mid(start).split(QLatin1Char('\n'));
    static const QRegularExpression firstCell(QStringLiteral("^\\| `([a-z_]+)`"));
    bool inTable = false;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1Char('|'))) {
            inTable = true;
            const auto match = firstCell.match(line);
            if (match.hasMatch())
                keys.insert(match.captured(1));
        } else if (inTable) {
            break;
        }
    }
    return keys;
}

} // namespace

// docs/protocol.md, common/protocol/ and the widget must describe the same protocol.
class TestProtocolDoc final : public QObject
{
    Q_OBJECT

private slots:
    void errorCodesMatchTheDocument()
    {
        const QString doc = readSource(QStringLiteral("docs/protocol.md"));
        QVERIFY(!doc.isEmpty());
        QSet<QString> codes;
        for (int code = int(ErrorCode::BadJson); code <= int(ErrorCode::TooManyAttempts); ++code)
            codes.insert(errorCodeName(ErrorCode(code)));
        QCOMPARE(tableKeys(doc, QStringLiteral("## Error codes")), codes);
    }

    void requestTypesMatchTheDocument()
    {
        const QString doc = readSource(QStringLiteral("docs/protocol.md"));
        QCOMPARE(tableKeys(doc, QStringLiteral("## Visitor endpoint")),
                 (QSet<QString>{MessageType::Hello, MessageType::PageView, MessageType::Message,
                                MessageType::Typing, MessageType::Read, MessageType::Rate,
                                MessageType::Window, MessageType::VisitorData,
                                MessageType::ScenarioReply, MessageType::FillContactForm}));
        QCOMPARE(tableKeys(doc, QStringLiteral("## Operator endpoint")),
                 (QSet<QString>{MessageType::Hello,
                                MessageType::Conversations,
                                MessageType::History,
                                MessageType::Send,
                                MessageType::SetStatus,
                                MessageType::Typing,
                                MessageType::Dismiss,
                                MessageType::Visitors,
                                MessageType::Visitor,
                                MessageType::UpdateVisitor,
                                MessageType::AddNote,
                                MessageType::StartConversation,
                                MessageType::Edit,
                                MessageType::Read,
                                MessageType::AddOperator,
                                MessageType::SavedReplies,
                                MessageType::SaveReply,
                                MessageType::DeleteReply,
                                MessageType::Team,
                                MessageType::UpdateProfile,
                                MessageType::Invite,
                                MessageType::SetRole,
                                MessageType::SetActive,
                                MessageType::Websites,
                                MessageType::UpdateWebsite,
                                MessageType::Close,
                                MessageType::Reopen,
                                MessageType::Search,
                                MessageType::WorkingHours,
                                MessageType::SetWorkingHours,
                                MessageType::SlowAlerts,
                                MessageType::SetSlowAlerts,
                                MessageType::Active,
                                MessageType::Join,
                                MessageType::HandOver,
                                MessageType::ChangePassword,
                                MessageType::Devices,
                                MessageType::LogOutDevice,
                                MessageType::LogOutEverywhere,
                                MessageType::ResetPassword,
                                MessageType::UpdateTeam,
                                MessageType::Groups,
                                MessageType::SaveGroup,
                                MessageType::SetGroupMembers,
                                MessageType::DeleteGroup,
                                MessageType::SetVisitorGroup,
                                MessageType::Actions,
                                MessageType::SaveAction,
                                MessageType::EnableAction,
                                MessageType::DuplicateAction,
                                MessageType::DeleteAction,
                                MessageType::ActionTemplates,
                                MessageType::ActionSettings,
                                MessageType::Report,
                                MessageType::EmailSettings,
                                MessageType::SaveEmailSettings,
                                MessageType::SendTestEmail,
                                MessageType::Deliveries,
                                MessageType::RetryDelivery,
                                MessageType::Webhooks,
                                MessageType::SaveWebhook,
                                MessageType::DeleteWebhook,
                                MessageType::SlackSettings,
                                MessageType::SaveSlackSettings,
                                MessageType::SaveAllowedAddresses,
                                MessageType::HelpScoutSettings,
                                MessageType::SaveHelpScoutSettings,
                                MessageType::ExportToHelpScout,
                                MessageType::ChatbotScenarios,
                                MessageType::SaveChatbotScenario,
                                MessageType::DeleteChatbotScenario}));
    }

    void widgetSpeaksTheVisitorProtocol()
    {
#ifndef PAPO_WIDGET_JS
        QSKIP("built without the server");
#else
        QFile joined(QStringLiteral(PAPO_WIDGET_JS));
        QVERIFY(joined.open(QIODevice::ReadOnly));
        const QString widget = QString::fromUtf8(joined.readAll());
        QVERIFY(!widget.isEmpty());
        for (const QString &type :
             {QString(MessageType::Hello), QString(MessageType::Message),
              QString(MessageType::Typing), QString(MessageType::Mode), QStringLiteral("lastSeq"),
              QStringLiteral("cid"), QStringLiteral("textLanguage"), QStringLiteral("widget"),
              QStringLiteral("groupQuestion"), QStringLiteral("groupId"),
              QString(MessageType::ContactForm), QString(MessageType::FillContactForm),
              QStringLiteral("held")})
            QVERIFY2(widget.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(type))),
                     qPrintable(type));
        QVERIFY(widget.contains(QStringLiteral("/ws/visitor")));
        // One function from the first part's opening to the last part's closing.
        QVERIFY(widget.startsWith(QStringLiteral("/* Papo visitor widget")));
        QVERIFY(widget.trimmed().endsWith(QStringLiteral("})(window, document);")));
#endif
    }
};

QTEST_GUILESS_MAIN(TestProtocolDoc)
#include "tst_protocoldoc.moc"

#include "widgettextlabels.h"

namespace papo::desk {

// Each text's name and where it shows, as server/widget/js/*.js uses it. QT_TR_NOOP marks them
// for lupdate in this class's context; tr() translates them when asked.
struct WidgetTextLabels::Entry
{
    const char *key;
    const char *label;
    const char *where;
};

const WidgetTextLabels::Entry *WidgetTextLabels::find(const QString &key)
{
    static constexpr Entry entries[] = {
        {"title", QT_TR_NOOP("Window title"),
         QT_TR_NOOP("At the top of the chat window; also names the sender of a targeted message "
                    "that has none.")},
        {"live", QT_TR_NOOP("Status when the team is online"),
         QT_TR_NOOP("Under the window title while someone in the team is online.")},
        {"messenger", QT_TR_NOOP("Status when the team is away"),
         QT_TR_NOOP("Under the window title while nobody in the team is online.")},
        {"botLabel", QT_TR_NOOP("Bot badge"), QT_TR_NOOP("Beside the bot's name on its messages.")},
        {"botEnd", QT_TR_NOOP("Bot's closing message"),
         QT_TR_NOOP("The bot's last message when a chatbot scenario ends, unless the scenario "
                    "has its own.")},
        {"botReplies", QT_TR_NOOP("Bot's reply buttons (screen readers)"),
         QT_TR_NOOP("Read by screen readers for the buttons under a bot's question.")},
        {"botRestart", QT_TR_NOOP("Restart chatbot button"),
         QT_TR_NOOP("Under the bot's last message once a chatbot scenario ends.")},
        {"targetedClose", QT_TR_NOOP("Close targeted message button"),
         QT_TR_NOOP("Tooltip of the × on a targeted message or bot question shown above the "
                    "chat button.")},
        {"connecting", QT_TR_NOOP("Status while connecting"),
         QT_TR_NOOP("Under the window title until the widget reaches the server.")},
        {"greetLive", QT_TR_NOOP("Greeting when the team is online"),
         QT_TR_NOOP("First in the chat window while someone in the team is online.")},
        {"greetMessenger", QT_TR_NOOP("Greeting when the team is away"),
         QT_TR_NOOP("First in the chat window while nobody in the team is online.")},
        {"placeholder", QT_TR_NOOP("Message box hint"),
         QT_TR_NOOP("Inside the message box while it is empty.")},
        {"send", QT_TR_NOOP("Send button"),
         QT_TR_NOOP("Tooltip of the button that sends a message; screen readers read it too.")},
        {"open", QT_TR_NOOP("Open chat button"),
         QT_TR_NOOP("Tooltip of the chat button in the page's corner while the window is "
                    "closed.")},
        {"close", QT_TR_NOOP("Close chat button"),
         QT_TR_NOOP("Tooltip of the × at the top of the window, and of the chat button while "
                    "the window is open.")},
        {"log", QT_TR_NOOP("Message list (screen readers)"),
         QT_TR_NOOP("Read by screen readers for the list of messages.")},
        {"typing", QT_TR_NOOP("Operator is typing"),
         QT_TR_NOOP("Under the messages while an operator writes a reply.")},
        {"sending", QT_TR_NOOP("Message being sent"),
         QT_TR_NOOP("Under the visitor's message until the server has it.")},
        {"failed", QT_TR_NOOP("Message not sent"),
         QT_TR_NOOP("Under the visitor's message when it could not be sent; a click sends it "
                    "again.")},
        {"offline", QT_TR_NOOP("Connection lost"),
         QT_TR_NOOP("Above the message box while the widget reconnects.")},
        {"unread", QT_TR_NOOP("Unread replies (screen readers)"),
         QT_TR_NOOP("Read by screen readers after the number of unread replies on the chat "
                    "button.")},
        {"edited", QT_TR_NOOP("Edited mark"),
         QT_TR_NOOP("Beside the time of a message that was edited.")},
        {"sent", QT_TR_NOOP("Receipt: sent"),
         QT_TR_NOOP("Under the visitor's last message once the server has it.")},
        {"seen", QT_TR_NOOP("Receipt: seen"),
         QT_TR_NOOP("Under the visitor's last message once an operator has read it.")},
        {"rateAsk", QT_TR_NOOP("Rating question"),
         QT_TR_NOOP("On the rating card at the end of the chat, once someone in the team has "
                    "answered.")},
        {"good", QT_TR_NOOP("Good rating button"),
         QT_TR_NOOP("Tooltip of the thumbs-up on the rating card.")},
        {"bad", QT_TR_NOOP("Bad rating button"),
         QT_TR_NOOP("Tooltip of the thumbs-down on the rating card.")},
        {"rateComment", QT_TR_NOOP("Rating comment hint"),
         QT_TR_NOOP("Inside the comment box, once the visitor has chosen a rating.")},
        {"rateSend", QT_TR_NOOP("Send rating button"),
         QT_TR_NOOP("Under the comment box on the rating card.")},
        {"thanks", QT_TR_NOOP("Thanks for the rating"),
         QT_TR_NOOP("On the rating card once the rating is sent.")},
        {"activeNow", QT_TR_NOOP("Last active: just now"),
         QT_TR_NOOP("Under the status while nobody in the team is online: when someone "
                    "was last active.")},
        {"activeMin", QT_TR_NOOP("Last active: minutes ago"),
         QT_TR_NOOP("Under the status while nobody in the team is online: when someone "
                    "was last active. {n}: the number of minutes.")},
        {"activeHours", QT_TR_NOOP("Last active: hours ago"),
         QT_TR_NOOP("Under the status while nobody in the team is online: when someone "
                    "was last active. {n}: the number of hours.")},
        {"activeDay", QT_TR_NOOP("Last active: yesterday"),
         QT_TR_NOOP("Under the status while nobody in the team is online: when someone "
                    "was last active.")},
        {"activeDays", QT_TR_NOOP("Last active: days ago"),
         QT_TR_NOOP("Under the status while nobody in the team is online: when someone "
                    "was last active. {n}: the number of days.")},
        {"attach", QT_TR_NOOP("Attach file button"),
         QT_TR_NOOP("Tooltip of the paper clip beside the message box.")},
        {"attachTooLarge", QT_TR_NOOP("File too large"),
         QT_TR_NOOP("Above the message box when a file is over the size limit. {n}: the limit "
                    "in MB.")},
        {"attachBadType", QT_TR_NOOP("File type not allowed"),
         QT_TR_NOOP("Above the message box when a file of that type is refused.")},
        {"attachFailed", QT_TR_NOOP("File not sent"),
         QT_TR_NOOP("Above the message box when a file could not be sent.")},
        {"file", QT_TR_NOOP("File without a name"),
         QT_TR_NOOP("The link to an attached file whose name is unknown.")},
        {"emailAsk", QT_TR_NOOP("Email request when the team is away"),
         QT_TR_NOOP("On the card that asks for the visitor's email once they have written while "
                    "nobody in the team is online.")},
        {"emailPlaceholder", QT_TR_NOOP("Email box hint"),
         QT_TR_NOOP("Inside the email box while it is empty.")},
        {"emailSave", QT_TR_NOOP("Save email button"), QT_TR_NOOP("Beside the email box.")},
        {"emailConsent", QT_TR_NOOP("Marketing email consent"),
         QT_TR_NOOP("Beside the tick box for news and offers, under the email box and in the "
                    "contact form.")},
        {"emailSaved", QT_TR_NOOP("Email saved"),
         QT_TR_NOOP("On the email card once the address is saved. {email}: the address the "
                    "visitor gave.")},
        {"groupQuestion", QT_TR_NOOP("Group question"),
         QT_TR_NOOP("Above the group buttons shown with the visitor's first message.")},
        {"groupNotSure", QT_TR_NOOP("\"Not sure\" group button"),
         QT_TR_NOOP("The last group button, for visitors who do not know which group to "
                    "choose.")},
        {"groupChosen", QT_TR_NOOP("Group chosen"),
         QT_TR_NOOP("Under the greeting once the visitor has chosen a group. {group}: the "
                    "group's name.")},
        {"formIntro", QT_TR_NOOP("Form invitation"),
         QT_TR_NOOP("The bot's message asking the visitor to introduce themselves.")},
        {"formName", QT_TR_NOOP("Name question"), QT_TR_NOOP("Above the form's name field.")},
        {"formEmail", QT_TR_NOOP("Email question"), QT_TR_NOOP("Above the form's email field.")},
        {"formNext", QT_TR_NOOP("Next button"),
         QT_TR_NOOP("Tooltip of the arrow that goes on to the next question.")},
        {"formBack", QT_TR_NOOP("Back button"),
         QT_TR_NOOP("Under the form's questions, from the second one on.")},
        {"formSkip", QT_TR_NOOP("Skip button"),
         QT_TR_NOOP("Under the form's questions, unless messages wait for the form.")},
        {"formRequired", QT_TR_NOOP("Required answer missing"),
         QT_TR_NOOP("Under a required question the visitor left empty.")},
        {"formThanks", QT_TR_NOOP("Bot's thanks for the form"),
         QT_TR_NOOP("The bot's message once the visitor has filled in the form.")},
        {"formEdit", QT_TR_NOOP("Change details button"),
         QT_TR_NOOP("Under the visitor's answers once the form is filled in.")},
        {"formNeeded", QT_TR_NOOP("Messages wait for the form"),
         QT_TR_NOOP("Under the form when the website holds messages until it is filled in.")},
        {"formHeld", QT_TR_NOOP("Message waiting for the form"),
         QT_TR_NOOP("Under a visitor's message held until the form is filled in.")},
        {"formEmailSpaces", QT_TR_NOOP("Email error: spaces"),
         QT_TR_NOOP("Under the email question when the address has spaces.")},
        {"formEmailNoAt", QT_TR_NOOP("Email error: no @"),
         QT_TR_NOOP("Under the email question when the address has no @, or more than one.")},
        {"formEmailNoName", QT_TR_NOOP("Email error: part before the @"),
         QT_TR_NOOP("Under the email question when the part before the @ is missing or not "
                    "valid.")},
        {"formEmailNoDomain", QT_TR_NOOP("Email error: part after the @"),
         QT_TR_NOOP("Under the email question when what follows the @ is not like "
                    "example.com.")},
        {"formEmailTooLong", QT_TR_NOOP("Email error: too long"),
         QT_TR_NOOP("Under the email question when the address is too long.")},
    };
    for (const Entry &entry : entries) {
        if (key == QLatin1StringView(entry.key))
            return &entry;
    }
    return nullptr;
}

QString WidgetTextLabels::label(const QString &key)
{
    const Entry *entry = find(key);
    return entry ? tr(entry->label) : key;
}

QString WidgetTextLabels::where(const QString &key)
{
    const Entry *entry = find(key);
    return entry ? tr(entry->where) : QString();
}

} // namespace papo::desk

#pragma once

#include <QCoreApplication>
#include <QString>

namespace papo::desk {

// WID-3, FRM-8: what each widget text is, in the operator's language ("greetLive" ->
// "Greeting when the team is online"), for Settings → Widget → Texts and Contact form.
// The keys are the server's (server/widget/texts.json): one this desk does not know yet
// (a newer server) shows as the key itself.
class WidgetTextLabels final
{
    Q_DECLARE_TR_FUNCTIONS(papo::desk::WidgetTextLabels)

public:
    static QString label(const QString &key);
    // Where and when the visitor meets the text, and what its {placeholders} become;
    // empty for an unknown key.
    static QString where(const QString &key);

private:
    struct Entry;
    static const Entry *find(const QString &key);
};

} // namespace papo::desk

#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace papo::desk {

// Asks for a picture file: the operator's profile photo or the bot's picture. One dialog, one
// filter, wherever a picture is set.
class PhotoFileDialog
{
    Q_DECLARE_TR_FUNCTIONS(PhotoFileDialog)

public:
    // The chosen file's path, or empty when the operator cancelled; `title` defaults to
    // "Choose your photo".
    static QString choose(QWidget *parent, const QString &title = {});
};

} // namespace papo::desk

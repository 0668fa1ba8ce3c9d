#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace papo::desk {

// Asks the operator for their profile photo: one dialog, one filter, wherever a photo is set.
class PhotoFileDialog
{
    Q_DECLARE_TR_FUNCTIONS(PhotoFileDialog)

public:
    // The chosen file's path, or empty when the operator cancelled.
    static QString choose(QWidget *parent);
};

} // namespace papo::desk

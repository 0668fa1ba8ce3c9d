#include "photofiledialog.h"

#include <QFileDialog>

namespace papo::desk {

QString PhotoFileDialog::choose(QWidget *parent, const QString &title)
{
    return QFileDialog::getOpenFileName(parent, title.isEmpty() ? tr("Choose your photo") : title,
                                        QString(),
                                        tr("Pictures (*.png *.jpg *.jpeg *.webp *.gif)"));
}

} // namespace papo::desk

#include "photofiledialog.h"

#include <QFileDialog>

namespace papo::desk {

QString PhotoFileDialog::choose(QWidget *parent)
{
    return QFileDialog::getOpenFileName(parent, tr("Choose your photo"), QString(),
                                        tr("Pictures (*.png *.jpg *.jpeg *.webp *.gif)"));
}

} // namespace papo::desk

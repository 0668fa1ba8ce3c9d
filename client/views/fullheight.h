#pragma once

class QWidget;

namespace papo::desk {

// Keeps `widget` at least as tall as its layout needs at the width it has. Qt gives a widget its
// height for its width only when it is a window; inside another layout, word-wrapped labels of
// a form (a value on two lines) are squeezed onto their neighbours instead.
void keepFullHeight(QWidget *widget);

} // namespace papo::desk

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace jixiao::i18n {

// Installs the translation for `language` ("zh_CN", "en"; empty = the system's
// locale, Chinese on a Chinese system). Also Qt's own strings (qtbase), so the
// standard and print dialogs speak the same language. Returns the language in use.
QString install(const QString &language = QString());

} // namespace jixiao::i18n

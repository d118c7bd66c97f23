#pragma once
// How the embedded chain's account ids are shown to the rest of the app.

#include "chainclient/economics/Types.h"

#include <QString>
#include <optional>

namespace chainclient {

QString accountToText(const economics::AccountId& id);
std::optional<economics::AccountId> accountFromText(const QString& text);

} // namespace chainclient

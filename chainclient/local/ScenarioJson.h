#pragma once
// The JSON form of a simulation scenario (resources/scenarios/README.md) ⇄ the plain
// economics::ScenarioConfig. Lives here because economics is Qt-free.

#include "chainclient/economics/Result.h"
#include "chainclient/economics/Scenario.h"

#include <QByteArray>
#include <QString>

namespace chainclient {

class ScenarioJson {
public:
    // Fields missing from the JSON keep their built-in default; unknown fields, wrong
    // types and out-of-range values are errors (code InvalidState) naming the field.
    static economics::Result<economics::ScenarioConfig> parse(const QByteArray& json);
    static economics::Result<economics::ScenarioConfig> load(const QString& path);
    // Every field, in the documented order.
    static QByteArray toJson(const economics::ScenarioConfig& config);
};

} // namespace chainclient

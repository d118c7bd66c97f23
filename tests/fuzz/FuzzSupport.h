#pragma once
// Shared by the fuzz targets and the seed writer: where the chain fixtures are (read in place,
// never copied) and how a recorded hex payload becomes bytes.

#include "tests/chainclient/subtensor/FixtureSupport.h"

#include <cstdint>
#include <vector>

namespace fuzz {

// The unit tests' fixture lookup (SUBNETSCOPE_SHARED_DIR, empty when the fixtures are absent).
using fixtures::chainFixturesDir;
using fixtures::hexBytes;
using fixtures::loadJson;

// The raw metadata bytes of a chain-fixtures/metadata/*.json file; empty when unavailable.
inline std::vector<std::uint8_t> metadataBytes(const QString& fixturesDir, const QString& relPath) {
    if (fixturesDir.isEmpty())
        return {};
    return hexBytes(loadJson(fixturesDir + QLatin1Char('/') + relPath)
                        .object()
                        .value(QStringLiteral("result"))
                        .toString());
}

} // namespace fuzz

#include "chainclient/subtensor/ScaleWriter.h"

namespace chainclient::subtensor {

ScaleWriter& ScaleWriter::writeU8(std::uint8_t v) {
    buf_.push_back(v);
    return *this;
}

ScaleWriter& ScaleWriter::writeLe(U128 v, int width) {
    for (int i = 0; i < width; ++i)
        buf_.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
    return *this;
}

ScaleWriter& ScaleWriter::writeCompact(U128 v) {
    if (v < (U128(1) << 6))
        return writeU8(static_cast<std::uint8_t>(v << 2));
    if (v < (U128(1) << 14))
        return writeLe((v << 2) | 1, 2);
    if (v < (U128(1) << 30))
        return writeLe((v << 2) | 2, 4);
    int n = 0;
    for (U128 t = v; t != 0; t >>= 8)
        ++n; // minimal byte count, at least 4 here
    writeU8(static_cast<std::uint8_t>(((n - 4) << 2) | 3));
    return writeLe(v, n);
}

ScaleWriter& ScaleWriter::writeBytes(std::span<const std::uint8_t> raw) {
    buf_.insert(buf_.end(), raw.begin(), raw.end());
    return *this;
}

ScaleWriter& ScaleWriter::writeByteVec(std::span<const std::uint8_t> raw) {
    writeCompact(raw.size());
    return writeBytes(raw);
}

ScaleWriter& ScaleWriter::writeString(std::string_view s) {
    writeCompact(s.size());
    for (char c : s)
        buf_.push_back(static_cast<std::uint8_t>(c));
    return *this;
}

ScaleWriter& ScaleWriter::writeCompactByteString(std::string_view s) {
    writeCompact(s.size());
    for (char c : s)
        writeCompact(static_cast<std::uint8_t>(c));
    return *this;
}

} // namespace chainclient::subtensor

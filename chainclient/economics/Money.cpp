#include "chainclient/economics/Money.h"

namespace economics {

void throwAmountError(const char* what) { throw std::overflow_error(what); }

std::string formatUnits(std::uint64_t rao, int decimals) {
    std::string whole = std::to_string(rao / kRaoPerTao);
    std::string frac = std::to_string(rao % kRaoPerTao);
    frac.insert(0, 9 - frac.size(), '0');
    if (decimals < 9) frac.resize(static_cast<std::size_t>(decimals < 0 ? 0 : decimals));
    return decimals <= 0 ? whole : whole + "." + frac;
}

} // namespace economics

#include "chainclient/subtensor/Int128.h"

#include <algorithm>

namespace chainclient::subtensor {

std::string toDecimal(U128 v) {
    if (v == 0)
        return "0";
    std::string s;
    while (v != 0) {
        s += static_cast<char>('0' + static_cast<int>(v % 10));
        v /= 10;
    }
    std::reverse(s.begin(), s.end());
    return s;
}

std::string toDecimal(I128 v) {
    if (v >= 0)
        return toDecimal(static_cast<U128>(v));
    // Negate in unsigned space so the minimum value does not overflow.
    return "-" + toDecimal(static_cast<U128>(0) - static_cast<U128>(v));
}

} // namespace chainclient::subtensor

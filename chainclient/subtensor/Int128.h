#pragma once
// 128-bit integers for u128/i128 chain values (subnet_volume, fixed-point bits, balance flags).
// `__extension__` keeps -Wpedantic quiet about the GCC/Clang builtin type.

#include <string>

namespace chainclient::subtensor {

__extension__ using U128 = unsigned __int128;
__extension__ using I128 = __int128;

std::string toDecimal(U128 v);
std::string toDecimal(I128 v);

} // namespace chainclient::subtensor

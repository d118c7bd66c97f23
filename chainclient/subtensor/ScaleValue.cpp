#include "chainclient/subtensor/ScaleValue.h"

#include <algorithm>

namespace chainclient::subtensor {

const ScaleValue* ScaleValue::unwrapOption() const {
    if (!isOption())
        return this;
    if (variant->name == "None")
        return nullptr;
    return items.empty() ? nullptr : &items.front();
}

std::string_view ScaleValue::fieldName(std::size_t index) const {
    const std::vector<TypeField>* defs = kind == ScaleKind::Variant && variant ? &variant->fields : fields;
    if (!defs || index >= defs->size())
        return {};
    return (*defs)[index].name;
}

const ScaleValue* ScaleValue::field(std::string_view name) const {
    const std::vector<TypeField>* defs = kind == ScaleKind::Variant && variant ? &variant->fields : fields;
    if (!defs)
        return nullptr;
    for (std::size_t i = 0; i < defs->size() && i < items.size(); ++i)
        if ((*defs)[i].name == name)
            return &items[i];
    return nullptr;
}

const ScaleValue* ScaleValue::fieldSearch(std::string_view name, std::size_t& hint) const {
    const std::vector<TypeField>* defs = kind == ScaleKind::Variant && variant ? &variant->fields : fields;
    if (!defs)
        return nullptr;
    const std::size_t n = std::min(defs->size(), items.size());
    const std::size_t start = hint < n ? hint : 0;
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t i = start + k < n ? start + k : start + k - n;
        if ((*defs)[i].name == name) {
            hint = i + 1;
            return &items[i];
        }
    }
    return nullptr;
}

} // namespace chainclient::subtensor

#include "chainclient/subtensor/ScaleValue.h"

namespace chainclient::subtensor {

bool ScaleValue::isOption() const {
    if (kind != ScaleKind::Variant || !variant)
        return false;
    const auto n = variant->name;
    return (n == "None" && variant->fields.empty()) || (n == "Some" && variant->fields.size() == 1);
}

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

} // namespace chainclient::subtensor

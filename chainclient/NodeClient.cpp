#include "chainclient/NodeClient.h"

namespace chainclient {

void registerNodeMetaTypes() {
    qRegisterMetaType<chainclient::BlockBatch>("chainclient::BlockBatch");
    qRegisterMetaType<chainclient::SubmitResult>("chainclient::SubmitResult");
}

} // namespace chainclient

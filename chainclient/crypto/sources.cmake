# Files of chainclient/crypto; paths relative to this file.
target_sources(subnetscope_chainclient PRIVATE
)

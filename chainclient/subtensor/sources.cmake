# Files of chainclient/subtensor; paths relative to this file.
target_sources(subnetscope_chainclient PRIVATE
)

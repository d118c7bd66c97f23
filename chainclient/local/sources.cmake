# Files of chainclient/local; paths relative to this file.
target_sources(subnetscope_chainclient PRIVATE
)

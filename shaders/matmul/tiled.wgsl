// placeholder: matmul/tiled

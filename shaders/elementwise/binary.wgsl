// placeholder: elementwise/binary

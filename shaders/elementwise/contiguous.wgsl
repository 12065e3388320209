// placeholder: elementwise/contiguous

// placeholder: reduce/sum

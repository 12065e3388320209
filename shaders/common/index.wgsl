// placeholder: common/index

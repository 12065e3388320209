# ferrotensor: the one entry point for humans, pre-commit and CI. `make help` lists targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash

VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.deps-stamp
export VIRTUAL_ENV := $(CURDIR)/$(VENV)
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)

PY_DEPS := "maturin>=1.5,<2" "numpy>=1.22" "safetensors>=0.4" "pytest>=7" "hypothesis>=6" "ruff>=0.5" "wgpu>=0.19"

.PHONY: help
help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-12s %s\n", $$1, $$2}'

$(STAMP): Makefile
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q $(PY_DEPS)
	@touch $(STAMP)

.PHONY: install
install: $(STAMP) ## create .venv and install the build and test tools

.PHONY: build-dev
build-dev: install ## build the extension in release mode into .venv (maturin develop)
	$(VENV)/bin/maturin develop --release -q

.PHONY: test-rust
test-rust: ## cargo test of the core (no Python needed)
	cargo test -p ferrotensor-core -q

.PHONY: test-python
test-python: build-dev ## pytest, with the best SIMD path and again with FT_CPU=scalar
	FT_GPU_ALLOW_SOFTWARE=1 $(PY) -m pytest -q
	FT_CPU=scalar FT_GPU_ALLOW_SOFTWARE=1 $(PY) -m pytest -q -m "not gpu"

.PHONY: test
test: test-rust test-python ## build and run every test (cargo test + pytest, GPU tests on any adapter)

.PHONY: demo
demo: build-dev ## run the main job (examples/demo.py)
	$(PY) examples/demo.py

.PHONY: bench
bench: build-dev ## benchmarks: ferrotensor vs numpy (and PyTorch when importable), as ratios
	$(PY) benches/compare.py

.PHONY: bench-rust
bench-rust: ## criterion benchmarks of the Rust kernels
	cargo bench -p ferrotensor-core

.PHONY: wheel
wheel: install ## build a release wheel into dist/
	$(VENV)/bin/maturin build --release -o dist

.PHONY: format
format: install ## format Rust and Python
	cargo fmt --all
	$(VENV)/bin/ruff format python tests benches examples
	$(VENV)/bin/ruff check --fix -q python tests benches examples

.PHONY: lint
lint: install ## rustfmt check, clippy -D warnings, ruff
	cargo fmt --all -- --check
	cargo clippy -p ferrotensor-core --all-targets --all-features -q -- -D warnings
	$(VENV)/bin/ruff check python tests benches examples
	$(VENV)/bin/ruff format --check python tests benches examples

.PHONY: all
all: lint test ## lint and test

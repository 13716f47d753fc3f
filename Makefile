# StakeholderGraph: `make run` analyses seeds/ into output/; `make test` runs the whole test suite.
# Both install the Debian packages they need first (as root on a fresh Debian machine).

SWIFT ?= swift
export PATH := /opt/swift/usr/bin:$(PATH)
DEB_PACKAGES := pkgconf libgraphviz-dev graphviz fonts-dejavu-core libsqlite3-dev
CORPUS ?= seeds
OUT ?= output

.PHONY: all deps build run test bench clean

all: run

## Install the system packages that are missing (apt-get update first, only when something is missing).
deps:
	@missing=""; for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; \
	fi

build: deps
	$(SWIFT) build -c release --product stakeholders

## Extract, analyse and render the corpus in $(CORPUS) into $(OUT).
run: build
	.build/release/stakeholders analyze $(CORPUS) --out $(OUT)

## The whole test suite.
test: deps
	$(SWIFT) test

clean:
	rm -rf .build

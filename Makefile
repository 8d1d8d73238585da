# clusterd: `make run` and `make test` work on a fresh clone; each installs what is missing first.
SHELL := /bin/bash
.DEFAULT_GOAL := build

# Debian packages the test suite drives for real: etcd/etcdctl 3.4 as reference server and client.
DEBS := etcd-server:etcd etcd-client:etcdctl

DATA_DIR ?= ./default.clusterd

.PHONY: deps debs build run test lint typecheck format check binary bench bench-fleet proto clean

deps: node_modules/.installed debs

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Installs each Debian package whose command is absent (apt-get needs root, which CI is). The tests
# start these programs themselves: a policy-rc.d that refuses every start keeps a package's own
# service (etcd-server enables etcd.service on 127.0.0.1:2379) from starting during the install,
# so nothing installed here is left running.
debs:
	@missing=""; for pair in $(DEBS); do pkg=$${pair%%:*}; cmd=$${pair##*:}; \
	  command -v $$cmd >/dev/null 2>&1 || missing="$$missing $$pkg"; done; \
	if [ -n "$$missing" ]; then echo "installing Debian packages:$$missing"; \
	  policy=/usr/sbin/policy-rc.d; own_policy=""; \
	  if [ ! -e $$policy ]; then printf '#!/bin/sh\nexit 101\n' > $$policy && chmod 755 $$policy && own_policy=1; fi; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  status=$$?; [ -z "$$own_policy" ] || rm -f $$policy; exit $$status; fi

# The development bundle: one ESM-free CommonJS file with node_modules left external.
build: node_modules/.installed
	node scripts/build.mjs dev

# Only what running clusterd needs: the Debian packages are the tests' reference programs.
run: build
	node dist/clusterd.cjs agent --data-dir $(DATA_DIR)

typecheck: node_modules/.installed
	npx tsc -p .

lint: node_modules/.installed
	npx eslint --max-warnings 0 .
	npx prettier --check .

format: node_modules/.installed
	npx prettier --write .

test: deps typecheck lint
	npx mocha

binary: node_modules/.installed
	node scripts/build.mjs sea

bench: deps build
	node --import tsx bench/kv-load.ts $(BENCH_ARGS)

# The scheduler: units placed and running, failover, machines at rest (docs/benchmarks.md).
bench-fleet: node_modules/.installed build
	node --import tsx bench/fleet-load.ts $(BENCH_ARGS)

# Regenerates src/gen from proto/ (the output is committed, so builds need no protoc).
proto: node_modules/.installed
	npx pbjs -t static-module -w es6 --no-verify --no-convert --no-delimited -o src/gen/etcd.js \
	  proto/clusterd.proto proto/rpc.proto proto/kv.proto proto/auth.proto proto/fleet.proto
	sed -i -e 's#^import \* as $$protobuf from "protobufjs/minimal";#import $$protobuf from "protobufjs/minimal.js";#' src/gen/etcd.js
	npx pbts -o src/gen/etcd.d.ts src/gen/etcd.js

clean:
	rm -rf dist build coverage

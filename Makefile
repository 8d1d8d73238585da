# clusterd: `make run` and `make test` work on a fresh clone; each installs what is missing first.
SHELL := /bin/bash
.DEFAULT_GOAL := build

# Debian packages the test suite drives for real, as package:command pairs (a package is installed
# when its command is absent): etcd/etcdctl 3.4 as reference server and client; for the Docker
# tests (test/helpers/docker-sandbox.ts) a private dockerd with containerd and runc (docker.io; its
# command is dockerd, since /usr/local/bin/docker may be a CLI alone), the distribution registry
# that serves it images offline (docker-registry), a static busybox that is the test images' root
# filesystem (busybox-static), and ip/iptables for the network namespace dockerd runs in; dig
# (dnsutils) queries the DNS server as a resolver would; the DNS benchmark drives clusterd and
# dnsmasq (dnsmasq-base: the program alone, /usr/sbin/dnsmasq, no service) with dnsperf; the
# network benchmark measures TCP throughput between network namespaces with iperf3; the --discovery
# test bootstraps through etcd-discovery (its command is discovery.etcd.io); the store benchmark's
# generator check holds the project's HTTP/2 load generator against nghttp2's h2load
# (nghttp2-client); the power-loss tests compile their LD_PRELOAD library
# (test/power-loss/lose-unsynced.c) with gcc against libc6-dev's headers (a pair whose second half
# is an absolute path names a file the package installs, for packages without a command).
DEBS := etcd-server:etcd etcd-client:etcdctl docker.io:dockerd docker-registry:docker-registry \
  busybox-static:busybox iproute2:ip iptables:iptables dnsutils:dig dnsperf:dnsperf \
  dnsmasq-base:dnsmasq iperf3:iperf3 etcd-discovery:discovery.etcd.io openssl:openssl \
  nghttp2-client:h2load gcc:gcc libc6-dev:/usr/include/stdio.h

DATA_DIR ?= ./default.clusterd

.PHONY: deps debs build run test e2e lint typecheck format check binary bench bench-store \
  bench-store-security bench-generator bench-put-cost bench-check-perf bench-fleet bench-fleet-scale bench-containers bench-dns bench-net \
  proto clean

deps: node_modules/.installed debs

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Installs each Debian package whose command is absent (apt-get needs root, which CI is). The tests
# start these programs themselves: a policy-rc.d that refuses every start keeps a package's own
# service (etcd-server enables etcd.service on 127.0.0.1:2379; docker.io docker.socket,
# docker.service and containerd.service, which would put docker0 and iptables rules on the host;
# docker-registry its registry on :5000) from starting during the install, so nothing installed
# here is left running. A policy-rc.d already in place is left as it is (Docker's images ship one
# that refuses every start, as this one does).
debs:
	@missing=""; for pair in $(DEBS); do pkg=$${pair%%:*}; cmd=$${pair##*:}; \
	  case $$cmd in /*) [ -e $$cmd ];; *) command -v $$cmd >/dev/null 2>&1;; esac \
	  || missing="$$missing $$pkg"; done; \
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

# The seed talk's cluster end to end (test/e2e/seed-cluster.e2e.ts; docs/walkthrough.md is the same
# scenario on real machines): three machines in network namespaces, each running the single
# executable with one command line and its own dockerd on the overlay, for a few minutes; run twice,
# in plain text, then with TLS on every port and auth on. Needs root, and fails as root when it
# cannot build its lab. Not in `make test`: its own mocha config.
e2e: deps binary
	npx mocha --config test/e2e/.mocharc.json

binary: node_modules/.installed
	node scripts/build.mjs sea

bench: deps build
	node --import tsx bench/kv-load.ts $(BENCH_ARGS)

# The store beside etcd 3.4 (docs/benchmarks.md): e.g. BENCH_ARGS='--members 3 --update-docs'.
bench-store: deps build
	node --import tsx bench/compare.ts --clusterd-cmd 'node dist/clusterd.cjs' $(BENCH_ARGS)

# The same beside etcd 3.4 plain, with TLS, with auth and with both (docs/benchmarks.md, TLS and
# auth): e.g. BENCH_ARGS='--duration 6 --update-docs'.
bench-store-security: deps build
	node --import tsx bench/compare.ts --clusterd-cmd 'node dist/clusterd.cjs' \
	  --security plain,tls,auth,tls+auth $(BENCH_ARGS)

# The store benchmarks' load generator held against h2load on the same servers.
bench-generator: deps build
	node --import tsx bench/generator-check.ts --clusterd-cmd 'node dist/clusterd.cjs' $(BENCH_ARGS)

# Where a put's CPU goes: node:http2 alone, the gRPC server, a member, the store in process.
bench-put-cost: node_modules/.installed build
	node --import tsx bench/put-cost.ts --clusterd-cmd 'node dist/clusterd.cjs' $(BENCH_ARGS)

# etcd's own speed check, `etcdctl check perf`, against one member of etcd and one of clusterd.
bench-check-perf: deps build
	node --import tsx bench/etcdctl-check-perf.ts --clusterd-cmd 'node dist/clusterd.cjs' $(BENCH_ARGS)

# The scheduler: units placed and running, failover, machines at rest (docs/benchmarks.md).
bench-fleet: node_modules/.installed build
	node --import tsx bench/fleet-load.ts $(BENCH_ARGS)

# The scheduler past this machine: 1,000 simulated machines on a 3-member cluster.
bench-fleet-scale: node_modules/.installed build
	node --import tsx bench/fleet-scale.ts $(BENCH_ARGS)

# Container units started by clusterd beside `docker run`, on a private dockerd.
bench-containers: deps build
	node --import tsx bench/container-load.ts $(BENCH_ARGS)

# DNS: clusterd beside dnsmasq under dnsperf, a write's way to every member's answer, memory.
bench-dns: deps build
	node --import tsx bench/dns-load.ts $(BENCH_ARGS)

# The network: subnets taken by 100 and 250 machines at once, unit addresses per second, and TCP
# throughput between network namespaces over vxlan and host-gw beside the LAN (needs root).
bench-net: deps build
	node --import tsx bench/net-load.ts $(BENCH_ARGS)

# Regenerates src/gen from proto/ (the output is committed, so builds need no protoc).
proto: node_modules/.installed
	npx pbjs -t static-module -w es6 --no-verify --no-convert --no-delimited -o src/gen/etcd.js \
	  proto/clusterd.proto proto/rpc.proto proto/kv.proto proto/auth.proto proto/fleet.proto
	sed -i -e 's#^import \* as $$protobuf from "protobufjs/minimal";#import $$protobuf from "protobufjs/minimal.js";#' src/gen/etcd.js
	npx pbts -o src/gen/etcd.d.ts src/gen/etcd.js

clean:
	rm -rf dist build coverage

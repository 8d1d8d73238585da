// Replaces ssh2 in the single executable. docker-modem requires ssh2 at load time, but ssh2 (and its
// optional cpu-features) carry native addons that cannot be bundled, and clusterd reaches dockerd
// over its unix socket only. A Client that refuses makes an ssh:// DOCKER_HOST fail with a reason.
/* global module */
'use strict';

function Client() {
  throw new Error('clusterd is built without ssh support: point DOCKER_HOST at a unix socket');
}

module.exports = { Client };

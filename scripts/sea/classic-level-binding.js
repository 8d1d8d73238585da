// Stands in for classic-level/binding.js inside the single executable. A native addon can only be
// loaded from a file, and the SEA's require() loads built-in modules only, so the classic-level.node
// that scripts/build.mjs embedded as an asset is written once to a content-addressed path in a
// cache directory and dlopen'ed from there (the approach in Node's "Single executable applications"
// docs). The hash in the path means a new build never loads an older build's addon.
// CommonJS (see package.json here), because classic-level reads the binding's exports by name.
/* global require, module */
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS by necessity, see above */
'use strict';
const sea = require('node:sea');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const process = require('node:process');

const ASSET = 'classic-level.node';

if (!sea.isSea()) {
  throw new Error(`this bundle carries ${ASSET} as an SEA asset and runs only as dist/clusterd`);
}

// getRawAsset returns a view of the executable's own memory, so hashing it copies nothing.
const addon = new Uint8Array(sea.getRawAsset(ASSET));
const hash = crypto.createHash('sha256').update(addon).digest('hex').slice(0, 16);

/**
 * Where the addon may go, best first. An explicit CLUSTERD_NATIVE_DIR is the only choice when set,
 * so a misconfiguration fails loudly instead of silently writing elsewhere. Otherwise the user's
 * cache, then a per-user directory under the temp dir for accounts whose home is read-only.
 */
function candidates() {
  const env = process.env;
  if (env.CLUSTERD_NATIVE_DIR) return [{ base: env.CLUSTERD_NATIVE_DIR, shared: false }];
  const list = [];
  if (env.XDG_CACHE_HOME)
    list.push({ base: path.join(env.XDG_CACHE_HOME, 'clusterd'), shared: false });
  else {
    const home = safeHomedir();
    if (home) list.push({ base: path.join(home, '.cache', 'clusterd'), shared: false });
  }
  list.push({ base: path.join(os.tmpdir(), `clusterd-${process.getuid()}`), shared: true });
  return list;
}

// os.homedir() throws when the uid has no passwd entry and HOME is unset (some containers).
function safeHomedir() {
  try {
    return os.homedir();
  } catch {
    return '';
  }
}

/** Returns the addon's path under base, writing it first if absent. */
function install({ base, shared }) {
  fs.mkdirSync(base, { recursive: true, mode: 0o700 });
  if (shared) {
    // Anyone can create names in the temp dir: load only from a directory that is ours alone,
    // or another user could plant a library for us to dlopen.
    const st = fs.lstatSync(base);
    if (!st.isDirectory() || st.uid !== process.getuid() || (st.mode & 0o077) !== 0) {
      throw new Error(`${base} is not a private directory owned by uid ${process.getuid()}`);
    }
  }
  const dir = path.join(base, '.native', hash);
  const file = path.join(dir, ASSET);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  // Write under a private name, then rename: concurrent starts each rename a complete file into
  // place, and a crash never leaves a truncated addon at the final path.
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, addon, { mode: 0o700 });
    fs.renameSync(tmp, file);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  return file;
}

function load() {
  const failures = [];
  for (const candidate of candidates()) {
    let file;
    try {
      file = install(candidate);
    } catch (err) {
      failures.push(`${candidate.base}: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    const mod = { exports: {} };
    process.dlopen(mod, file);
    return mod.exports;
  }
  throw new Error(
    `cannot write ${ASSET} to a cache directory (set CLUSTERD_NATIVE_DIR to a writable one):\n  ` +
      failures.join('\n  '),
  );
}

module.exports = load();

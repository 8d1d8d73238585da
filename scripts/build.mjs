// Builds clusterd.
//   node scripts/build.mjs dev [entry]  -> dist/clusterd.cjs: our code bundled, node_modules required
//                                          at run time (make build / make run)
//   node scripts/build.mjs sea [entry]  -> dist/clusterd: one executable (Node SEA) that needs
//                                          neither node nor node_modules (make binary)
// entry defaults to cmd/clusterd.ts. Intermediates go to build/, which is gitignored.
import { execFileSync } from 'node:child_process';
import { copyFile, chmod, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, URL } from 'node:url';
import esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const buildDir = path.join(root, 'build');
const distDir = path.join(root, 'dist');
const require = createRequire(import.meta.url);

// Postject flips this fuse so the node binary looks for the injected blob; the value is fixed by Node.
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

/**
 * Options both modes share. The sources are ESM, but an SEA main script must be CommonJS, and the
 * dev bundle stays CommonJS so the two run the same module semantics. In CommonJS output esbuild
 * leaves import.meta empty, so it is defined as the bundle file's own location (yargs, bundled into
 * the SEA, derives its require() from import.meta.url). Top-level await cannot be expressed in
 * CommonJS; esbuild rejects it, so the entry must start main() without awaiting it.
 */
function commonOptions(entry) {
  return {
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    define: {
      'import.meta.url': '__clusterd_import_meta_url',
      'import.meta.filename': '__filename',
      'import.meta.dirname': '__dirname',
    },
    banner: {
      js: 'const __clusterd_import_meta_url = require("node:url").pathToFileURL(__filename).href;',
    },
    logLevel: 'warning',
  };
}

async function buildDev(entry) {
  const outfile = path.join(distDir, 'clusterd.cjs');
  await esbuild.build({
    ...commonOptions(entry),
    // Packages resolve from node_modules at run time: a fast rebuild, and the addons load normally.
    packages: 'external',
    sourcemap: true,
    outfile,
  });
  return [outfile];
}

/** The prebuilt classic-level addon that node-gyp-build would load on this machine (libc, arch). */
function classicLevelAddon() {
  const classicLevelDir = path.dirname(require.resolve('classic-level/package.json'));
  const nodeGypBuild = createRequire(path.join(classicLevelDir, 'index.js'))('node-gyp-build');
  return nodeGypBuild.path(classicLevelDir);
}

/** Swaps classic-level's binding.js (node-gyp-build at run time) for the SEA asset loader. */
const classicLevelFromAsset = {
  name: 'classic-level-from-sea-asset',
  setup(b) {
    const shim = path.join(root, 'scripts', 'sea', 'classic-level-binding.js');
    b.onLoad({ filter: /[\\/]node_modules[\\/]classic-level[\\/]binding\.js$/ }, async () => ({
      contents: await readFile(shim, 'utf8'),
      loader: 'js',
    }));
  },
};

async function buildSea(entry) {
  const bundle = path.join(buildDir, 'clusterd.sea.cjs');
  const blob = path.join(buildDir, 'sea-prep.blob');
  const config = path.join(buildDir, 'sea-config.json');
  const staged = path.join(buildDir, 'clusterd');
  const outfile = path.join(distDir, 'clusterd');

  // The SEA's require() loads built-in modules only, so everything else goes into the bundle.
  await esbuild.build({
    ...commonOptions(entry),
    alias: { ssh2: './scripts/sea/ssh2-stub.js' },
    plugins: [classicLevelFromAsset],
    outfile: bundle,
  });

  // Paths relative to the root (node resolves them from its cwd): the main script's path names the
  // code in stack traces, and a relative one keeps the builder's checkout out of the binary.
  const rel = (file) => path.relative(root, file);
  const seaConfig = {
    main: rel(bundle),
    output: rel(blob),
    disableExperimentalSEAWarning: true,
    useCodeCache: true,
    // The key is the name scripts/sea/classic-level-binding.js asks for.
    assets: { 'classic-level.node': rel(classicLevelAddon()) },
  };
  await writeFile(config, JSON.stringify(seaConfig, null, 2) + '\n');
  // The blob (and its code cache) is specific to this node binary, which is also the one copied.
  execFileSync(process.execPath, ['--experimental-sea-config', config], {
    cwd: root,
    stdio: 'inherit',
  });

  await copyFile(process.execPath, staged);
  await chmod(staged, 0o755);
  const { inject } = require('postject');
  // postject's ELF parser prints harmless "Can't find string offset for section name" warnings.
  await inject(staged, 'NODE_SEA_BLOB', await readFile(blob), { sentinelFuse: SEA_FUSE });
  // Renaming replaces dist/clusterd even while an old copy runs (writing into it gives ETXTBSY).
  await rename(staged, outfile);
  return [bundle, blob, outfile];
}

async function main() {
  const [mode, entryArg] = process.argv.slice(2);
  const builders = { dev: buildDev, sea: buildSea };
  const builder = mode !== undefined && Object.hasOwn(builders, mode) ? builders[mode] : undefined;
  if (!builder) {
    process.stderr.write('usage: node scripts/build.mjs dev|sea [entry.ts]\n');
    process.exit(2);
  }
  const entry = path.resolve(entryArg ?? path.join(root, 'cmd', 'clusterd.ts'));
  const started = performance.now();
  await mkdir(buildDir, { recursive: true });
  await mkdir(distDir, { recursive: true });
  const outputs = await builder(entry);
  for (const file of outputs) {
    const { size } = await stat(file);
    const mib = (size / 2 ** 20).toFixed(2).padStart(7);
    process.stdout.write(`${path.relative(root, file).padEnd(26)} ${mib} MiB\n`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  process.stdout.write(`${mode} build of ${path.relative(root, entry)} in ${seconds} s\n`);
}

main().catch((err) => {
  // esbuild has already printed its diagnostics; anything else gets its stack.
  if (!Array.isArray(err?.errors)) process.stderr.write(`${err?.stack ?? err}\n`);
  process.exitCode = 1;
});

// Runs every golden-file scenario in testdata/ (see datadriven.ts for the format and
// interaction-env.ts for the commands). Regenerate outputs with RAFT_TESTDATA_REWRITE=1.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTestFile } from './datadriven.js';
import { InteractionEnv } from './interaction-env.js';

const testdataDir = join(dirname(fileURLToPath(import.meta.url)), 'testdata');

describe('raft interaction scenarios', () => {
  for (const file of readdirSync(testdataDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    it(file.replace(/\.txt$/, ''), () => {
      const env = new InteractionEnv();
      runTestFile(join(testdataDir, file), (tc) => env.handle(tc));
    });
  }
});

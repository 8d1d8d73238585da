// Debian's real etcdctl 3.4 (/usr/bin/etcdctl) against a real `clusterd agent` child process: every
// command's output and exit code as etcdctl prints them, including etcd's exact error texts.
// The tests of one block run in order against one member and depend on the state left by earlier
// ones (revisions are asserted exactly).
import assert from 'node:assert/strict';
import { type ClusterdProcess, startClusterd } from '../helpers/clusterd.js';
import { EtcdctlProcess, type RunResult, etcdctl, grpcErrorOf } from './etcdctl.js';

interface JsonHeader {
  cluster_id: number;
  member_id: number;
  revision: number;
  raft_term: number;
}

interface JsonKv {
  key: string;
  create_revision: number;
  mod_revision: number;
  version: number;
  value?: string;
  lease?: number;
}

interface JsonRange {
  header: JsonHeader;
  kvs?: JsonKv[];
  more?: boolean;
  count?: number;
}

const b64 = (s: string): string => Buffer.from(s).toString('base64');

/**
 * JSON numbers above 2^53 (IDs) lose precision in JSON.parse; read them as strings instead so that
 * they can be compared exactly.
 */
function parseJson(text: string): unknown {
  return JSON.parse(text.replace(/:(\d{16,})/g, ':"$1"'));
}

/** Asserts a successful run with exactly this stdout. */
function ok(r: RunResult, stdout: string): void {
  assert.equal(r.stderr, '', `stderr: ${r.stderr}`);
  assert.equal(r.code, 0);
  assert.equal(r.stdout, stdout);
}

/** Asserts etcdctl failed on a server error: its gRPC log line, its Error line and exit code. */
function failed(r: RunResult, grpcCode: string, message: string, errorLine = message): void {
  assert.equal(r.code, 1, `stdout: ${r.stdout}\nstderr: ${r.stderr}`);
  assert.equal(r.stdout, '');
  assert.deepEqual(grpcErrorOf(r.stderr), { code: grpcCode, desc: message });
  assert.ok(r.stderr.endsWith(`\nError: ${errorLine}\n`), r.stderr);
  assert.equal(r.stderr.split('\n').length, 3, r.stderr);
}

describe('etcdctl 3.4 against clusterd', function () {
  this.timeout(60_000);
  let member: ClusterdProcess | undefined;
  let ep = '';
  let memberHex = '';
  let memberDec = '';
  let clusterDec = '';
  const ctl = (args: string[], stdin?: string): Promise<RunResult> =>
    etcdctl(ep, args, stdin === undefined ? {} : { stdin });
  const revision = async (): Promise<number> => {
    const r = await ctl(['get', 'no-such-key', '-w', 'json']);
    return (parseJson(r.stdout) as JsonRange).header.revision;
  };
  const getJson = async (args: string[]): Promise<JsonRange> => {
    const r = await ctl(['get', ...args, '-w', 'json']);
    assert.equal(r.code, 0, r.stderr);
    return parseJson(r.stdout) as JsonRange;
  };

  before(async function () {
    member = await startClusterd();
    ep = member.endpoint;
    const r = await ctl(['member', 'list', '-w', 'json']);
    const list = parseJson(r.stdout) as { header: { cluster_id: string; member_id: string } };
    memberDec = list.header.member_id;
    clusterDec = list.header.cluster_id;
    memberHex = BigInt(memberDec).toString(16);
  });

  after(async function () {
    await member?.stop();
  });

  describe('put', function () {
    it('puts a key and prints OK', async function () {
      ok(await ctl(['put', '/p/a', 'v1']), 'OK\n');
      const got = await getJson(['/p/a']);
      assert.equal(got.header.revision, 2);
      assert.deepEqual(got.kvs, [
        { key: b64('/p/a'), create_revision: 2, mod_revision: 2, version: 1, value: b64('v1') },
      ]);
      assert.equal(got.header.member_id.toString(), memberDec);
      assert.equal(got.header.cluster_id.toString(), clusterDec);
    });

    it('--prev-kv prints the previous key and value', async function () {
      ok(await ctl(['put', '/p/a', 'v2', '--prev-kv']), 'OK\n/p/a\nv1\n');
      ok(await ctl(['put', '/p/new', 'x', '--prev-kv']), 'OK\n');
    });

    it('--ignore-value keeps the value and bumps the version', async function () {
      ok(await ctl(['put', '/p/a', '--ignore-value']), 'OK\n');
      const got = await getJson(['/p/a']);
      assert.deepEqual(got.kvs, [
        { key: b64('/p/a'), create_revision: 2, mod_revision: 5, version: 3, value: b64('v2') },
      ]);
      failed(
        await ctl(['put', '/p/missing', '--ignore-value']),
        'InvalidArgument',
        'etcdserver: key not found',
      );
    });

    it('--lease attaches a lease and --ignore-lease keeps it', async function () {
      const grant = await ctl(['lease', 'grant', '100']);
      const m = /^lease ([0-9a-f]+) granted with TTL\(100s\)\n$/.exec(grant.stdout);
      assert.ok(m, grant.stdout);
      const id = BigInt(`0x${m[1]!}`);
      ok(await ctl(['put', '/p/l', 'v', `--lease=${m[1]!}`]), 'OK\n');
      ok(await ctl(['put', '/p/l', 'w', '--ignore-lease']), 'OK\n');
      const got = parseJson((await ctl(['get', '/p/l', '-w', 'json'])).stdout) as {
        kvs: { lease: string; value: string }[];
      };
      assert.equal(got.kvs[0]!.lease, id.toString());
      assert.equal(got.kvs[0]!.value, b64('w'));
      failed(
        await ctl(['put', '/p/nol', '--ignore-lease'], 'x'),
        'InvalidArgument',
        'etcdserver: key not found',
      );
      failed(
        await ctl(['put', '/p/l', 'v', '--lease=1234']),
        'NotFound',
        'etcdserver: requested lease not found',
      );
      ok(await ctl(['lease', 'revoke', m[1]!]), `lease ${m[1]!} revoked\n`);
      ok(await ctl(['get', '/p/l']), '');
    });

    it("rejects an empty key with etcd's error", async function () {
      failed(await ctl(['put', '', 'v']), 'InvalidArgument', 'etcdserver: key is not provided');
    });
  });

  describe('get', function () {
    // /g/a: version 3, create 2nd, mod 5th; /g/b: version 1, create 3rd, mod 3rd;
    // /g/c: version 2, create 1st, mod 6th. Values sort a < c < b. So every target orders
    // the keys differently: KEY abc, VERSION bca, CREATE cab, MODIFY bac, VALUE acb.
    let base = 0;
    before(async function () {
      base = await revision();
      for (const [k, v] of [
        ['/g/c', '2'],
        ['/g/a', '0'],
        ['/g/b', '3'],
        ['/g/a', '0'],
        ['/g/a', '1'],
        ['/g/c', '2'],
      ] as const) {
        ok(await ctl(['put', k, v]), 'OK\n');
      }
      ok(await ctl(['put', '/h', 'after-g']), 'OK\n');
    });

    const keysOf = (r: RunResult): string =>
      r.stdout
        .split('\n')
        .filter((_, i) => i % 2 === 0)
        .join(' ')
        .trim();

    it('gets one key, a --prefix and --from-key', async function () {
      ok(await ctl(['get', '/g/a']), '/g/a\n1\n');
      ok(await ctl(['get', '/g/', '--prefix']), '/g/a\n1\n/g/b\n3\n/g/c\n2\n');
      ok(
        await ctl(['get', '/g/b', '--from-key', '--keys-only']),
        '/g/b\n\n/g/c\n\n/h\n\n/p/a\n\n/p/new\n\n',
      );
      ok(await ctl(['get', '/g/a', '/g/c']), '/g/a\n1\n/g/b\n3\n');
      ok(await ctl(['get', '/g/zzz']), '');
    });

    it('--sort-by every target, --order ASCEND and DESCEND', async function () {
      const order = async (target: string, o?: string): Promise<string> =>
        keysOf(
          await ctl(['get', '/g/', '--prefix', '--sort-by', target, ...(o ? ['--order', o] : [])]),
        );
      assert.equal(await order('KEY'), '/g/a /g/b /g/c');
      assert.equal(await order('VERSION'), '/g/b /g/c /g/a');
      assert.equal(await order('CREATE'), '/g/c /g/a /g/b');
      assert.equal(await order('MODIFY'), '/g/b /g/a /g/c');
      assert.equal(await order('VALUE'), '/g/a /g/c /g/b');
      assert.equal(await order('KEY', 'DESCEND'), '/g/c /g/b /g/a');
      assert.equal(await order('VERSION', 'DESCEND'), '/g/a /g/c /g/b');
      assert.equal(await order('CREATE', 'ASCEND'), '/g/c /g/a /g/b');
      assert.equal(await order('MODIFY', 'DESCEND'), '/g/c /g/a /g/b');
      assert.equal(await order('VALUE', 'DESCEND'), '/g/b /g/c /g/a');
      assert.equal(
        keysOf(await ctl(['get', '/g/', '--prefix', '--order', 'DESCEND'])),
        '/g/c /g/b /g/a',
      );
    });

    it('--limit truncates and -w json reports more and the full count', async function () {
      ok(await ctl(['get', '/g/', '--prefix', '--limit', '2']), '/g/a\n1\n/g/b\n3\n');
      const got = await getJson(['/g/', '--prefix', '--limit', '2']);
      assert.equal(got.more, true);
      assert.equal(got.count, 3);
      assert.equal(got.kvs?.length, 2);
      const sorted = await getJson([
        '/g/',
        '--prefix',
        '--limit',
        '1',
        '--sort-by',
        'CREATE',
        '--order',
        'DESCEND',
      ]);
      assert.deepEqual(
        sorted.kvs?.map((kv) => Buffer.from(kv.key, 'base64').toString()),
        ['/g/b'],
      );
    });

    it('--rev reads history; -w json shows create/mod revisions and versions', async function () {
      const r1 = base + 1;
      ok(await ctl(['get', '/g/', '--prefix', `--rev=${r1}`]), '/g/c\n2\n');
      const old = await getJson(['/g/a', `--rev=${base + 4}`]);
      assert.equal(old.header.revision, base + 7);
      assert.deepEqual(old.kvs, [
        {
          key: b64('/g/a'),
          create_revision: base + 2,
          mod_revision: base + 4,
          version: 2,
          value: b64('0'),
        },
      ]);
      failed(
        await ctl(['get', '/g/a', `--rev=${base + 100}`]),
        'OutOfRange',
        'etcdserver: mvcc: required revision is a future revision',
      );
    });

    it('--keys-only, --print-value-only and --consistency s|l', async function () {
      ok(await ctl(['get', '/g/', '--prefix', '--keys-only']), '/g/a\n\n/g/b\n\n/g/c\n\n');
      ok(await ctl(['get', '/g/', '--prefix', '--print-value-only']), '1\n3\n2\n');
      ok(await ctl(['get', '/g/a', '--consistency', 's']), '/g/a\n1\n');
      ok(await ctl(['get', '/g/a', '--consistency', 'l']), '/g/a\n1\n');
      const keysOnly = await getJson(['/g/b', '--keys-only']);
      assert.deepEqual(keysOnly.kvs, [
        { key: b64('/g/b'), create_revision: base + 3, mod_revision: base + 3, version: 1 },
      ]);
    });

    it('--count-only does not exist in etcdctl 3.4 (count is in -w json)', async function () {
      // etcdctl gained --count-only in 3.5; 3.4 rejects the flag before calling the server.
      const r = await ctl(['get', '/g/', '--prefix', '--count-only']);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /^Error: unknown flag: --count-only\n/);
      assert.equal((await getJson(['/g/', '--prefix'])).count, 3);
    });

    it("rejects an empty key with etcd's error", async function () {
      failed(await ctl(['get', '']), 'InvalidArgument', 'etcdserver: key is not provided');
    });
  });

  describe('del', function () {
    it('deletes one key, with --prev-kv, --prefix and --from-key', async function () {
      for (const k of ['/d/a', '/d/b', '/d/c', '/d/x/1', '/d/x/2', '/e']) {
        ok(await ctl(['put', k, `v${k}`]), 'OK\n');
      }
      ok(await ctl(['del', '/d/a']), '1\n');
      ok(await ctl(['del', '/d/a']), '0\n');
      ok(await ctl(['del', '/d/b', '--prev-kv']), '1\n/d/b\nv/d/b\n');
      ok(
        await ctl(['del', '/d/x/', '--prefix', '--prev-kv']),
        '2\n/d/x/1\nv/d/x/1\n/d/x/2\nv/d/x/2\n',
      );
      const before = await revision();
      const count = (await getJson(['/d/', '--from-key'])).count;
      assert.equal(count, 8);
      ok(await ctl(['del', '/d/', '--from-key']), `${count}\n`);
      assert.equal(await revision(), before + 1);
      ok(await ctl(['get', '/', '--prefix']), '');
      ok(await ctl(['get', '/d/c', `--rev=${before}`, '--print-value-only']), 'v/d/c\n');
    });
  });

  describe('txn', function () {
    // etcdctl 3.4 cannot send a LEASE compare: `lease("k") = "0"` panics inside etcdctl itself
    // (clientv3.mustInt64orLeaseID: "bad value") before any RPC, so differential.test.ts covers that
    // target through raw gRPC.
    it('runs the success branch from stdin', async function () {
      ok(await ctl(['put', '/t/k', 'v1']), 'OK\n');
      const rev = await revision();
      const script = `mod("/t/k") = "${rev}"\nvalue("/t/k") = "v1"\nversion("/t/k") = "1"\ncreate("/t/k") = "${rev}"\n\nput /t/k v2\nget /t/k\n\nput /t/f failed\n\n`;
      ok(await ctl(['txn'], script), 'SUCCESS\n\nOK\n\n/t/k\nv2\n');
      const json = await ctl(['txn', '-w', 'json'], `value("/t/k") = "v2"\n\nget /t/k\n\n\n`);
      const res = parseJson(json.stdout) as {
        succeeded: boolean;
        responses: unknown[];
        header: JsonHeader;
      };
      assert.equal(res.succeeded, true);
      assert.deepEqual(res.responses, [
        {
          Response: {
            ResponseRange: {
              header: { revision: rev + 1 },
              kvs: [
                {
                  key: b64('/t/k'),
                  create_revision: rev,
                  mod_revision: rev + 1,
                  version: 2,
                  value: b64('v2'),
                },
              ],
              count: 1,
            },
          },
        },
      ]);
    });

    it('runs the failure branch', async function () {
      const script =
        'value("/t/k") = "nope"\nversion("/t/k") > "5"\n\nput /t/s x\n\nput /t/f y\ndel /t/k\n\n';
      ok(await ctl(['txn'], script), 'FAILURE\n\nOK\n\n1\n');
      ok(await ctl(['get', '/t/', '--prefix']), '/t/f\ny\n');
      // Compares on a missing key: create == 0 holds, a VALUE compare never does.
      ok(await ctl(['txn'], 'create("/t/none") = "0"\n\nput /t/c 1\n\n\n'), 'SUCCESS\n\nOK\n');
      ok(await ctl(['txn'], 'value("/t/none") != "x"\n\n\nput /t/d 1\n\n'), 'FAILURE\n\nOK\n');
    });

    it('-i prompts for each section', async function () {
      const r = await ctl(['txn', '-i'], 'mod("/t/c") > "0"\n\nget /t/c\n\nget /t/none\n\n');
      ok(
        r,
        'compares:\nsuccess requests (get, put, del):\nfailure requests (get, put, del):\nSUCCESS\n\n/t/c\n1\n',
      );
    });

    it("reports etcd's errors: duplicate key, too many operations, empty key", async function () {
      failed(
        await ctl(['txn'], '\nput /t/x 1\nput /t/x 2\n\n\n'),
        'InvalidArgument',
        'etcdserver: duplicate key given in txn request',
      );
      failed(
        await ctl(['txn'], '\nput /t/x 1\ndel /t/ /t0\n\n\n'),
        'InvalidArgument',
        'etcdserver: duplicate key given in txn request',
      );
      const many = Array.from({ length: 129 }, (_, i) => `get /t/${i}`).join('\n');
      failed(
        await ctl(['txn'], `\n${many}\n\n\n`),
        'InvalidArgument',
        'etcdserver: too many operations in txn request',
      );
      const max = Array.from({ length: 128 }, (_, i) => `get /t/${i}`).join('\n');
      assert.equal((await ctl(['txn'], `\n${max}\n\n\n`)).code, 0);
      failed(
        await ctl(['txn'], '\nput "" 1\n\n\n'),
        'InvalidArgument',
        'etcdserver: key is not provided',
      );
    });
  });

  describe('watch', function () {
    it('prints events, with --prefix and --prev-kv, until killed by pid', async function () {
      const w = new EtcdctlProcess(ep, ['watch', '/w/', '--prefix', '--prev-kv']);
      try {
        // The watch is set up once its first event arrives; keep writing until then.
        for (let i = 0; !w.stdout.includes('/w/0'); i++) {
          ok(await ctl(['put', '/w/0', `start${i}`]), 'OK\n');
          await new Promise((r) => setTimeout(r, 100));
          assert.ok(i < 50, w.stderr);
        }
        const seen = w.stdout.length;
        ok(await ctl(['put', '/w/a', '1']), 'OK\n');
        ok(await ctl(['put', '/w/a', '2']), 'OK\n');
        ok(await ctl(['put', '/x/outside', '1']), 'OK\n');
        ok(await ctl(['del', '/w/a']), '1\n');
        const expected = 'PUT\n/w/a\n1\nPUT\n/w/a\n1\n/w/a\n2\nDELETE\n/w/a\n2\n/w/a\n\n';
        await w.waitFor((out) => out.length >= seen + expected.length);
        assert.equal(w.stdout.slice(seen), expected);
      } finally {
        await w.kill();
      }
      assert.equal(w.exitCode, null);
    });

    it('--rev replays history, -w json carries the revisions', async function () {
      ok(await ctl(['put', '/wh/k', 'a']), 'OK\n');
      const rev = await revision();
      ok(await ctl(['put', '/wh/k', 'b']), 'OK\n');
      ok(await ctl(['del', '/wh/k']), '1\n');
      const w = new EtcdctlProcess(ep, ['watch', '/wh/k', `--rev=${rev}`]);
      const j = new EtcdctlProcess(ep, ['watch', '/wh/k', `--rev=${rev}`, '-w', 'json']);
      try {
        const expected = 'PUT\n/wh/k\na\nPUT\n/wh/k\nb\nDELETE\n/wh/k\n\n';
        await w.waitFor((out) => out.length >= expected.length);
        assert.equal(w.stdout, expected);
        await j.waitFor((out) => out.split('\n').length > 1);
        const events = j.stdout
          .trim()
          .split('\n')
          .flatMap(
            (line) => (parseJson(line) as { Events: { type?: number; kv: JsonKv }[] }).Events,
          );
        assert.deepEqual(events, [
          {
            kv: {
              key: b64('/wh/k'),
              create_revision: rev,
              mod_revision: rev,
              version: 1,
              value: b64('a'),
            },
          },
          {
            kv: {
              key: b64('/wh/k'),
              create_revision: rev,
              mod_revision: rev + 1,
              version: 2,
              value: b64('b'),
            },
          },
          { type: 1, kv: { key: b64('/wh/k'), mod_revision: rev + 2 } },
        ]);
      } finally {
        await w.kill();
        await j.kill();
      }
    });
  });

  describe('lease', function () {
    it('grant, list, timetolive --keys, keep-alive --once, revoke', async function () {
      const grant = await ctl(['lease', 'grant', '60']);
      const id = /^lease ([0-9a-f]{16}) granted with TTL\(60s\)\n$/.exec(grant.stdout)?.[1];
      assert.ok(id, grant.stdout);
      ok(await ctl(['put', '/l/a', '1', `--lease=${id}`]), 'OK\n');
      ok(await ctl(['put', '/l/b', '2', `--lease=${id}`]), 'OK\n');
      const list = await ctl(['lease', 'list']);
      assert.equal(list.code, 0);
      assert.equal(list.stdout, `found 1 leases\n${id}\n`);
      const ttl = await ctl(['lease', 'timetolive', id, '--keys']);
      assert.match(
        ttl.stdout,
        new RegExp(
          `^lease ${id} granted with TTL\\(60s\\), remaining\\((59|60)s\\), attached keys\\(\\[/l/a /l/b\\]\\)\\n$`,
        ),
      );
      const ttlJson = parseJson(
        (await ctl(['lease', 'timetolive', id, '--keys', '-w', 'json'])).stdout,
      ) as { id: string; ttl: number; 'granted-ttl': number; keys: string[] };
      assert.equal(ttlJson.id, BigInt(`0x${id}`).toString());
      assert.equal(ttlJson['granted-ttl'], 60);
      assert.deepEqual(ttlJson.keys, [b64('/l/a'), b64('/l/b')]);
      ok(await ctl(['lease', 'keep-alive', '--once', id]), `lease ${id} keepalived with TTL(60)\n`);
      ok(await ctl(['lease', 'revoke', id]), `lease ${id} revoked\n`);
      ok(await ctl(['get', '/l/', '--prefix']), '');
      ok(await ctl(['lease', 'timetolive', id]), `lease ${id} already expired\n`);
      ok(await ctl(['lease', 'list']), 'found 0 leases\n');
    });

    it('reports a missing lease as etcd does', async function () {
      failed(
        await ctl(['lease', 'revoke', '1234']),
        'NotFound',
        'etcdserver: requested lease not found',
        'failed to revoke lease (etcdserver: requested lease not found)',
      );
      const ka = await ctl(['lease', 'keep-alive', '--once', '1234']);
      assert.equal(ka.code, 2);
      assert.equal(ka.stderr, 'Error: etcdserver: requested lease not found\n');
      ok(
        await ctl(['lease', 'timetolive', '1234', '--keys']),
        'lease 0000000000001234 already expired\n',
      );
    });
  });

  describe('cluster and maintenance', function () {
    it('member list -w table and -w json', async function () {
      const url = `http://127.0.0.1:${member!.clientPort}`;
      const peer = `http://127.0.0.1:${member!.peerPort}`;
      ok(await ctl(['member', 'list']), `${memberHex}, started, default, ${peer}, ${url}, false\n`);
      const table = await ctl(['member', 'list', '-w', 'table']);
      assert.equal(table.code, 0);
      const rows = table.stdout.split('\n');
      assert.match(
        rows[1]!,
        /^\|\s+ID\s+\|\s+STATUS\s+\|\s+NAME\s+\|\s+PEER ADDRS\s+\|\s+CLIENT ADDRS\s+\|\s+IS LEARNER\s+\|$/,
      );
      assert.equal(rows[3], `| ${memberHex} | started | default | ${peer} | ${url} |      false |`);
      const json = parseJson((await ctl(['member', 'list', '-w', 'json'])).stdout) as {
        header: Record<string, unknown>;
        members: unknown[];
      };
      assert.deepEqual(json, {
        header: { cluster_id: clusterDec, member_id: memberDec, raft_term: json.header.raft_term },
        members: [{ ID: memberDec, name: 'default', peerURLs: [peer], clientURLs: [url] }],
      });
    });

    it('endpoint status with host:port, http:// and --cluster, -w table and json', async function () {
      const url = `http://127.0.0.1:${member!.clientPort}`;
      const line = new RegExp(
        `^${ep}, ${memberHex}, 3\\.4\\.0, [0-9.]+ [kM]?B, true, false, \\d+, (\\d+), \\1, \\n$`,
      );
      assert.match((await ctl(['endpoint', 'status'])).stdout, line);
      for (const r of [
        await etcdctl(url, ['endpoint', 'status']),
        await ctl(['endpoint', 'status', '--cluster']),
      ]) {
        assert.equal(r.code, 0, r.stderr);
        assert.match(
          r.stdout,
          new RegExp(
            `^${url}, ${memberHex}, 3\\.4\\.0, [0-9.]+ [kM]?B, true, false, \\d+, (\\d+), \\1, \\n$`,
          ),
        );
      }
      const table = await ctl(['endpoint', 'status', '--cluster', '-w', 'table']);
      assert.equal(table.code, 0, table.stderr);
      assert.match(
        table.stdout.split('\n')[3]!,
        new RegExp(
          `^\\| ${url} \\| ${memberHex} \\|\\s+3\\.4\\.0 \\|.*\\|\\s+true \\|\\s+false \\|\\s+\\d+ \\|`,
        ),
      );
      const json = parseJson((await etcdctl(url, ['endpoint', 'status', '-w', 'json'])).stdout) as {
        Endpoint: string;
        Status: { version: string; leader: string; header: { member_id: string } };
      }[];
      assert.equal(json.length, 1);
      assert.equal(json[0]!.Endpoint, url);
      assert.equal(json[0]!.Status.version, '3.4.0');
      assert.equal(json[0]!.Status.leader, memberDec);
      assert.equal(json[0]!.Status.header.member_id, memberDec);
    });

    it('endpoint health', async function () {
      // etcdctl 3.4 writes the health lines to stderr.
      const r = await ctl(['endpoint', 'health']);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, '');
      assert.match(
        r.stderr,
        new RegExp(`^${ep} is healthy: successfully committed proposal: took = [0-9.]+[µm]?s\\n$`),
      );
      const cluster = await ctl(['endpoint', 'health', '--cluster', '-w', 'json']);
      assert.equal(cluster.code, 0, cluster.stderr);
      const json = JSON.parse(cluster.stdout) as { endpoint: string; health: boolean }[];
      assert.deepEqual(
        json.map((h) => [h.endpoint, h.health]),
        [[`http://127.0.0.1:${member!.clientPort}`, true]],
      );
    });

    it('endpoint hashkv (host:port and --cluster agree)', async function () {
      const r = await ctl(['endpoint', 'hashkv']);
      const hash = new RegExp(`^${ep}, (\\d+)\\n$`).exec(r.stdout)?.[1];
      assert.ok(hash, r.stdout + r.stderr);
      const c = await ctl(['endpoint', 'hashkv', '--cluster']);
      assert.equal(c.stdout, `http://127.0.0.1:${member!.clientPort}, ${hash}\n`);
      ok(await ctl(['put', '/hash/k', 'v']), 'OK\n');
      assert.notEqual((await ctl(['endpoint', 'hashkv'])).stdout, r.stdout);
    });

    it('compaction (--physical) and the compacted errors', async function () {
      ok(await ctl(['put', '/c/k', 'old']), 'OK\n');
      const oldRev = await revision();
      ok(await ctl(['put', '/c/k', 'new']), 'OK\n');
      const rev = await revision();
      ok(await ctl(['compaction', String(rev), '--physical']), `compacted revision ${rev}\n`);
      failed(
        await ctl(['get', '/c/k', `--rev=${oldRev}`]),
        'OutOfRange',
        'etcdserver: mvcc: required revision has been compacted',
      );
      ok(await ctl(['get', '/c/k', `--rev=${rev}`]), '/c/k\nnew\n');
      failed(
        await ctl(['compaction', String(rev)]),
        'OutOfRange',
        'etcdserver: mvcc: required revision has been compacted',
      );
      failed(
        await ctl(['compaction', String(rev + 100)]),
        'OutOfRange',
        'etcdserver: mvcc: required revision is a future revision',
      );
      const w = new EtcdctlProcess(ep, ['watch', '/c/k', `--rev=${oldRev}`]);
      try {
        assert.equal(await w.exited(), 5);
        assert.equal(w.stdout, '');
        assert.equal(
          w.stderr,
          'watch was canceled (etcdserver: mvcc: required revision has been compacted)\n' +
            'Error: watch is canceled by the server\n',
        );
      } finally {
        await w.kill();
      }
      const hk = parseJson((await ctl(['endpoint', 'hashkv', '-w', 'json'])).stdout) as {
        HashKV: { compact_revision: number };
      }[];
      assert.equal(hk[0]!.HashKV.compact_revision, rev);
    });

    it('defrag, with host:port, http:// and --cluster', async function () {
      const url = `http://127.0.0.1:${member!.clientPort}`;
      ok(await ctl(['defrag']), `Finished defragmenting etcd member[${ep}]\n`);
      ok(await etcdctl(url, ['defrag']), `Finished defragmenting etcd member[${url}]\n`);
      ok(await ctl(['defrag', '--cluster']), `Finished defragmenting etcd member[${url}]\n`);
    });

    it('alarm list and alarm disarm', async function () {
      ok(await ctl(['alarm', 'list']), '');
      ok(await ctl(['alarm', 'disarm']), '');
      ok(await ctl(['alarm', 'list', '-w', 'json']), '{}\n');
    });
  });

  describe('large answers', function () {
    it('reads a range of megabytes whole, while grpc-go pings to size its windows', async function () {
      // grpc-go's client pings as DATA arrives (BDP estimation); a server that counted those as
      // keepalive strikes (etcd's --grpc-keepalive-min-time, 5 s) sent GOAWAY too_many_pings.
      const value = 'v'.repeat(20_000);
      for (const part of ['a', 'b']) {
        const puts = Array.from({ length: 64 }, (_, i) => `put /big/${part}${i} ${value}`);
        const r = await ctl(['txn'], `\n${puts.join('\n')}\n\n\n`);
        assert.equal(r.code, 0, r.stderr);
      }
      const r = await ctl(['get', '/big/', '--prefix', '--print-value-only']);
      assert.equal(r.code, 0, r.stderr);
      const values = r.stdout.split('\n').filter((line) => line.length > 0);
      assert.equal(values.length, 128);
      assert.ok(values.every((v) => v === value));
      ok(await ctl(['del', '/big/', '--prefix']), '128\n');
    });
  });
});

// systemd specifiers: every one the runner expands (%n %N %p %P %i %I %H %m %b %%), what is left
// as written, and the `allowed` restriction fleet uses for [X-Fleet] (%n %N %p %i only).
import assert from 'node:assert/strict';
import { expandSpecifiers, fleetSpecifiers } from '../../src/fleet/specifiers.js';

const machine = {
  machineId: '0123456789abcdef0123456789abcdef',
  bootId: 'fedcba9876543210fedcba9876543210',
  hostname: 'core-01',
};

describe('fleet: specifiers', () => {
  it('expands the name specifiers for an instance', () => {
    const ctx = { unitName: 'nginx@80.service' };
    assert.equal(expandSpecifiers('%n', ctx), 'nginx@80.service');
    assert.equal(expandSpecifiers('%N', ctx), 'nginx@80');
    assert.equal(expandSpecifiers('%p', ctx), 'nginx');
    assert.equal(expandSpecifiers('%i', ctx), '80');
    assert.equal(expandSpecifiers('%P', ctx), 'nginx');
    assert.equal(expandSpecifiers('%I', ctx), '80');
  });

  it('expands the seed unit’s lines', () => {
    const ctx = { unitName: 'nginx@80.service' };
    assert.equal(
      expandSpecifiers('/usr/bin/docker run -d --name nginx%i -p %i:80 nginx', ctx),
      '/usr/bin/docker run -d --name nginx80 -p 80:80 nginx',
    );
    assert.equal(expandSpecifiers('nginx-discovery@%i.service', ctx), 'nginx-discovery@80.service');
  });

  it('gives a plain name an empty instance and itself as the prefix', () => {
    const ctx = { unitName: 'web.service' };
    assert.equal(expandSpecifiers('%n|%N|%p|%i|%P|%I', ctx), 'web.service|web|web||web|');
  });

  it('gives a template an empty instance', () => {
    const ctx = { unitName: 'web@.service' };
    assert.equal(expandSpecifiers('%n|%N|%p|%i|%I', ctx), 'web@.service|web@|web||');
  });

  it('takes the instance from the first @ to the last dot', () => {
    const ctx = { unitName: 'a@b@c.d.socket' };
    assert.equal(expandSpecifiers('%p|%i|%N', ctx), 'a|b@c.d|a@b@c.d');
  });

  it('unescapes %P and %I: - is /, \\xNN is that character', () => {
    const ctx = { unitName: 'mnt-data@dev-disk-by\\x2dlabel-x\\x20y.service' };
    assert.equal(expandSpecifiers('%p', ctx), 'mnt-data');
    assert.equal(expandSpecifiers('%P', ctx), 'mnt/data');
    assert.equal(expandSpecifiers('%i', ctx), 'dev-disk-by\\x2dlabel-x\\x20y');
    assert.equal(expandSpecifiers('%I', ctx), 'dev/disk/by-label/x y');
  });

  it('expands the machine specifiers %H %m %b when known, and leaves them when not', () => {
    const ctx = { unitName: 'a.service', ...machine };
    assert.equal(
      expandSpecifiers('%H %m %b', ctx),
      `core-01 ${machine.machineId} ${machine.bootId}`,
    );
    assert.equal(expandSpecifiers('%H %m %b', { unitName: 'a.service' }), '%H %m %b');
  });

  it('turns %% into %, and does not expand what follows it', () => {
    const ctx = { unitName: 'nginx@80.service' };
    assert.equal(expandSpecifiers('100%%', ctx), '100%');
    assert.equal(expandSpecifiers('%%i', ctx), '%i');
    assert.equal(expandSpecifiers('%%%i', ctx), '%80');
    assert.equal(expandSpecifiers('%%', ctx, fleetSpecifiers), '%');
  });

  it('leaves unknown specifiers, a trailing %, and text without % as written', () => {
    const ctx = { unitName: 'nginx@80.service' };
    assert.equal(expandSpecifiers('%t %u %z', ctx), '%t %u %z');
    assert.equal(expandSpecifiers('50%', ctx), '50%');
    assert.equal(expandSpecifiers('plain text', ctx), 'plain text');
    assert.equal(expandSpecifiers('', ctx), '');
  });

  it('expands several in one value, adjacent or repeated', () => {
    const ctx = { unitName: 'nginx@80.service' };
    assert.equal(expandSpecifiers('%p%i-%p%i', ctx), 'nginx80-nginx80');
  });

  it('expands only the allowed letters: fleet’s are %n %N %p %i', () => {
    const ctx = { unitName: 'nginx@80.service', ...machine };
    assert.equal(
      expandSpecifiers('%n %N %p %i %P %I %H %m %b', ctx, fleetSpecifiers),
      'nginx@80.service nginx@80 nginx 80 %P %I %H %m %b',
    );
    assert.equal(expandSpecifiers('%i %H', ctx, 'H'), `%i core-01`);
    assert.equal(expandSpecifiers('%i %H', ctx, ''), '%i %H');
  });
});

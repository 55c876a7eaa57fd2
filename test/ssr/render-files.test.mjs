// `kommun-elements render` reads `src` data files only inside the root: regular files, their
// size checked before they are read, and no message quotes what a file holds.
// Run after `npm run build`: node --test test/ssr/
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { renderHtml } from '../../ssr/render.js';

const SECRET = 'root:x:0:0:root:/root:/bin/bash';
const FACTORS = JSON.stringify(['Folkhälsa', 'Samverkan']);

describe('kommun-elements render: which files src may read', () => {
  /** @type {string} */
  let base;
  /** @type {string} */
  let root;
  /** @type {string} */
  let page;

  before(async () => {
    // base/secret.json (outside), base/site/ the root, base/site/sida/index.html the page.
    base = await mkdtemp(join(tmpdir(), 'render-files-'));
    root = join(base, 'site');
    await mkdir(join(root, 'sida'), { recursive: true });
    await mkdir(join(root, 'data'));
    page = join(root, 'sida', 'index.html');
    await writeFile(join(base, 'secret.json'), SECRET);
    await writeFile(join(root, 'data', 'factors.json'), FACTORS);
    await writeFile(join(root, 'data', 'passwd.json'), SECRET);
    await symlink(join(base, 'secret.json'), join(root, 'data', 'link-out.json'));
    await symlink(join(root, 'data', 'factors.json'), join(root, 'data', 'link-in.json'));
    await symlink('/dev/zero', join(root, 'data', 'zero.json'));
    execFileSync('mkfifo', [join(root, 'data', 'fifo.json')]);
    await writeFile(join(root, 'data', 'huge.json'), '');
    await truncate(join(root, 'data', 'huge.json'), 3_000_000); // sparse: no disk used
  });

  after(() => rm(base, { recursive: true, force: true }));

  /** The errors of rendering one success-factors with `src`, in the page inside the root. */
  async function errorsFor(src, options = { file: page, root }) {
    const outcome = await renderHtml(`<success-factors src="${src}"></success-factors>`, options);
    for (const error of outcome.errors) assert.ok(!error.message.includes('root:x'), `no file content in: ${error.message}`);
    return outcome.errors.map((error) => error.message);
  }

  it('reads a file inside the root, relative or from the root, and through a link that stays inside', async () => {
    for (const src of ['../data/factors.json', '/data/factors.json', '/data/link-in.json', '%2Fdata%2Ffactors.json']) {
      assert.deepEqual(await errorsFor(src), [], src);
    }
  });

  for (const src of ['../../secret.json', '%2e%2e/%2e%2e/secret.json', '..%2F..%2Fsecret.json', '/../secret.json', '/%2e%2e/secret.json']) {
    it(`refuses ${src}: it leads out of the root`, async () => {
      const [message, ...more] = await errorsFor(src);
      assert.equal(more.length, 0);
      assert.match(message ?? '', /leads out of the root folder/);
    });
  }

  it('refuses a link inside the root that points out of it', async () => {
    const [message] = await errorsFor('/data/link-out.json');
    assert.match(message ?? '', /leads out of the root folder/);
  });

  it('never quotes a file that is not JSON', async () => {
    const [message] = await errorsFor('/data/passwd.json');
    assert.match(message ?? '', /data\/passwd\.json is not valid JSON$/);
  });

  it('refuses a FIFO without waiting for a writer', { timeout: 10_000 }, async () => {
    const [message] = await errorsFor('/data/fifo.json');
    assert.match(message ?? '', /fifo\.json is not a regular file/);
  });

  it('refuses a device without reading it: /dev/zero through a link, and with the root at /', { timeout: 10_000 }, async () => {
    assert.match((await errorsFor('/data/zero.json'))[0] ?? '', /leads out of the root folder/);
    assert.match((await errorsFor('/dev/zero', { file: page, root: '/' }))[0] ?? '', /dev\/zero is not a regular file/);
  });

  it('refuses a file over the size limit', async () => {
    assert.match((await errorsFor('/data/huge.json'))[0] ?? '', /huge\.json is larger than 2000000 bytes/);
  });
});

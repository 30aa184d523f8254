import { expect } from '@open-wc/testing';
import { loadDataset } from '../../src/data/load-dataset.js';

const codes = (result: Awaited<ReturnType<typeof loadDataset>>) =>
  result.ok ? [] : result.error.issues.map((issue) => issue.code);

describe('loadDataset()', () => {
  it('loads and validates the bundled dataset', async () => {
    const result = await loadDataset('/data/north-korea.json');
    expect(result.ok, JSON.stringify(!result.ok && result.error.issues)).to.equal(true);
  });

  it('reports a 404 with the address', async () => {
    const result = await loadDataset('/data/no-such-file.json');
    expect(codes(result)).to.deep.equal(['http-status']);
    expect(!result.ok && result.error.issues[0]!.message).to.equal(
      'the server answered 404 for /data/no-such-file.json',
    );
  });

  it('reports a 500', async () => {
    const result = await loadDataset('/test-server/status/500');
    expect(!result.ok && result.error.issues[0]!.message).to.include('answered 500');
  });

  it('reports malformed and truncated JSON', async () => {
    expect(codes(await loadDataset('/test-server/truncated'))).to.deep.equal(['invalid-json']);
  });

  it('reports an HTML page served instead of JSON', async () => {
    expect(codes(await loadDataset('/test-server/text'))).to.deep.equal(['invalid-json']);
  });

  it('reports valid JSON that is not a dataset, with paths', async () => {
    const result = await loadDataset('/package.json');
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.error.issues.map((i) => i.path)).to.include('schemaVersion');
  });

  it('reports a server that never answers once the time limit passes', async () => {
    const result = await loadDataset('/test-server/hang', { timeoutMs: 300 });
    expect(codes(result)).to.deep.equal(['network']);
    expect(!result.ok && result.error.issues[0]!.message).to.include('no answer after');
  });

  it('reports an address that cannot be fetched at all', async () => {
    const result = await loadDataset('http://[::1]:1/unreachable.json');
    expect(codes(result)).to.deep.equal(['network']);
  });
});

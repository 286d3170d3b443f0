import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { fixture } from './fixtures';

describe.each(dialects())('smoke on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let owner: Browser;
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    api = testApi(db);
    owner = await api.setupOwner();
  });
  afterAll(() => db.dispose());

  it('imports', async () => {
    const content = fixture('apple-macos.vcf');
    const preview = await api.call('POST', '/api/import', { browser: owner, body: { filename: 'a.vcf', content, apply: false } });
    console.log(JSON.stringify(preview.body, null, 1).slice(0, 3000));
    const applied = await api.call('POST', '/api/import', { browser: owner, body: { filename: 'a.vcf', content, apply: true } });
    console.log(applied.status, JSON.stringify(applied.body).slice(0, 500));
    const again = await api.call('POST', '/api/import', { browser: owner, body: { filename: 'a.vcf', content, apply: true } });
    console.log(again.status, JSON.stringify({ ...again.body, people: undefined }));
    const exp = await api.call('GET', '/api/export', { browser: owner });
    console.log(exp.status, JSON.stringify(exp.body).slice(0, 1500));
    const vc = await api.call('GET', '/api/export/vcard', { browser: owner });
    console.log(vc.status, vc.body.slice(0, 800));
    expect(applied.status).toBe(200);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, type TabStore } from '../../../src/background/handlers';
import { findContact } from '../../../src/storage/contacts';
import { VinculoDb } from '../../../src/storage/db';
import { healthRecords } from '../../../src/storage/health';

let db: VinculoDb;
let session: Record<string, unknown>;
const store: TabStore = {
  get: async (key) => ({ [key]: session[key] }),
  set: async (items) => void Object.assign(session, items),
};
const sender = { extensionId: 'me', tabId: 3, url: 'https://www.linkedin.com/in/ana/' };
const run = { reader: 'profile' as const, pageKind: 'profile-sdui-2026', url: 'https://www.linkedin.com/in/ana/', found: ['name'], missing: ['about'] };

beforeEach(() => {
  db = new VinculoDb(`bg-${crypto.randomUUID()}`);
  session = {};
});
afterEach(() => db.delete());

describe('background handlers', () => {
  it('a visited profile then its reading: contact stored, health recorded, tab state complete', async () => {
    const handlers = createHandlers(db, store, () => 42);
    await handlers['page.visited']({ url: 'https://www.linkedin.com/in/ana/', route: 'profile', slug: 'ana' }, sender);
    expect(await handlers['profile.read']({ snapshot: { slug: 'ana', name: 'Ana' }, run }, sender)).toEqual({ contactId: 'ana' });
    expect(await findContact(db, 'ana')).toMatchObject({ profile: { name: 'Ana' }, profileSeenAt: 42 });
    expect((await healthRecords(db))[0]).toMatchObject({ id: 'profile:profile-sdui-2026', runs: [{ at: 42, missing: ['about'] }] });
    expect(session['tab:3']).toEqual({ url: 'https://www.linkedin.com/in/ana/', route: 'profile', slug: 'ana', read: { contactId: 'ana', missing: ['about'], at: 42 } });
  });

  it('a page where nothing could be read stores no contact but records health and tells the tab', async () => {
    const handlers = createHandlers(db, store, () => 5);
    await handlers['page.visited']({ url: 'https://www.linkedin.com/in/ana/', route: 'profile', slug: 'ana' }, sender);
    const nothing = { ...run, pageKind: 'unrecognised', found: [], missing: ['name', 'headline'] };
    expect(await handlers['profile.read']({ snapshot: { slug: 'ana' }, run: nothing }, sender)).toEqual({ contactId: null });
    expect(await db.contacts.count()).toBe(0);
    expect((await healthRecords(db))[0]?.id).toBe('profile:unrecognised');
    expect(session['tab:3']).toMatchObject({ read: { contactId: null, missing: ['name', 'headline'] } });
  });

  it('a late reading of the previous profile does not overwrite the tab state of the new one', async () => {
    const handlers = createHandlers(db, store);
    await handlers['page.visited']({ url: 'https://www.linkedin.com/in/bea/', route: 'profile', slug: 'bea' }, sender);
    await handlers['profile.read']({ snapshot: { slug: 'ana', name: 'Ana' }, run }, sender);
    expect(session['tab:3']).toEqual({ url: 'https://www.linkedin.com/in/bea/', route: 'profile', slug: 'bea' });
  });
});

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
const sender = { extensionId: 'me', tabId: 3, frameId: 0, url: 'https://www.linkedin.com/in/ana/' };
const onAna = { url: 'https://www.linkedin.com/in/ana/', route: 'profile' as const, slug: 'ana' };

beforeEach(() => {
  db = new VinculoDb(`bg-${crypto.randomUUID()}`);
  session = {};
});
afterEach(() => db.delete());

describe('background handlers', () => {
  it('a visited profile then its reading: contact stored and the tab state says what was read', async () => {
    const handlers = createHandlers(db, store, () => 42);
    await handlers['page.visited'](onAna, sender);
    expect(await handlers['profile.read']({ snapshot: { slug: 'ana', name: 'Ana' }, missing: ['about'] }, sender)).toEqual({ contactId: 'ana' });
    expect(await findContact(db, 'ana')).toMatchObject({ profile: { name: 'Ana' }, profileSeenAt: 42 });
    expect(session['tab:3']).toEqual({ ...onAna, read: { contactId: 'ana', missing: ['about'], at: 42 } });
    // The content script restarting on the same page keeps the reading.
    await handlers['page.visited'](onAna, sender);
    expect(session['tab:3']).toMatchObject({ read: { contactId: 'ana' } });
  });

  it('a page where nothing could be read stores no contact but tells the tab what is missing', async () => {
    const handlers = createHandlers(db, store, () => 5);
    await handlers['page.visited'](onAna, sender);
    expect(await handlers['profile.read']({ snapshot: { slug: 'ana' }, missing: ['name', 'headline'] }, sender)).toEqual({ contactId: null });
    expect(await db.contacts.count()).toBe(0);
    expect(session['tab:3']).toMatchObject({ read: { contactId: null, missing: ['name', 'headline'] } });
  });

  it('one health run per reader.ran', async () => {
    const handlers = createHandlers(db, store, () => 7);
    await handlers['reader.ran']({ reader: 'profile', pageKind: 'unrecognised', url: onAna.url, found: [], missing: ['name'] }, sender);
    expect(await healthRecords(db)).toEqual([expect.objectContaining({ id: 'profile:unrecognised', runs: [{ at: 7, found: [], missing: ['name'] }] })]);
  });

  it('a late reading of the previous profile does not overwrite the tab state of the new one', async () => {
    const handlers = createHandlers(db, store);
    const onBea = { url: 'https://www.linkedin.com/in/bea/', route: 'profile' as const, slug: 'bea' };
    await handlers['page.visited'](onBea, sender);
    await handlers['profile.read']({ snapshot: { slug: 'ana', name: 'Ana' }, missing: [] }, sender);
    expect(session['tab:3']).toEqual(onBea);
  });

  it('a profile opened by member id learns its slug from the reading', async () => {
    const handlers = createHandlers(db, store, () => 9);
    await handlers['page.visited']({ url: 'https://www.linkedin.com/in/ACoAAB1x/', route: 'profile' }, sender);
    await handlers['profile.read']({ snapshot: { slug: 'ana', memberId: 'ACoAAB1x', name: 'Ana' }, missing: [] }, sender);
    expect(session['tab:3']).toMatchObject({ slug: 'ana', read: { contactId: 'ana' } });
  });
});

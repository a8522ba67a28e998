import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VinculoDb } from '../../../src/storage/db';
import { timelineOf } from '../../../src/storage/interactions';
import { nearDuplicateRecipients, recordSentMessage } from '../../../src/storage/sent';

let db: VinculoDb;
beforeEach(() => {
  db = new VinculoDb(`sent-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

const pitch = (name: string) =>
  `Hi ${name}, I run a small agency that helps teams like yours get more qualified leads every month. Would you have fifteen minutes this week for a quick call to see if we could help?`;
const day = 86_400_000;
const now = Date.UTC(2026, 10, 23, 12);

describe('sent messages', () => {
  it('become message interactions with a fingerprint, keeping the text as the user chose', async () => {
    const full = await recordSentMessage(db, 'ana', pitch('Ana'), 'full', now);
    expect(full).toMatchObject({ kind: 'message', contactId: 'ana', text: pitch('Ana'), createdAt: now });
    expect(full.fingerprint).toMatch(/^[A-Za-z0-9+/=]{340,}$/u);
    expect(full.bands).toHaveLength(16);
    expect((await recordSentMessage(db, 'bea', pitch('Bea'), 'snippet', now)).text).toMatch(/^Hi Bea, I run a small agency.*…$/u);
    expect((await recordSentMessage(db, 'cris', pitch('Cris'), 'none', now)).text).toBe('');
    expect((await timelineOf(db, 'ana'))[0]?.id).toBe(full.id);
  });

  it('finds the other recent recipients of a near-duplicate through the band index', async () => {
    await recordSentMessage(db, 'ana', pitch('Ana'), 'none', now - 1 * day);
    await recordSentMessage(db, 'bea', pitch('Bea'), 'none', now - 2 * day);
    await recordSentMessage(db, 'cris', pitch('Cris'), 'none', now - 30 * day);
    await recordSentMessage(db, 'dani', 'Thanks again for the tour of the lab, the robots were even better in person.', 'none', now - 1 * day);
    const options = { since: now - 14 * day, similarity: 0.8 };
    const result = await nearDuplicateRecipients(db, pitch('Eva'), { ...options, recipient: 'eva' });
    expect(result.recipients).toBe(2);
    expect(result.similarity).toBeGreaterThanOrEqual(0.8);
    expect(await nearDuplicateRecipients(db, 'Would you like to see the slides from my talk on hospital logistics?', options)).toEqual({ recipients: 0, similarity: 0 });
    expect(await nearDuplicateRecipients(db, '🎉🎉', options)).toEqual({ recipients: 0, similarity: 0 });
  });
});

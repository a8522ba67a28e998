import { describe, expect, it } from 'vitest';
import { BANDS, decodeSignature, encodeSignature, fingerprint, similarity, words } from '../../../src/core/analysis/fingerprint';
import { sentToOthers, type SentFingerprint } from '../../../src/core/analysis/mass';

const template = (name: string) =>
  `Hi ${name}, I hope this message finds you well. I lead partnerships at a small studio and we help teams like yours ship faster with fewer meetings. Would you be open to a short chat next week about how we could work together?`;

const fp = (text: string) => {
  const f = fingerprint(text);
  if (!f) throw new Error('no fingerprint');
  return f;
};

describe('fingerprints', () => {
  it('normalise case, accents, punctuation and links', () => {
    expect(words('¡Hola, ANA! Mira https://x.example/?utm=1 qué tal')).toEqual(['hola', 'ana', 'mira', 'que', 'tal']);
    expect(similarity(fp('¡Hola, Ana! ¿Qué tal el viaje a Oaxaca?').signature, fp('hola ana que tal el viaje a oaxaca').signature)).toBe(1);
  });

  it('the same template with another name is a near-duplicate; a different message is not', () => {
    const a = fp(template('Ana'));
    expect(similarity(a.signature, fp(template('Bob')).signature)).toBeGreaterThan(0.8);
    const other = fp('Thanks for the talk at the meetup yesterday, the part about research ops in hospitals stayed with me. Do you have the slides?');
    expect(similarity(a.signature, other.signature)).toBeLessThan(0.2);
  });

  it('near-duplicates share an LSH band; unrelated messages almost never do', () => {
    const a = fp(template('Ana'));
    const b = fp(template('Roberto'));
    expect(a.bands).toHaveLength(BANDS);
    expect(a.bands.some((band) => b.bands.includes(band))).toBe(true);
    const c = fp('Gracias por la recomendación del libro, lo empecé anoche y ya voy por el tercer capítulo.');
    expect(a.bands.some((band) => c.bands.includes(band))).toBe(false);
  });

  it('is stable: the same text always gives the same signature (stored signatures stay comparable)', () => {
    expect(encodeSignature(fp(template('Ana')).signature)).toBe(encodeSignature(fp(template('Ana')).signature));
    expect(fp('hello there friend').signature[0]).toBe(fp('Hello, there — friend!').signature[0]);
  });

  it('round-trips through its text encoding, and refuses a damaged one', () => {
    const signature = fp(template('Ana')).signature;
    expect(decodeSignature(encodeSignature(signature))).toEqual(signature);
    expect(() => decodeSignature('AAAA')).toThrow(/bytes/);
  });

  it('has no fingerprint for a message without words; short messages still get one', () => {
    expect(fingerprint('')).toBeNull();
    expect(fingerprint('👋 🎉 !!!')).toBeNull();
    expect(fingerprint('Gracias')).not.toBeNull();
  });
});

describe('sent to others', () => {
  const now = Date.UTC(2026, 10, 23);
  const day = 86_400_000;
  const sent = (recipient: string, text: string, daysAgo: number): SentFingerprint => ({ recipient, at: now - daysAgo * day, signature: fp(text).signature });
  const history = [
    sent('ana', template('Ana'), 1),
    sent('bob', template('Bob'), 2),
    sent('bob', template('Bob'), 3),
    sent('carla', template('Carla'), 20),
    sent('dani', 'Thanks for the intro to your team last week, it went really well and we are meeting again in May.', 1),
  ];
  const options = { since: now - 14 * day, similarity: 0.8 };

  it('counts distinct other recipients of a near-duplicate within the window', () => {
    const result = sentToOthers(fp(template('Eva')), history, { ...options, recipient: 'eva' });
    expect(result.recipients).toBe(2);
    expect(result.similarity).toBeGreaterThan(0.8);
  });

  it('the same text to the same person again is not mass; old sends fall out of the window', () => {
    expect(sentToOthers(fp(template('Ana')), history, { ...options, recipient: 'ana' }).recipients).toBe(1);
    expect(sentToOthers(fp(template('Eva')), history, { ...options, since: now - 1.5 * day }).recipients).toBe(1);
  });

  it('a personal message has no near-duplicates', () => {
    expect(sentToOthers(fp('Loved your post on community nursing, could you share the study you cited?'), history, options)).toEqual({ recipients: 0, similarity: 0 });
  });
});

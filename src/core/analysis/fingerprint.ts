/**
 * Near-duplicate fingerprints of messages, for the mass-message signal ("the same text to many people").
 *
 * A message becomes the set of its word 3-grams (shingles) after normalisation; a MinHash signature of that
 * set estimates the Jaccard similarity of two messages by the share of equal positions. Signatures are cut into
 * LSH bands: two messages that share any band's values are candidates, so a lookup touches a few buckets
 * instead of every message ever sent. With 16 bands of 4 rows, pairs at similarity 0.8 collide with
 * probability 1 - (1 - 0.8^4)^16 ≈ 0.9996, pairs at 0.3 with ≈ 0.12.
 *
 * Only the signature is kept, never the text: it cannot be turned back into the message.
 */

export const SIGNATURE_SIZE = 64;
export const BANDS = 16;
const ROWS = SIGNATURE_SIZE / BANDS;
const SHINGLE_WORDS = 3;

export interface Fingerprint {
  /** MinHash values, one per hash function. */
  signature: Uint32Array;
  /** One key per LSH band ("b3:1a2b3c4d"): messages sharing a key are near-duplicate candidates. */
  bands: string[];
}

/*
 * Hash functions h_i(x) = (a_i * x + b_i) mod 2^32 with odd a_i, from a fixed seed so that fingerprints
 * computed today match those stored last year (changing them would need a migration of stored signatures).
 */
const COEFFICIENTS = (() => {
  let state = 0x9e3779b9;
  const next = () => {
    // xorshift32
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
  const a = new Uint32Array(SIGNATURE_SIZE);
  const b = new Uint32Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    a[i] = next() | 1;
    b[i] = next();
  }
  return { a, b };
})();

/** FNV-1a, 32 bits: a fast, well-spread hash of a short string. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Words of the message, lowercased and without accents, URLs or punctuation: "¡Hola, Ana!" and "hola ana"
 * are the same message to a recipient's eye, and a tracking link differs on every send.
 */
export function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/https?:\/\/\S+/gu, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Hashes of the message's word 3-grams (or of its words, for messages shorter than that). */
function shingles(text: string): Set<number> {
  const w = words(text);
  const out = new Set<number>();
  if (w.length < SHINGLE_WORDS) {
    for (const word of w) out.add(fnv1a(word));
    return out;
  }
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) out.add(fnv1a(w.slice(i, i + SHINGLE_WORDS).join(' ')));
  return out;
}

/** The fingerprint of a message; null for a message with no words (nothing to compare). */
export function fingerprint(text: string): Fingerprint | null {
  const set = shingles(text);
  if (set.size === 0) return null;
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const { a, b } = COEFFICIENTS;
  for (const x of set) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = (Math.imul(a[i]!, x) + b[i]!) >>> 0;
      if (h < signature[i]!) signature[i] = h;
    }
  }
  return { signature, bands: bandKeys(signature) };
}

function bandKeys(signature: Uint32Array): string[] {
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    let hash = 0x811c9dc5;
    for (let row = 0; row < ROWS; row++) {
      hash ^= signature[band * ROWS + row]!;
      hash = Math.imul(hash, 0x01000193);
    }
    keys.push(`b${band}:${(hash >>> 0).toString(36)}`);
  }
  return keys;
}

/** Estimated Jaccard similarity of the two messages' shingle sets, 0…1. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) equal++;
  return equal / SIGNATURE_SIZE;
}

/** A signature as text, for storage and export (base64 of its bytes). */
export function encodeSignature(signature: Uint32Array): string {
  let binary = '';
  const bytes = new Uint8Array(signature.buffer, signature.byteOffset, signature.byteLength);
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function decodeSignature(encoded: string): Uint32Array {
  const binary = atob(encoded);
  if (binary.length !== SIGNATURE_SIZE * 4) throw new Error(`a signature has ${SIGNATURE_SIZE * 4} bytes, not ${binary.length}`);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Uint32Array(bytes.buffer);
}

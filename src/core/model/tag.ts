import { z } from 'zod';
import { fold } from './fold';

export const TAG_MAX_LENGTH = 40;
export const TAGS_PER_CONTACT_MAX = 50;

/** A tag is the user's own label ("peer", "Madrid", "ex-colleague"): trimmed, inner spaces collapsed. */
export const Tag = z
  .string()
  .transform((s) => s.trim().replace(/\s+/gu, ' '))
  .pipe(z.string().min(1).max(TAG_MAX_LENGTH));
export type Tag = z.infer<typeof Tag>;

/** Adds a tag unless one equal ignoring case and accents is already there (so "Málaga" and "malaga" do not both appear). */
export function addTag(tags: readonly string[], raw: string): string[] {
  const parsed = Tag.safeParse(raw);
  if (!parsed.success) return [...tags];
  const key = fold(parsed.data);
  if (tags.some((t) => fold(t) === key) || tags.length >= TAGS_PER_CONTACT_MAX) return [...tags];
  return [...tags, parsed.data];
}

export function removeTag(tags: readonly string[], tag: string): string[] {
  return tags.filter((t) => t !== tag);
}

/** Removes `tag` written any way ("Madrid", "madrid"): what removing a tag from many contacts at once means. */
export function removeTagAnyCase(tags: readonly string[], tag: string): string[] {
  const key = fold(tag);
  return tags.filter((t) => fold(t) !== key);
}


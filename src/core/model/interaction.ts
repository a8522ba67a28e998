import { z } from 'zod';
import { Slug } from './profile';

/** The kinds of contact the user can log (PRODUCT.md F3). Order is the order of the picker. */
export const INTERACTION_KINDS = [
  'message',
  'comment',
  'call',
  'video_call',
  'in_person',
  'email',
  'introduction',
  'help_given',
  'help_received',
  'invitation',
  'other',
] as const;
export const InteractionKind = z.enum(INTERACTION_KINDS);
export type InteractionKind = z.infer<typeof InteractionKind>;

/** LinkedIn's own limit for a message: a sent message kept in full fits. */
export const INTERACTION_TEXT_MAX = 8000;

/** A calendar day, as the user picked it: "2026-11-23". Kept as a day, not an instant, so time zones cannot move it. */
export const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/u, 'a day looks like 2026-11-23')
  .refine(isCalendarDay, 'not a day of the calendar');
export type Day = z.infer<typeof Day>;

/** Who wrote: the user ('out') or the contact ('in'). Known for messages sent through LinkedIn or imported; unset for what the user logs. */
export const DIRECTIONS = ['out', 'in'] as const;
export const Direction = z.enum(DIRECTIONS);
export type Direction = z.infer<typeof Direction>;

export const Interaction = z.object({
  id: z.uuid(),
  contactId: Slug,
  kind: InteractionKind,
  day: Day,
  text: z.string().max(INTERACTION_TEXT_MAX),
  direction: Direction.optional(),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** A message the user sent through LinkedIn: its MinHash signature (analysis/fingerprint.ts, base64)… */
  fingerprint: z.string().max(400).optional(),
  /** …and its LSH band keys, indexed, so near-duplicates are found without reading every message. */
  bands: z.array(z.string().max(40)).max(32).optional(),
});
export type Interaction = z.infer<typeof Interaction>;

export const SNIPPET_LENGTH = 140;

/** What the timeline keeps of a sent message, as the user chose (settings.sentMessageText). */
export function keptText(text: string, mode: 'full' | 'snippet' | 'none'): string {
  if (mode === 'none') return '';
  if (mode === 'full' || text.length <= SNIPPET_LENGTH) return text.slice(0, INTERACTION_TEXT_MAX);
  // Cut at a word boundary when there is one near the end, so the snippet does not end mid-word.
  const cut = text.slice(0, SNIPPET_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${space > SNIPPET_LENGTH * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** What the user types in the "log an interaction" form. */
export const InteractionDraft = Interaction.pick({ kind: true, day: true, text: true });
export type InteractionDraft = z.infer<typeof InteractionDraft>;

/** Timeline order: newest day first; on the same day, the one logged last first. */
export function byNewest(a: Interaction, b: Interaction): number {
  return b.day.localeCompare(a.day) || b.createdAt - a.createdAt;
}

/** Today as a Day in the user's own time zone (toISOString would give UTC's day). */
export function today(now: Date = new Date()): Day {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "2026-02-31" matches the pattern but is no day; years before 1900 are typing slips, not LinkedIn history. */
function isCalendarDay(day: string): boolean {
  const [y = 0, m = 0, d = 0] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

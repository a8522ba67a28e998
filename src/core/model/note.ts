import { z } from 'zod';
import { Slug } from './profile';

/** Notes are the user's own words: generous limit, kept exactly as typed (no trimming, emoji and RTL intact). */
export const NOTE_MAX_LENGTH = 200_000;

export const Note = z.object({
  id: z.uuid(),
  contactId: Slug,
  text: z.string().max(NOTE_MAX_LENGTH),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Note = z.infer<typeof Note>;

import { z } from 'zod';
import { MemberId, Slug } from '../model/profile';
import { invalid, type ExportFormat, type RowResult } from './columns';
import { DATE_EXAMPLES, exportInstant } from './dates';
import { cut, quoted } from './problems';
import { profileRef } from './profile-url';

/*
 * Invitations.csv, two generations:
 *   2018  From,To,Sent At,Message,Direction
 *   2024  … adds inviterProfileUrl,inviteeProfileUrl
 * Sent At: "12/15/24, 7:47 AM". Direction: INCOMING / OUTGOING.
 */

export const INVITATION_DIRECTIONS = ['INCOMING', 'OUTGOING'] as const;

export const ImportedInvitation = z.object({
  from: z.string().trim().min(1).max(400),
  to: z.string().trim().min(1).max(400),
  /** Epoch ms (read as UTC: LinkedIn does not say). */
  sentAt: z.number().int(),
  /** The note sent with the invitation; '' without one. */
  message: z.string().max(2000),
  direction: z.enum(INVITATION_DIRECTIONS),
  inviterUrl: z.string().max(2000).optional(),
  inviterSlug: z.optional(Slug),
  inviterMemberId: z.optional(MemberId),
  inviteeUrl: z.string().max(2000).optional(),
  inviteeSlug: z.optional(Slug),
  inviteeMemberId: z.optional(MemberId),
});
export type ImportedInvitation = z.infer<typeof ImportedInvitation>;

export const INVITATIONS: ExportFormat<ImportedInvitation> = {
  kind: 'invitations',
  fileName: 'Invitations.csv',
  required: ['From', 'To', 'Sent At', 'Message', 'Direction'],
  optional: ['inviterProfileUrl', 'inviteeProfileUrl'],
  generation: (has) => (has('inviterProfileUrl') ? '2024' : '2018'),
  read(row): RowResult<ImportedInvitation> {
    const from = row.get('From').trim();
    const to = row.get('To').trim();
    if (!from || !to) return { ok: false, code: 'missing-name', reason: `${from ? 'To' : 'From'} is empty.`, details: [from ? 'To' : 'From'] };
    const written = row.get('Sent At');
    const sentAt = exportInstant(written);
    if (sentAt === null) return { ok: false, code: 'bad-date', reason: `Sent At is ${quoted(written)}, not a date like ${DATE_EXAMPLES}.`, details: ['Sent At', cut(written)] };
    const direction = row.get('Direction').trim().toUpperCase();
    if (direction !== 'INCOMING' && direction !== 'OUTGOING') {
      return { ok: false, code: 'bad-direction', reason: `Direction is ${quoted(row.get('Direction'))}, not INCOMING or OUTGOING.`, details: [cut(row.get('Direction'))] };
    }
    const inviter = profileRef(row.get('inviterProfileUrl'));
    const invitee = profileRef(row.get('inviteeProfileUrl'));
    const parsed = ImportedInvitation.safeParse({
      from,
      to,
      sentAt,
      message: row.get('Message').trim(),
      direction,
      inviterUrl: inviter?.url,
      inviterSlug: inviter?.slug,
      inviterMemberId: inviter?.memberId,
      inviteeUrl: invitee?.url,
      inviteeSlug: invitee?.slug,
      inviteeMemberId: invitee?.memberId,
    });
    return parsed.success ? { ok: true, record: parsed.data } : invalid(parsed.error);
  },
};

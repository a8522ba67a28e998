import { MemberId, Slug } from '../model/profile';

/*
 * The profile URLs in LinkedIn's export: `https://www.linkedin.com/in/<slug>` in Connections.csv and
 * Invitations.csv, `https://www.linkedin.com/in/<ACoAA…member id>` in messages.csv's sender/recipient columns.
 *
 * This is the small, export-only cousin of src/linkedin/routes.ts (profileSlugFromUrl / memberIdFromProfileUrl),
 * which core may not import. Both must agree on what a slug is: they share Slug / MemberId from core/model.
 * Should a third reader need it, move one pure helper into core/model and let routes.ts call it.
 */

const PROFILE_URL = /^(?:https?:\/\/)?(?:www\.|[a-z]{2}\.)?linkedin\.com\/in\/([^/?#\s]+)\/?(?:[?#].*)?$/iu;
const MEMBER_ID_SEGMENT = /^ACoAA[A-Za-z0-9_-]{20,}$/u;

export interface ProfileRef {
  url: string;
  slug?: string;
  memberId?: string;
}

/** A profile URL's slug (lowercased, percent-decoded) or member id; just the URL when it is neither. */
export function profileRef(url: string): ProfileRef | undefined {
  const trimmed = url.trim();
  if (!trimmed) return undefined;
  const segment = PROFILE_URL.exec(trimmed)?.[1];
  if (!segment) return { url: trimmed };
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return { url: trimmed };
  }
  if (MEMBER_ID_SEGMENT.test(decoded)) {
    const id = MemberId.safeParse(decoded);
    return id.success ? { url: trimmed, memberId: id.data } : { url: trimmed };
  }
  const slug = Slug.safeParse(decoded.toLowerCase());
  return slug.success && slug.data !== 'me' ? { url: trimmed, slug: slug.data } : { url: trimmed };
}

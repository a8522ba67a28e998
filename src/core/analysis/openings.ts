/** What the profile shows about the person being invited (all optional: pages differ). */
export interface InviteeProfile {
  name?: string;
  headline?: string;
  position?: string;
  company?: string;
}

/** A way to start a personal note: a _locales key and its parameters (the UI words it; the user writes the note). */
export interface Opening {
  key: string;
  params: string[];
}

/** A thread the user read where the person took part (storage: sightings), newest first. */
export interface SharedThread {
  title?: string;
  authorName?: string;
}

const ROLE_MAX = 60;
const TITLE_MAX = 70;

/**
 * The role a headline leads with: "Urban hydrologist · Flood-risk maps for small towns" → "Urban hydrologist".
 * Headlines chain phrases with ·, |, • or dashes; the first one is usually the role.
 */
export function leadingRole(headline: string): string {
  const first = headline.split(/\s+[·|•]\s+|\s+[-–—]\s+/u)[0]?.trim() ?? '';
  return first.length > ROLE_MAX ? `${first.slice(0, ROLE_MAX).replace(/\s+\S*$/u, '')}…` : first;
}

/**
 * Two or three concrete openings for a connection note: first a debate where the user saw them (seed 002: the
 * threads where people keep meeting are where relationships start), then what the profile shows (seed 003: say
 * why you want to connect, peers and competitors included), ending with where-you-met, which always applies.
 */
export function openings(profile: InviteeProfile, seenIn: readonly SharedThread[] = []): Opening[] {
  const who = profile.name?.trim().split(/\s+/u)[0] ?? '';
  const out: Opening[] = [];
  const thread = seenIn.find((t) => t.title?.trim() || t.authorName?.trim());
  if (thread?.title?.trim()) out.push({ key: 'nudgeOpeningThread', params: [who, clipTitle(thread.title)] });
  else if (thread?.authorName) out.push({ key: 'nudgeOpeningThreadBy', params: [who, thread.authorName] });
  const role = profile.position ?? (profile.headline ? leadingRole(profile.headline) : undefined);
  if (role) out.push({ key: 'nudgeOpeningRole', params: [who, role] });
  if (profile.company) out.push({ key: 'nudgeOpeningCompany', params: [who, profile.company] });
  if (out.length < 2) out.push({ key: 'nudgeOpeningPeer', params: [who] });
  // "Where you came across them" says what a shared thread already said.
  if (!thread) out.push({ key: 'nudgeOpeningWhere', params: [] });
  return out.slice(0, 3);
}

function clipTitle(title: string): string {
  const line = title.replace(/\s+/gu, ' ').trim();
  return line.length > TITLE_MAX ? `${line.slice(0, TITLE_MAX).replace(/\s+\S*$/u, '')}…` : line;
}

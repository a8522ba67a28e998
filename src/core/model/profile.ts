import { z } from 'zod';

/** Connection degree as LinkedIn shows it beside a name ("· 1st", "3rd degree connection"). */
export const Degree = z.enum(['1st', '2nd', '3rd']);
export type Degree = z.infer<typeof Degree>;

/**
 * A public-profile slug as it appears in `/in/<slug>/`, lowercased and percent-decoded: the canonical contact id.
 * LinkedIn slugs are 3–100 characters; non-ASCII letters occur in older vanity URLs.
 */
export const Slug = z
  .string()
  .min(2)
  .max(100)
  .regex(/^[^\s/?#]+$/u, 'a slug has no spaces, slashes, ? or #');
export type Slug = z.infer<typeof Slug>;

/** LinkedIn's member id as carried by `urn:li:fsd_profile:<id>` / `ACoAA…` links. */
export const MemberId = z
  .string()
  .max(80)
  .regex(/^ACo[A-Za-z0-9_-]+$/, 'a member id looks like ACoAA…');
export type MemberId = z.infer<typeof MemberId>;

const text = (max: number) => z.string().trim().min(1).max(max);

/** What a profile page tells about a person, as read from the page the user is viewing. */
export const ProfileSnapshot = z.object({
  slug: Slug,
  memberId: MemberId.optional(),
  name: text(200).optional(),
  headline: text(500).optional(),
  location: text(200).optional(),
  position: text(300).optional(),
  company: text(200).optional(),
  degree: Degree.optional(),
  about: text(5000).optional(),
});
export type ProfileSnapshot = z.infer<typeof ProfileSnapshot>;

/** The fields a profile reader tries to fill; health reports each one it could not find. */
export const PROFILE_FIELDS = ['name', 'headline', 'location', 'position', 'company', 'degree', 'about', 'memberId'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/**
 * Fields every readable profile shows. The others are legitimately absent on many profiles (no About, no current
 * job) or load lazily below the fold, so missing them is not a sign that the reader broke.
 */
export const ESSENTIAL_PROFILE_FIELDS: readonly ProfileField[] = ['name', 'headline', 'location', 'degree'];
export const isEssentialProfileField = (field: string): boolean => (ESSENTIAL_PROFILE_FIELDS as readonly string[]).includes(field);

/*
 * Written with zod/mini: these schemas ship in the content script, whose size LinkedIn's pages pay for
 * (classic zod alone is ~22 KB gzipped; mini ~5 KB). Extension-page-only models use classic zod.
 */
import * as z from 'zod/mini';

/** Connection degree as LinkedIn shows it beside a name ("· 1st", "3rd degree connection"). */
export const Degree = z.enum(['1st', '2nd', '3rd']);
export type Degree = z.infer<typeof Degree>;

/**
 * A public-profile slug as it appears in `/in/<slug>/`, lowercased and percent-decoded: the canonical contact id.
 * LinkedIn slugs are 3–100 characters; non-ASCII letters occur in older vanity URLs.
 */
export const Slug = z.string().check(
  z.minLength(2),
  z.maxLength(100),
  z.regex(/^[^\s/?#]+$/u, 'a slug has no spaces, slashes, ? or #'),
);
export type Slug = z.infer<typeof Slug>;

/** LinkedIn's member id as carried by `urn:li:fsd_profile:<id>` / `ACoAA…` links. */
export const MemberId = z.string().check(z.maxLength(80), z.regex(/^ACo[A-Za-z0-9_-]+$/u, 'a member id looks like ACoAA…'));
export type MemberId = z.infer<typeof MemberId>;

const text = (max: number) => z.string().check(z.trim(), z.minLength(1, 'empty'), z.maxLength(max));

/** What a profile page shows about a person (everything but who they are). */
export const ProfileFields = z.object({
  name: z.optional(text(200)),
  headline: z.optional(text(500)),
  location: z.optional(text(200)),
  position: z.optional(text(300)),
  company: z.optional(text(200)),
  degree: z.optional(Degree),
  about: z.optional(text(5000)),
});
export type ProfileFields = z.infer<typeof ProfileFields>;

/** What a profile page tells about a person, as read from the page the user is viewing. */
export const ProfileSnapshot = z.extend(ProfileFields, { slug: Slug, memberId: z.optional(MemberId) });
export type ProfileSnapshot = z.infer<typeof ProfileSnapshot>;

/** The fields a profile reader tries to fill; health reports each one it could not find. */
export const PROFILE_FIELDS = ['name', 'headline', 'location', 'position', 'company', 'degree', 'about', 'memberId'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/**
 * Fields every profile shows (LinkedIn requires a headline). The others are legitimately absent on some:
 * no degree on your own profile, a hidden location, no About or current job, sections that load lazily. Missing
 * those is not a sign that the reader broke.
 */
export const ESSENTIAL_PROFILE_FIELDS: readonly ProfileField[] = ['name', 'headline'];
export const isEssentialProfileField = (field: string): boolean => (ESSENTIAL_PROFILE_FIELDS as readonly string[]).includes(field);

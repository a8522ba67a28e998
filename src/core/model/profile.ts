/*
 * Written with zod/mini, as everything the protocol is built from (classic zod alone is ~22 KB gzipped; mini ~5 KB).
 * The content script itself checks profiles with profile-checks.ts, whose values these schemas are built from.
 * Extension-page-only models use classic zod.
 */
import * as z from 'zod/mini';
import { DEGREES, MEMBER_ID, PROFILE_TEXT_MAX, SLUG } from './profile-checks';

export { ESSENTIAL_PROFILE_FIELDS, isEssentialProfileField, PROFILE_FIELDS, type ProfileField } from './profile-checks';

/** Connection degree as LinkedIn shows it beside a name ("· 1st", "3rd degree connection"). */
export const Degree = z.enum(DEGREES);
export type Degree = z.infer<typeof Degree>;

/** A public-profile slug as it appears in `/in/<slug>/`, lowercased and percent-decoded: the canonical contact id. */
export const Slug = z.string().check(
  z.minLength(SLUG.min),
  z.maxLength(SLUG.max),
  z.regex(SLUG.pattern, 'a slug has no spaces, slashes, ? or #'),
);
export type Slug = z.infer<typeof Slug>;

/** LinkedIn's member id as carried by `urn:li:fsd_profile:<id>` / `ACoAA…` links. */
export const MemberId = z.string().check(z.maxLength(MEMBER_ID.max), z.regex(MEMBER_ID.pattern, 'a member id looks like ACoAA…'));
export type MemberId = z.infer<typeof MemberId>;

const text = (max: number) => z.string().check(z.trim(), z.minLength(1, 'empty'), z.maxLength(max));

/** What a profile page shows about a person (everything but who they are). */
export const ProfileFields = z.object({
  name: z.optional(text(PROFILE_TEXT_MAX.name)),
  headline: z.optional(text(PROFILE_TEXT_MAX.headline)),
  location: z.optional(text(PROFILE_TEXT_MAX.location)),
  position: z.optional(text(PROFILE_TEXT_MAX.position)),
  company: z.optional(text(PROFILE_TEXT_MAX.company)),
  degree: z.optional(Degree),
  about: z.optional(text(PROFILE_TEXT_MAX.about)),
});
export type ProfileFields = z.infer<typeof ProfileFields>;

/** What a profile page tells about a person, as read from the page the user is viewing. */
export const ProfileSnapshot = z.extend(ProfileFields, { slug: Slug, memberId: z.optional(MemberId) });
export type ProfileSnapshot = z.infer<typeof ProfileSnapshot>;

import type { ProfileSnapshot } from './profile';

/*
 * What a profile page may tell, as plain values and checks (no zod): the content script reads profiles with these on
 * every LinkedIn page it runs on. Building zod's schemas there and running them the first time cost about 7 ms of the
 * page's main thread on each load (test/bench/page-cost-bench.ts), half of the frame the extension may take.
 * profile.ts builds its zod schemas (the worker's, which checks every message again) from the same values, and
 * test/unit/core/model-checks.test.ts holds the checks and the schemas to the same answers.
 */

/** Connection degree as LinkedIn shows it beside a name ("· 1st", "3rd degree connection"). */
export const DEGREES = ['1st', '2nd', '3rd'] as const;

/**
 * A public-profile slug as it appears in `/in/<slug>/`, lowercased and percent-decoded: the canonical contact id.
 * LinkedIn slugs are 3–100 characters; non-ASCII letters occur in older vanity URLs.
 */
export const SLUG = { min: 2, max: 100, pattern: /^[^\s/?#]+$/u } as const;

/** LinkedIn's member id as carried by `urn:li:fsd_profile:<id>` / `ACoAA…` links. */
export const MEMBER_ID = { max: 80, pattern: /^ACo[A-Za-z0-9_-]+$/u } as const;

/** The longest text kept per field (trimmed; an empty one is no value). */
export const PROFILE_TEXT_MAX = { name: 200, headline: 500, location: 200, position: 300, company: 200, about: 5000 } as const;

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

/** A string of `min` to `max` characters matching `pattern`, as zod's string checks count them (UTF-16 units). */
const matches = (value: unknown, min: number, max: number, pattern: RegExp): value is string =>
  typeof value === 'string' && value.length >= min && value.length <= max && pattern.test(value);

export const isSlug = (value: unknown): value is string => matches(value, SLUG.min, SLUG.max, SLUG.pattern);
export const isMemberId = (value: unknown): value is string => matches(value, 0, MEMBER_ID.max, MEMBER_ID.pattern);

/** Text as the schemas keep it: trimmed, at least one character, at most `max`; undefined otherwise. */
export function checkedText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed.length >= 1 && trimmed.length <= max ? trimmed : undefined;
}

/** One field of a profile snapshot as its schema keeps it (text trimmed), or undefined when it would refuse it. */
export function checkedProfileField<F extends ProfileField>(field: F, value: unknown): ProfileSnapshot[F] | undefined {
  if (field === 'degree') return (DEGREES as readonly unknown[]).includes(value) ? (value as ProfileSnapshot[F]) : undefined;
  if (field === 'memberId') return isMemberId(value) ? (value as ProfileSnapshot[F]) : undefined;
  return checkedText(value, PROFILE_TEXT_MAX[field as keyof typeof PROFILE_TEXT_MAX]) as ProfileSnapshot[F] | undefined;
}

import type { Degree, ProfileField } from '../../../core/model/profile';
import { SEPARATOR, UI_TEXT, type UiLanguage } from '../../selectors';

/** Unvalidated field values as read off the page; readProfile validates them with ProfileSnapshot. */
export type RawProfile = Partial<Record<ProfileField, string>>;

export interface ReadContext {
  doc: Document;
  langs: readonly UiLanguage[];
  slug: string;
}

/** One markup generation of LinkedIn's profile page. */
export interface ProfileGeneration {
  pageKind: 'profile-sdui-2026' | 'profile-ember' | 'profile-ember-2020';
  /** Whether the page is of this generation, even if the top card has not rendered (yet). */
  recognises(doc: Document): boolean;
  /** The top cards in the DOM in document order: after in-page navigation the previous person's may linger. */
  topCards(doc: Document): Element[];
  read(card: Element, context: ReadContext): RawProfile;
}

/**
 * The degree a mark stands for: "· 1st", "2nd", "· 3rd+" (out of network, stored as "3rd"), or in Spanish
 * "· 1er", "2º", "3er". Undefined for anything else (so "495 connections" or "He/Him" never count).
 */
export function degreeOfMark(mark: string, langs: readonly UiLanguage[]): Degree | undefined {
  const token = mark.replace(SEPARATOR, '').replace(/\s+/g, '');
  for (const lang of langs) {
    const degree = UI_TEXT[lang].degree[token];
    if (degree) return degree;
  }
  return undefined;
}

/** The degree in the Ember badge's screen-reader phrase ("2nd degree connection", "contacto de 2º grado"). */
export function degreeOfPhrase(phrase: string, langs: readonly UiLanguage[]): Degree | undefined {
  for (const lang of langs) {
    const mark = UI_TEXT[lang].degreePhrase.exec(phrase)?.[1];
    if (mark) return degreeOfMark(mark, [lang]);
  }
  return undefined;
}

/** "He/Him", "She/Her", "Ella": LinkedIn's pronoun line, which sits between the name and the headline. */
export function isPronounLine(line: string, langs: readonly UiLanguage[]): boolean {
  const words = line.replace(/[()]/g, '').toLowerCase().split('/');
  return words.every((word) => langs.some((lang) => UI_TEXT[lang].pronounWords.includes(word.trim())));
}

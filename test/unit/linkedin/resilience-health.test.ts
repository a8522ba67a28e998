import { describe, expect, it } from 'vitest';
import { PROFILE_FIELDS, type ProfileField } from '../../../src/core/model/profile';
import { composer as composerSel, invite as inviteSel, INVITE_TEXT, profile as profileSel, thread as threadSel, UI_TEXT } from '../../../src/linkedin/selectors';
import { findComposeBoxes } from '../../../src/linkedin/read/composer';
import { cssString, pageLanguages, text } from '../../../src/linkedin/read/dom';
import { findInviteDialogs } from '../../../src/linkedin/read/invite';
import { findPeopleMentions } from '../../../src/linkedin/read/people';
import { readProfile, type ProfilePageKind } from '../../../src/linkedin/read/profile';
import { degreeOfMark } from '../../../src/linkedin/read/profile/generation';
import { readThreads } from '../../../src/linkedin/read/thread';
import { hasSharedFixtures, parse } from './helpers';
import { PageMutator } from './mutations';
import { ownPages, READ, sharedPages, type ReaderId, type SavedPage } from './resilience';

/*
 * Health reports what was taken away. The random variants (resilience-own*.test.ts, resilience-shared.test.ts) check
 * that health always agrees with what a reader returns; here each reader loses, on every saved page where it read
 * something, exactly what it needs for one field, and must report that field missing — without throwing, with a
 * well-formed result, and (for the profile) still reading what it did not lose.
 */

if (!hasSharedFixtures) console.warn('../shared/fixtures not found: targeted health checks run on our own pages only');
const PAGES = [...ownPages(), ...sharedPages()];
/** The page as the mutation runs parse it. */
const docOf = (page: SavedPage): Document => new PageMutator(page.html, 0).doc;

function removeAll(root: ParentNode, selectors: readonly string[]): number {
  let removed = 0;
  for (const selector of selectors) {
    for (const el of [...root.querySelectorAll(selector)]) {
      el.remove();
      removed += 1;
    }
  }
  return removed;
}

function emptyAll(root: ParentNode, selectors: readonly string[]): void {
  for (const selector of selectors) for (const el of root.querySelectorAll(selector)) el.textContent = '';
}

const removeWhere = (root: ParentNode, selector: string, test: (el: Element) => boolean) => {
  for (const el of [...root.querySelectorAll(selector)]) if (test(el)) el.remove();
};

/** Runs the reader's well-formedness checks too (resilience.ts): what is reported must agree with what is returned. */
function wellFormed(reader: ReaderId, doc: Document, url: string): void {
  expect(READ[reader](doc, url).problems).toEqual([]);
}

const languages = Object.keys(UI_TEXT) as (keyof typeof UI_TEXT)[];

type Generation = Exclude<ProfilePageKind, 'unrecognised'>;

/** For each field, how a LinkedIn change takes it away in each markup generation (absent: not tried there). */
const PROFILE_LOSSES: { field: ProfileField; what: string; take: Partial<Record<Generation, (doc: Document) => void>> }[] = [
  {
    field: 'name',
    what: 'the name element removed',
    take: {
      'profile-sdui-2026': (doc) => removeAll(doc, profileSel.sdui.name),
      'profile-ember': (doc) => removeAll(doc, profileSel.ember.name),
      'profile-ember-2020': (doc) => removeAll(doc, profileSel.ember2020.name),
    },
  },
  {
    field: 'name',
    what: 'the name emptied',
    take: {
      'profile-sdui-2026': (doc) => emptyAll(doc, profileSel.sdui.name),
      'profile-ember': (doc) => emptyAll(doc, profileSel.ember.name),
      'profile-ember-2020': (doc) => emptyAll(doc, profileSel.ember2020.name),
    },
  },
  {
    field: 'headline',
    what: 'the headline removed',
    take: { 'profile-ember': (doc) => removeAll(doc, profileSel.ember.headline), 'profile-ember-2020': (doc) => removeAll(doc, profileSel.ember2020.headline) },
  },
  {
    field: 'location',
    what: 'the location removed',
    take: {
      // 2026: the location is read beside "Contact info"; without that link there is no location line.
      'profile-sdui-2026': (doc) => removeWhere(doc, profileSel.sdui.contactInfo, (a) => languages.some((l) => text(a) === UI_TEXT[l].contactInfo)),
      'profile-ember': (doc) => removeAll(doc, profileSel.ember.location),
      'profile-ember-2020': (doc) => removeAll(doc, profileSel.ember2020.location),
    },
  },
  {
    field: 'degree',
    what: 'the degree badge removed',
    take: {
      'profile-sdui-2026': (doc) => removeWhere(doc, profileSel.sdui.line, (p) => degreeOfMark(text(p), languages) !== undefined),
      'profile-ember': (doc) => removeAll(doc, [...profileSel.ember.degree, profileSel.ember.degreePhrase]),
      'profile-ember-2020': (doc) => removeAll(doc, [...profileSel.ember2020.degree, profileSel.ember2020.degreePhrase]),
    },
  },
  {
    field: 'about',
    what: 'the About section removed',
    take: { 'profile-ember': (doc) => removeAll(doc, [profileSel.ember.aboutAnchor]), 'profile-ember-2020': (doc) => removeAll(doc, profileSel.ember2020.about) },
  },
  {
    field: 'company',
    what: 'the current-company button and Experience removed',
    take: { 'profile-ember': (doc) => removeAll(doc, [profileSel.ember.labelledButton, profileSel.ember.experienceAnchor]) },
  },
];

describe('profile health reports what a page lost', () => {
  for (const page of PAGES) {
    const baseline = readProfile(docOf(page), page.url);
    if (baseline.pageKind === 'unrecognised') continue;
    const generation = baseline.pageKind;
    for (const loss of PROFILE_LOSSES) {
      const take = loss.take[generation];
      if (!take || !baseline.found.includes(loss.field)) continue;
      it(`${page.name}: ${loss.what} → ${loss.field} missing`, () => {
        const doc = docOf(page);
        take(doc);
        const reading = readProfile(doc, page.url);
        expect(reading.missing).toContain(loss.field);
        expect(reading.found).not.toContain(loss.field);
        expect(reading.record?.[loss.field]).toBeUndefined();
        // One field lost is one field missing: the person is still known by the URL, and the name still read.
        expect(reading.record?.slug).toBe(baseline.record?.slug);
        if (loss.field !== 'name') expect(reading.record?.name).toBe(baseline.record?.name);
        wellFormed('profile', doc, page.url);
      });
    }
    it(`${page.name}: every top card removed → everything missing, the URL's person kept`, () => {
      const doc = docOf(page);
      removeAll(doc, [...profileSel.sdui.name, ...profileSel.ember.name, ...profileSel.ember2020.name, profileSel.sdui.topCard]);
      const reading = readProfile(doc, page.url);
      expect(reading.record).toEqual({ slug: baseline.record!.slug });
      expect(reading.missing).toEqual([...PROFILE_FIELDS]);
      wellFormed('profile', doc, page.url);
    });
  }
});

const POSTS = [...threadSel.ember.post, ...threadSel.sdui.post];
const COMMENTS = [threadSel.ember.comment, threadSel.sdui.comment];

describe('thread health reports what a page lost', () => {
  for (const page of PAGES) {
    const baseline = readThreads(docOf(page), page.url);
    if (baseline.pageKind === 'unrecognised') continue;
    const fromDom = baseline.pageKind !== 'thread-json';

    if (baseline.found.includes('comments')) {
      it(`${page.name}: comments and embedded JSON removed → comments missing`, () => {
        const doc = docOf(page);
        removeAll(doc, [...COMMENTS, threadSel.json.block]);
        const reading = readThreads(doc, page.url);
        expect(reading.missing).toEqual(expect.arrayContaining(['comments', 'commentText', 'replies', 'json']));
        // Posts stay when their markup names them (a 2026 feed card is named by its comments only).
        expect(reading.threads.every((t) => t.comments.length === 0)).toBe(true);
        wellFormed('thread', doc, page.url);
      });
    }

    if (baseline.found.includes('json')) {
      it(`${page.name}: every embedded JSON block cut short → json missing, blocks counted malformed`, () => {
        const doc = docOf(page);
        // One character less: the markers the reader filters blocks by stay, the JSON no longer parses.
        for (const block of doc.querySelectorAll(threadSel.json.block)) block.textContent = (block.textContent ?? '').slice(0, -1);
        const reading = readThreads(doc, page.url);
        expect(reading.missing).toContain('json');
        expect(reading.skipped.find((s) => s.reason === 'malformed-json')?.count).toBeGreaterThan(0);
        expect(reading.found.includes('post')).toBe(fromDom);
        wellFormed('thread', doc, page.url);
      });
    }

    if (baseline.found.includes('json')) {
      it(`${page.name}: a quote in an embedded JSON block's id → still read (a selector built from it used to throw)`, () => {
        const doc = docOf(page);
        for (const block of doc.querySelectorAll(threadSel.json.block)) block.id = `${block.id}"]`;
        const reading = readThreads(doc, page.url);
        expect(reading.pageKind).toBe(baseline.pageKind);
        expect(reading.found).toEqual(baseline.found);
        wellFormed('thread', doc, page.url);
      });
    }

    if (baseline.pageKind === 'thread-json') {
      it(`${page.name}: every commenter null in the JSON → comments missing, each counted as skipped`, () => {
        const doc = docOf(page);
        let nulled = 0;
        for (const block of doc.querySelectorAll(threadSel.json.block)) {
          const payload = JSON.parse(block.textContent ?? '') as { included: Record<string, unknown>[] };
          for (const entity of payload.included) {
            if (!String(entity.$type).endsWith('.social.Comment')) continue;
            entity.commenter = null;
            nulled += 1;
          }
          block.textContent = JSON.stringify(payload);
        }
        const reading = readThreads(doc, page.url);
        expect(reading.missing).toContain('comments');
        expect(reading.found).toContain('post');
        expect(reading.skipped.reduce((sum, s) => sum + (s.reason === 'deleted-author' ? s.count : 0), 0)).toBe(nulled);
        wellFormed('thread', doc, page.url);
      });
    }

    if (fromDom && baseline.found.includes('author')) {
      it(`${page.name}: post authors' links and names removed → author missing`, () => {
        const doc = docOf(page);
        removeAll(doc, [...threadSel.ember.actorLink, ...threadSel.ember.actorName, threadSel.json.block]);
        const reading = readThreads(doc, page.url);
        expect(reading.missing).toContain('author');
        expect(reading.found).toContain('post');
        wellFormed('thread', doc, page.url);
      });
    }

    it(`${page.name}: posts, comments and JSON removed → no thread, post missing`, () => {
      const doc = docOf(page);
      removeAll(doc, [...POSTS, ...COMMENTS, threadSel.json.block]);
      const reading = readThreads(doc, page.url);
      expect(reading.threads).toEqual([]);
      expect(reading.missing).toContain('post');
      wellFormed('thread', doc, page.url);
    });
  }
});

describe('composer health reports what a compose box lost', () => {
  for (const page of PAGES) {
    const baseline = findComposeBoxes(docOf(page));
    if (baseline.length === 0) continue;
    const cases: [string, 'editor' | 'sendButton' | 'recipient', (doc: Document) => void][] = [
      ['the editor removed', 'editor', (doc) => removeAll(doc, ['[contenteditable]'])],
      ['every button of the form removed', 'sendButton', (doc) => composerSel.form.forEach((form) => removeAll(doc, [`${form} button`]))],
      ['the conversation header and profile card removed', 'recipient', (doc) => removeAll(doc, [...composerSel.header, composerSel.oneToOneCard, ...composerSel.compose])],
    ];
    for (const [what, part, take] of cases) {
      if (baseline.every((box) => box.missing.includes(part))) continue;
      it(`${page.name}: ${what} → ${part} missing`, () => {
        const doc = docOf(page);
        take(doc);
        const boxes = findComposeBoxes(doc);
        expect(boxes.length).toBe(baseline.length);
        for (const box of boxes) expect(box.missing).toContain(part);
        wellFormed('composer', doc, page.url);
      });
    }
  }
});

describe('selectors built from page values', () => {
  it('escape quotes, backslashes and line breaks (a raw line break makes Chromium throw) and still find the element', () => {
    const doc = parse('<html><body><div id="a&quot;b\\c&#10;d&#12;e"></div></body></html>');
    const div = doc.querySelector('div')!;
    expect(div.id).toBe('a"b\\c\nd\fe');
    expect(cssString(div.id)).not.toMatch(/[\n\r\f]/);
    expect(doc.querySelector(`[id="${cssString(div.id)}"]`)).toBe(div);
  });
});

describe('invitation health reports what a dialog lost', () => {
  for (const page of PAGES) {
    const baseline = findInviteDialogs(docOf(page));
    const choose = baseline.some((d) => d.step === 'choose');
    const note = baseline.some((d) => d.step === 'note');
    const labelled = (patterns: RegExp[]) => (button: Element) =>
      patterns.some((p) => p.test((button.getAttribute('aria-label') ?? '').trim()) || p.test(text(button)));

    if (choose) {
      it(`${page.name}: "Add a note" removed → addNoteButton missing, still step 1`, () => {
        const doc = docOf(page);
        const langs = pageLanguages(doc);
        removeWhere(doc, inviteSel.button, labelled(langs.map((l) => INVITE_TEXT[l].addNote)));
        const dialogs = findInviteDialogs(doc).filter((d) => d.step === 'choose');
        expect(dialogs.length).toBeGreaterThan(0);
        for (const d of dialogs) expect(d.missing).toContain('addNoteButton');
        wellFormed('invite', doc, page.url);
      });
    }
    if (note) {
      it(`${page.name}: step 2's buttons removed → sendButton missing`, () => {
        const doc = docOf(page);
        for (const d of findInviteDialogs(doc)) removeAll(d.dialog, [inviteSel.button]);
        const dialogs = findInviteDialogs(doc).filter((d) => d.step === 'note');
        expect(dialogs.length).toBeGreaterThan(0);
        for (const d of dialogs) expect(d.missing).toContain('sendButton');
        wellFormed('invite', doc, page.url);
      });
      it(`${page.name}: step 2's counter and maxlength removed → maxLength missing`, () => {
        const doc = docOf(page);
        for (const d of findInviteDialogs(doc)) {
          d.dialog.querySelectorAll('[maxlength]').forEach((el) => el.removeAttribute('maxlength'));
          // The counter, not the field's wrapper whose only text it is.
          removeWhere(d.dialog, '*', (el) => inviteSel.counterText.test(text(el)) && !el.querySelector(inviteSel.noteField.join(', ')));
        }
        const dialogs = findInviteDialogs(doc).filter((d) => d.step === 'note');
        expect(dialogs.length).toBeGreaterThan(0);
        for (const d of dialogs) expect(d.missing).toContain('maxLength');
        wellFormed('invite', doc, page.url);
      });
    }
  }
});

describe('people mentions follow what a page lost', () => {
  for (const page of PAGES) {
    const baseline = findPeopleMentions(docOf(page), 500);
    if (baseline.length === 0) continue;
    it(`${page.name}: a mentioned name emptied → that link is no mention, the others still are`, () => {
      const doc = docOf(page);
      const mentions = findPeopleMentions(doc, 500);
      const first = mentions[0]!;
      first.nameElement.textContent = '';
      const after = findPeopleMentions(doc, 500);
      expect(after.some((m) => m.link === first.link && m.name === first.name)).toBe(false);
      expect(after.filter((m) => m.link !== first.link).length).toBeGreaterThanOrEqual(mentions.filter((m) => m.link !== first.link).length);
      wellFormed('people', doc, page.url);
    });
  }
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { participantsOf, type Participant, type Thread } from '../../../src/core/model/thread';
import { postOfUrl, readThreads, THREAD_FIELDS, type ThreadReading } from '../../../src/linkedin/read/thread';
import { load, OWN_FIXTURES, parse } from './helpers';

/*
 * The thread reader against our own fixtures (test/fixtures/linkedin/thread_*.html: invented people, LinkedIn's
 * structure; see test/fixtures/README.md). Expected values are written out: ids, names, slugs, member ids, texts and
 * times are what each fixture was written with.
 */

const page = (file: string) => load(OWN_FIXTURES, file);

/** The invented people, as the fixtures give them (member ids from the embedded JSON and actor links). */
const P = {
  nadia: { name: 'Nadia Benali-Ortega', slug: 'nadia-benali-ortega', memberId: 'ACoAATX5DblpzV5XoEDbwFK-AtNn8qIm9-GINrj' },
  camille: { name: 'Camille Durand-Okafor', slug: 'camille-durand-okafor', memberId: 'ACoAAT0vHhKS1HKIs3z4KgFnSl9bB5yXPKuEbHs' },
  sami: { name: '🌱 Sami Virtanen', slug: 'sami-virtanen-ux', memberId: 'ACoAA-_iOLIIs2xuJyir9PkbvogeV8sxKM-ZQIf' },
  laila: { name: 'ليلى حداد', slug: 'laila-haddad-4c2e91', memberId: 'ACoAAHMWKBgUoMHMuHe4WZ-zIyg3uxEEoHeaA-y' },
  // Percent-encoded in every link (`/in/%D7%A0%D7%95…`): stored decoded.
  noa: { name: 'נועה כהן-לוי', slug: 'נועה-כהן-7e3f', memberId: 'ACoAA8kAwYzueniQj_8vTd2XyaFC9qm44FdOibJ' },
  tomasz: { name: 'Tomasz Wiśniewski-Adeyemi', slug: 'tomasz-wisniewski-adeyemi', memberId: 'ACoAAuz9IlnNM62FGjvuSXU8Ias-jvnw9w1DL1v' },
  greta: { name: 'Greta Lindqvist-Mora', slug: 'greta-lindqvist-mora' },
  oluwaseun: { name: 'Oluwaseun Hartmann', slug: 'oluwaseun-hartmann-2b7c', memberId: 'ACoAAs2cuJNJGBc0FrmcjtagofgHqKuAYG_77-k' },
  henrik: { name: 'Henrik Sandoval-Berg', slug: 'henrik-sandoval-berg' },
  // Linked by member id only (`/in/ACoAA…`): no slug on the page.
  meilin: { name: 'Mei-Lin Okonjo', memberId: 'ACoAAjzdgIlvku44iZlUUb1kaocrEbrXnKZWUt1' },
  priya: { name: 'Priya Raman-Castillo', slug: 'priya-raman-castillo', memberId: 'ACoAAtooz2lBCShvJ9KyIXY2ZYp4_eBvBxNZpIw' },
  yusuf: { name: 'Yusuf Demir-Larsen', slug: 'yusuf-demir-larsen' },
  aiko: { name: 'Aiko Brennan-Tanaka', slug: 'aiko-brennan-tanaka' },
  jonas: { name: 'Jonas Ekström-Diallo', slug: 'jonas-ekstrom-diallo', memberId: 'ACoAAIRqxF23WiJr_XXbonuuEZWptbdHq4lhAwB' },
  fatima: { name: 'Fatima Zahra El Idrissi', slug: 'fatima-zahra-el-idrissi', memberId: 'ACoAAW0mryOu1uMq0zqbEutbVEAk8EmMYT35_6h' },
  dario: { name: 'Dario Esposito-Nakamura', slug: 'dario-esposito-nakamura', memberId: 'ACoAAtaZxQB9wyYORRKIgbr3UGUp1wvCQSr9kJM' },
  lena: { name: 'Lena Kowalczyk-Obi', slug: 'lena-kowalczyk-obi' },
  ines: { name: 'Inès Moreau-Achebe', slug: 'ines-moreau-achebe' },
  kenji: { name: 'Kenji Albarrán', slug: 'kenji-albarran' },
  rosa: { name: 'Rosa Nakashima-Idowu', slug: 'rosa-nakashima-idowu' },
} satisfies Record<string, Participant>;

/** Comment links carry the slug only; the member id comes from the embedded JSON or the post's actor link. */
const bySlug = ({ name, slug }: { name: string; slug: string }): Participant => ({ name, slug });

const ALL_FOUND = [...THREAD_FIELDS];
const DOM_FOUND = THREAD_FIELDS.filter((f) => f !== 'json');

// ---------------------------------------------------------------- (a) /feed/update/ page: embedded JSON + Ember DOM
const A = 'urn:li:activity:7460207198208434201';
const URL_A = 'https://www.linkedin.com/feed/update/urn:li:activity:7460207198208434201/';
const A_COMMENTS = {
  a1: { id: '7460222297702711167', author: P.nadia, text: 'The written-decisions point matches what we saw in research ops: the doc is where dissent becomes visible.', at: 1778655600001 },
  a2: { id: '7460237397199458873', author: P.camille, text: 'Nadia Benali-Ortega yes, and it outlives the people who argued. Thank you!', replyTo: '7460222297702711167', at: 1778659200001 },
  a3: { id: '7460252496691681839', author: P.sami, text: 'Critique as a ritual 🙌 stealing this for our Friday sessions.', at: 1778662800001 },
  a4: { id: '7460267596188049867', author: P.laila, text: 'شكراً على المشاركة، نقطة التوثيق مهمة جداً لفرق العمل عن بُعد.', at: 1778666400001 },
  // In the JSON only: the reply is not expanded on screen.
  a5: { id: '7460282695684134224', author: P.noa, text: 'מסכימה לגמרי, התיעוד הוא הבסיס.', replyTo: '7460267596188049867', at: 1778670000001 },
  // a6 (the Northwind Studio page) and a7 (a deleted account) are skipped.
  a8: { id: '7460327994164272785', author: P.tomasz, text: 'Point 3 is the one engineering managers forget.', at: 1778680800001 },
  // On screen only ("Load more comments"): no member id, time from the comment id.
  a9: { id: '7460509188099320230', author: P.greta, text: 'Adding a fourth: a shared glossary.\nIt saved us weeks of misunderstandings.', at: 1778724000000 },
  a10: { id: '7460524287592332285', author: bySlug(P.nadia), text: 'Agreed, and product managers too.', replyTo: '7460327994164272785', at: 1778727600000 },
};
const TITLE_A =
  'Five years of running a remote-first design team, in three lessons. 1. Write decisions down before you make them. 2. Critique is a ritual, not a meeting. 3. Time zones are a design constraint, not an';
const THREAD_A: Thread = { id: A, author: P.camille, title: TITLE_A, comments: Object.values(A_COMMENTS) };
const READING_A: ThreadReading = {
  threads: [THREAD_A],
  pageKind: 'thread-ember',
  found: ALL_FOUND,
  missing: [],
  skipped: [
    { reason: 'company-author', count: 1 },
    { reason: 'deleted-author', count: 1 },
  ],
};

// ---------------------------------------------------------------- (c) group post, DOM only
const G = 'urn:li:activity:7459905208323345003';
const URL_G = 'https://www.linkedin.com/groups/9876543/posts/7459905208323345003/';
const THREAD_G: Thread = {
  id: G,
  author: P.oluwaseun,
  groupId: '9876543',
  title: 'Question for the group: how do you run design critique across more than three time zones?',
  comments: [
    { id: '7459920307814456415', author: bySlug(P.nadia), text: 'We record a five-minute walkthrough and collect written critique for 24 hours.', at: 1778583600000 },
    { id: '7459935407312650415', author: P.henrik, text: 'Rotate the live slot so the pain is shared.', at: 1778587200000 },
    {
      id: '7459950506803647261',
      author: bySlug(P.oluwaseun),
      text: 'Henrik Sandoval-Berg rotating is fair, thanks.',
      replyTo: '7459935407312650415',
      at: 1778590800000,
    },
    { id: '7459965606299609348', author: P.meilin, text: 'Caption the recordings! Accessibility matters in async too.', at: 1778594400000 },
  ],
};

// ---------------------------------------------------------------- (d) the feed
const FEED: Thread[] = [
  {
    id: 'urn:li:activity:7460584685570116235',
    author: P.priya,
    title: 'After eight months, our new onboarding is live. Thank you to everyone who tested it with us.',
    comments: [
      { id: '7460599785065224912', author: bySlug(P.tomasz), text: 'Congratulations on the launch, Priya!', at: 1778745600000 },
      {
        id: '7460614884559502700',
        author: P.yusuf,
        text: 'Tomasz Wiśniewski-Adeyemi the onboarding flow is lovely too.',
        replyTo: '7460599785065224912',
        at: 1778749200000,
      },
    ],
  },
  // A company page's post: no author, the page counted as skipped.
  {
    id: 'urn:li:activity:7460539387088871616',
    title: 'Join our design systems meetup next Thursday, online and free.',
    comments: [{ id: '7460554486580552052', author: P.aiko, text: 'Looking forward to the talk.', at: 1778734800000 }],
  },
  { id: 'urn:li:activity:7460524287591483662', author: P.jonas, title: 'Small studios can say no to projects. That is the whole post.', comments: [] },
  // A reshare: its author and text, not the reshared post's (urn:li:activity:7459150233600029798, not a thread of its own).
  {
    id: 'urn:li:activity:7460478989109289757',
    author: P.fatima,
    title: 'This is the best short guide to critique I know.',
    comments: [{ id: '7460494088605448930', author: P.yusuf, text: 'This framing is useful, thanks for sharing.', at: 1778720400000 }],
  },
];

// ---------------------------------------------------------------- (e) a profile's activity
const URL_E = 'https://www.linkedin.com/in/dario-esposito-nakamura/recent-activity/all/';
const ACTIVITY: Thread[] = [
  {
    id: 'urn:li:activity:7459603218432472822',
    author: P.dario,
    title: 'A critique checklist I keep coming back to: What problem is this solving? What did we try first? What would make us change our mind?',
    comments: [
      { id: '7459618317930051910', author: bySlug(P.nadia), text: 'The third question is the one teams skip. Printing this.', at: 1778511600000 },
      { id: '7459633417423827208', author: bySlug(P.dario), text: 'Nadia Benali-Ortega glad it helps!', replyTo: '7459618317930051910', at: 1778515200000 },
      { id: '7459648516917396164', author: P.lena, text: 'Would love a version for research readouts.', at: 1778518800000 },
    ],
  },
  { id: 'urn:li:activity:7458093268996085907', author: P.dario, title: 'Notes from a week without slides: fewer decks, more decisions.', comments: [] },
];

// ---------------------------------------------------------------- (f) 2026 React post page
const F = 'urn:li:activity:7460267596185942336';
const URL_F = 'https://www.linkedin.com/feed/update/urn:li:activity:7460267596185942336/';
const THREAD_F: Thread = {
  id: F,
  author: P.ines,
  title: 'Our studio now publishes every critique rubric we use. Feedback welcome.',
  comments: [
    { id: '7460282695680305664', author: P.kenji, text: 'Generous of you. The rubric for motion work is especially clear.', at: 1778670000000 },
    { id: '7460297795174560234', author: P.ines, text: 'Thank you Kenji! Motion was the hardest to write.', replyTo: '7460282695680305664', at: 1778673600000 },
    { id: '7460312894671101546', author: P.rosa, text: 'Do you version them? 📚', at: 1778677200000 },
  ],
};

describe('readThreads on our fixtures', () => {
  it('(a) a /feed/update/ post: embedded JSON merged with the rendered post and its comments', () => {
    expect(readThreads(page('thread_feed_update_ember_2026_en.html'), URL_A)).toStrictEqual(READING_A);
  });

  it('(b) ignores code blocks of the post the user came from (SPA navigation), with or without their descriptor', () => {
    const spy = vi.spyOn(JSON, 'parse');
    const doc = page('thread_feed_update_ember_2026_en_spa_stale.html');
    expect(readThreads(doc, URL_A)).toStrictEqual(READING_A);
    // The post's block and the stale block without a descriptor; not the viewer's block (no thread types) nor the
    // stale block whose descriptor names another post.
    expect(spy).toHaveBeenCalledTimes(2);
    expect(readThreads(doc, URL_A)).toStrictEqual(READING_A);
    expect(spy, 'a block is parsed once, not on every call').toHaveBeenCalledTimes(2);
  });

  it('(c) a group discussion, screen only', () => {
    expect(readThreads(page('thread_group_post_ember_2026_en.html'), URL_G)).toStrictEqual({
      threads: [THREAD_G],
      pageKind: 'thread-ember',
      found: DOM_FOUND,
      missing: ['json'],
      skipped: [],
    });
  });

  it('(d) the feed: every post, a company page without author, a reshare as one post, a wrapper repeating the URN', () => {
    expect(readThreads(page('thread_feed_ember_2026_en.html'), 'https://www.linkedin.com/feed/')).toStrictEqual({
      threads: FEED,
      pageKind: 'thread-ember',
      found: DOM_FOUND,
      missing: ['json'],
      skipped: [{ reason: 'company-author', count: 1 }],
    });
  });

  it('(e) a profile activity list', () => {
    expect(readThreads(page('thread_profile_activity_ember_2026_en.html'), URL_E)).toStrictEqual({
      threads: ACTIVITY,
      pageKind: 'thread-ember',
      found: DOM_FOUND,
      missing: ['json'],
      skipped: [],
    });
  });

  it('(f) the 2026 React post page: comment list beside the post, keys repeated on nested divs, replies nested', () => {
    expect(readThreads(page('thread_feed_update_sdui_2026_en.html'), URL_F)).toStrictEqual({
      threads: [THREAD_F],
      pageKind: 'thread-sdui-2026',
      found: DOM_FOUND,
      missing: ['json'],
      skipped: [],
    });
  });

  it('the same person across fixtures: Nadia in three threads, Tomasz in two', () => {
    const readings = [
      readThreads(page('thread_feed_update_ember_2026_en.html'), URL_A),
      readThreads(page('thread_group_post_ember_2026_en.html'), URL_G),
      readThreads(page('thread_feed_ember_2026_en.html'), 'https://www.linkedin.com/feed/'),
      readThreads(page('thread_profile_activity_ember_2026_en.html'), URL_E),
      readThreads(page('thread_feed_update_sdui_2026_en.html'), URL_F),
    ];
    const threadsOf = (slug: string) =>
      readings.flatMap((r) => r.threads.filter((t) => participantsOf(t).some((p) => p.slug === slug)).map((t) => t.id));
    expect(threadsOf('nadia-benali-ortega')).toEqual([A, G, 'urn:li:activity:7459603218432472822']);
    expect(threadsOf('tomasz-wisniewski-adeyemi')).toEqual([A, 'urn:li:activity:7460584685570116235']);
  });

  it('postOfUrl: the activity a /feed/update/ URL names, in any spelling; nothing for other pages', () => {
    expect(postOfUrl(URL_A)).toBe(A);
    expect(postOfUrl(`https://www.linkedin.com/feed/update/${encodeURIComponent(A)}/?commentUrn=x`)).toBe(A);
    expect(postOfUrl('https://www.linkedin.com/feed/')).toBeNull();
  });
});

describe('readThreads: one source missing', () => {
  it('reads the DOM alone when the page has no embedded JSON (a post loaded after the page)', () => {
    const doc = page('thread_feed_update_ember_2026_en.html');
    for (const code of doc.querySelectorAll('code')) code.remove();
    const { a5: _jsonOnly, ...onScreen } = A_COMMENTS;
    // Comment links carry slugs only; the time comes from the id (the JSON's createdAt is 1 ms later).
    const fromDom = Object.values(onScreen).map((c) => ({ ...c, author: bySlug(c.author as { name: string; slug: string }), at: c.at - (c.at % 10) }));
    expect(readThreads(doc, URL_A)).toStrictEqual({
      ...READING_A,
      threads: [{ ...THREAD_A, title: TITLE_A, comments: fromDom }],
      found: DOM_FOUND,
      missing: ['json'],
    });
  });

  it('reads the JSON alone before the post renders, and only for the post of the URL', () => {
    const doc = page('thread_feed_update_ember_2026_en.html');
    doc.querySelector('.feed-shared-update-v2')?.remove();
    const { a9: _later, a10: _later2, ...inJson } = A_COMMENTS;
    expect(readThreads(doc, URL_A)).toStrictEqual({ ...READING_A, threads: [{ ...THREAD_A, comments: Object.values(inJson) }], pageKind: 'thread-json' });
    // Another page's URL: the block is from a page the user left.
    expect(readThreads(doc, 'https://www.linkedin.com/feed/')).toStrictEqual({
      threads: [],
      pageKind: 'unrecognised',
      found: [],
      missing: ALL_FOUND,
      skipped: [],
    });
  });
});

describe('readThreads: bad input', () => {
  afterEach(() => vi.restoreAllMocks());

  it('counts a malformed JSON block, never throws, and reads the page from the DOM', () => {
    const doc = page('thread_feed_update_ember_2026_en.html');
    const block = [...doc.querySelectorAll('code[id^="bpr-guid-"]')].find((code) => code.textContent?.includes('social.Comment'))!;
    block.textContent = block.textContent!.slice(0, 5000);
    const reading = readThreads(doc, URL_A);
    expect(reading.skipped).toEqual([
      { reason: 'company-author', count: 1 },
      { reason: 'deleted-author', count: 1 },
      { reason: 'malformed-json', count: 1 },
    ]);
    expect(reading.missing).toEqual(['json']);
    expect(reading.threads[0]!.comments.map((c) => c.id)).toEqual(Object.values(A_COMMENTS).filter((c) => c.id !== A_COMMENTS.a5.id).map((c) => c.id));
    // Once the user moved on (another post in the URL, this one gone from screen) the broken block is not theirs.
    doc.querySelector('.feed-shared-update-v2')!.remove();
    expect(readThreads(doc, 'https://www.linkedin.com/feed/update/urn:li:activity:7400000000000000000/').skipped).toEqual([]);
  });

  it('re-reads a block whose text changed (a cached parse is never used for other text)', () => {
    const doc = page('thread_feed_update_ember_2026_en.html');
    expect(readThreads(doc, URL_A).skipped).toHaveLength(2);
    const block = [...doc.querySelectorAll('code[id^="bpr-guid-"]')].find((code) => code.textContent?.includes('social.Comment'))!;
    block.textContent = `${block.textContent}}`;
    expect(readThreads(doc, URL_A).skipped.at(-1)).toEqual({ reason: 'malformed-json', count: 1 });
  });

  it('JSON that parses but is not a Voyager response counts as malformed', () => {
    const doc = parse(`<html lang="en"><body><code id="bpr-guid-1">{"dash.social.Comment": true}</code>
      <code id="bpr-guid-2">["dash.feed.Update"]</code></body></html>`);
    expect(readThreads(doc, URL_A).skipped).toEqual([{ reason: 'malformed-json', count: 2 }]);
  });

  it('a commenter whose link gives no identity is skipped as no-identity', () => {
    const doc = page('thread_group_post_ember_2026_en.html');
    for (const a of doc.querySelectorAll('a[href="https://www.linkedin.com/in/henrik-sandoval-berg"]')) a.setAttribute('href', 'https://www.linkedin.com/in/me/');
    const reading = readThreads(doc, URL_G);
    expect(reading.skipped).toEqual([{ reason: 'no-identity', count: 1 }]);
    expect(reading.threads[0]!.comments.map((c) => c.author.name)).toEqual(['Nadia Benali-Ortega', 'Oluwaseun Hartmann', 'Mei-Lin Okonjo']);
    // The reply keeps pointing at the comment that was skipped: its id is still LinkedIn's.
    expect(reading.threads[0]!.comments[1]!.replyTo).toBe('7459935407312650415');
  });

  it('a comment without a link is a deleted account', () => {
    const doc = page('thread_profile_activity_ember_2026_en.html');
    const lena = doc.querySelector('article[data-id$=",7459648516917396164)"]')!;
    for (const a of lena.querySelectorAll('a.comments-comment-meta__image-link, a.comments-comment-meta__description-container')) a.removeAttribute('href');
    expect(readThreads(doc, URL_E).skipped).toEqual([{ reason: 'deleted-author', count: 1 }]);
  });

  it('caps a thread at 5000 comments and counts the rest', () => {
    const reading = readThreads(parse(bigThread(5003)), URL_BIG);
    expect(reading.threads[0]!.comments).toHaveLength(5000);
    expect(reading.threads[0]!.comments.at(-1)!.id).toBe(commentId(4999));
    expect(reading.skipped).toEqual([{ reason: 'too-many-comments', count: 3 }]);
  });

  it('never throws into the page', () => {
    const broken = { querySelectorAll: () => { throw new Error('detached'); } } as unknown as Document;
    expect(readThreads(broken, URL_A)).toEqual({ threads: [], pageKind: 'unrecognised', found: [], missing: ALL_FOUND, skipped: [] });
    expect(readThreads(parse('<html><body><p>nothing</p></body></html>'), 'not a url').pageKind).toBe('unrecognised');
  });
});

describe('readThreads: LinkedIn renames a hook', () => {
  it('finds the post by its comments when the post container loses its data-urn', () => {
    const doc = page('thread_group_post_ember_2026_en.html');
    doc.querySelector('.feed-shared-update-v2')!.removeAttribute('data-urn');
    expect(readThreads(doc, URL_G).threads).toStrictEqual([THREAD_G]);
  });

  it('counts a post it cannot identify (no data-urn, no comments, no link to it)', () => {
    const doc = page('thread_profile_activity_ember_2026_en.html');
    doc.querySelector('[data-urn="urn:li:activity:7458093268996085907"]')!.removeAttribute('data-urn');
    const reading = readThreads(doc, URL_E);
    expect(reading.threads).toStrictEqual([ACTIVITY[0]]);
    expect(reading.skipped).toEqual([{ reason: 'no-post-id', count: 1 }]);
  });

  it('counts comments whose data-id went away instead of inventing ids for them', () => {
    const doc = page('thread_group_post_ember_2026_en.html');
    for (const article of doc.querySelectorAll('article[data-id]')) article.removeAttribute('data-id');
    const reading = readThreads(doc, URL_G);
    expect(reading.threads).toStrictEqual([{ ...THREAD_G, comments: [] }]);
    expect(reading.skipped).toEqual([{ reason: 'no-comment-id', count: 4 }]);
    expect(reading.missing).toEqual(['comments', 'commentText', 'replies', 'json']);
  });

  it('takes names from the profile links when the name class goes', () => {
    const doc = page('thread_group_post_ember_2026_en.html');
    for (const el of doc.querySelectorAll('.comments-comment-meta__description-title, .update-components-actor__title')) {
      el.removeAttribute('class');
    }
    expect(readThreads(doc, URL_G).threads).toStrictEqual([THREAD_G]);
  });

  it('reads comments without their text class as having no text, and says so', () => {
    const doc = page('thread_group_post_ember_2026_en.html');
    for (const el of doc.querySelectorAll('.comments-comment-item__main-content, .comments-comment-entity__content')) el.removeAttribute('class');
    const reading = readThreads(doc, URL_G);
    expect(reading.threads[0]!.comments.map((c) => c.text)).toEqual(['', '', '', '']);
    expect(reading.missing).toEqual(['commentText', 'json']);
  });
});

// ---------------------------------------------------------------- a big thread
const BIG = '7460207198208434201';
const URL_BIG = `https://www.linkedin.com/feed/update/urn:li:activity:${BIG}/`;
const commentId = (i: number) => String(7460222297702711167n + BigInt(i) * 4194304n);

/** One Ember post with `n` comments, every other one a reply to the one before, by 300 people. */
function bigThread(n: number): string {
  const comment = (i: number, replies: string) =>
    `<article class="comments-comment-entity${replies ? '' : ' comments-comment-entity--reply'}" data-id="urn:li:comment:(activity:${BIG},${commentId(i)})">` +
    `<div class="comments-comment-meta__container"><div class="comments-comment-meta__actor">` +
    `<a class="comments-comment-meta__image-link" href="https://www.linkedin.com/in/person-${i % 300}"><img alt=""></a>` +
    `<a class="comments-comment-meta__description-container" href="https://www.linkedin.com/in/person-${i % 300}"><h3 class="comments-comment-meta__description">` +
    `<span class="comments-comment-meta__description-title">Person ${i % 300}</span></h3></a></div></div>` +
    `<section class="comments-comment-entity__content"><span class="comments-comment-item__main-content"><div class="update-components-text">` +
    `<span dir="ltr">Comment ${i} for <a href="/in/someone-else/">Someone Else</a></span></div></span></section>` +
    `<div class="comment-social-activity">${replies}</div></article>`;
  let list = '';
  for (let i = 0; i < n; i += 2) {
    list += `<div>${comment(i, i + 1 < n ? `<div class="comments-replies-list">${comment(i + 1, '')}</div>` : ' ')}</div>`;
  }
  return `<html lang="en"><body><div class="feed-shared-update-v2" role="article" data-urn="urn:li:activity:${BIG}">
    <a class="update-components-actor__meta-link" href="https://www.linkedin.com/in/author-x"><span class="update-components-actor__title">
    <span dir="ltr"><span aria-hidden="true">Author X</span></span></span></a><div class="comments-comments-list">${list}</div></div></body></html>`;
}

describe('readThreads on a big thread', () => {
  it('reads 2,000 comments (1,000 replies) linearly: the reader is called every 250 ms while the page changes', () => {
    const doc = parse(bigThread(2000));
    const started = performance.now();
    const reading = readThreads(doc, URL_BIG);
    const elapsed = performance.now() - started;
    const comments = reading.threads[0]!.comments;
    expect(comments).toHaveLength(2000);
    expect(comments.filter((c) => c.replyTo)).toHaveLength(1000);
    expect(comments[1]).toStrictEqual({
      id: commentId(1),
      author: { name: 'Person 1', slug: 'person-1' },
      text: 'Comment 1 for Someone Else',
      replyTo: commentId(0),
      at: 1778655600001,
    });
    // linkedom in node is far slower than Chromium's native DOM (about 250 ms here, warm); the bound only catches
    // a quadratic regression (which made this take tens of seconds).
    expect(elapsed).toBeLessThan(5000);
  });
});

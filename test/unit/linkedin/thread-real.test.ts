import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { participantsOf, type ThreadComment } from '../../../src/core/model/thread';
import { readThreads, THREAD_FIELDS } from '../../../src/linkedin/read/thread';
import { hasSharedFixtures, load, parse, SHARED_FIXTURES } from './helpers';

/*
 * The thread reader against real LinkedIn data (../shared/fixtures/linkedin, captured by others; see its README).
 * The shared folder sits beside the repository, so a plain checkout may not have it.
 */
if (!hasSharedFixtures) console.warn('../shared/fixtures not found: real-markup thread tests skipped');
const sharedPages = hasSharedFixtures ? readdirSync(SHARED_FIXTURES).filter((file) => file.endsWith('.html')) : [];

const POST = 'urn:li:activity:7415738731510468608';
const POST_URL = 'https://www.linkedin.com/feed/update/urn:li:activity:7415738731510468608/';
const HUGO = { name: 'Hugo Clément', slug: 'hugo-clément-057358282', memberId: 'ACoAAETAT0MBxGg-vGg0b0d_m18o4KyzeWCaJNo' };
const JP = {
  name: 'jean philippe dellamonica🔥',
  slug: 'jean-philippe-dellamonica-formateur-naturopathie-coach-leadership-reflexologie',
  memberId: 'ACoAAAP8R84B5dWBMrFsNUaoumw1yjQnnElkt6M',
};
const GUILLAUME = { name: 'Guillaume GAUCI', slug: 'guillaume-gauci-0683a842', memberId: 'ACoAAAj05FABxfj4ArMIXjW7jItU-P2mWm9AECQ' };

/**
 * The 17 comments of voyager_feed_update_comments_2026.json, read off the JSON by hand (commenter.title.text,
 * navigationUrl's slug percent-decoded, commenterProfileId, the permalink's commentUrn for replies, createdAt), in
 * id order: [id, author, replyTo, createdAt].
 */
const COMMENTS: [string, { name: string; slug: string; memberId: string }, string | undefined, number][] = [
  ['7415738802784075776', HUGO, undefined, 1768049908349],
  ['7415740457655459840', { name: 'Lou Catusse', slug: 'lou-catusse', memberId: 'ACoAAAaOfAwBu9_iQY6JcJFOU585zcBH7rlOvZQ' }, undefined, 1768050302901],
  ['7415742428671832064', JP, undefined, 1768050772828],
  ['7415742585237041152', HUGO, undefined, 1768050810156],
  ['7415746776978092032', HUGO, undefined, 1768051809545],
  ['7415755365188870145', GUILLAUME, undefined, 1768053857134],
  ['7415763091935993856', { name: 'Pierre LEONARD', slug: 'leonardpierre', memberId: 'ACoAAABOAQ4B5wQBVsalD6OBkWEY13XHuoLe18c' }, undefined, 1768055699334],
  ['7415771891774492673', { name: 'Claire Muller', slug: 'claire-muller-communication', memberId: 'ACoAAAQjVZABmsQza3KBsc0_Qy-D6nfPWFUxg7M' }, undefined, 1768057797379],
  ['7415778646315134976', JP, undefined, 1768059407787],
  ['7415803697408233472', GUILLAUME, '7415755365188870145', 1768065380433],
  ['7415809359898988544', { name: '🐦‍🔥Alexandros Moraïtis', slug: 'alexandrosmoraitis', memberId: 'ACoAAARFg2QB-Ib1Pvee6BLW6xShN4saBv8AWPM' }, undefined, 1768066730476],
  [
    '7416029760147103744',
    { name: 'Marie Laure NARDELLI', slug: 'marie-laure-nardelli-751a39a2', memberId: 'ACoAABXdy-0BImtDxwnmypY51WSONQB9tsWdMuw' },
    '7415763091935993856',
    1768119277990,
  ],
  ['7416101763122016256', JP, '7415742428671832064', 1768136444837],
  ['7416162728731590656', { name: 'Thomas Sallé', slug: 'thomassalle78', memberId: 'ACoAABW5W8sBHSG1hl-HRtDZk0KVxujzE2oYSxs' }, '7415738802784075776', 1768150980171],
  ['7416212770595094528', JP, '7415778646315134976', 1768162911081],
  ['7416218919562346496', { name: 'OLIVIER GHIS', slug: 'olivier-ghis-profil', memberId: 'ACoAAAPPeXEBsdS3x3EtwJ5OnqXhj3S_7iTnB_8' }, '7415746776978092032', 1768164377108],
  ['7416250110151561216', { name: 'seema shabir', slug: 'seema-shabir-36726b12a', memberId: 'ACoAAB-36j8B0hmk-XsW1CwW9LqazgDzm4RlBrQ' }, '7415742585237041152', 1768171813525],
];

interface VoyagerCapture {
  datalet: { body: string };
  payload: { included: Record<string, unknown>[] };
}

const capture = (): VoyagerCapture =>
  JSON.parse(readFileSync(resolve(SHARED_FIXTURES, 'voyager_feed_update_comments_2026.json'), 'utf8')) as VoyagerCapture;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The capture back in a page as LinkedIn serves it: the payload entity-escaped in `code#bpr-guid-N`, its descriptor beside it. */
function pageOf({ datalet, payload }: VoyagerCapture): Document {
  const id = datalet.body;
  return parse(`<!DOCTYPE html><html lang="en"><head><title>Hugo Clément on LinkedIn</title></head><body>
    <code style="display: none" id="${id}">${escapeHtml(JSON.stringify(payload))}</code>
    <code style="display: none" id="datalet-${id}">${escapeHtml(JSON.stringify(datalet))}</code></body></html>`);
}

describe.skipIf(!hasSharedFixtures)('readThreads on real LinkedIn data', () => {
  it('reads the embedded JSON of a /feed/update/ page: 17 comments by 11 people, replies and times', () => {
    const reading = readThreads(pageOf(capture()), POST_URL);
    expect(reading.pageKind).toBe('thread-json');
    expect(reading.found).toEqual([...THREAD_FIELDS]);
    expect(reading.missing).toEqual([]);
    expect(reading.skipped).toEqual([]);
    expect(reading.threads).toHaveLength(1);
    const [thread] = reading.threads;
    expect(thread!.id).toBe(POST);
    expect(thread!.author).toEqual(HUGO);
    expect(thread!.title?.startsWith('J’ai 36 ans. Voici les conseils que j’aurais aimé entendre à 18 ans. 1️⃣ Ne te sens pas')).toBe(true);
    expect(thread!.title).toHaveLength(200);
    expect(thread!.comments.map(({ id, author, replyTo, at }) => [id, author, replyTo, at])).toEqual(COMMENTS);
    // 13 profiles are in the payload, but two of them (people mentioned in comments) did not comment.
    expect(new Set(thread!.comments.map((c) => c.author.slug)).size).toBe(11);
    expect(participantsOf(thread!)).toHaveLength(11);
  });

  it('keeps comment text, clipped to COMMENT_TEXT_MAX', () => {
    const comments = new Map<string, ThreadComment>(readThreads(pageOf(capture()), POST_URL).threads[0]!.comments.map((c) => [c.id, c]));
    expect(comments.get('7416250110151561216')!.text).toBe('Hugo Clément tout est dit, simple, clair et limpide. Merci Hugo Clément');
    // 1,049 characters in the payload.
    const olivier = comments.get('7416218919562346496')!.text;
    expect(olivier).toHaveLength(1000);
    expect(olivier.startsWith('Hugo Clément vous êtes sympa, c\'est sûr, avec un bon cœur évident.')).toBe(true);
    expect(comments.get('7415803697408233472')!.text.startsWith('Sébastien Arcouet c’est tout à fait ça.\nLes excès sont néfastes')).toBe(true);
  });

  it('finds replies from either source: the parents\' SocialDetail alone, or the permalinks alone', () => {
    const expected = COMMENTS.map(([id, , replyTo]) => [id, replyTo]);
    const withoutDetails = capture();
    withoutDetails.payload.included = withoutDetails.payload.included.filter((e) => e.$type !== 'com.linkedin.voyager.dash.social.SocialDetail');
    const withoutPermalinks = capture();
    for (const entity of withoutPermalinks.payload.included) delete entity.permalink;
    for (const source of [withoutDetails, withoutPermalinks]) {
      expect(readThreads(pageOf(source), POST_URL).threads[0]!.comments.map((c) => [c.id, c.replyTo])).toEqual(expected);
    }
  });

  it('drops a company commenter and counts it', () => {
    const source = capture();
    const claire = source.payload.included.find((e) => e.entityUrn === 'urn:li:fsd_comment:(7415771891774492673,urn:li:activity:7415738731510468608)')!;
    const commenter = claire.commenter as Record<string, unknown>;
    commenter.navigationUrl = 'https://www.linkedin.com/company/some-company/';
    delete commenter.commenterProfileId;
    (commenter.actor as Record<string, unknown>)['*profileUrn'] = null;
    const reading = readThreads(pageOf(source), POST_URL);
    expect(reading.threads[0]!.comments).toHaveLength(16);
    expect(reading.skipped).toEqual([{ reason: 'company-author', count: 1 }]);
  });

  it('ignores the block on another page: LinkedIn keeps a left page\'s blocks in the DOM', () => {
    const doc = pageOf(capture());
    for (const url of ['https://www.linkedin.com/feed/', 'https://www.linkedin.com/feed/update/urn:li:activity:7400000000000000000/']) {
      expect(readThreads(doc, url)).toEqual({ threads: [], pageKind: 'unrecognised', found: [], missing: [...THREAD_FIELDS], skipped: [] });
    }
  });

  it('bpr_code_pair_raw_2026.html: an empty conversation-starters response (reformatted by Prettier) is not a thread', () => {
    const doc = load(SHARED_FIXTURES, 'bpr_code_pair_raw_2026.html');
    const empty = { threads: [], pageKind: 'unrecognised', found: [], missing: [...THREAD_FIELDS], skipped: [] };
    expect(readThreads(doc, POST_URL)).toEqual(empty);
    // Had it named a thread type, the stray spaces and line breaks Prettier put in its strings would make it
    // malformed: counted, never thrown.
    const code = doc.querySelector('code#bpr-guid-3708289')!;
    code.textContent = `${code.textContent} com.linkedin.voyager.dash.social.Comment`;
    expect(readThreads(doc, POST_URL)).toEqual({ ...empty, skipped: [{ reason: 'malformed-json', count: 1 }] });
  });

  it('li_2026 activity excerpt: the post of /in/…/recent-activity/ with its author from the Ember actor link', () => {
    const doc = load(SHARED_FIXTURES, 'li_2026_activity_commentbox_profilemenu_invitemodal_excerpt.html');
    const reading = readThreads(doc, 'https://www.linkedin.com/in/jeremyharbour/recent-activity/all/');
    expect(reading.pageKind).toBe('thread-ember');
    expect(reading.threads.map(({ id, author, comments }) => ({ id, author, comments }))).toEqual([
      {
        id: 'urn:li:activity:7486042476307222528',
        author: { name: 'Jeremy Harbour', slug: 'jeremyharbour', memberId: 'ACoAAAHqWl4B2atO522cbwmvvUx3n4ri_RRPo0o' },
        comments: [],
      },
    ]);
    // The capture has a gap in the middle of this post (see its header comment): only its beginning is the post's.
    expect(reading.threads[0]!.title?.startsWith('Timothy Armoo sold his first business at 17. He then sold Fanbytes, his influencer marketing agency, for')).toBe(true);
    expect(reading.found).toEqual(['post', 'author', 'title']);
  });

  it.each(sharedPages)('never throws on %s', (file) => {
    const doc = load(SHARED_FIXTURES, file);
    for (const url of [POST_URL, 'https://www.linkedin.com/feed/', '']) expect(() => readThreads(doc, url)).not.toThrow();
  });
});

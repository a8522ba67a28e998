import { parseHTML } from 'linkedom';
import * as selectors from '../../../src/linkedin/selectors';
import { seededRng, type Rng } from '../../seeded-rng';

/**
 * Seeded, deterministic mutations of a saved LinkedIn page, for the resilience tests: what a LinkedIn deploy, a
 * half-loaded page, a translation or another extension may do to the markup the readers rely on. Variant `i` of a
 * page is always the same page (its steps are printed on failure, so a failure can be replayed by its index).
 *
 * Speed (linkedom, medians on the 100 KB thread page): parsing takes ~6 ms, cloneNode(true) ~1.6 ms, mutating in place
 * and undoing ~0.04 ms, while all readers together take 2–5 ms. So the page is parsed once and each variant mutates it
 * in place and is undone afterwards (`Variant.undo`, last step first); only a truncated document is parsed anew.
 * `serialize()` lets a test check that every undo really restored the page.
 */

/** A stable 32-bit seed for a name (a page's file name), so that adding a page changes no other page's variants. */
export function seedOf(name: string): number {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return h >>> 0;
}

const int = (rng: Rng, n: number) => Math.floor(rng() * n);
const pick = <T>(rng: Rng, items: readonly T[]): T => items[int(rng, items.length)]!;

/** Alphabets that have broken text handling elsewhere: right-to-left, emoji (ZWJ sequences), combining marks, CJK, invisibles. */
const ALPHABETS = [
  'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789',
  'áéíóúñüçøåßÁÉÍÓÚÑ',
  'مرحبا بالعالم שלום עולם',
  '\u202e\u202d\u200f\u200e\u2066\u2069',
  '😀🔥🐦‍🔥👩🏽‍💻🏳️‍🌈',
  'e\u0301a\u0308o\u0327',
  '中文日本語한국어',
  '\u200b\u200c\u200d\u00a0\ufeff\t\n',
  '"\'<>&\\/[]{}():;,.•·|%#?=',
];

/** Random text from every alphabet above, sometimes very long (a reader must not choke on 20,000 characters). */
export function randomText(rng: Rng): string {
  const length = rng() < 0.05 ? 2000 + int(rng, 18000) : 1 + int(rng, 40);
  const alphabet = [...pick(rng, ALPHABETS), ...pick(rng, ALPHABETS)];
  let out = '';
  while (out.length < length) out += alphabet[int(rng, alphabet.length)];
  return out;
}

const changeDigits = (rng: Rng, value: string) => value.replace(/\d/g, (d) => (rng() < 0.5 ? String(int(rng, 10)) : d));

/** Values that have made URL and URN parsers throw: malformed percent escapes, broken hosts, quotes that end a selector. */
const NASTY_VALUES = ['', 'javascript:void(0)', 'http://[::1', 'https://', '/in/', '/in/%E0%A4%A/', '%', '"]', '\\', '\n', 'urn:li:activity:', 'null', 'undefined'];

function mutatedValue(rng: Rng, value: string): string {
  switch (int(rng, 5)) {
    case 0:
      return changeDigits(rng, value);
    case 1:
      return pick(rng, NASTY_VALUES);
    case 2:
      // Keeps the prefix a selector matches (`[id^="bpr-guid-"]`, `[href*="/in/"]`) and breaks what follows.
      return value + pick(rng, NASTY_VALUES) + randomText(rng).slice(0, 20);
    case 3:
      return value.slice(0, int(rng, value.length + 1));
    default:
      return randomText(rng);
  }
}

/** Attributes the readers hook on (selectors.ts), renamed or removed more often than others. */
const HOOK_ATTRIBUTES = ['class', 'href', 'componentkey', 'aria-label', 'id', 'lang', 'role', 'data-urn', 'data-id', 'aria-hidden', 'contenteditable', 'type', 'name', 'maxlength', 'aria-controls', 'checked'];

/** Attributes that change what a reader thinks an element is. */
const ADDED_ATTRIBUTES: [string, string][] = [
  ['class', 'visually-hidden'],
  ['class', 'theme--dark'],
  ['aria-hidden', 'true'],
  ['role', 'dialog'],
  ['role', 'button'],
  ['role', 'textbox'],
  ['contenteditable', 'true'],
  ['hidden', ''],
  ['lang', 'es'],
  ['dir', 'rtl'],
  ['href', '/in/someone-else-42/'],
  ['data-urn', 'urn:li:activity:7000000000000000001'],
  ['data-id', 'urn:li:comment:(activity:7000000000000000001,7000000000000000002)'],
  ['id', 'bpr-guid-1'],
  ['aria-controls', 'a"b\\c\nd'],
  ['checked', ''],
];

const TAGS = ['div', 'span', 'p', 'h1', 'h2', 'a', 'button', 'section', 'main', 'li', 'code', 'textarea', 'form', 'strong', 'article', 'label', 'script', 'svg', 'template'];

type Undo = () => void;

function attributesOf(el: Element): [string, string][] {
  return [...el.attributes].map((a) => [a.name, a.value]);
}

/** Sets the attributes back in their order: linkedom adds a new attribute first (browsers add it last), so try both. */
function restoreAttributes(el: Element, saved: readonly [string, string][]): void {
  for (const order of [saved, [...saved].reverse()]) {
    for (const name of el.getAttributeNames()) el.removeAttribute(name);
    for (const [name, value] of order) el.setAttribute(name, value);
    if (el.getAttributeNames().join(' ') === saved.map(([name]) => name).join(' ')) return;
  }
}

function textNodesIn(el: Element): Text[] {
  const found: Text[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) found.push(child as Text);
      else if (child.nodeType === 1) walk(child);
    }
  };
  walk(el);
  return found;
}

/** Each DOM mutation does its change and returns how to undo it (valid while later steps are undone first). */
export const domMutations = {
  remove(el: Element): Undo {
    const parent = el.parentNode;
    if (!parent) return () => {};
    const next = el.nextSibling;
    parent.removeChild(el);
    return () => void parent.insertBefore(el, next);
  },

  /** Removes the element but keeps its children in its place (a wrapper LinkedIn dropped). */
  unwrap(el: Element): Undo {
    const parent = el.parentNode;
    if (!parent) return () => {};
    const next = el.nextSibling;
    const children = [...el.childNodes];
    for (const child of children) parent.insertBefore(child, el);
    parent.removeChild(el);
    return () => {
      parent.insertBefore(el, next);
      for (const child of children) el.appendChild(child);
    };
  },

  setAttributes(el: Element, change: (el: Element) => void): Undo {
    const saved = attributesOf(el);
    change(el);
    return () => restoreAttributes(el, saved);
  },

  /** Replaces the element's whole content with one text (or nothing). */
  setText(el: Element, value: string): Undo {
    const children = [...el.childNodes];
    el.textContent = value;
    return () => {
      el.textContent = '';
      for (const child of children) el.appendChild(child);
    };
  },

  /** Changes one text node, keeping the elements around it. */
  setData(node: Text, value: string): Undo {
    const old = node.data;
    node.data = value;
    return () => void (node.data = old);
  },

  /** The same attributes and children under another tag (`<a>` becoming a `<button>`, an `<h2>` a `<p>`). */
  swapTag(el: Element, tag: string): Undo {
    const parent = el.parentNode;
    if (!parent) return () => {};
    const other = el.ownerDocument.createElement(tag);
    for (const [name, value] of attributesOf(el)) other.setAttribute(name, value);
    const children = [...el.childNodes];
    for (const child of children) other.appendChild(child);
    parent.replaceChild(other, el);
    return () => {
      for (const child of children) el.appendChild(child);
      parent.replaceChild(el, other);
    };
  },

  /** A copy right after it (LinkedIn's responsive copies, a sticky header repeating the action bar). */
  duplicate(el: Element): Undo {
    const parent = el.parentNode;
    if (!parent) return () => {};
    const copy = el.cloneNode(true);
    parent.insertBefore(copy, el.nextSibling);
    return () => void parent.removeChild(copy);
  },

  shuffle(el: Element, rng: Rng): Undo {
    const children = [...el.childNodes];
    const shuffled = [...children];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = int(rng, i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    for (const child of shuffled) el.appendChild(child);
    return () => {
      for (const child of children) el.appendChild(child);
    };
  },

  /** Moves the element into another one (React reusing nodes elsewhere); nothing when that would nest it in itself. */
  move(el: Element, into: Element): Undo {
    const parent = el.parentNode;
    if (!parent || el.contains(into)) return () => {};
    const next = el.nextSibling;
    into.appendChild(el);
    return () => void parent.insertBefore(el, next);
  },
};

/** Keys the embedded-JSON reader looks at (read/thread/json.ts, read/profile/ember.ts): wrong types there matter most. */
const JSON_KEYS = new Set([
  'included', '$type', 'entityUrn', 'urn', 'commenter', 'title', 'text', 'navigationUrl', 'commenterProfileId', 'commentary',
  'createdAt', 'permalink', 'metadata', 'backendUrn', 'shareUrn', 'actor', 'name', 'navigationContext', 'actionTarget',
  'comments', '*elements', 'elements', 'publicIdentifier', '*profileUrn', 'companyUrn', 'body', 'request',
]);

type Container = Record<string, unknown> | unknown[];
interface Slot {
  container: Container;
  key: string | number;
}

function slotsOf(value: unknown, into: { all: Slot[]; hooked: Slot[] }): void {
  if (typeof value !== 'object' || value === null) return;
  const container = value as Container;
  for (const key of Array.isArray(container) ? container.keys() : Object.keys(container)) {
    const slot = { container, key };
    into.all.push(slot);
    if (typeof key === 'string' && JSON_KEYS.has(key)) into.hooked.push(slot);
    slotsOf((container as Record<string | number, unknown>)[key], into);
  }
}

const get = (slot: Slot) => (slot.container as Record<string | number, unknown>)[slot.key];

function wrongValue(rng: Rng, old: unknown): unknown {
  const values: unknown[] = [null, 0, -1, 1e308, 1.5, true, '', randomText(rng), [], {}, [old], { text: old }, String(old), 'urn:li:activity:x'];
  return pick(rng, values);
}

/** A `code#bpr-guid-N` block (Voyager JSON LinkedIn embeds in its server HTML) and what its JSON holds. */
interface JsonBlock {
  element: Element;
  text: string;
  json: unknown;
  all: Slot[];
  hooked: Slot[];
}

export interface Variant {
  doc: Document;
  /** What was done, for a failure message. */
  steps: string[];
  /** Puts the page back as it was (a truncated page is a new document: nothing to undo). */
  undo: Undo;
}

function label(el: Element): string {
  const id = el.getAttribute('id');
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0];
  return `<${el.tagName.toLowerCase()}${id ? `#${id.slice(0, 30)}` : ''}${cls ? `.${cls.slice(0, 30)}` : ''}>`;
}

/** Every CSS selector string in selectors.ts, found by walking its exports (words and patterns that are not selectors match nothing). */
function selectorStrings(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) selectorStrings(item, into);
  else if (typeof value === 'object' && value !== null && !(value instanceof RegExp)) for (const item of Object.values(value)) selectorStrings(item, into);
}

const ALL_SELECTORS = (() => {
  const found = new Set<string>(['code[id^="datalet-"]', 'html', 'body', 'title']);
  selectorStrings(selectors, found);
  return [...found];
})();

/**
 * The page as a browser's parser builds it: linkedom leaves a text node per HTML entity (the entity-escaped JSON of
 * a `code#bpr-guid-N` block becomes ~50,000 nodes, which makes every query on the page 100 times slower); a browser
 * keeps one text node per run of text.
 */
function parsed(html: string): Document {
  const { document } = parseHTML(html);
  document.documentElement?.normalize();
  return document;
}

export class PageMutator {
  readonly doc: Document;
  private readonly elements: Element[];
  /** Elements a reader's selector matches, and their parents and grandparents: most variants touch these. */
  private readonly hooks: Element[];
  private readonly blocks: JsonBlock[];

  constructor(
    private readonly html: string,
    private readonly seed: number,
  ) {
    this.doc = parsed(html);
    this.elements = [...this.doc.querySelectorAll('*')];
    const hooks = new Set<Element>();
    for (const selector of ALL_SELECTORS) {
      let matched: Element[];
      try {
        matched = [...this.doc.querySelectorAll(selector)];
      } catch {
        continue; // words and patterns in selectors.ts that are not CSS
      }
      for (const el of matched) for (let at: Element | null = el, up = 0; at && up < 3; at = at.parentElement, up++) hooks.add(at);
    }
    this.hooks = [...hooks];
    this.blocks = [...this.doc.querySelectorAll('code[id^="bpr-guid-"]')].map((element) => {
      const text = element.textContent ?? '';
      const block: JsonBlock = { element, text, json: undefined, all: [], hooked: [] };
      try {
        block.json = JSON.parse(text);
        slotsOf(block.json, block);
      } catch {
        // Not JSON to begin with: only truncated and replaced.
      }
      return block;
    });
  }

  /** How many elements the page has, and how many of them the readers' selectors reach. */
  get size(): { elements: number; hooks: number; jsonBlocks: number } {
    return { elements: this.elements.length, hooks: this.hooks.length, jsonBlocks: this.blocks.length };
  }

  serialize(): string {
    return this.doc.toString();
  }

  variant(i: number): Variant {
    const rng = seededRng((this.seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0);
    const roll = rng();
    if (roll < 0.05) return this.truncated(rng);
    // A page that is only JSON (the Voyager capture) gets JSON variants half the time; others one in eight.
    const jsonShare = this.blocks.length === 0 ? 0 : this.elements.length < 20 ? 0.5 : 0.125;
    if (roll < 0.05 + jsonShare) return this.jsonVariant(rng);
    return this.domVariant(rng);
  }

  private truncated(rng: Rng): Variant {
    const cut = int(rng, this.html.length);
    return { doc: parsed(this.html.slice(0, cut)), steps: [`truncate the HTML at ${cut} of ${this.html.length}`], undo: () => {} };
  }

  private jsonVariant(rng: Rng): Variant {
    const block = pick(rng, this.blocks);
    const steps: string[] = [];
    const undos: Undo[] = [];
    let text: string;
    const how = rng();
    if (how < 0.25 || block.json === undefined) {
      const cut = int(rng, block.text.length);
      text = rng() < 0.8 ? block.text.slice(0, cut) : pick(rng, ['', '{', 'null', '[]', '{"included":null}', '{"included":[null,1,"x",[]]}', randomText(rng)]);
      steps.push(`json #${block.element.id}: text replaced (${text.length} of ${block.text.length} chars)`);
    } else {
      // Wrong types and missing fields, applied to the parsed payload, written back, and the payload restored.
      for (let k = 1 + int(rng, 3); k > 0; k--) {
        const slots = block.hooked.length > 0 && rng() < 0.7 ? block.hooked : block.all;
        if (slots.length === 0) break;
        const slot = pick(rng, slots);
        const old = get(slot);
        const container = slot.container as Record<string | number, unknown>;
        if (rng() < 0.3 && !Array.isArray(container)) {
          // Restored with its keys in their order, so that later variants serialise the payload as the first did.
          const entries = Object.entries(container);
          delete container[slot.key];
          undos.push(() => {
            for (const key of Object.keys(container)) delete container[key];
            for (const [key, value] of entries) container[key] = value;
          });
          steps.push(`json #${block.element.id}: delete ${String(slot.key)}`);
        } else {
          const value = wrongValue(rng, old);
          container[slot.key] = value;
          undos.push(() => void (container[slot.key] = old));
          steps.push(`json #${block.element.id}: ${String(slot.key)} = ${JSON.stringify(value)?.slice(0, 40)}`);
        }
      }
      text = JSON.stringify(block.json);
      for (const undo of undos.reverse()) undo();
    }
    return { doc: this.doc, steps, undo: domMutations.setText(block.element, text) };
  }

  private domVariant(rng: Rng): Variant {
    const steps: string[] = [];
    const undos: Undo[] = [];
    for (let k = 1 + int(rng, 5); k > 0; k--) {
      const el = this.hooks.length > 0 && rng() < 0.6 ? pick(rng, this.hooks) : pick(rng, this.elements);
      const [step, undo] = this.mutate(el, rng);
      steps.push(step);
      undos.push(undo);
    }
    return {
      doc: this.doc,
      steps,
      undo: () => {
        for (let i = undos.length - 1; i >= 0; i--) undos[i]!();
      },
    };
  }

  private mutate(el: Element, rng: Rng): [string, Undo] {
    const what = label(el);
    // The root element keeps its place: only its attributes (lang, theme classes) change.
    if (el === this.doc.documentElement) return this.mutateAttribute(el, rng);
    const roll = rng();
    if (roll < 0.18) return [`remove ${what}`, domMutations.remove(el)];
    if (roll < 0.26) return [`unwrap ${what}`, domMutations.unwrap(el)];
    if (roll < 0.46) return this.mutateAttribute(el, rng);
    if (roll < 0.66) return this.mutateText(el, rng);
    if (roll < 0.74) {
      const tag = pick(rng, TAGS);
      return [`retag ${what} as <${tag}>`, domMutations.swapTag(el, tag)];
    }
    if (roll < 0.82) return [`duplicate ${what}`, domMutations.duplicate(el)];
    if (roll < 0.91) return [`shuffle the children of ${what}`, domMutations.shuffle(el, rng)];
    const into = pick(rng, this.elements);
    return [`move ${what} into ${label(into)}`, domMutations.move(el, into)];
  }

  private mutateAttribute(el: Element, rng: Rng): [string, Undo] {
    const what = label(el);
    const names = el.getAttributeNames();
    const hooked = names.filter((n) => HOOK_ATTRIBUTES.includes(n) || n.startsWith('data-'));
    if (names.length === 0 || rng() < 0.15) {
      const [name, value] = pick(rng, ADDED_ATTRIBUTES);
      return [`set ${name}="${value}" on ${what}`, domMutations.setAttributes(el, (e) => e.setAttribute(name, value))];
    }
    const name = hooked.length > 0 && rng() < 0.8 ? pick(rng, hooked) : pick(rng, names);
    const value = el.getAttribute(name) ?? '';
    const how = rng();
    if (how < 0.3) return [`remove ${name} of ${what}`, domMutations.setAttributes(el, (e) => e.removeAttribute(name))];
    if (how < 0.5) {
      const renamed = rng() < 0.5 ? `data-x-${name}` : pick(rng, HOOK_ATTRIBUTES.filter((n) => n !== name));
      return [
        `rename ${name} of ${what} to ${renamed}`,
        domMutations.setAttributes(el, (e) => {
          e.removeAttribute(name);
          e.setAttribute(renamed, value);
        }),
      ];
    }
    const changed = mutatedValue(rng, value);
    return [`${name} of ${what} = ${JSON.stringify(changed.slice(0, 40))}`, domMutations.setAttributes(el, (e) => e.setAttribute(name, changed))];
  }

  private mutateText(el: Element, rng: Rng): [string, Undo] {
    const what = label(el);
    const nodes = textNodesIn(el).filter((n) => n.data.trim() !== '');
    if (nodes.length > 0 && rng() < 0.6) {
      const node = pick(rng, nodes);
      const how = rng();
      const value = how < 0.3 ? '' : how < 0.6 ? changeDigits(rng, node.data) : how < 0.8 ? randomText(rng) : node.data + randomText(rng);
      return [`text in ${what}: ${JSON.stringify(node.data.trim().slice(0, 20))} → ${JSON.stringify(value.slice(0, 20))}`, domMutations.setData(node, value)];
    }
    const value = rng() < 0.4 ? '' : randomText(rng);
    return [`content of ${what} = ${JSON.stringify(value.slice(0, 20))}${value.length > 20 ? `… (${value.length})` : ''}`, domMutations.setText(el, value)];
  }
}

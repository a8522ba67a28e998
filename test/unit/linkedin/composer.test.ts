import { describe, expect, it } from 'vitest';
import { draftText, findComposeBoxes, type ComposeBox } from '../../../src/linkedin/read/composer';
import { load, OWN_FIXTURES, parse } from './helpers';

/*
 * The composer reader against our own pages (test/fixtures/linkedin/msg_*: invented people in the structure of
 * the captured overlay, see test/fixtures/README.md), the send options, new messages and InMail, and draftText.
 */

const TOMAS = { name: 'Tomás Eriksen-Mbeki', memberId: 'ACoAADtYgjmUhBel31iEl2hpChYgCfrL1spNxny' };
const KOFI = { name: 'Kofi Mensah-Lindgren', memberId: 'ACoAAE6ilI8ihN5KXSc7Tvo-hBKqFYY-kv5ZJr3' };
const PRIYA = { name: 'Priya Raman-Okoye', slug: 'priya-raman-okoye-8d2f1c' };

const EMPTY = 'msg_overlay_ember_2023_en_1to1_empty.html';
const DRAFT = 'msg_overlay_ember_2023_en_1to1_draft.html';
const THREAD = 'msg_thread_ember_2023_en_full_page.html';
const GROUP = 'msg_overlay_ember_2023_es_group.html';
const FOREIGN = 'msg_overlay_ember_2023_en_foreign_button_no_send.html';

const only = (boxes: ComposeBox[]): ComposeBox => {
  expect(boxes).toHaveLength(1);
  return boxes[0]!;
};
const $ = (root: ParentNode, selector: string): Element => {
  const el = root.querySelector(selector);
  if (!el) throw new Error(`fixture has no ${selector}`);
  return el;
};
/** A summary that compares by value (elements by what identifies them). */
function summary(box: ComposeBox) {
  return {
    kind: box.kind,
    form: box.form.getAttribute('id'),
    editor: box.editor?.getAttribute('aria-label') ?? null,
    sendButton: box.sendButton ? `${box.sendButton.getAttribute('class')} | ${box.sendButton.textContent?.trim()}` : null,
    enterToSend: box.enterToSend,
    recipient: box.recipient,
    missing: box.missing,
  };
}
const SEND = 'msg-form__send-button artdeco-button artdeco-button--1 | Send';

describe('findComposeBoxes on our pages', () => {
  it('overlay, English, one-to-one, empty editor', () => {
    const doc = load(OWN_FIXTURES, EMPTY);
    const box = only(findComposeBoxes(doc));
    expect(summary(box)).toEqual({
      kind: 'overlay',
      form: 'msg-form-ember883',
      editor: 'Write a message…',
      sendButton: SEND,
      enterToSend: undefined,
      recipient: TOMAS,
      missing: [],
    });
    expect(box.sendButton?.hasAttribute('disabled')).toBe(true);
    expect(draftText(box.editor!)).toBe('');
  });

  it('overlay with a typed draft: paragraphs, an empty line, a Shift+Enter break, a double space, an emoji', () => {
    const box = only(findComposeBoxes(load(OWN_FIXTURES, DRAFT)));
    expect(summary(box)).toMatchObject({ kind: 'overlay', recipient: TOMAS, missing: [] });
    expect(box.sendButton?.hasAttribute('disabled')).toBe(false);
    expect(draftText(box.editor!)).toBe(
      'Hi Tomás,\n' +
        '\n' +
        'Thanks for the walk-through of your irrigation sensors at Agritech Porto —  the soil-moisture map is the part I keep thinking about.\n' +
        'Could we talk for 20 minutes next week?\n' +
        'Tuesday or Thursday morning both work for me 🙂',
    );
  });

  it('full-page thread: name from the title (not the link with its presence line), slug from the link, not the conversation list', () => {
    const doc = load(OWN_FIXTURES, THREAD);
    expect($(doc, 'a.msg-thread__link-to-profile').textContent?.replace(/\s+/g, ' ').trim()).toBe('Priya Raman-Okoye Active now');
    expect(summary(only(findComposeBoxes(doc)))).toEqual({
      kind: 'thread',
      form: 'msg-form-ember512',
      editor: 'Write a message…',
      sendButton: SEND,
      enterToSend: undefined,
      recipient: PRIYA,
      missing: [],
    });
  });

  it('group conversation: no recipient, reported missing; editor and Send still found', () => {
    const box = only(findComposeBoxes(load(OWN_FIXTURES, GROUP)));
    expect(summary(box)).toEqual({
      kind: 'overlay',
      form: 'msg-form-ember883',
      editor: 'Escribe un mensaje…',
      sendButton: 'msg-form__send-button artdeco-button artdeco-button--1 | Enviar',
      enterToSend: undefined,
      recipient: null,
      missing: ['recipient'],
    });
  });

  it('a form with other extensions\' buttons and no LinkedIn Send: neither is taken; Enter sends', () => {
    const doc = load(OWN_FIXTURES, FOREIGN);
    const form = $(doc, 'form.msg-form');
    expect($(form, 'button.vbot-button')).toBeTruthy();
    expect($(form, 'button.qr-snippets-launcher').textContent).toBe('Send');
    expect(summary(only(findComposeBoxes(doc)))).toEqual({
      kind: 'overlay',
      form: 'msg-form-ember883',
      editor: 'Write a message…',
      sendButton: null,
      enterToSend: true,
      recipient: KOFI,
      missing: ['sendButton'],
    });
  });

  it('no Send and no send-options toggle: Enter-to-send is not known', () => {
    const doc = load(OWN_FIXTURES, FOREIGN);
    $(doc, 'button.msg-form__send-toggle').remove();
    expect(only(findComposeBoxes(doc)).enterToSend).toBeUndefined();
  });

  it('the title is one person even when the name holds " y " (José Ortega y Gasset), linked once', () => {
    const doc = load(OWN_FIXTURES, GROUP);
    const title = $(doc, '.msg-overlay-bubble-header__title');
    title.replaceChildren();
    const a = doc.createElement('a');
    a.setAttribute('href', '/in/jose-ortega-y-gasset-1883/');
    a.append(doc.createTextNode('José Ortega y Gasset'));
    title.append(a);
    expect(only(findComposeBoxes(doc)).recipient).toEqual({ name: 'José Ortega y Gasset', slug: 'jose-ortega-y-gasset-1883' });
    // Unlinked, the same title reads as a list of names: better no recipient than a wrong one.
    a.removeAttribute('href');
    expect(only(findComposeBoxes(doc)).recipient).toBeNull();
  });

  it('group titles in English ("… and …", "… & …") and titles linking two people', () => {
    const doc = load(OWN_FIXTURES, GROUP);
    doc.documentElement.setAttribute('lang', 'en');
    const title = $(doc, '.msg-overlay-bubble-header__title span');
    title.textContent = 'Ana Belén Quiroga and Wen Li';
    expect(only(findComposeBoxes(doc)).recipient).toBeNull();
    title.textContent = 'Ana Belén Quiroga & Wen Li';
    expect(only(findComposeBoxes(doc)).recipient).toBeNull();
    title.textContent = 'Wen Li';
    expect(only(findComposeBoxes(doc)).recipient).toEqual({ name: 'Wen Li' });
    // Two profiles linked from the title.
    const [a, b] = ['ACoAAD1TWDtkwtDDb_xHKas1VOqg6YYZYn9Zhyi', 'ACoAAC4uoRgnatmUdjAWtGSU8po_799NksnRH9u'].map((id) => {
      const link = doc.createElement('a');
      link.setAttribute('href', `/in/${id}/`);
      return link;
    });
    a!.append(doc.createTextNode('Ana Belén'));
    b!.append(doc.createTextNode('Wen'));
    title.replaceChildren(a!, doc.createTextNode(' · '), b!);
    expect(only(findComposeBoxes(doc)).recipient).toBeNull();
  });
});

describe('enterToSend from the open send options', () => {
  /** The empty overlay with its send options open: the popup the toggle's aria-controls names, holding two radios. */
  function withOptions(labels: [string, string], checked: 0 | 1, lang = 'en') {
    const doc = load(OWN_FIXTURES, EMPTY);
    doc.documentElement.setAttribute('lang', lang);
    const popup = doc.createElement('div');
    popup.setAttribute('id', 'artdeco-hoverable-artdeco-gen-44');
    popup.setAttribute('class', 'artdeco-hoverable-content msg-form__hovercard');
    labels.forEach((text, i) => {
      const input = doc.createElement('input');
      input.setAttribute('type', 'radio');
      input.setAttribute('id', `send-mode-${i}`);
      input.setAttribute('name', 'send-mode');
      if (i === checked) input.setAttribute('checked', '');
      const label = doc.createElement('label');
      label.setAttribute('for', `send-mode-${i}`);
      label.append(doc.createTextNode(text));
      popup.append(input, label);
    });
    $(doc, '#artdeco-gen-44').append(popup);
    return only(findComposeBoxes(doc)).enterToSend;
  }

  it('by the checked option\'s label, English and Spanish', () => {
    expect(withOptions(['Press Enter to Send', 'Click Send'], 0)).toBe(true);
    expect(withOptions(['Press Enter to Send', 'Click Send'], 1)).toBe(false);
    // Labels in the other order: the label decides, not the position.
    expect(withOptions(['Click Send', 'Press Enter to Send'], 0)).toBe(false);
    expect(withOptions(['Pulsa Intro para enviar', 'Haz clic en Enviar'], 0, 'es')).toBe(true);
    expect(withOptions(['Pulsa Intro para enviar', 'Haz clic en Enviar'], 1, 'es')).toBe(false);
  });

  it('by position when the labels are in a language we do not carry (Enter first, Click second)', () => {
    expect(withOptions(['Appuyez sur Entrée pour envoyer', 'Cliquez sur Envoyer'], 0, 'fr')).toBe(true);
    expect(withOptions(['Appuyez sur Entrée pour envoyer', 'Cliquez sur Envoyer'], 1, 'fr')).toBe(false);
  });

  it('a Send button the page does not render, beside a rendered editor, means Enter sends (Chromium can tell; linkedom cannot)', () => {
    const doc = load(OWN_FIXTURES, EMPTY);
    const box = only(findComposeBoxes(doc));
    expect(box.enterToSend).toBeUndefined();
    Object.defineProperty(box.sendButton!, 'checkVisibility', { value: () => false, configurable: true });
    Object.defineProperty(box.editor!, 'checkVisibility', { value: () => true, configurable: true });
    expect(only(findComposeBoxes(doc))).toMatchObject({ enterToSend: true, sendButton: box.sendButton });
    // A minimised bubble hides the editor too: that says nothing.
    Object.defineProperty(box.editor!, 'checkVisibility', { value: () => false, configurable: true });
    expect(only(findComposeBoxes(doc)).enterToSend).toBeUndefined();
  });
});

describe('kinds', () => {
  /** A new message: recipient typeahead with pills above the form, as the compose page and the "New message" bubble have it. */
  function compose(pills: string[], url?: string) {
    const doc = parse(`<!DOCTYPE html><html lang="en"><head><title>Messaging | LinkedIn</title></head><body>
      <main class="scaffold-layout__main"><div class="msg-compose-form">
        <h2>New message</h2>
        <div class="msg-connections-typeahead">${pills.map((name) => `<div class="msg-connections-typeahead__recipient artdeco-pill"><span class="artdeco-pill__text">${name}</span><button class="artdeco-pill__button" type="button"><span class="visually-hidden">Remove ${name}</span></button></div>`).join('')}
          <input class="msg-connections-typeahead__search-field" type="text" role="combobox" aria-label="Type a name or multiple names">
        </div>
        <form class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox" aria-label="Write a message…"><p><br></p></div>
          <footer class="msg-form__footer"><div class="msg-form__right-actions"><button class="msg-form__send-button artdeco-button" disabled type="submit">Send</button></div></footer></form>
      </div></main></body></html>`);
    if (url) Object.defineProperty(doc, 'location', { value: { href: url } });
    return only(findComposeBoxes(doc));
  }

  it('a new message: recipients are the pills, not the "New message" heading', () => {
    expect(compose(['Wen Li'])).toMatchObject({ kind: 'compose', recipient: { name: 'Wen Li' }, missing: [] });
    expect(compose([])).toMatchObject({ kind: 'compose', recipient: null, missing: ['recipient'] });
    expect(compose(['Wen Li', 'Ana Belén Quiroga'])).toMatchObject({ kind: 'compose', recipient: null, missing: ['recipient'] });
  });

  it('InMail: a form with a subject line', () => {
    const doc = load(OWN_FIXTURES, EMPTY);
    const subject = doc.createElement('input');
    subject.setAttribute('name', 'subject');
    subject.setAttribute('class', 'msg-form__subject');
    $(doc, 'form.msg-form').prepend(subject);
    expect(only(findComposeBoxes(doc))).toMatchObject({ kind: 'inmail', recipient: TOMAS, missing: [] });
  });

  it('by the document\'s URL when the markup does not say', () => {
    const html = '<!DOCTYPE html><html lang="en"><body><div><form class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox" aria-label="Write a message…"></div></form></div></body></html>';
    const at = (href?: string) => {
      const doc = parse(html);
      if (href) Object.defineProperty(doc, 'location', { value: { href } });
      return only(findComposeBoxes(doc));
    };
    expect(at().kind).toBe('unknown');
    expect(at('https://www.linkedin.com/messaging/thread/2-YWJjZGVm/').kind).toBe('thread');
    expect(at('https://www.linkedin.com/messaging/compose/?profileUrn=urn%3Ali%3Afsd_profile%3AACoAA').kind).toBe('compose');
    expect(at('https://www.linkedin.com.evil.example/messaging/thread/2-YWJjZGVm/').kind).toBe('unknown');
    expect(at().missing).toEqual(['sendButton', 'recipient']);
  });

  it('never throws on odd roots, and finds nothing where there is no compose box', () => {
    expect(findComposeBoxes(parse('<!DOCTYPE html><html><body></body></html>'))).toEqual([]);
    expect(findComposeBoxes(parse('').createDocumentFragment())).toEqual([]);
    for (const file of ['profile_ember_2023_en.html', 'profile_sdui_2026_en.html', 'authwall_2026_en.html']) {
      expect(findComposeBoxes(load(OWN_FIXTURES, file))).toEqual([]);
    }
  });
});

describe('draftText', () => {
  const editor = (inner: string): Element =>
    parse(`<!DOCTYPE html><html><body><div class="msg-form__contenteditable" contenteditable="true" role="textbox">${inner}</div></body></html>`).querySelector('[role="textbox"]')!;

  it('the empty states are ""', () => {
    expect(draftText(editor('<p><br></p>'))).toBe('');
    expect(draftText(editor(''))).toBe('');
    expect(draftText(editor('<p></p>'))).toBe('');
  });

  it('paragraphs joined by "\\n", empty paragraphs kept as empty lines', () => {
    expect(draftText(editor('<p>Hola Ana,</p><p><br></p><p>¿Te viene bien el martes?</p>'))).toBe('Hola Ana,\n\n¿Te viene bien el martes?');
    expect(draftText(editor('<p><br></p><p><br></p>'))).toBe('\n');
    expect(draftText(editor('<div>a</div><div><br></div><div>b</div>'))).toBe('a\n\nb');
  });

  it('<br> is a newline; the last <br> of a paragraph only holds it open', () => {
    expect(draftText(editor('<p>martes<br>o jueves</p>'))).toBe('martes\no jueves');
    expect(draftText(editor('<p>a<br></p>'))).toBe('a');
    expect(draftText(editor('<p>a<br><br></p><p>b</p>'))).toBe('a\n\nb');
  });

  it('keeps the user\'s spaces; no-break spaces become spaces', () => {
    expect(draftText(editor('<p>  two  spaces&nbsp; and&nbsp;nbsp </p>'))).toBe('  two  spaces  and nbsp ');
    expect(draftText(editor('<p>&nbsp;</p>'))).toBe(' ');
  });

  it('ignores the markup\'s indentation between paragraphs, not text typed outside one', () => {
    expect(draftText(editor('\n  <p>a</p>\n  <p>b</p>\n'))).toBe('a\nb');
    expect(draftText(editor('hello <b>there</b>'))).toBe('hello there');
  });

  it('emoji, as text (with joiners and modifiers) or as images', () => {
    expect(draftText(editor('<p>👩🏽‍💻 listo 🎉🇪🇸</p>'))).toBe('👩🏽‍💻 listo 🎉🇪🇸');
    expect(draftText(editor('<p>gracias <img alt="🙏" src="https://static.licdn.com/emoji.png"></p>'))).toBe('gracias 🙏');
    expect(draftText(editor('<p>👍</p>'))).toBe('👍');
  });

  it('right-to-left text and direction marks are kept as typed', () => {
    expect(draftText(editor('<p dir="rtl">مرحبا يا سارة،</p><p dir="rtl">שלום <span>עולם</span>\u200f!</p>'))).toBe('مرحبا يا سارة،\nשלום עולם\u200f!');
  });

  it('inline formatting and links are their text; HTML-looking text stays text; scripts are not text', () => {
    expect(draftText(editor('<p>see <a href="https://example.com">my <strong>post</strong></a></p>'))).toBe('see my post');
    expect(draftText(editor('<p>&lt;b&gt;hi&lt;/b&gt; &amp; {first_name}</p>'))).toBe('<b>hi</b> & {first_name}');
    expect(draftText(editor('<p>a<script>alert(1)</script></p>'))).toBe('a');
  });

  it('nested blocks start lines of their own', () => {
    expect(draftText(editor('<p>a<span><div>b</div></span>c</p>'))).toBe('a\nb\nc');
    expect(draftText(editor('<ul><li>one</li><li>two</li></ul><p>end</p>'))).toBe('one\ntwo\nend');
  });

  it('long drafts come back whole', () => {
    const line = 'x'.repeat(999);
    const inner = Array.from({ length: 20 }, () => `<p>${line}</p>`).join('');
    expect(draftText(editor(inner))).toBe(Array.from({ length: 20 }, () => line).join('\n'));
    expect(draftText(editor(inner)).length).toBe(20 * 999 + 19);
  });
});

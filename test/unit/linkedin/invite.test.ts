import { describe, expect, it } from 'vitest';
import { findInviteDialogs, type InviteDialog } from '../../../src/linkedin/read/invite';
import { readProfile } from '../../../src/linkedin/read/profile';
import { load, OWN_FIXTURES, parse, expectReading, renameAttribute } from './helpers';

/*
 * The invitation-dialog reader against our own fixtures (test/fixtures/linkedin/invite_*: invented people, the
 * real dialog's structure, see test/fixtures/README.md), the Spanish UI, step 2 (never captured: built from what
 * the fixtures README and other projects say of it), and broken or unusual markup.
 */

const EN_STEP1 = 'invite_ember_2026_en_step1.html';
const ES_STEP1 = 'invite_ember_2026_es_step1.html';
const PREMIUM = 'invite_ember_2026_en_step2_premium.html';
const FREE = 'invite_ember_2026_en_step2_free.html';
const UNKNOWN_MISSING = ['addNoteButton', 'sendWithoutNoteButton', 'noteField', 'sendButton'];


/** Sets the quota line's text (the free fixture's `<p>` above the note). */
function setQuotaLine(doc: Document, line: string): void {
  const p = [...doc.querySelectorAll('.send-invite p')].find((el) => /invitations/.test(el.textContent ?? ''));
  if (!p) throw new Error('the free fixture lost its quota line');
  p.textContent = line;
}

/** The parts of one of our pages, looked up independently of the reader. */
function page(file: string) {
  const doc = load(OWN_FIXTURES, file);
  const dialog = doc.querySelector('#artdeco-modal-outlet [role="dialog"]')!;
  const byLabel = (label: string) => dialog.querySelector(`button[aria-label="${label}"]`);
  return { doc, dialog, byLabel, noteField: dialog.querySelector('textarea') };
}

describe('findInviteDialogs on our pages', () => {
  it('step 1, English', () => {
    const { doc, dialog, byLabel } = page(EN_STEP1);
    expect(byLabel('Add a note')).not.toBeNull();
    const readings = findInviteDialogs(doc);
    expect(readings).toHaveLength(1);
    expectReading(readings[0], {
      step: 'choose',
      dialog,
      inviteeName: 'Noor Haddad-Pereira',
      addNoteButton: byLabel('Add a note'),
      sendWithoutNoteButton: byLabel('Send without a note'),
      noteField: null,
      sendButton: null,
      missing: [],
    });
  });

  it('step 1, Spanish (<html lang="es">)', () => {
    const { doc, dialog, byLabel } = page(ES_STEP1);
    expect(byLabel('Añadir una nota')).not.toBeNull();
    const readings = findInviteDialogs(doc);
    expect(readings).toHaveLength(1);
    expectReading(readings[0], {
      step: 'choose',
      dialog,
      inviteeName: 'Itziar Goikoetxea Ruiz',
      addNoteButton: byLabel('Añadir una nota'),
      sendWithoutNoteButton: byLabel('Enviar sin nota'),
      noteField: null,
      sendButton: null,
      missing: [],
    });
  });

  it('step 2, premium: the counter\'s 300, no quota line, no name in the dialog', () => {
    const { doc, dialog, byLabel, noteField } = page(PREMIUM);
    expect(noteField?.id).toBe('custom-message');
    const readings = findInviteDialogs(doc);
    expect(readings).toHaveLength(1);
    expectReading(readings[0], {
      step: 'note',
      dialog,
      addNoteButton: null,
      sendWithoutNoteButton: null,
      noteField,
      sendButton: byLabel('Send invitation'),
      maxLength: 300,
      missing: [],
    });
    // LinkedIn keeps Send disabled until the note has text; the reader returns it all the same.
    expect(readings[0]?.sendButton?.hasAttribute('disabled')).toBe(true);
  });

  it('step 2, free: the counter\'s 200 and the personalised invitations left', () => {
    const { doc, dialog, byLabel, noteField } = page(FREE);
    const readings = findInviteDialogs(doc);
    expect(readings).toHaveLength(1);
    expectReading(readings[0], {
      step: 'note',
      dialog,
      addNoteButton: null,
      sendWithoutNoteButton: null,
      noteField,
      sendButton: byLabel('Send invitation'),
      maxLength: 200,
      remainingPersonalized: 3,
      missing: [],
    });
  });

  it('the pages are whole profile pages too: the profile behind the dialog still reads', () => {
    const { record, pageKind } = readProfile(load(OWN_FIXTURES, ES_STEP1), 'https://www.linkedin.com/in/itziar-goikoetxea-ruiz/');
    expect(pageKind).toBe('profile-sdui-2026');
    expect(record).toMatchObject({ slug: 'itziar-goikoetxea-ruiz', name: 'Itziar Goikoetxea Ruiz', degree: '2nd' });
  });
});

describe('findInviteDialogs: the length limit', () => {
  it('counts what was typed but takes the limit ("57/300")', () => {
    const { doc } = page(PREMIUM);
    doc.querySelector('.text-align-right.t-14')!.textContent = '57/300';
    expect(findInviteDialogs(doc)[0]?.maxLength).toBe(300);
  });

  it('reads a counter split over elements ("<span>0</span>/<span>200</span>")', () => {
    const { doc } = page(FREE);
    const counter = doc.querySelector('.text-align-right.t-14')!;
    counter.textContent = '';
    const used = doc.createElement('span');
    used.textContent = '0';
    const limit = doc.createElement('span');
    limit.textContent = '200';
    counter.append(used, '/', limit);
    expect(findInviteDialogs(doc)[0]?.maxLength).toBe(200);
  });

  it('premium without its counter: the field\'s maxlength', () => {
    const { doc } = page(PREMIUM);
    doc.querySelector('.text-align-right.t-14')!.remove();
    const [reading] = findInviteDialogs(doc);
    expect(reading?.maxLength).toBe(300);
    expect(reading?.missing).toEqual([]);
  });

  it('free without its counter (and no maxlength): no limit, reported missing — the aria-label\'s number is not trusted', () => {
    const { doc } = page(FREE);
    doc.querySelector('.text-align-right.t-14')!.remove();
    expect(doc.querySelector('textarea')?.getAttribute('aria-label')).toBe('Please limit personal note to 200 characters.');
    const [reading] = findInviteDialogs(doc);
    expect(reading?.step).toBe('note');
    expect(reading?.maxLength).toBeUndefined();
    expect(reading?.missing).toEqual(['maxLength']);
  });
});

describe('findInviteDialogs: the personalised-invitation quota', () => {
  it.each([
    ['the wording other projects report', '1 personalized invitation remaining for this month.', 1],
    ['the brief\'s wording', 'You have 4 personalized invitations left this month.', 4],
    ['British spelling', '2 personalised invitations remaining for this month.', 2],
    ['spent', '0 personalized invitations remaining for this month.', 0],
    ['the upsell heading once spent', 'No free personalized invitations left', 0],
  ])('%s: "%s" -> %i', (_, line, count) => {
    const { doc } = page(FREE);
    setQuotaLine(doc, line);
    expect(findInviteDialogs(doc)[0]?.remainingPersonalized).toBe(count);
  });

  it('nothing when the line says something else', () => {
    const { doc } = page(FREE);
    setQuotaLine(doc, 'Invitations with a note are more likely to be accepted.');
    expect(findInviteDialogs(doc)[0]).not.toHaveProperty('remainingPersonalized');
  });

  it('never reads the quota (or the counter) out of the note itself', () => {
    const { doc } = page(PREMIUM);
    const field = doc.querySelector('textarea')!;
    field.textContent = 'I have 5 personalized invitations left and 1/300 ideas';
    const [reading] = findInviteDialogs(doc);
    expect(reading).not.toHaveProperty('remainingPersonalized');
    expect(reading?.maxLength).toBe(300);
  });
});

describe('findInviteDialogs in Spanish', () => {
  /** Our free step 2 with LinkedIn in Spanish. Every Spanish string here but the buttons' is our guess. */
  function spanishFree(quota: string) {
    const { doc, dialog, noteField } = page(FREE);
    doc.documentElement.setAttribute('lang', 'es');
    setQuotaLine(doc, quota);
    const send = dialog.querySelector('button[aria-label="Send invitation"]')!;
    send.setAttribute('aria-label', 'Enviar invitación');
    send.querySelector('.artdeco-button__text')!.textContent = 'Enviar';
    const cancel = dialog.querySelector('button[aria-label="Cancel adding a note"]')!;
    cancel.setAttribute('aria-label', 'Cancelar');
    return { doc, dialog, noteField, send };
  }

  it('step 2: "Enviar invitación", the counter, "Te quedan 2 invitaciones personalizadas este mes."', () => {
    const { doc, dialog, noteField, send } = spanishFree('Te quedan 2 invitaciones personalizadas este mes.');
    expectReading(findInviteDialogs(doc)[0], {
      step: 'note',
      dialog,
      addNoteButton: null,
      sendWithoutNoteButton: null,
      noteField,
      sendButton: send,
      maxLength: 200,
      remainingPersonalized: 2,
      missing: [],
    });
  });

  it.each([
    ['Te queda 1 invitación personalizada este mes.', 1],
    ['3 invitaciones personalizadas restantes este mes.', 3],
    ['No te quedan invitaciones personalizadas este mes.', 0],
  ])('quota "%s" -> %i', (line, count) => {
    const { doc } = spanishFree(line);
    expect(findInviteDialogs(doc)[0]?.remainingPersonalized).toBe(count);
  });

  it('step 2 sent by its shown text "Enviar" when the aria-label goes', () => {
    const { doc, send } = spanishFree('');
    send.removeAttribute('aria-label');
    expect(findInviteDialogs(doc)[0]?.sendButton).toBe(send);
  });

  it('"Agregar una nota" (another Spanish locale, as a scraper spells it) is step 1\'s button too', () => {
    const { doc, byLabel } = page(ES_STEP1);
    const add = byLabel('Añadir una nota')!;
    add.setAttribute('aria-label', 'Agregar una nota');
    expect(findInviteDialogs(doc)[0]?.addNoteButton).toBe(add);
  });

  it('the name without <strong>, from our Spanish sentence', () => {
    const { doc, dialog } = page(ES_STEP1);
    const strong = dialog.querySelector('strong')!;
    strong.replaceWith(doc.createTextNode(strong.textContent ?? ''));
    expect(findInviteDialogs(doc)[0]?.inviteeName).toBe('Itziar Goikoetxea Ruiz');
  });

  it('matches the language <html lang> names: a Spanish dialog on a page that says "en" is not understood', () => {
    const { doc, dialog } = page(ES_STEP1);
    doc.documentElement.setAttribute('lang', 'en');
    const [reading] = findInviteDialogs(doc);
    expect(reading?.dialog).toBe(dialog);
    expect(reading?.step).toBe('unknown');
    expect(reading?.missing).toEqual(UNKNOWN_MISSING);
  });

  it('a page that names no language: every language we carry', () => {
    const { doc, byLabel } = page(ES_STEP1);
    doc.documentElement.removeAttribute('lang');
    const [reading] = findInviteDialogs(doc);
    expect(reading?.step).toBe('choose');
    expect(reading?.sendWithoutNoteButton).toBe(byLabel('Enviar sin nota'));
  });
});

describe('findInviteDialogs: older and other wordings', () => {
  it('about 2022, step 1: "Send now" is the send-without-a-note button', () => {
    const { doc, byLabel } = page(EN_STEP1);
    const send = byLabel('Send without a note')!;
    send.setAttribute('aria-label', 'Send now');
    send.querySelector('.artdeco-button__text')!.textContent = 'Send';
    const [reading] = findInviteDialogs(doc);
    expect(reading?.step).toBe('choose');
    expect(reading?.sendWithoutNoteButton).toBe(send);
    expect(reading?.sendButton).toBeNull();
  });

  it('about 2022, step 2: "Send now" is the note\'s Send', () => {
    const { doc, byLabel } = page(PREMIUM);
    const send = byLabel('Send invitation')!;
    send.setAttribute('aria-label', 'Send now');
    const [reading] = findInviteDialogs(doc);
    expect(reading?.step).toBe('note');
    expect(reading?.sendButton).toBe(send);
    expect(reading?.sendWithoutNoteButton).toBeNull();
  });

  it('step 2\'s Send by its shown text "Send" when the aria-label goes; "Cancel adding a note" is never taken', () => {
    const { doc, byLabel } = page(FREE);
    const send = byLabel('Send invitation')!;
    send.removeAttribute('aria-label');
    expect(findInviteDialogs(doc)[0]?.sendButton).toBe(send);
    send.remove();
    const [reading] = findInviteDialogs(doc);
    expect(reading?.sendButton).toBeNull();
    expect(reading?.missing).toEqual(['sendButton']);
  });

  it.each([
    ['an older sentence, a dot inside the name', 'You can add a note to personalize your invitation to Ana M. García.', 'Ana M. García'],
    ['an "Invite … to connect" heading', 'Invite Ana M. García to connect', 'Ana M. García'],
  ])('the name from %s', (_, sentence, name) => {
    const { doc, dialog } = page(EN_STEP1);
    dialog.querySelector('.artdeco-modal__content span')!.textContent = 'LinkedIn members are more likely to accept invitations that include a note.';
    dialog.querySelector('h2')!.textContent = sentence;
    const [reading] = findInviteDialogs(doc);
    expect(reading?.inviteeName).toBe(name);
    expect(reading?.missing).toEqual([]);
  });

  it('the name from the sentence\'s own paragraph, not from a wrapper that runs on into the next one', () => {
    const { doc, dialog } = page(EN_STEP1);
    const content = dialog.querySelector('.artdeco-modal__content')!;
    content.textContent = '';
    const wrapper = doc.createElement('div');
    for (const sentence of ['You can add a note to personalize your invitation to Ana M. García.', 'Notes help people remember you.']) {
      const p = doc.createElement('p');
      p.textContent = sentence;
      wrapper.append(p);
    }
    content.append(wrapper);
    expect(findInviteDialogs(doc)[0]?.inviteeName).toBe('Ana M. García');
  });

  it('the emphasised name exactly, where the older sentence pattern would run on to the end of the text', () => {
    const { doc, dialog } = page(EN_STEP1);
    const span = dialog.querySelector('.artdeco-modal__content span')!;
    span.textContent = 'You can add a note to personalize your invitation to ';
    const strong = doc.createElement('strong');
    strong.textContent = 'Ana M. García';
    span.append(strong, '. LinkedIn members are more likely to accept invitations that include a note.');
    expect(findInviteDialogs(doc)[0]?.inviteeName).toBe('Ana M. García');
  });

  it('no name in step 1: reported missing, buttons still read', () => {
    const { doc, dialog, byLabel } = page(EN_STEP1);
    dialog.querySelector('.artdeco-modal__content')!.remove();
    const [reading] = findInviteDialogs(doc);
    expect(reading).not.toHaveProperty('inviteeName');
    expect(reading?.addNoteButton).toBe(byLabel('Add a note'));
    expect(reading?.missing).toEqual(['inviteeName']);
  });
});

describe('findInviteDialogs: renamed hooks', () => {
  it('the note field by its name when its id goes, by its Ember class when both go', () => {
    const { doc, noteField } = page(FREE);
    noteField!.removeAttribute('id');
    expect(findInviteDialogs(doc)[0]?.noteField).toBe(noteField);
    noteField!.removeAttribute('name');
    const [reading] = findInviteDialogs(doc);
    expect(reading?.noteField).toBe(noteField);
    expect(reading?.step).toBe('note');
  });

  it('a note field of no known kind: step unknown, both steps\' controls reported missing, nothing thrown', () => {
    const { doc, dialog, noteField } = page(FREE);
    noteField!.removeAttribute('id');
    noteField!.removeAttribute('name');
    noteField!.removeAttribute('class');
    noteField!.removeAttribute('aria-label');
    const [reading] = findInviteDialogs(doc);
    expect(reading?.dialog).toBe(dialog);
    expect(reading?.step).toBe('unknown');
    expect(reading?.noteField).toBeNull();
    expect(reading?.missing).toEqual(UNKNOWN_MISSING);
  });

  it('a contenteditable note box labelled "personal note" (as a 2026 DOM reference records it)', () => {
    const { doc, dialog, noteField } = page(PREMIUM);
    const box = doc.createElement('div');
    box.setAttribute('role', 'textbox');
    box.setAttribute('contenteditable', 'true');
    box.setAttribute('aria-label', 'Please limit personal note to 300 characters.');
    noteField!.replaceWith(box);
    const [reading] = findInviteDialogs(doc);
    expect(reading?.dialog).toBe(dialog);
    expect(reading?.step).toBe('note');
    expect(reading?.noteField).toBe(box);
    expect(reading?.maxLength).toBe(300);
  });

  it('step 2 with every dialog hook renamed: still found by its note field', () => {
    const { doc, dialog, noteField } = page(PREMIUM);
    dialog.classList.remove('send-invite');
    renameAttribute(doc, 'data-test-modal-id', 'data-test-id');
    renameAttribute(doc, 'aria-labelledby', 'data-labelledby');
    const readings = findInviteDialogs(doc);
    expect(readings).toHaveLength(1);
    expect(readings[0]?.dialog).toBe(dialog);
    expect(readings[0]?.noteField).toBe(noteField);
  });
});

describe('findInviteDialogs: what is not an invitation, and odd roots', () => {
  it('a messaging overlay ([role=dialog] with a "Send" button) is not an invitation', () => {
    const doc = parse(`<!DOCTYPE html><html lang="en"><head><title>Messaging | LinkedIn</title></head><body>
      <div class="msg-overlay-conversation-bubble" role="dialog" aria-label="Messaging">
        <form class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox" aria-label="Write a message…"><p><br></p></div>
        <button class="msg-form__send-button" type="submit">Send</button></form>
      </div></body></html>`);
    expect(findInviteDialogs(doc)).toEqual([]);
  });

  it('a page without a dialog', () => {
    expect(findInviteDialogs(load(OWN_FIXTURES, 'profile_sdui_2026_en_2nd-degree.html'))).toEqual([]);
  });

  it('two dialogs (a closing one and the next): both, in document order', () => {
    const first = page(EN_STEP1);
    const second = page(FREE);
    const outlet = first.doc.querySelector('#artdeco-modal-outlet')!;
    outlet.append(second.doc.querySelector('[data-test-modal-container]')!);
    const readings = findInviteDialogs(first.doc);
    expect(readings.map((r) => r.step)).toEqual(['choose', 'note']);
    expect(readings[0]?.dialog).toBe(first.dialog);
    expect(readings[1]?.dialog).toBe(second.dialog);
  });

  it('a note field the page does not render, next to step 1\'s buttons: still step 1', () => {
    const { doc, dialog, byLabel } = page(EN_STEP1);
    const hidden = doc.createElement('textarea');
    hidden.id = 'custom-message';
    hidden.setAttribute('name', 'message');
    // linkedom cannot tell what is rendered; Chromium's answer is stood in for.
    hidden.checkVisibility = () => false;
    dialog.querySelector('.artdeco-modal__content')!.append(hidden);
    const [reading] = findInviteDialogs(doc);
    expect(reading?.step).toBe('choose');
    expect(reading?.noteField).toBeNull();
    expect(reading?.addNoteButton).toBe(byLabel('Add a note'));
  });

  it('a dialog whose markup breaks the reader: reported unknown with everything missing', () => {
    const { doc, dialog } = page(EN_STEP1);
    // Found by the document's query; any query of its own fails (as on a node torn down mid-read).
    dialog.querySelectorAll = () => {
      throw new Error('detached');
    };
    const readings = findInviteDialogs(doc);
    expect(readings).toHaveLength(1);
    expectReading(readings[0], {
      step: 'unknown',
      dialog,
      addNoteButton: null,
      sendWithoutNoteButton: null,
      noteField: null,
      sendButton: null,
      missing: UNKNOWN_MISSING as InviteDialog['missing'],
    });
  });

  it('a root that cannot be searched: [] rather than an exception', () => {
    const broken = {
      nodeType: 1,
      ownerDocument: null,
      matches: () => false,
      querySelectorAll: () => {
        throw new Error('not a node');
      },
    } as unknown as ParentNode;
    expect(findInviteDialogs(broken)).toEqual([]);
  });
});

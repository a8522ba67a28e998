import { describe, expect, it } from 'vitest';
import { judge, type JudgeContext, type Judgement, type ReasonKind } from '../../../src/core/analysis/judge';
import { ORDINARY, PITCHES, TEMPLATES } from './corpus';

/** Judges and checks what every judgement must hold: each evidence span is the draft's own text, exactly. */
function judged(text: string, context?: JudgeContext): Judgement {
  const judgement = judge(text, context);
  for (const reason of judgement.reasons) {
    for (const span of reason.evidence) expect(text.slice(span.start, span.end), `${reason.kind} span`).toBe(span.text);
  }
  return judgement;
}

const kinds = (j: Judgement) => j.reasons.map((r) => r.kind);
const evidence = (j: Judgement, kind: ReasonKind) => j.reasons.filter((r) => r.kind === kind).flatMap((r) => r.evidence.map((e) => e.text));

const NEW: JudgeContext = { recipient: { name: 'Ana García', company: 'Acme', headline: 'Head of Growth at Acme', connectedDaysAgo: 3, messagesExchanged: 0 } };
const OLD_FRIEND: JudgeContext = { recipient: { name: 'Ana García', company: 'Acme', connectedDaysAgo: 900, messagesExchanged: 60 } };

describe('sales pitch', () => {
  it.each([
    ['Start your free trial today.', 'free trial'],
    ['Book a call with me here: https://cal.com/jo/15min', 'Book a call'],
    ['Pick whatever suits you: https://calendly.com/jo/intro', 'calendly.com/jo/intro'],
    ['We help companies like yours grow faster.', 'We help companies'],
    ['Check out our pricing before Friday.', 'our pricing'],
    ['Our tool helped 120+ agencies cut reporting time by 60%.', 'helped 120+'],
    ['Get 20% off our course this week only.', '20% off'],
    ['Are you the right person to talk to about payroll at your company?', 'Are you the right person to talk to'],
    ['Join our free webinar on Thursday, only 20 seats left!', 'free webinar'],
  ])('English: %s', (text, words) => {
    const j = judged(text);
    expect(kinds(j)).toContain('pitch');
    expect(evidence(j, 'pitch')).toContain(words);
    expect(j.level).toBe('warn');
  });

  it.each([
    ['Te ofrezco una consulta gratuita para revisar tu web.', 'consulta gratuita'],
    ['Me gustaría presentarte nuestros servicios de diseño.', 'presentarte nuestros servicios'],
    ['¿Podemos agendar una llamada esta semana?', 'agendar una llamada'],
    ['Ayudamos a empresas como la tuya a vender más.', 'Ayudamos a empresas'],
    ['Prueba gratis durante 30 días, sin tarjeta.', 'Prueba gratis'],
    ['Nuestra plataforma aumentó las ventas de nuestros clientes un 35 %.', 'Nuestra plataforma'],
  ])('Spanish: %s', (text, words) => {
    const j = judged(text);
    expect(kinds(j)).toContain('pitch');
    expect(evidence(j, 'pitch')).toContain(words);
  });

  it.each([
    ['Gostaria de agendar uma reunião para apresentar nossa solução.', 'agendar uma reunião'],
    ['Essai gratuit de 30 jours pour votre équipe.', 'Essai gratuit'],
  ])('Portuguese and French: %s', (text, words) => {
    expect(evidence(judged(text), 'pitch')).toContain(words);
  });

  it.each([
    'Loved your demo at the meetup.',
    'Our app launched today!',
    'Thanks for the webinar, it was great.',
    'Our clients loved your workshop.',
    '¿Me pasas el enlace del webinar?',
    'Nuestro equipo usó tu plantilla, ¡gracias!',
    'We cut our build time by 40% with your trick.',
  ])('a single word that sellers also use does not flag an ordinary note: %s', (text) => {
    expect(judged(text).level).toBe('ok');
  });

  it('a request for a meeting is a pitch in a first message only', () => {
    const ask = 'Do you have 15 minutes this week for a call?';
    expect(judged(ask).level).toBe('ok');
    const first = judged(ask, { recipient: { messagesExchanged: 0 } });
    expect(first.level).toBe('warn');
    expect(first.reasons[0]).toMatchObject({ kind: 'pitch', message: { key: 'guard_reasonMeetingAsk' } });
    expect(evidence(first, 'pitch')).toEqual(['Do you have 15 minutes']);
    expect(judged(ask, OLD_FRIEND).level).toBe('ok');
    expect(judged('¿Tienes 15 minutos para una llamada rápida?', { recipient: { messagesExchanged: 0 } }).level).toBe('warn');
  });
});

describe('generic template', () => {
  it.each([
    ["I'd like to add you to my professional network on LinkedIn.", 'en'],
    ['I’d like to add you to my professional network.', 'en'],
    ['Me gustaría añadirte a mi red profesional en LinkedIn.', 'es'],
    ['Me gustaría agregarte a mi red de contactos', 'es'],
    ['Gostaria de adicioná-lo à minha rede profissional no LinkedIn.', 'pt'],
    ["J'aimerais vous ajouter à mon réseau professionnel sur LinkedIn.", 'fr'],
  ])("LinkedIn's default invitation text: %s", (text, lang) => {
    const j = judged(text);
    expect(j.level).toBe('warn');
    expect(j.lang).toBe(lang);
    expect(j.reasons[0]).toMatchObject({ kind: 'template', message: { key: 'guard_reasonDefaultInvitation', params: [] } });
    expect(j.suggestions.map((s) => s.key)).toEqual(['guard_suggestWriteNote']);
  });

  it.each([
    ['I came across your profile and thought we should connect.', 'came across your profile'],
    ['I hope this message finds you well.', 'hope this message finds you'],
    ['Your profile really stood out to me.', 'Your profile really stood out'],
    ['Vi tu perfil y me pareció interesante.', 'Vi tu perfil'],
    ['Espero que este mensaje te encuentre bien.', 'Espero que este mensaje te encuentre'],
  ])('a stock opener says nothing about the person: %s', (text, words) => {
    const j = judged(text);
    expect(kinds(j)).toEqual(['template']);
    expect(evidence(j, 'template')).toContain(words);
    expect(j.reasons[0]!.message).toEqual({ key: 'guard_reasonTemplate', params: [`“${words}”`] });
  });

  it('a stock opener in a note about something in particular weighs less; a name in the greeting is not enough', () => {
    expect(judged('I came across your profile while looking for speakers for the Lisbon Python meetup: would you give a talk?').level).toBe('ok');
    expect(judged('Vi tu perfil en la web de la conferencia de Sevilla y me encantó tu charla.').level).toBe('ok');
    expect(judged('Hi Sarah, I came across your profile.').level).toBe('warn');
    expect(judged('Hi Ana, I came across your profile.', NEW).level).toBe('warn');
    // Two stock phrases are still a template, specific or not.
    expect(judged('I came across your profile and would love to connect after your talk in Lisbon.').level).toBe('warn');
    expect(judged('I saw your profile picture from the Lisbon trip, great shot!').level).toBe('ok');
  });

  it('friendly phrases count only together, in a draft about no one', () => {
    expect(judged('Hope you are doing well! Would love to connect.').level).toBe('warn');
    expect(judged('Espero que estés bien. Me encantaría conectar.').level).toBe('warn');
    // The same phrases in a note that names a talk and a place are a personal note.
    expect(judged('Hope you are doing well! Would love to connect after your talk at PyConES in Málaga.').level).toBe('ok');
    expect(judged('Espero que estés bien, Lucía. Me encantaría conectar: coincidimos en el taller de Bogotá.').level).toBe('ok');
  });
});

describe('unfilled placeholders', () => {
  it.each([
    ['Hi [Name], loved your post!', '[Name]'],
    ['Hola [Nombre], ¿cómo estás?', '[Nombre]'],
    ['Hi {first_name}, quick one about the meetup.', '{first_name}'],
    ['How is everything at {{company}}?', '{{company}}'],
    ['Hola <nombre>, gracias por aceptar.', '<nombre>'],
    ['Dear %FIRSTNAME%, thanks for your time.', '%FIRSTNAME%'],
    ['Hi ___, great to meet you at the fair.', '___'],
    ['Hi *|FNAME|*, welcome aboard.', '*|FNAME|*'],
    ['Hi FNAME, saw your talk.', 'FNAME'],
  ])('%s', (text, slot) => {
    const j = judged(text);
    expect(j.level).toBe('warn');
    expect(j.reasons[0]).toMatchObject({ kind: 'placeholder', evidence: [{ text: slot }], message: { key: 'guard_reasonPlaceholder', params: [`“${slot}”`] } });
    expect(j.suggestions[0]).toEqual({ key: 'guard_suggestFillPlaceholders', params: [`“${slot}”`] });
  });

  it.each([
    '<p>Great talk, <b>Ana</b>!</p>',
    'See [the slides](https://example.com/slides) from yesterday, and thanks again.',
    'As she said [sic], it works. Thanks for sharing!',
    '[EN] Thanks for the talk! [ES] ¡Gracias por la charla!',
    'It takes <10 min and saved us 50% of the effort, thanks for the tip.',
    'Notes from the retro:\n____\nAll good, thanks!',
  ])('text that only looks like one is not: %s', (text) => {
    expect(kinds(judged(text))).not.toContain('placeholder');
  });

  it('a placeholder is a mistake whoever reads it: warn even to an old friend', () => {
    expect(judged('Hi [Name], are we still on for Friday?', OLD_FRIEND).level).toBe('warn');
  });
});

describe('personalised to the recipient', () => {
  const generic = 'Thanks for connecting! Would love to connect properly and share experiences sometime soon.';

  it('with recipient context, a draft that mentions nothing of theirs is generic', () => {
    const j = judged(generic, NEW);
    expect(j.level).toBe('warn');
    expect(j.reasons.map((r) => r.message.key)).toEqual(['guard_reasonTemplate', 'guard_reasonNotPersonalNamed', 'guard_reasonNewConnectionDays']);
    expect(j.reasons[1]!.message.params).toEqual(['Ana']);
    expect(j.suggestions).toContainEqual({ key: 'guard_suggestPersonaliseNamed', params: ['Ana'] });
  });

  it.each([
    ['their name', 'Thanks for connecting, Ana! Would love to connect properly and share experiences sometime soon.'],
    ['their company', 'Thanks for connecting! Would love to hear how ACME runs experiments and share experiences sometime soon.'],
    ['a word of their headline', 'Thanks for connecting! Would love to compare notes on growth loops and share experiences sometime soon.'],
    ['their name, accents folded', 'Gracias por conectar, ana garcia. Me encantaría conectar y compartir experiencias.'],
  ])('mentioning %s is personal', (_, text) => {
    expect(judged(text, NEW).level).toBe('ok');
  });

  it('a short thank-you names no one and is still fine', () => {
    expect(judged('Thanks for connecting!', NEW)).toMatchObject({ level: 'ok', reasons: [] });
    expect(judged('¡Gracias por aceptar!', NEW)).toMatchObject({ level: 'ok', reasons: [] });
  });
});

describe('who it goes to', () => {
  const pitch = 'We help startups like yours double their pipeline. Book a call: https://calendly.com/x/intro';

  it('a pitch to a new connection is the strongest warning', () => {
    const j = judged(pitch, NEW);
    expect(j.level).toBe('warn');
    expect(kinds(j)).toEqual(['pitch', 'template', 'new_connection']);
    expect(j.reasons.at(-1)).toEqual({ kind: 'new_connection', evidence: [], message: { key: 'guard_reasonNewConnectionDays', params: [3] } });
    expect(j.suggestions.map((s) => s.key)).toEqual(['guard_suggestGiveFirst', 'guard_suggestPitchLater', 'guard_suggestPersonaliseNamed']);
  });

  it('the same to an old friend only cautions', () => {
    const j = judged(pitch, OLD_FRIEND);
    expect(j.level).toBe('caution');
    expect(kinds(j)).toEqual(['pitch']);
  });

  it('with nothing known of the recipient, it warns (the CLI case)', () => {
    expect(judged(pitch)).toMatchObject({ level: 'warn' });
    expect(kinds(judged(pitch))).toEqual(['pitch']);
  });

  it.each([
    [{ connectedDaysAgo: 0 }, 'guard_reasonNewConnectionToday', []],
    [{ connectedDaysAgo: 1 }, 'guard_reasonNewConnectionYesterday', []],
    [{ connectedDaysAgo: 14 }, 'guard_reasonNewConnectionDays', [14]],
    [{ connectedDaysAgo: 400, messagesExchanged: 0 }, 'guard_reasonNewConnectionNoMessages', []],
  ])('new connection %o', (recipient, key, params) => {
    const j = judged(pitch, { recipient });
    expect(j.level).toBe('warn');
    expect(j.reasons.at(-1)!.message).toEqual({ key, params });
  });

  it('connected 15 days ago and talking since is not new, unless the setting says so', () => {
    expect(judged(pitch, { recipient: { connectedDaysAgo: 15, messagesExchanged: 4 } }).level).toBe('caution');
    expect(judged(pitch, { recipient: { connectedDaysAgo: 15, messagesExchanged: 4 }, settings: { newConnectionDays: 30 } }).level).toBe('warn');
  });

  it('being a new connection is never a reason on its own', () => {
    const note = 'Thanks for the talk on research ops yesterday, Ana! The checklist idea is already on our wall.';
    expect(judged(note, NEW)).toMatchObject({ level: 'ok', reasons: [], suggestions: [] });
  });
});

describe('mass message', () => {
  const note = 'Loved your post on research ops in hospitals, the checklist idea especially.';

  it('the same text to several other people recently warns, whoever it goes to', () => {
    const j = judged(note, { ...OLD_FRIEND, sentToOthers: { recipients: 4, similarity: 0.92 } });
    expect(j.level).toBe('warn');
    expect(j.reasons).toEqual([{ kind: 'mass', evidence: [], message: { key: 'guard_reasonMass', params: [4, 14] } }]);
    expect(j.suggestions).toEqual([{ key: 'guard_suggestRewriteForThem', params: [] }]);
  });

  it('below the thresholds it is not a mass message', () => {
    expect(judged(note, { sentToOthers: { recipients: 2, similarity: 0.95 } }).level).toBe('ok');
    expect(judged(note, { sentToOthers: { recipients: 9, similarity: 0.7 } }).level).toBe('ok');
  });

  it('the thresholds are settings', () => {
    const settings = { massMinRecipients: 2, massSimilarity: 0.6, massWindowDays: 30 };
    expect(judged(note, { sentToOthers: { recipients: 2, similarity: 0.65 }, settings }).reasons[0]!.message.params).toEqual([2, 30]);
    // A setting left undefined (or not a number) keeps its default.
    const partial = { massMinRecipients: undefined, massWindowDays: Number.NaN };
    expect(judged(note, { sentToOthers: { recipients: 3, similarity: 0.8 }, settings: partial }).reasons[0]!.message.params).toEqual([3, 14]);
  });
});

describe('languages', () => {
  it.each([
    ['Thanks for the intro, see you at the conference next week!', 'en'],
    ['Gracias por la presentación, nos vemos en la conferencia.', 'es'],
    ['Obrigada pela indicação, vou ler o artigo hoje.', 'pt'],
    ['Merci pour ton article, je l’ai partagé avec mon équipe.', 'fr'],
    ['Vielen Dank für Ihre Nachricht.', 'other'],
    ['🙏🔥', 'other'],
  ])('%s -> %s', (text, lang) => {
    expect(judged(text).lang).toBe(lang);
  });

  it('a mixed draft is judged on both languages', () => {
    const j = judged('Hola Ana! I help startups like yours close more deals. ¿Agendamos una llamada?');
    expect(['en', 'es']).toContain(j.lang);
    expect(evidence(j, 'pitch')).toEqual(expect.arrayContaining(['I help startups', 'Agendamos una llamada']));
    const t = judged('Hi! Vi tu perfil and would love to connect.');
    expect(evidence(t, 'template')).toEqual(['Vi tu perfil', 'would love to connect']);
  });

  it('matches whatever the case and accents, and reports the words as typed', () => {
    const j = judged('ME GUSTARÍA AGREGARTE A MI RED');
    expect(evidence(j, 'template')).toEqual(['ME GUSTARÍA AGREGARTE A MI RED']);
    // Accents typed as separate combining marks (some keyboards and pastes): still matched, spans still exact.
    const decomposed = 'Hola Ana. Me gusta\u0301ri\u0301a an\u0303adirte a mi red.';
    expect(evidence(judged(decomposed), 'template')).toEqual(['Me gusta\u0301ri\u0301a an\u0303adirte a mi red']);
  });
});

describe('our own corpus', () => {
  it.each(ORDINARY)('ordinary: %s', (text) => {
    expect(judged(text)).toMatchObject({ level: 'ok', reasons: [], suggestions: [] });
  });

  it.each(PITCHES)('pitch: %s', (text) => {
    expect(kinds(judged(text))).toContain('pitch');
  });

  it.each(TEMPLATES)('template: %s', (text) => {
    expect(kinds(judged(text))).toContain('template');
  });
});

describe('bad input', () => {
  it('an empty or blank draft is ok with no reasons', () => {
    expect(judged('')).toEqual({ level: 'ok', lang: 'other', reasons: [], suggestions: [] });
    expect(judged('  \n\t ')).toMatchObject({ level: 'ok', reasons: [] });
  });

  it('a 20,000-character draft is judged quickly, with bounded evidence', () => {
    const text = 'Thanks for the talk yesterday! We help teams like yours with a free trial. '.repeat(270).slice(0, 20_000);
    const started = performance.now();
    const j = judged(text);
    expect(performance.now() - started).toBeLessThan(100);
    expect(j.level).toBe('warn');
    expect(j.reasons[0]!.evidence.length).toBeLessThanOrEqual(10);
  });

  it('only emoji, only a URL, HTML-looking text', () => {
    expect(judged('👍🙏🎉').level).toBe('ok');
    expect(judged('https://example.com/some/path?utm_source=linkedin').level).toBe('ok');
    expect(judged('<div><p>Hi <b>Ana</b>, great talk!</p></div>').level).toBe('ok');
    expect(judged('<script>alert("hi")</script>').level).toBe('ok');
    // A booking link alone is a pitch: there is nothing else such a message asks for.
    expect(kinds(judged('https://calendly.com/someone/30min'))).toEqual(['pitch']);
  });

  it('odd characters do not break the spans', () => {
    for (const text of ['İstanbul: I came across your profile', '\u{1F600} Free trial \u{1F600}', 'ﬁnd my calendar link', 'a\u0000b free trial']) {
      expect(judged(text).level).toBe('warn');
    }
  });
});

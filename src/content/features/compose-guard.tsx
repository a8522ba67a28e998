import { render } from 'preact';
import { judge, type Judgement } from '../../core/analysis/judge';
import { draftText, findComposeBoxes, type ComposeBox } from '../../linkedin/read/composer';
import { request, tell } from '../../messages/client';
import type { ResponseOf } from '../../messages/protocol';
import { GuardIndicator, GuardPanel } from '../../ui/guard/GuardPanel';
import css from '../../ui/guard/guard.css?inline';
import type { Feature } from '../feature-manager';
import { createShadowHost } from '../shadow-host';
import { throttle } from '../throttle';

/** How often at most a page's DOM changes are searched for new compose boxes (and invitation dialogs). */
export const SCAN_INTERVAL_MS = 250;

/** Milliseconds after the last keystroke before the draft is judged: typing itself costs nothing. */
export const JUDGE_DELAY_MS = 300;
/** After an Enter that may have sent: LinkedIn empties the editor within a few frames of sending. */
const SENT_CHECK_DELAY_MS = 400;

type Context = ResponseOf<'guard.context'>;

/**
 * F6: a calm indicator beside LinkedIn's Send while the user types, and at send time (Send click, Enter when
 * LinkedIn sends on Enter, Ctrl/Cmd+Enter) a risky draft is held once with the reasons. The draft is never
 * changed by us. "Send anyway" passes the user's own send on to LinkedIn's button; every message that goes
 * becomes an interaction on the recipient's timeline (with its fingerprint, for the mass-message check).
 */
export const composeGuard: Feature = {
  id: 'compose-guard',
  inFrames: true,
  // The messaging overlay opens on any LinkedIn page.
  runsOn: () => true,
  init({ signal, observer }) {
    const guarded = new WeakSet<Element>();
    const scan = () => {
      for (const box of findComposeBoxes(document)) {
        if (guarded.has(box.form)) continue;
        guarded.add(box.form);
        reportHealth(box, location.href);
        if (box.editor && box.sendButton) guard(box as GuardedBox, signal);
      }
    };
    observer.onBatch(throttle(scan, SCAN_INTERVAL_MS, signal), signal);
    scan();
  },
};

type GuardedBox = ComposeBox & { editor: Element; sendButton: HTMLElement };

const PANEL_WIDTH = 340;
const MARGIN = 8;

/** Above Send, its right edge at Send's right where the window allows (the overlay sits at the screen's right). */
function panelPosition(sendButton: Element): { left: number; bottom: number } {
  const r = sendButton.getBoundingClientRect();
  const left = Math.min(Math.max(MARGIN, r.right - PANEL_WIDTH), window.innerWidth - PANEL_WIDTH - MARGIN);
  return { left: Math.max(MARGIN, left), bottom: Math.max(MARGIN, window.innerHeight - r.top + MARGIN) };
}

/** One health run per compose box found: a Send or editor the reader no longer finds shows up in the options page. */
function reportHealth(box: ComposeBox, url: string): void {
  const parts = ['editor', 'sendButton', 'recipient'] as const;
  const missing = parts.filter((p) => box.missing.includes(p));
  tell('reader.ran', { reader: 'composer', pageKind: `composer-${box.kind}`, url, found: parts.filter((p) => !missing.includes(p)), missing: [...missing] });
}

function guard(box: GuardedBox, signal: AbortSignal): void {
  const { editor, sendButton } = box;
  const ui = createShadowHost(sendButton, css, 'beforebegin');
  signal.addEventListener('abort', () => ui.remove(), { once: true });

  let context: Context | undefined;
  let judgement: Judgement | undefined;
  let text = '';
  let open = false;
  let held = false;
  /** The draft last held: once the user has seen why, the same text goes through ("held once"). */
  let released: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const paint = () =>
    render(
      <span class="anchor">
        <GuardIndicator judgement={judgement} open={open} onToggle={() => ((open = !open), paint())} />
        {open && judgement && judgement.level !== 'ok' && (
          <GuardPanel
            judgement={judgement}
            text={text}
            held={held ? { onEdit: edit, onSendAnyway: sendAnyway } : undefined}
            onClose={() => ((open = false), paint())}
            position={panelPosition(sendButton)}
          />
        )}
      </span>,
      ui.root,
    );

  // The full-page thread keeps its form when the user switches conversation: read whom it goes to each time.
  const recipient = () => findComposeBoxes(document).find((b) => b.form === box.form)?.recipient ?? box.recipient;

  const evaluate = async (): Promise<Judgement> => {
    text = draftText(editor);
    context = await request('guard.context', { recipient: recipient(), text }).catch((error: unknown) => {
      console.debug('[Vínculo] guard.context failed', error);
      return context;
    });
    judgement = judge(text, { recipient: context?.recipient ?? undefined, sentToOthers: context?.sentToOthers, settings: context?.guard });
    paint();
    return judgement;
  };

  const edit = () => {
    held = false;
    open = false;
    paint();
    (editor as HTMLElement).focus();
  };

  const sendAnyway = () => {
    held = false;
    open = false;
    paint();
    // The user asked for this send by clicking "Send anyway": hand it on to LinkedIn's own button, once.
    sendButton.click();
  };

  editor.addEventListener(
    'input',
    () => {
      clearTimeout(timer);
      timer = setTimeout(() => void evaluate(), JUDGE_DELAY_MS);
    },
    { signal },
  );

  /** Decides at send time; true when the send may go on. */
  const mayGo = (): boolean => {
    const now = draftText(editor);
    if (!now.trim()) return true;
    if (released === now) return true;
    // Judge on the spot with what we know: waiting for the background would let the send through.
    const verdict = judge(now, { recipient: context?.recipient ?? undefined, sentToOthers: context?.sentToOthers, settings: context?.guard });
    if (verdict.level === 'ok' || context?.guard.hold === false) return true;
    text = now;
    judgement = verdict;
    released = now;
    held = true;
    open = true;
    paint();
    return false;
  };

  const onSend = (event: Event) => {
    if (!mayGo()) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    const sent = draftText(editor);
    released = undefined;
    if (sent.trim()) tell('message.sent', { recipient: recipient(), text: sent });
  };

  // On the window in the capture phase: the very first listener of all, so we decide before any of LinkedIn's
  // handlers (Ember delegates at its root, React listens at its container in both phases) can send.
  window.addEventListener(
    'click',
    (event) => {
      if (event.target instanceof Node && sendButton.contains(event.target)) onSend(event);
    },
    { capture: true, signal },
  );
  window.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Enter' || e.shiftKey || e.isComposing || !(e.target instanceof Node) || !editor.contains(e.target)) return;
      if (e.ctrlKey || e.metaKey || box.enterToSend === true) return onSend(e);
      if (box.enterToSend === false) return;
      // The page does not say whether Enter sends: never hold a key that may only start a new line, but if the
      // draft is gone a moment later, it was sent.
      const typed = draftText(editor);
      setTimeout(() => {
        if (typed.trim() && !draftText(editor).trim()) tell('message.sent', { recipient: recipient(), text: typed });
      }, SENT_CHECK_DELAY_MS);
    },
    { capture: true, signal },
  );
  void evaluate();
}

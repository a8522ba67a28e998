import { effect } from '@preact/signals';
import browser from 'webextension-polyfill';
import { PEOPLE_CHANGED_KEY } from '../messages/protocol';
import { onPeopleDataChanged } from '../storage/changes';
import { db } from '../storage/db';
import { t, type MessageKey } from '../ui/i18n';
import { pageLanguage } from './language';

/** Renders an extension page and keeps <html lang> and the title in the page's language. */
export function mount(render: () => void, titleKey: MessageKey = 'appName'): void {
  effect(() => {
    document.documentElement.lang = pageLanguage.value;
    document.title = t(titleKey);
  });
  // What the user changes here (a note, a stage…) must show in the history badges on open LinkedIn tabs.
  onPeopleDataChanged(db(), () => void browser.storage.local.set({ [PEOPLE_CHANGED_KEY]: Date.now() }));
  render();
}

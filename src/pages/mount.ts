import { effect } from '@preact/signals';
import { t, type MessageKey } from '../ui/i18n';
import { pageLanguage } from './language';

/** Renders an extension page and keeps <html lang> and the title in the page's language. */
export function mount(render: () => void, titleKey: MessageKey = 'appName'): void {
  effect(() => {
    document.documentElement.lang = pageLanguage.value;
    document.title = t(titleKey);
  });
  render();
}

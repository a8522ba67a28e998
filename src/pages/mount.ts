import { effect } from '@preact/signals';
import { language, t } from '../ui/i18n';

/** Renders an extension page and keeps <html lang> and the title in the UI's language. */
export function mount(render: () => void, titleKey: Parameters<typeof t>[0] = 'appName'): void {
  effect(() => {
    document.documentElement.lang = language.value;
    document.title = t(titleKey);
  });
  render();
}

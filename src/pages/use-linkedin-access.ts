import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import manifest from '../../manifest.json' with { type: 'json' };

const ACCESS = { origins: manifest.host_permissions };

/**
 * Whether the browser lets Vínculo read LinkedIn pages. Chrome grants it at install; Firefox (Manifest V3)
 * leaves it to the user, so without this the extension would silently read nothing there.
 * `request` must run in a click handler: the browser asks the user.
 */
export function useLinkedInAccess(): { granted: boolean | undefined; request: () => Promise<void> } {
  const [granted, setGranted] = useState<boolean>();
  useEffect(() => {
    const check = () => void browser.permissions.contains(ACCESS).then(setGranted);
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, []);
  return {
    granted,
    request: async () => setGranted(await browser.permissions.request(ACCESS)),
  };
}

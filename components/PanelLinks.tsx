/**
 * The side panel's links to Klarplan's own pages: the rule catalogue and the settings, each opened in a tab
 * (a side panel or sidebar is too narrow for them). Real links, so they also work with the middle button.
 */
import type { MouseEvent } from 'react';
import { extensionApi } from '../browser/extension-api';

type Api = typeof import('wxt/browser').browser;

const api = () => extensionApi<Api>();

function openInTab(path: '/catalogue.html' | '/options.html') {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    const b = api();
    if (!b?.tabs || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return; // the browser's own way
    event.preventDefault();
    const open = path === '/options.html' && b.runtime.openOptionsPage ? b.runtime.openOptionsPage() : b.tabs.create({ url: b.runtime.getURL(path) });
    void Promise.resolve(open).catch(() => b.tabs.create({ url: b.runtime.getURL(path) }));
  };
}

export function PanelLinks() {
  return (
    <p className="panel-links">
      <a href="/catalogue.html" target="_blank" rel="noopener" onClick={openInTab('/catalogue.html')}>
        Alle Regeln ansehen
      </a>
      {' · '}
      <a href="/options.html" target="_blank" rel="noopener" onClick={openInTab('/options.html')}>
        Regeln einstellen
      </a>
    </p>
  );
}

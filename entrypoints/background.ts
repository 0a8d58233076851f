import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

/**
 * Background: only wires the toolbar button to the side panel. No network, no telemetry.
 *
 * - Chrome (MV3): `sidePanel.setPanelBehavior` makes a click on the toolbar button open the panel.
 * - Firefox (MV2): there is no `sidePanel`; the panel is a `sidebar_action`, and a click on the
 *   toolbar button toggles it. `sidebarAction.toggle()` must run synchronously in the click handler.
 */

interface FirefoxSidebarAction {
  toggle(): Promise<void>;
}

interface ClickEvent {
  addListener(callback: () => void): void;
}

export default defineBackground(() => {
  const api = browser as unknown as {
    sidePanel?: typeof browser.sidePanel;
    sidebarAction?: FirefoxSidebarAction;
    action?: { onClicked: ClickEvent };
    browserAction?: { onClicked: ClickEvent };
  };

  if (api.sidePanel?.setPanelBehavior) {
    api.sidePanel
      .setPanelBehavior({ openPanelOnActionClick: true })
      .catch((error: unknown) => console.error('Klarplan: Seitenleiste nicht verknüpft', error));
    return;
  }

  const sidebar = api.sidebarAction;
  const toolbarButton = api.action ?? api.browserAction;
  if (sidebar && toolbarButton) {
    toolbarButton.onClicked.addListener(() => {
      sidebar.toggle().catch((error: unknown) => console.error('Klarplan: Seitenleiste nicht geöffnet', error));
    });
  }
});

import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startActions } from './actions';
import { ACTIONS_GLOBAL } from './api';

/**
 * The page actions' script (write a fix, show a finding, draw the markers), injected by the background into the
 * frame whose page agent asks for it ('klarplan/load-actions'): a page where nobody asks never gets it.
 */
export default defineUnlistedScript(() => {
  const global = globalThis as Record<string, unknown>;
  global[ACTIONS_GLOBAL] ??= startActions;
});

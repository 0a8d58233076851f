/**
 * The port the page agent asks the background on (one ToBackground message, one answer). Not runtime.sendMessage:
 * in Firefox a page that goes while an answer is under way leaves a rejected promise that no catch handler sees
 * ("Promise rejected after context unloaded"), an error in the browser console; a port is just closed.
 * A module of its own, without the validation library: the page agent imports it, and what is injected stays small.
 */
export const PAGE_ASK_PORT = 'klarplan/ask';

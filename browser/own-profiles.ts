/**
 * Where the user's own site profiles are kept (storage.local; see site-profiles.ts). A module of its own: the
 * page's content script needs the key only (to hear of changes), never the profiles' validation library.
 */
export const OWN_PROFILES_KEY = 'klarplan.profiles';

/**
 * Spellcheck without a network request. On macOS Chromium asks the system's own spellchecker and
 * downloads nothing, so spellcheck stays on there. On Windows and Linux it checks with Hunspell
 * dictionaries that it fetches from Google's servers for the languages set (on Windows too, for
 * any language the system's checker does not cover), so spellcheck is off there.
 */
export interface SpellcheckPolicy {
  /** `webPreferences.spellcheck` of the app's window, and the session's `setSpellCheckerEnabled`. */
  readonly enabled: boolean;
  /** The session's `setSpellCheckerDictionaryDownloadURL`: where Hunspell would fetch a dictionary. */
  readonly dictionaryDownloadUrl: string;
}

/**
 * Set on every platform, so even a spellchecker turned on later fetches nothing: this computer's
 * loopback address, on port 9 ("discard"), which Chromium refuses to connect to (ERR_UNSAFE_PORT).
 * A fetch from here fails before a socket opens, and could never leave the machine; the session's
 * request filter cancels http requests besides.
 */
export const unreachableDictionaryUrl = 'http://127.0.0.1:9/';

export function spellcheckPolicyFor(platform: NodeJS.Platform): SpellcheckPolicy {
  return { enabled: platform === 'darwin', dictionaryDownloadUrl: unreachableDictionaryUrl };
}

/** The part of Electron's `Session` the policy sets. */
export interface SpellcheckSession {
  setSpellCheckerDictionaryDownloadURL(url: string): void;
  setSpellCheckerEnabled(enable: boolean): void;
}

export function applySpellcheckPolicy(session: SpellcheckSession, policy: SpellcheckPolicy): void {
  // The download source first, so there is no moment where the default one is in force with spellcheck on.
  session.setSpellCheckerDictionaryDownloadURL(policy.dictionaryDownloadUrl);
  session.setSpellCheckerEnabled(policy.enabled);
}

import { describe, expect, it } from 'vitest';
import {
  applySpellcheckPolicy,
  spellcheckPolicyFor,
  unreachableDictionaryUrl,
  type SpellcheckSession,
} from '../../../electron/app/spellcheck-policy';

/** A session that records what the policy sets, in order, as Electron's Session would receive it. */
function recordingSession() {
  const calls: string[] = [];
  const state = { downloadUrl: undefined as string | undefined, enabled: true };
  const session: SpellcheckSession = {
    setSpellCheckerDictionaryDownloadURL: (url) => {
      calls.push(`download from ${url}`);
      state.downloadUrl = url;
    },
    setSpellCheckerEnabled: (enable) => {
      calls.push(enable ? 'enable' : 'disable');
      state.enabled = enable;
    },
  };
  return { session, calls, state };
}

// Chromium's blocked ports (net/base/port_util.cc, the Fetch standard's "bad ports") that a URL here may use.
const portsChromiumRefuses = new Set(['1', '7', '9', '11', '13', '15', '17', '19', '20', '21', '22', '23', '25']);

describe('spellcheck without a network request', () => {
  it("is on on macOS, where Chromium asks the system's spellchecker and downloads nothing", () => {
    expect(spellcheckPolicyFor('darwin').enabled).toBe(true);
  });

  it.each(['linux', 'win32', 'freebsd'] as const)(
    'is off on %s, where Chromium would fetch Hunspell dictionaries from Google',
    (platform) => {
      expect(spellcheckPolicyFor(platform).enabled).toBe(false);
    },
  );

  it.each(['darwin', 'linux', 'win32'] as const)(
    "points the session's dictionary download at a source that cannot reach the network on %s",
    (platform) => {
      const { session, state } = recordingSession();
      applySpellcheckPolicy(session, spellcheckPolicyFor(platform));
      expect(state.downloadUrl).toBe(unreachableDictionaryUrl);
      const source = new URL(state.downloadUrl!);
      expect(source.hostname).toBe('127.0.0.1'); // this computer only
      expect(portsChromiumRefuses.has(source.port)).toBe(true); // and Chromium will not even connect
      expect(source.pathname.endsWith('/')).toBe(true); // Electron appends the file name
    },
  );

  it('sets the download source before it turns the spellchecker on or off', () => {
    const onMac = recordingSession();
    applySpellcheckPolicy(onMac.session, spellcheckPolicyFor('darwin'));
    expect(onMac.calls).toEqual([`download from ${unreachableDictionaryUrl}`, 'enable']);

    const onLinux = recordingSession();
    applySpellcheckPolicy(onLinux.session, spellcheckPolicyFor('linux'));
    expect(onLinux.calls).toEqual([`download from ${unreachableDictionaryUrl}`, 'disable']);
    expect(onLinux.state.enabled).toBe(false);
  });
});

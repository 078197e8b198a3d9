/** App-wide keyboard shortcuts, written the way each platform writes them. */
const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

export const lockShortcut = {
  label: isMac ? '⌘L' : 'Ctrl+L',
  aria: isMac ? 'Meta+L' : 'Control+L',
} as const;

export const safetyPlanShortcut = {
  label: isMac ? '⇧⌘S' : 'Ctrl+Shift+S',
  aria: isMac ? 'Meta+Shift+S' : 'Control+Shift+S',
} as const;

export const checkInShortcut = {
  label: isMac ? '⌘K' : 'Ctrl+K',
  aria: isMac ? 'Meta+K' : 'Control+K',
} as const;

export const strugglingShortcut = {
  label: isMac ? '⇧⌘H' : 'Ctrl+Shift+H',
  aria: isMac ? 'Meta+Shift+H' : 'Control+Shift+H',
} as const;

import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// electron/main/index.ts cannot run here (no Electron binary), so what it must keep doing is read
// from its source, as TypeScript parses it: a later edit cannot drop it without a test failing.

const entryFile = path.resolve(import.meta.dirname, '../../../electron/main/index.ts');
const entry = ts.createSourceFile(entryFile, readFileSync(entryFile, 'utf8'), ts.ScriptTarget.Latest, true);

/** The node's source text without whitespace, so layout does not matter. */
const text = (node: ts.Node) => node.getText(entry).replace(/\s+/g, '');

function nodesWhere<T extends ts.Node>(test: (node: ts.Node) => node is T, within: ts.Node = entry): T[] {
  const found: T[] = [];
  const visit = (node: ts.Node) => {
    if (test(node)) found.push(node);
    ts.forEachChild(node, visit);
  };
  visit(within);
  return found;
}

const callsTo = (callee: string, within: ts.Node = entry) =>
  nodesWhere(ts.isCallExpression, within).filter((call) => text(call.expression) === callee);

/** `emitter.on('event', handler)` calls: their handlers. */
const handlersOf = (emitter: string, event: string) =>
  callsTo(`${emitter}.on`)
    .filter((call) => call.arguments[0] !== undefined && ts.isStringLiteral(call.arguments[0]))
    .filter((call) => (call.arguments[0] as ts.StringLiteral).text === event)
    .map((call) => call.arguments[1]!);

/** The initializer of the `const` named `name`. */
function initializerOf(name: string): ts.Expression | undefined {
  return nodesWhere(ts.isVariableDeclaration).find((declaration) => text(declaration.name) === name)?.initializer;
}

/** Whether `node` runs only when `condition` holds: inside an `if (condition)`'s then-branch. */
function onlyWhen(node: ts.Node, condition: string): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && parent.thenStatement === child && text(parent.expression) === condition)
      return true;
  }
  return false;
}

describe('electron/main/index.ts: spellcheck downloads nothing', () => {
  const policy = initializerOf('spellcheck');

  it('takes its spellcheck policy from spellcheckPolicyFor(process.platform)', () => {
    expect(policy && text(policy)).toBe('spellcheckPolicyFor(process.platform)');
  });

  it('applies the policy to every session as Electron makes it, and to the default session once ready', () => {
    const applied = callsTo('applySpellcheckPolicy');
    expect(applied.every((call) => text(call.arguments[1]!) === 'spellcheck')).toBe(true);

    const [onSessionCreated] = handlersOf('app', 'session-created');
    expect(onSessionCreated && ts.isArrowFunction(onSessionCreated)).toBe(true);
    const createdSession = text((onSessionCreated as ts.ArrowFunction).parameters[0]!.name);
    expect(callsTo('applySpellcheckPolicy', onSessionCreated).map((call) => text(call.arguments[0]!))).toEqual([
      createdSession,
    ]);

    const toDefaultSession = applied.filter((call) => {
      const target = text(call.arguments[0]!);
      const initializer = initializerOf(target);
      return target === 'session.defaultSession' || (initializer && text(initializer) === 'session.defaultSession');
    });
    expect(toDefaultSession).toHaveLength(1);
  });

  it("sets every window's webPreferences.spellcheck from the policy, or off", () => {
    const windows = nodesWhere(ts.isNewExpression).filter((made) => text(made.expression) === 'BrowserWindow');
    expect(windows.length).toBeGreaterThanOrEqual(2); // the app's window and the off-screen print window
    const spellchecks = windows.map((made) => {
      const options = made.arguments?.[0];
      if (!options || !ts.isObjectLiteralExpression(options)) return 'options not written out';
      const preferences = options.properties.find(
        (property) => property.name && text(property.name) === 'webPreferences',
      );
      if (
        !preferences ||
        !ts.isPropertyAssignment(preferences) ||
        !ts.isObjectLiteralExpression(preferences.initializer)
      )
        return 'webPreferences not written out';
      const spellcheck = preferences.initializer.properties.find(
        (property) => property.name && text(property.name) === 'spellcheck',
      );
      return spellcheck && ts.isPropertyAssignment(spellcheck) ? text(spellcheck.initializer) : 'spellcheck not set';
    });
    for (const value of spellchecks) expect(['spellcheck.enabled', 'false']).toContain(value);
    expect(spellchecks).toContain('spellcheck.enabled');
  });

  it('changes the spellchecker nowhere else (no download source, language or switch of its own)', () => {
    const elsewhere = nodesWhere(ts.isPropertyAccessExpression).filter((access) =>
      /^setSpellChecker/.test(access.name.text),
    );
    expect(elsewhere.map(text)).toEqual([]);
  });
});

describe('electron/main/index.ts: environment overrides are for development only', () => {
  it('reads the environment only through developmentOverrides(process.env, app.isPackaged)', () => {
    const environmentReads = nodesWhere(ts.isPropertyAccessExpression).filter(
      (access) => text(access) === 'process.env',
    );
    expect(environmentReads.length).toBeGreaterThan(0);
    for (const read of environmentReads) {
      const call = read.parent;
      expect(ts.isCallExpression(call) && text(call)).toBe('developmentOverrides(process.env,app.isPackaged)');
    }
  });

  it('moves the user-data folder only to the folder developmentOverrides gave', () => {
    const overrides = nodesWhere(ts.isVariableDeclaration).find(
      (declaration) => declaration.initializer && text(declaration.initializer).startsWith('developmentOverrides('),
    );
    expect(overrides).toBeDefined();
    const moves = callsTo('app.setPath');
    expect(moves.map((call) => text(call.arguments[1]!))).toEqual([`${text(overrides!.name)}.userDataDir`]);
  });
});

describe('electron/main/index.ts: locking', () => {
  it("locks when the window closes, whatever the tray setting (core.windowClosed(), unconditionally, in the window's 'closed')", () => {
    const [onClosed] = handlersOf('mainWindow', 'closed');
    expect(onClosed && ts.isArrowFunction(onClosed) && ts.isBlock(onClosed.body)).toBe(true);
    const statements = ((onClosed as ts.ArrowFunction).body as ts.Block).statements.map(text);
    expect(statements).toContain('voidcore.windowClosed();');
  });

  it("locks on the screen lock: Electron's lock-screen (macOS, Windows), and on Linux the D-Bus watcher, stopped on quit", () => {
    const [onLockScreen] = handlersOf('powerMonitor', 'lock-screen');
    expect(onLockScreen && text(onLockScreen)).toBe("()=>voidcore.lock('screen-locked')");

    const [watcher] = callsTo('watchLinuxScreenLock');
    expect(watcher).toBeDefined();
    expect(onlyWhen(watcher!, "process.platform==='linux'")).toBe(true);
    const options = watcher!.arguments[0];
    const onScreenLocked =
      options && ts.isObjectLiteralExpression(options)
        ? options.properties.find((property) => property.name && text(property.name) === 'onScreenLocked')
        : undefined;
    expect(onScreenLocked && ts.isPropertyAssignment(onScreenLocked) && text(onScreenLocked.initializer)).toBe(
      "()=>voidcore.lock('screen-locked')",
    );

    const watcherName = text((watcher!.parent as ts.BinaryExpression).left);
    const [onWillQuit] = handlersOf('app', 'will-quit');
    expect(onWillQuit && text(onWillQuit)).toBe(`()=>void${watcherName}?.stop()`);
  });
});

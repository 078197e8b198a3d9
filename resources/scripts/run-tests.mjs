// `npm test`: every check, in the time a 2-core machine has.
//
// First the build (the audit reads it and the end-to-end tests load it). Then the tests, one suite
// after the other at normal priority with their output live: Vitest (unit and component), then
// Playwright over the build. Beside them run the static checks (tsc for each layer, ESLint and
// Prettier, the electronegativity audit of the build) at the lowest CPU priority, so they use what
// the tests leave idle: the unit tests keep both cores busy, the end-to-end tests about one and a
// half. Each check's output is held and printed whole when it ends. The run fails if anything
// failed, and says what.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';

/**
 * The prefix that runs a command only on CPU time the tests leave idle, inherited by everything it
 * starts: Linux's idle scheduling class, `nice` on other Unixes; Windows has neither.
 */
const lowestPriority =
  process.platform === 'linux' ? ['chrt', '--idle', '0'] : process.platform === 'win32' ? [] : ['nice', '-n', '19'];

/** Runs a command; resolves with whether it passed. */
function run(name, command, { quiet = false } = {}) {
  return new Promise((resolve) => {
    const [file, ...args] = quiet ? [...lowestPriority, ...command] : command;
    const child = spawn(file, args, {
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      shell: process.platform === 'win32',
    });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    let settled = false;
    const end = (passed, outcome) => {
      if (settled) return;
      settled = true;
      if (quiet || !passed) {
        process.stdout.write(`\n> ${name} ${outcome}\n`);
        process.stdout.write(Buffer.concat(output));
      }
      resolve(passed);
    };
    // A command that cannot start (not installed) is a failed check, not a crashed run.
    child.on('error', (error) => end(false, `could not start: ${error.message}`));
    child.on('close', (code, signal) =>
      end(code === 0, code === 0 ? 'passed' : `failed (${signal ? `stopped by ${signal}` : `exit ${code}`})`),
    );
  });
}

const failed = [];
const check = async (name, command, options) => {
  if (!(await run(name, command, options))) failed.push(name);
};
const npmRun = (script) => ['npm', 'run', '--silent', script];

await check('build', npmRun('build'));
if (failed.length === 0) {
  const quiet = { quiet: true };
  const staticChecks = Promise.all([
    check('typecheck', npmRun('typecheck'), quiet),
    check('lint', npmRun('lint'), quiet),
    check('audit:electron', ['node', 'resources/scripts/audit-electron.mjs'], quiet),
  ]);
  await check('test:unit', npmRun('test:unit'));
  await check('test:e2e', ['npx', 'playwright', 'test', '--config', 'tests/e2e/playwright.config.ts']);
  await staticChecks;
}

if (failed.length > 0) {
  console.error(`\nnpm test: failed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log('\nnpm test: every check passed.');

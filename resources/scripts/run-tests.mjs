// `npm test`: every check, in the time a 2-core machine has.
//
// First the build (the audit reads it and the end-to-end tests load it). Then Vitest (unit and
// component tests, output live) with the static checks beside it: tsc for each layer, ESLint and
// Prettier, the electronegativity audit of the build, each output held and printed whole when it
// ends. Last, once all of those are done, Playwright over the build, with the machine to itself:
// its tests drive a real browser against a per-test budget, and on these two hyper-threads any
// work beside them, even at the lowest CPU priority, made a PDF test half as slow again (16 s
// against its 10 s alone). The run fails if anything failed, and says what.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';

/** Runs a command; resolves with whether it passed. */
function run(name, command, { quiet = false } = {}) {
  return new Promise((resolve) => {
    const [file, ...args] = command;
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
  await Promise.all([
    check('typecheck', npmRun('typecheck'), quiet),
    check('lint', npmRun('lint'), quiet),
    check('audit:electron', ['node', 'resources/scripts/audit-electron.mjs'], quiet),
    check('test:unit', npmRun('test:unit')),
  ]);
  await check('test:e2e', ['npx', 'playwright', 'test', '--config', 'tests/e2e/playwright.config.ts']);
}

if (failed.length > 0) {
  console.error(`\nnpm test: failed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log('\nnpm test: every check passed.');

// `npm test`: every check, in the time a 2-core machine has.
//
// The tests run one after the other at normal priority, their output live: Vitest (unit and
// component), then Playwright over the build. The static checks (tsc for each layer, ESLint and
// Prettier, the electronegativity audit of the build) run beside them at the lowest priority, so
// they take only the CPU the tests leave idle (the end-to-end tests use about one and a half of
// two cores) and never slow a test against its time budget. Each check's output is held and
// printed whole when it ends, so a failure shows as soon as it is known, not at the end.
// The run fails if anything failed, and says what.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';

/**
 * The command prefix that runs a check only on CPU time the tests leave idle, inherited by
 * everything it starts (tsc, eslint, the audit's node). Linux's idle scheduling class gives the
 * CPU back the moment a test's process wakes; `nice` alone still cost the end-to-end tests about
 * half a minute here. Windows has neither: the checks run at normal priority there.
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
    child.on('close', (code) => {
      if (quiet) {
        process.stdout.write(`\n> ${name} ${code === 0 ? 'passed' : `failed (exit ${code})`}\n`);
        process.stdout.write(Buffer.concat(output));
      }
      resolve(code === 0);
    });
  });
}

const failed = [];
const check = async (name, command, options) => {
  if (!(await run(name, command, options))) failed.push(name);
};
const npmRun = (script) => ['npm', 'run', '--silent', script];

// The build comes first: the audit reads it and the end-to-end tests load it.
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

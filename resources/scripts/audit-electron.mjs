// `npm run audit:electron`: Doyensec's electronegativity over the whole repository with the app
// built (the page's CSP is written into the built index.html), as an outside auditor would run
// it. Fails on any HIGH or MEDIUM finding of FIRM or CERTAIN confidence.
//
// No network, ever: the scanner is run in this process with its two requests to the internet
// taken away: the release check (Electron's security releases) is excluded, and the translation
// download it tries at every start answers "offline" at once, so the bundled English is used.
// The one kind of finding that only asks for a person's review is listed below with the outcome
// of that review, and still printed.
import Module, { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** Findings that only ask for a review, and what the review found. */
const reviewed = {
  PRELOAD_JS_CHECK:
    'electron/preload/index.ts exposes one frozen object, invoke and on, limited to the contract’s channels; no Node or Electron object reaches the page.',
};

const require = createRequire(import.meta.url);
const scannerDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const fromScanner = createRequire(path.join(scannerDir, 'dist/locales/i18n.js'));

const gotPath = fromScanner.resolve('got');
const offline = new Module(gotPath);
offline.filename = gotPath;
offline.loaded = true;
offline.exports = () => Promise.reject(new Error('Waypoint sends no request anywhere.'));
require.cache[gotPath] = offline;

const run = fromScanner('../runner.js');
const quietly = console.log;
console.log = () => {}; // the scanner's notice that it used its bundled translations
const { issues, errors } = await run({
  input: root,
  customScan: [],
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  isRelative: true,
  isVerbose: false,
  parserPlugins: [],
});
console.log = quietly;

const serious = (issue) => issue.severity.value >= 2 && issue.confidence.value >= 1; // MEDIUM+, FIRM+
const failing = issues.filter((issue) => serious(issue) && !reviewed[issue.id]);
for (const issue of issues) {
  const note = reviewed[issue.id] ? `\n    reviewed: ${reviewed[issue.id]}` : '';
  console.log(
    `${issue.severity.name} ${issue.confidence.name} ${issue.id} ${issue.file}:${issue.location.line}:${issue.location.column}${note}`,
  );
}
for (const error of errors) console.log(`could not scan: ${error.file ?? ''} ${error.message ?? error}`);
console.log(
  failing.length === 0
    ? `electronegativity: ${issues.length} findings; no HIGH or MEDIUM finding of FIRM or CERTAIN confidence is left unreviewed.`
    : `electronegativity: ${failing.length} HIGH or MEDIUM findings of FIRM or CERTAIN confidence.`,
);
// A file the scanner could not parse was not audited (and a built file that does not parse would
// not run either): that fails the audit too.
process.exitCode = failing.length === 0 && errors.length === 0 ? 0 : 1;

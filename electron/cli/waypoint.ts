import { runCli } from './run-cli';

// Entry point of `npm run waypoint -- <command>`: the same vault code as the app, no Electron.
process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});

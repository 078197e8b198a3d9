// `npm run bench`: performance figures, printed, not pass/fail. What each figure includes is in
// the README ("Benchmarks"). `npm run bench -- unlock-screen` prints only the unlock screen's.
import os from 'node:os';
import { defaultKdfParams } from '../../electron/vault/kdf-params';
import { printAppBench } from './app-bench';
import { printVaultBench } from './vault-bench';

const runs = 5;
const only = process.argv[2] === 'unlock-screen' ? 'unlock-screen' : undefined;

console.log(
  `Waypoint benchmark — Node ${process.version}, ${os.cpus().length} cores, Argon2id ${defaultKdfParams.opslimit} passes / ${defaultKdfParams.memlimitKiB / 1024} MiB\n`,
);
if (!only) {
  await printVaultBench(runs);
  console.log('');
}
await printAppBench(runs, only);
process.exit(0);

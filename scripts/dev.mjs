// What `npm run dev` runs: Vite's dev server, ended with the command that started it.
// npm runs a script through `sh -c`, and a signal that ends npm (kill, a closed terminal)
// ends that shell but not the Vite below it, which went on serving the app with nobody to
// stop it. This runs Vite as its child and stops it when this process is signalled, or
// when npm or the shell between them is gone (even killed with SIGKILL, which forwards
// nothing). Arguments go to Vite as they are: `npm run dev -- --port 5301`.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import process from 'node:process';

// Vite's own command, found through its package (its `exports` do not list bin/).
const vitePackage = createRequire(import.meta.url).resolve('vite/package.json');
const vite = join(dirname(vitePackage), 'bin', 'vite.js');
const child = spawn(process.execPath, [vite, ...process.argv.slice(2)], { stdio: 'inherit' });

/** The parent of a process, where the system tells (Linux's /proc), else undefined. */
function parentOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) || undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

// The shell npm started, and npm itself when it can be found.
const parent = process.ppid;
const watched = [parent, parentOf(parent)].filter((pid) => pid !== undefined && pid > 1);

let stopping = false;
function stop(signal = 'SIGTERM') {
  if (stopping) return;
  stopping = true;
  child.kill(signal);
  // Vite closes its server on SIGTERM; one that hangs is not left behind.
  setTimeout(() => child.kill('SIGKILL'), 5000).unref();
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));
const watch = setInterval(() => {
  if (process.ppid !== parent || watched.some((pid) => !isAlive(pid))) stop();
}, 500);
watch.unref();

child.on('exit', (code, signal) => {
  clearInterval(watch);
  process.exit(code ?? (signal ? 0 : 1));
});

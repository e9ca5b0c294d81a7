import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: 'localhost' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitFor(condition: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await condition()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

describe('npm run dev', () => {
  it.each(['SIGTERM', 'SIGKILL'] as const)(
    'stops serving when the npm process is ended with %s',
    async (signal) => {
      // given the dev server started the way a developer starts it
      const port = await freePort();
      const npm = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--strictPort'], {
        cwd: root,
        stdio: 'ignore',
        // its own process group, so that whatever is left can be ended below
        detached: true,
      });
      try {
        expect(await waitFor(() => answers(port), 30_000)).toBe(true);
        // when the npm process is ended
        npm.kill(signal);
        // then Vite stops serving soon after, instead of going on with nobody to stop it
        expect(await waitFor(async () => !(await answers(port)), 10_000)).toBe(true);
      } finally {
        try {
          process.kill(-npm.pid!, 'SIGKILL');
        } catch {
          // the group is gone already
        }
      }
    },
    60_000,
  );
});

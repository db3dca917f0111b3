/** Starts the browser workbench (`tokscope serve`) as a child process and reads its URL. */
import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';

import { CLI, ROOT } from './build';

export interface Workbench {
  /** http://127.0.0.1:PORT/?token=… */
  url: string;
  stderr(): string;
  stop(): Promise<void>;
}

/** `studyPath` null opens the bundled sample study, as the app does by default. */
export async function startWorkbench(studyPath: string | null, home: string): Promise<Workbench> {
  const studyArgs = studyPath ? ['--study', studyPath] : [];
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', ...studyArgs, '--port', '0'], {
    cwd: ROOT,
    // A private home keeps the recent-studies list and presets of the tests away from the user's.
    env: { ...process.env, HOME: home, TOKSCOPE_HOME: home, XDG_CONFIG_HOME: home, XDG_DATA_HOME: home, APPDATA: home },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`tokscope serve printed no URL within 30 s.\n${errors}`)), 30_000);
    const lines = readline.createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`tokscope serve exited with ${code} before printing its URL.\n${errors}`));
    });
  });
  if (!/^http:\/\/127\.0\.0\.1:\d+\/\?token=/.test(url)) throw new Error(`Unexpected first line from tokscope serve: ${url}`);

  return {
    url,
    stderr: () => errors,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

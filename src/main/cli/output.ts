/** CLI output rules: with --json only JSON goes to stdout; every message goes to stderr. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

export function info(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** A progress line on stderr, redrawn in place on terminals and silent elsewhere. */
export function progressLine(message: string): void {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[2K${message}`);
}

export function endProgress(): void {
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
}

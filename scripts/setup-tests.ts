/**
 * Makes sure the browser the end-to-end tests drive is present before `vitest run`.
 *
 * The tests use Debian's Chromium at a fixed path so that nothing ever downloads a browser build;
 * when it is missing and we are root we install it with apt, otherwise we stop with a clear message.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export const CHROMIUM_PATH = '/usr/bin/chromium';

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

export function ensureChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  if (!isRoot()) {
    console.error(
      `setup-tests: ${CHROMIUM_PATH} is missing and this user cannot install it.\n` +
        'Install Debian\'s chromium package as root (apt-get install -y chromium) and run the tests again.',
    );
    process.exit(1);
  }
  console.log(`setup-tests: ${CHROMIUM_PATH} is missing; installing Debian's chromium package...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(`setup-tests: apt-get finished but ${CHROMIUM_PATH} is still missing.`);
    process.exit(1);
  }
  console.log(`setup-tests: installed ${CHROMIUM_PATH}.`);
}

ensureChromium();

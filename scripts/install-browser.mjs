// Makes sure a Chromium is available for Playwright.
// Playwright's own browser download is unreachable on this project's machines, so on Debian we use
// the distribution's chromium package; elsewhere we fall back to `playwright install chromium`.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumExecutable, DEBIAN_CHROMIUM } from './chromium.mjs';

function run(cmd) {
  console.log(`$ ${cmd}`);
  execSync(cmd, { stdio: 'inherit' });
}

const found = chromiumExecutable();
if (found) {
  console.log(`Chromium: ${found}`);
} else if (process.platform === 'linux' && existsSync('/usr/bin/apt-get')) {
  const sudo = process.getuid && process.getuid() === 0 ? '' : 'sudo ';
  run(`${sudo}apt-get update -qq`);
  run(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`);
  if (!existsSync(DEBIAN_CHROMIUM)) throw new Error('apt-get installed chromium but /usr/bin/chromium is missing');
  console.log(`Chromium: ${DEBIAN_CHROMIUM}`);
} else {
  run('npx playwright install chromium');
}

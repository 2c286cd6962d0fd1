// Browser tests: make sure Chromium is there, then run Playwright (which builds and serves the app).
import { execSync } from 'node:child_process';

execSync('node scripts/install-browser.mjs', { stdio: 'inherit' });
const extra = process.argv.slice(2).map((a) => JSON.stringify(a)).join(' ');
execSync(`npx playwright test ${extra}`, { stdio: 'inherit' });

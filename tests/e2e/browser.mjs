// Shared set-up for the browser tests: Debian's Chromium driven by
// playwright-core (whose own browser download cannot work offline), and the
// static server for www/. Playwright gives each launch a fresh profile.
import { chromium } from 'playwright-core';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../www/serve.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

export const serveWww = () => serve(join(root, 'www'));

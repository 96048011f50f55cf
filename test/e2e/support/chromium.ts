import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; the suite never downloads a browser of its own. */
export const chromiumPath = '/usr/bin/chromium';

const launchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * True when the browser suite can run. Without Chromium it fails under CI=true (the suite is
 * mandatory there) and elsewhere skips loudly with the command that fixes it.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(chromiumPath)) return true;
  const fix = 'apt-get install -y chromium';
  if (process.env.CI === 'true') {
    throw new Error(
      `The browser suite needs Chromium at ${chromiumPath} and CI=true: run \`${fix}\``,
    );
  }
  console.warn(`\n  SKIPPING the browser suite: no Chromium at ${chromiumPath}. Run \`${fix}\`.\n`);
  return false;
}

/** Launches headless Chromium with flags that keep it quiet and offline. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: launchArgs });
}

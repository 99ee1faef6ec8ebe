// Finds a Chromium for Playwright, installing one when there is none (see README, "Tests").
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

function playwrightBrowser() {
  try {
    const path = spawnSync(
      process.execPath,
      ['-e', "import('playwright').then(p => console.log(p.chromium.executablePath()))"],
      { encoding: 'utf8' },
    ).stdout.trim();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status === 0;

/** Returns the executable path to use, or null for Playwright's own download. */
export function ensureChromium() {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH=${configured} does not exist`);
    return configured;
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  if (playwrightBrowser()) return null;
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canApt) {
    console.log("No Chromium found: installing Debian's chromium with apt-get…");
    if (run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'chromium'])) {
      if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
    }
    console.log("apt-get could not install chromium; trying Playwright's own browser.");
  } else {
    console.log(
      "No Chromium found: downloading Playwright's own browser (npx playwright install chromium)…",
    );
  }
  if (!run('npx', ['playwright', 'install', 'chromium'])) {
    throw new Error('No Chromium could be installed; set CHROMIUM_PATH to a Chromium executable.');
  }
  return null;
}

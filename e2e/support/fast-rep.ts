import { writeFile } from 'node:fs/promises';
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';

/** One cell of the fast-rep matrix: how fast the rep types, how slow the machine, when they start. */
export interface Pace {
  /** Milliseconds between one key and the next, Tab, arrows and Enter included. */
  keyDelayMs: number;
  /** Chrome DevTools CPU throttling: 1 is the machine as it is, 4 is four times slower. */
  cpuSlowdown: number;
  /** How long after the Name textbox appears the rep starts: 0 is at once. */
  startAfterMs: number;
}

export function describePace({ keyDelayMs, cpuSlowdown, startAfterMs }: Pace): string {
  const start = startAfterMs === 0 ? 'starting at once' : `starting ${startAfterMs} ms later`;
  const cpu = cpuSlowdown === 1 ? 'CPU 1×' : `CPU ${cpuSlowdown}× slower`;
  return `keys ${keyDelayMs} ms apart, ${cpu}, ${start}`;
}

/** A person waits this long for the option they typed to show, and no longer. */
const OPTION_WAIT_MS = 6_000;

/**
 * Where every key went, recorded in the page itself: reading it from the test between keys would
 * give the page time a rep does not give it. Attached to a failed test to tell a lost key (it
 * went to a control that was then replaced) from a key the test never sent.
 */
const KEY_LOG_SCRIPT = `(() => {
  const log = [];
  const start = performance.now();
  const describe = (el) => {
    if (!el || el === document.body) return 'body';
    const labelledBy = el.getAttribute('aria-labelledby');
    const name = labelledBy
      ? labelledBy.split(/\\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
      : el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.textContent || '';
    return el.tagName.toLowerCase() + (el.getAttribute('role') ? '[' + el.getAttribute('role') + ']' : '') + ' "' + name.trim().slice(0, 40) + '"';
  };
  const at = () => Math.round(performance.now() - start);
  window.addEventListener('keydown', (e) => log.push(at() + ' key ' + JSON.stringify(e.key) + ' -> ' + describe(e.target)), true);
  window.addEventListener('focusin', (e) => log.push(at() + ' focus ' + describe(e.target)), true);
  window.addEventListener('focusout', (e) => {
    const gone = e.target;
    queueMicrotask(() => { if (!gone.isConnected) log.push(at() + ' removed while focused: ' + describe(gone)); });
  }, true);
  window.__fastRepLog = log;
})();`;

/** The keyboard of a rep typing at `pace`, on a page whose CPU is throttled to match. */
export class FastRep {
  /** When the next key may go, so keys are `keyDelayMs` apart from start to start. */
  private nextKeyAt = 0;

  private constructor(
    readonly page: Page,
    readonly pace: Pace,
  ) {}

  /** Throttles the CPU and installs the key log; call before the page loads. */
  static async on(page: Page, pace: Pace): Promise<FastRep> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: pace.cpuSlowdown });
    await page.addInitScript(KEY_LOG_SCRIPT);
    return new FastRep(page, pace);
  }

  /**
   * Opens `url` and returns as soon as the rep may start: the Name textbox can take text, plus
   * the cell's start offset. Nothing else is waited for (not the load event, not idle chunks).
   */
  async open(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'commit' });
    const name = this.page.getByRole('textbox', { name: 'Name', exact: true });
    await expect(name).toBeVisible({ timeout: 20_000 });
    await expect(name).toBeEditable();
    if (this.pace.startAfterMs > 0) {
      // The matrix's own parameter (a rep who glances at the page first), not a wait for state.
      await new Promise((resolve) => setTimeout(resolve, this.pace.startAfterMs));
    }
  }

  /**
   * One key (or chord, like Control+V), `keyDelayMs` after the previous one started. Playwright
   * answers a key only once the page has handled it, so on a slow CPU a key can take longer than
   * the delay; the next then follows at once, as it would from a rep who does not wait either.
   */
  async press(key: string): Promise<void> {
    const wait = this.nextKeyAt - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    this.nextKeyAt = performance.now() + this.pace.keyDelayMs;
    await this.page.keyboard.press(key);
  }

  async type(text: string): Promise<void> {
    for (const char of text) await this.press(char);
  }

  /**
   * Tab `times` in a row, as a rep who knows the form does, and type on at once: no look at
   * where focus landed (a look from the test costs the page a round trip, time a rep does not
   * give it). The key log says where each key went when a cell fails.
   */
  async tab(times: number): Promise<void> {
    for (let i = 0; i < times; i++) await this.press('Tab');
  }

  /**
   * A downshift combobox: type `text` (or paste it, when the clipboard holds it), wait for
   * `option` to show (as long as a person would), arrow down until it is highlighted, Enter.
   */
  async pick(text: string, option: Locator, how: 'type' | 'paste' = 'type'): Promise<void> {
    if (how === 'paste') await this.paste();
    else await this.type(text);
    await expect(
      option,
      `${how === 'paste' ? 'pasting' : 'typing'} “${text}” shows ${String(option)}`,
    ).toBeVisible({
      timeout: OPTION_WAIT_MS,
    });
    for (let i = 0; i < 10 && (await option.getAttribute('aria-selected')) !== 'true'; i++) {
      await this.press('ArrowDown');
    }
    await expect(option, `ArrowDown highlights ${String(option)}`).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await this.press('Enter');
  }

  /** A Radix Select, blind: Enter opens it, the typeahead highlights the option, Enter picks it. */
  async choose(typeahead: string): Promise<void> {
    await this.press('Enter');
    await this.type(typeahead);
    await this.press('Enter');
  }

  /** Ctrl+V: the clipboard's text goes where focus is. */
  async paste(): Promise<void> {
    await this.press('Control+V');
  }
}

/**
 * The in-page key and focus log (which control each key reached), as a file in the test's output
 * folder beside the trace.
 */
export async function attachKeyLog(page: Page, testInfo: TestInfo): Promise<void> {
  if (page.isClosed()) return;
  const log = await page
    .evaluate(() => (window as unknown as { __fastRepLog?: string[] }).__fastRepLog ?? [])
    .catch(() => ['(the page did not answer)']);
  await attachText(testInfo, 'keys-and-focus.txt', log);
}

export async function attachText(
  testInfo: TestInfo,
  fileName: string,
  lines: string[],
): Promise<void> {
  const path = testInfo.outputPath(fileName);
  await writeFile(path, `${lines.join('\n')}\n`);
  await testInfo.attach(fileName, { path, contentType: 'text/plain' });
}

/** Writes `text` to the clipboard from a page of `origin`, as if the rep had copied it there. */
export async function copyToClipboard(page: Page, origin: string, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.goto(`${origin}/api/health`);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
}

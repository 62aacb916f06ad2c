import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { cardOf, repliesTo, startServer, type RunningServer } from '../helpers/start-server';
import { walkCard } from '../helpers/cards';
import { logFixture } from '../helpers/fixtures';
import { teamsMessage } from '../helpers/teams-activity';

/** Debian's chromium (installed by .ci/run); override with CHROMIUM_PATH. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The rendering checks need a browser. CI installs Chromium (.ci/run), so they always run there; on
 * a machine without one they are skipped with a note on how to run them, and the page's other
 * checks still run.
 */
const HAS_CHROMIUM = existsSync(CHROMIUM);
const inBrowser = HAS_CHROMIUM ? it : it.skip;
if (!HAS_CHROMIUM)
  console.warn(
    `Preview rendering tests skipped: no Chromium at ${CHROMIUM}. Run "apt-get install -y chromium" (as .ci/run does) or set CHROMIUM_PATH.`
  );

describe('card preview page (local mode) in headless Chromium', () => {
  let server: RunningServer;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer();
    if (HAS_CHROMIUM) browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  inBrowser(
    'renders the answer with the official renderer, light, dark and high contrast, with name and next steps',
    async () => {
      const page = await (browser as Browser).newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.url}/preview?q=${encodeURIComponent('what is 0x411')}`);
      for (const theme of ['light', 'dark', 'highContrast']) {
        await page.locator(`.themes [data-theme="${theme}"]`).click();
        const card = page.locator(`#card-${theme} .ac-adaptiveCard`);
        await card.waitFor({ timeout: 10_000 });
        const text = await card.innerText();
        expect(text).toContain('CRPSCEPChallenge_Expired');
        expect(text).toContain('Next steps');
        expect(text).toContain('Let the device get a new challenge from Intune and retry.');
      }
      expect(errors).toEqual([]);
      await page.close();
    }
  );

  inBrowser('follows a related button to that entry, and shows Japanese on request', async () => {
    const page = await (browser as Browser).newPage();
    await page.goto(`${server.url}/preview?q=${encodeURIComponent('event 20502')}`);
    await page.locator('#card-light .ac-adaptiveCard').waitFor({ timeout: 10_000 });
    // Related entries are one tap away, behind "More details", as whole rows.
    await page.locator('#card-light button', { hasText: 'More details' }).click();
    await Promise.all([
      page.waitForURL(/q=legacy-connector%3Acode%3A0x00000409/),
      page
        .locator('#card-light [role=button]', {
          hasText: '0x00000409 CRPSCEPSigningCert_NotFound',
        })
        .first()
        .click(),
    ]);
    await page.locator('#card-light .ac-adaptiveCard').waitFor();
    expect(await page.locator('#card-light').innerText()).toContain(
      '0x00000409 · CRPSCEPSigningCert_NotFound'
    );
    await page.goto(`${server.url}/preview?q=0x411&lang=ja`);
    expect(await page.locator('#card-light .ac-adaptiveCard').innerText()).toContain(
      '次のステップ'
    );
    await page.close();
  });

  // The lead answer fits one screen, on a phone and on a desktop, and no button is cut.
  for (const [width, height] of [
    [360, 800],
    [1280, 800],
  ])
    inBrowser(
      `the lead of the event 20502 card fits one ${width}×${height} screen, buttons whole`,
      async () => {
        const page = await (browser as Browser).newPage({ viewport: { width, height } });
        await page.goto(`${server.url}/preview?q=${encodeURIComponent('event 20502')}`);
        const card = page.locator('#card-light .ac-adaptiveCard').first();
        await card.waitFor({ timeout: 10_000 });
        const box = await card.boundingBox();
        expect(box?.height).toBeGreaterThan(200);
        expect(box?.height).toBeLessThanOrEqual(height);
        const cut = await page.$$eval('#card-light button', (buttons) =>
          buttons
            .filter((b) => b.offsetParent !== null)
            .flatMap((b) => {
              const inner = b.querySelector('div') ?? b;
              return inner.scrollWidth > inner.clientWidth + 1 ||
                b.getBoundingClientRect().right > b.ownerDocument.documentElement.clientWidth
                ? [b.textContent]
                : [];
            })
        );
        expect(cut).toEqual([]);
        await page.close();
      }
    );

  inBrowser(
    'fits a 360 px phone without sideways scrolling, one theme at a time, the system scheme first',
    async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await (browser as Browser).newPage({
          viewport: { width: 360, height: 800 },
          colorScheme,
        });
        await page.goto(`${server.url}/preview?q=${encodeURIComponent('event 20502')}`);
        await page.locator(`#card-${colorScheme} .ac-adaptiveCard`).waitFor({ timeout: 10_000 });
        const widths = await page.$eval('html', (html) => [html.scrollWidth, html.clientWidth]);
        expect(widths[0]).toBeLessThanOrEqual(widths[1]);
        const visible = await page.$$eval('.pane', (panes) =>
          panes.filter((p) => !p.hasAttribute('hidden')).map((p) => p.id)
        );
        expect(visible).toEqual([`pane-${colorScheme}`]);
        // No label of the chain strip breaks inside a word ("Connecto/r").
        const hops = await page
          .locator(`#card-${colorScheme} .ac-columnSet`)
          .first()
          .locator('.ac-textBlock')
          .evaluateAll((blocks) =>
            blocks.map((b) =>
              (b as unknown as { innerText: string }).innerText.split('\n').join(' | ')
            )
          );
        for (const hop of hops) expect(hop).not.toMatch(/[a-z] \| [a-z]/i);
        await page.close();
      }
    }
  );

  // Host names, CA names and URLs from a paste, as an admin copies them into ping, RDP or a rule.
  const HOSTS = ['NDES01.contoso.com', 'CONTOSO-CA01.corp.contoso.com\\Contoso Issuing CA'];
  const pasted = logFixture('event-viewer-text.txt')
    .replace(/^Computer:.*$/m, `Computer:      ${HOSTS[0]}`)
    .replace(/CAName=[^;\s]*/g, `CAName=${HOSTS[1]}`);

  it('shows a pasted host name on the card exactly as it was pasted', async () => {
    expect(pasted).toContain(HOSTS[0]);
    const card = cardOf(await repliesTo(server, teamsMessage(pasted)));
    const runs: string[] = [];
    walkCard(card, (node) => {
      if (node.type === 'TextRun') runs.push(node.text);
    });
    expect(runs).toContain(HOSTS[0]);
    // The same characters, not look-alikes or zero-width breaks.
    expect(JSON.stringify(card)).not.toMatch(/NDES01\.\u200B|contoso\.\u200B/);
  });

  inBrowser('copies a pasted host name from the rendered card exactly', async () => {
    const page = await (browser as Browser).newPage();
    await page.goto(`${server.url}/preview?q=${encodeURIComponent(pasted)}`);
    const card = page.locator('#card-light .ac-adaptiveCard');
    await card.waitFor({ timeout: 10_000 });
    // What a selection copies is the rendered text.
    const lines = (await card.innerText()).split('\n');
    expect(lines).toContain(`Computer: ${HOSTS[0]}`);
    expect(lines.join('\n')).not.toContain('\u200B');
    await page.close();
  });

  it('is not served when credentials are configured', async () => {
    const authenticated = await startServer({
      MicrosoftAppId: '0a1b2c3d-1111-4222-8333-444455556666',
      MicrosoftAppPassword: 'not-used',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: '11111111-2222-4333-8444-555555555555',
    });
    try {
      expect((await fetch(`${authenticated.url}/preview?q=0x411`)).status).toBe(404);
      expect((await fetch(`${authenticated.url}/preview/adaptivecards.js`)).status).toBe(404);
    } finally {
      await authenticated.close();
    }
  });

  it('keeps pasted text from breaking out of the page', async () => {
    const res = await fetch(
      `${server.url}/preview?q=${encodeURIComponent('</script><script>alert(1)</script>"><b>x')}`
    );
    const html = await res.text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('"><b>x');
  });
});

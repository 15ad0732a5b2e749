// The offline checker (dist/index.html) in a real browser, opened from file:// in Chromium:
//   - the bundled report (examples/data/changchun-2023.txt) pasted into the text box: checked
//     in the page, its time measured with performance.now() (budget: 50 ms after load, the
//     page having warmed the module up; the first call of a bare page is measured too, and
//     printed), no cell marked err;
//   - the same report with one number changed (三、（一）予以公开 / 自然人 25 → 26): that cell
//     marked err, its findings naming S3.ROW and S3.TOTAL with their expected values 31 and 48;
//   - a GBK page dropped on the page (tests/data/html-gbk.html): its bytes checked as they are
//     (INPUT.DECODED), the text box showing it decoded;
//   - published strings holding markup (<script>, <img onerror>) shown as text, never run;
//   - xxgk.check in the page equal to `xxgk-check --format json` (when the checker is given);
//   - the example button;
//   - no request but the folder's own files (file://), data: and blob: URLs.
// Screenshots: offline-*.png. The timings are printed, and written to offline-timings.json.
'use strict';

const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { args, launch, newPage, localOnly, runner, pathToFileURL } = require('./browser.js');

const a = args(['root', 'dist', 'chromium', 'out', 'work']);
const t = runner('web.offline_page');
const budgetMs = 50;

const seedPath = path.join(a.root, 'examples/data/changchun-2023.txt');
const seed = fs.readFileSync(seedPath, 'utf8');
// 三、（一）予以公开: 自然人 25 → 26; the row's total stays 30, 七、总计 / 自然人 stays 47
const changedRow = /(\(一\) 予以公开\t)25(\t5\t)/;
const changed = seed.replace(changedRow, '$126$2');
const cell = '#r1-section3-granted-natural_person';

// The frame, once it shows the page of a check made after `before` checks.
async function shown(page, before) {
  await page.waitForFunction((n) => {
    const s = document.getElementById('status');
    return s.dataset.state === 'done' && Number(s.dataset.updates) > n && s.dataset.shown === s.dataset.updates;
  }, before);
  return (await page.$('#result')).contentFrame();
}

async function paste(page, text) {
  const before = Number(await page.getAttribute('#status', 'data-updates'));
  await page.fill('#text', text);
  return shown(page, before);
}

(async () => {
  const browser = await launch(a.chromium);
  const timings = {};
  try {
    const page = await newPage(browser, localOnly(a.dist));
    const t0 = Date.now();
    await page.goto(pathToFileURL(path.join(a.dist, 'index.html')).href);
    await page.waitForFunction(() => ['ready', 'failed'].includes(document.getElementById('status').dataset.state));
    timings.loadMs = Date.now() - t0;

    await t.check('the API alone, from file://: the first check of the bundled report, without warm-up', async () => {
      // a bare page with the module and the API, nothing else: the cost of a first call
      const bare = path.join(a.work, 'bare.html');
      const src = (f) => pathToFileURL(path.join(a.dist, f)).href;
      fs.writeFileSync(bare, `<!DOCTYPE html><meta charset="utf-8"><title>xxgk</title>
<script src="${src('xxgk.wasm.js')}"></script><script src="${src('xxgk.js')}"></script>\n`);
      const cold = await newPage(browser, localOnly(a.dist, a.work));
      await cold.goto(pathToFileURL(bare).href);
      const ms = await cold.evaluate(async (text) => {
        await xxgk.ready;
        const t0 = performance.now();
        xxgk.check(text);
        const t1 = performance.now();
        xxgk.render(text);
        return [t1 - t0, performance.now() - t1];
      }, seed);
      timings.coldCheckMs = Number(ms[0].toFixed(2));
      timings.coldRenderMs = Number(ms[1].toFixed(2));
      if (cold.offending().length) throw new Error(`requests: ${cold.offending().join(' ')}`);
      await cold.context().close();
    });

    await t.check('the page loads the module from file://', async () => {
      const state = await page.getAttribute('#status', 'data-state');
      if (state !== 'ready') throw new Error(`status: ${state}: ${await page.textContent('#status')}`);
    });

    await t.check(`the bundled report pasted: checked in the page within ${budgetMs} ms, no cell marked err`, async () => {
      if (!changedRow.test(seed)) throw new Error('the seed no longer has the row this test changes');
      const frame = await paste(page, seed);
      timings.firstCheckMs = Number(await page.getAttribute('#status', 'data-check-ms'));
      timings.firstRenderMs = Number(await page.getAttribute('#status', 'data-render-ms'));
      const marked = await frame.$$eval('td.err, th.err', (els) => els.map((e) => e.id));
      if (marked.length) throw new Error(`marked err: ${marked.join(' ')}`);
      const text = await frame.textContent(cell);
      if (!text.includes('25')) throw new Error(`${cell} shows "${text}"`);
      const status = await page.getAttribute('#status', 'class');
      if (status === 'err') throw new Error(`status says errors: ${await page.textContent('#status')}`);
      await page.screenshot({ path: path.join(a.out, 'offline-consistent.png') });
      if (!(timings.firstCheckMs <= budgetMs))
        throw new Error(`the first check took ${timings.firstCheckMs} ms (budget ${budgetMs})`);
    });

    await t.check(`the bundled report, checked again and again: median within ${budgetMs} ms`, async () => {
      const runs = await page.evaluate((text) => {
        const ms = [];
        for (let i = 0; i < 15; ++i) {
          const t0 = performance.now();
          xxgk.check(text);
          ms.push(performance.now() - t0);
        }
        const r = [];
        for (let i = 0; i < 5; ++i) {
          const t0 = performance.now();
          xxgk.render(text);
          r.push(performance.now() - t0);
        }
        return { check: ms, render: r };
      }, seed);
      const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
      timings.checkMedianMs = Number(median(runs.check).toFixed(2));
      timings.renderMedianMs = Number(median(runs.render).toFixed(2));
      if (!(timings.checkMedianMs <= budgetMs)) throw new Error(`median ${timings.checkMedianMs} ms`);
    });

    await t.check('one number changed: the cell marked err, its findings name the rules and expected values', async () => {
      const frame = await paste(page, changed);
      const classes = await frame.getAttribute(cell, 'class');
      if (!/\berr\b/.test(classes || '')) throw new Error(`${cell} has class "${classes}"`);
      if (!(await frame.textContent(cell)).includes('26')) throw new Error('the cell does not show 26');
      await frame.click(cell);
      await frame.waitForSelector('#xxgk-detail', { state: 'visible' });
      const detail = await frame.textContent('#xxgk-detail-body');
      for (const want of ['[S3.ROW]', '[S3.TOTAL]'])
        if (!detail.includes(want)) throw new Error(`the panel does not name ${want}: ${detail.slice(0, 300)}`);
      const row = await frame.$$eval('#xxgk-detail-body li[data-rule="S3.ROW"] .n', (ns) => ns.map((n) => n.textContent));
      if (row[0] !== '31' || row[1] !== '30') throw new Error(`S3.ROW expected / actual: ${row}`);
      const column = await frame.$$eval('#xxgk-detail-body li[data-rule="S3.TOTAL"] .n', (ns) => ns.map((n) => n.textContent));
      if (column[0] !== '48' || column[1] !== '47') throw new Error(`S3.TOTAL expected / actual: ${column}`);
      const status = await page.getAttribute('#status', 'class');
      if (status !== 'err') throw new Error(`status: ${await page.textContent('#status')}`);
      await page.screenshot({ path: path.join(a.out, 'offline-changed.png') });
    });

    await t.check('switched to English: the page and the messages in English', async () => {
      await page.selectOption('#lang', 'en');
      await page.waitForFunction(() => document.getElementById('result').srcdoc.includes('<html lang="en"'));
      const status = await page.textContent('#status');
      if (!/errors?/.test(status)) throw new Error(`status: ${status}`);
      await page.selectOption('#lang', 'zh');
    });

    await t.check('a GBK page dropped: its bytes checked as they are, shown decoded', async () => {
      const gbkPath = path.join(a.root, 'tests/data/html-gbk.html');
      const bytes = [...fs.readFileSync(gbkPath)];
      const before = Number(await page.getAttribute('#status', 'data-updates'));
      const drop = await page.evaluateHandle((b) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(b)], 'html-gbk.html', { type: 'text/html' }));
        return dt;
      }, bytes);
      await page.dispatchEvent('main', 'drop', { dataTransfer: drop });
      const frame = await shown(page, before);
      const decoded = await frame.$$eval('li[data-rule="INPUT.DECODED"]', (ls) => ls.length);
      if (decoded !== 1) throw new Error('no INPUT.DECODED note: the bytes were not checked as they are');
      const box = await page.inputValue('#text');
      if (!box.includes('政府信息公开')) throw new Error(`the text box shows: ${box.slice(0, 120)}`);
      const cells = await frame.$$eval('td[id^="r1-section3-"]', (tds) => tds.length);
      if (cells < 100) throw new Error(`only ${cells} cells of chapter 三 drawn`);
      await page.screenshot({ path: path.join(a.out, 'offline-gbk.png') });
      if (a.cli) {
        const expected = execFileSync(a.cli, ['--format', 'json', 'tests/data/html-gbk.html'], { cwd: a.root }).toString('utf8');
        const actual = await page.evaluate((b) => xxgk.check(new Uint8Array(b), { file: 'tests/data/html-gbk.html' }), bytes);
        if (actual !== expected) throw new Error('xxgk.check in the page differs from xxgk-check --format json');
      }
    });

    await t.check('published strings holding markup are shown as text, never run', async () => {
      const hostile = changed
        .replace('长春市国动办 2023 年政府信息公开工作年度报告',
          '长春市国动办<script>window.top.__xxgkInjected=1</script> 2023 年政府信息公开工作年度报告')
        .replace('(七) 总计', '(七) 总计<img src="x.png" onerror="window.top.__xxgkInjected=2">');
      const frame = await paste(page, hostile);
      const injected = await page.evaluate(() => window.__xxgkInjected);
      if (injected !== undefined) throw new Error(`markup ran: ${injected}`);
      const scripts = await frame.$$eval('script', (s) => s.length);
      const images = await frame.$$eval('img', (s) => s.length);
      if (scripts !== 1 || images !== 0) throw new Error(`${scripts} scripts, ${images} images in the page`);
      const body = await frame.textContent('body');
      for (const shown of ['长春市国动办<script>window.top.__xxgkInjected=1</script>', '(七) 总计<img src="x.png"'])
        if (!body.includes(shown)) throw new Error(`not shown as text: ${shown}`);
    });

    if (a.cli) {
      await t.check('xxgk.check in the page = xxgk-check --format json', async () => {
        const file = 'examples/data/changchun-2023.txt';
        const expected = execFileSync(a.cli, ['--format', 'json', file], { cwd: a.root }).toString('utf8');
        const actual = await page.evaluate(([text, name]) => xxgk.check(text, { file: name }), [seed, file]);
        if (actual !== expected) throw new Error('differs');
      });
    }

    await t.check('the example button shows the bundled report', async () => {
      const before = Number(await page.getAttribute('#status', 'data-updates'));
      await page.click('#example');
      const frame = await shown(page, before);
      if ((await page.inputValue('#text')) !== seed) throw new Error('the text box does not hold the bundled report');
      const marked = await frame.$$eval('td.err, th.err', (els) => els.length);
      if (marked !== 0) throw new Error(`${marked} cells marked err`);
      if (!(await frame.textContent('h2')).includes('changchun-2023.txt')) throw new Error('not named after the file');
    });

    await t.check('the page made no network request and threw nothing', async () => {
      const bad = page.offending();
      if (bad.length) throw new Error(`requests: ${bad.join(' ')}`);
      if (page.errors.length) throw new Error(`errors: ${page.errors.join('; ')}`);
      const kinds = new Set(page.requests.map((u) => u.split(':')[0]));
      console.log(`        requests: ${page.requests.length} (${[...kinds].join(', ')})`);
    });
  } finally {
    await browser.close();
  }
  console.log(`timings: ${JSON.stringify(timings)}`);
  fs.writeFileSync(path.join(a.out, 'offline-timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
  t.finish();
})().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});

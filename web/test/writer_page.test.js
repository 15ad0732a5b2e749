// The html writer's page in a real browser: `xxgk-check --format html`, opened
// from file:// in Chromium, for two fixtures of examples/report_data:
//   suqian-2024-typo.html  宿迁市人民政府 2024 with one number changed: 三、（一）予以公开 /
//                          自然人 published as 1418 instead of 1408
//   suqian-2024.html       the same report as published: consistent
// The changed cell is marked as an error (class err); selecting it shows its findings, which
// name the rules (S3.ROW, S3.TOTAL) and the expected values; the consistent page has no cell
// marked err; neither page requests anything. Screenshots: writer-*.png.
'use strict';

const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { args, launch, newPage, localOnly, runner, pathToFileURL } = require('./browser.js');

const a = args(['root', 'chromium', 'out', 'work', 'cli']);
const t = runner('web.writer_page');

function writePage(fixture, lang, out) {
  let html;
  try {
    html = execFileSync(a.cli, ['--format', 'html', '--lang', lang, fixture], { cwd: a.root, maxBuffer: 1 << 28 });
  } catch (e) {
    if (e.status !== 1) throw e;  // 1: findings
    html = e.stdout;
  }
  fs.writeFileSync(out, html);
}

(async () => {
  const browser = await launch(a.chromium);
  try {
    const cell = '#r1-section3-granted-natural_person';
    for (const lang of ['zh', 'en']) {
      const changed = path.join(a.work, `writer-changed-${lang}.html`);
      const consistent = path.join(a.work, `writer-consistent-${lang}.html`);
      writePage('examples/report_data/reports/suqian-2024-typo.html', lang, changed);
      writePage('examples/report_data/reports/suqian-2024.html', lang, consistent);

      const page = await newPage(browser, localOnly(a.work));
      await page.goto(pathToFileURL(changed).href);

      await t.check(`${lang}: the changed cell is marked as an error`, async () => {
        const classes = await page.getAttribute(cell, 'class');
        if (!/\berr\b/.test(classes || '')) throw new Error(`${cell} has class "${classes}"`);
        const text = await page.textContent(cell);
        if (!text.includes('1418')) throw new Error(`${cell} shows "${text}", not the published 1418`);
        const glyph = await page.textContent(`${cell} .g`);
        if (!glyph.trim()) throw new Error('no glyph besides the colour');
      });

      await t.check(`${lang}: a cell outside the failing identities is not marked`, async () => {
        const classes = await page.getAttribute('#r1-section3-new_received-commercial', 'class');
        if (/\b(err|warn|na)\b/.test(classes || '')) throw new Error(`class "${classes}"`);
      });

      await t.check(`${lang}: selecting the cell shows its findings: the rules and the expected values`, async () => {
        if (!(await page.isHidden('#xxgk-detail'))) throw new Error('the detail panel is open before any click');
        await page.click(cell);
        await page.waitForSelector('#xxgk-detail', { state: 'visible' });
        const detail = await page.textContent('#xxgk-detail-body');
        for (const want of ['[S3.ROW]', '[S3.TOTAL]', '1441', '1431', '3450', '3440'])
          if (!detail.includes(want)) throw new Error(`the panel does not say ${want}: ${detail.slice(0, 400)}`);
        // expected / actual of the S3.ROW finding, as the list shows them
        const values = await page.$$eval('#xxgk-detail-body li[data-rule="S3.ROW"] .n', (ns) => ns.map((n) => n.textContent));
        if (values[0] !== '1441' || values[1] !== '1431') throw new Error(`S3.ROW expected / actual: ${values}`);
        await page.screenshot({ path: path.join(a.out, `writer-changed-${lang}.png`), fullPage: true });
      });

      await t.check(`${lang}: the list of findings has the two errors, linked to the cell`, async () => {
        const errors = await page.$$eval('ol.findings > li.finding.err', (ls) => ls.map((l) => [l.dataset.rule, l.dataset.cells]));
        const rules = errors.map((e) => e[0]).sort().join(' ');
        if (rules !== 'S3.ROW S3.TOTAL') throw new Error(`errors listed: ${rules}`);
        for (const [rule, cells] of errors)
          if (!cells.split(' ').includes(cell.slice(1))) throw new Error(`${rule} does not link to ${cell}`);
      });

      await page.goto(pathToFileURL(consistent).href);
      await t.check(`${lang}: the consistent report has no cell marked err`, async () => {
        const marked = await page.$$eval('td.err, th.err, caption.err, td.warn, th.warn', (els) => els.map((e) => e.id));
        if (marked.length) throw new Error(`marked: ${marked.join(' ')}`);
        const text = await page.textContent(cell);
        if (!text.includes('1408')) throw new Error(`${cell} shows "${text}"`);
        const summary = await page.$$eval('ol.findings > li.finding.err', (ls) => ls.length);
        if (summary !== 0) throw new Error(`${summary} error findings listed`);
        await page.screenshot({ path: path.join(a.out, `writer-consistent-${lang}.png`), fullPage: true });
      });

      await t.check(`${lang}: the pages made no network request and threw nothing`, async () => {
        const bad = page.offending();
        if (bad.length) throw new Error(`requests: ${bad.join(' ')}`);
        if (page.errors.length) throw new Error(`errors: ${page.errors.join('; ')}`);
      });
      await page.context().close();
    }
  } finally {
    await browser.close();
  }
  t.finish();
})().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});

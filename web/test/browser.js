// Shared by the browser tests of web/test: arguments, Debian's Chromium through playwright-core,
// the requests a page makes, screenshots, and a small test runner that prints one line per
// check and "N passed, N failed" at the end (exit status 1 on any failure).
'use strict';

const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

/** --key=value arguments as an object; `required` names those that must be there. */
function args(required = []) {
  const out = {};
  for (const a of process.argv.slice(2)) {
    const m = /^--([\w-]+)=(.*)$/s.exec(a);
    if (!m) throw new Error(`unexpected argument ${a}`);
    out[m[1]] = m[2];
  }
  for (const name of required)
    if (!out[name]) throw new Error(`missing --${name}=...`);
  if (out.out) fs.mkdirSync(out.out, { recursive: true });
  if (out.work) fs.mkdirSync(out.work, { recursive: true });
  return out;
}

/** Chromium, headless, with nothing of its own that reaches the network. */
async function launch(executablePath) {
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--lang=zh-CN'],
  });
}

/**
 * A new page whose every request (its frames' too) is recorded; `allowed(url)` says which are
 * fine. `page.offending()` lists the others, `page.errors` the page's uncaught errors.
 */
async function newPage(browser, allowed) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.requests = requests;
  page.offending = () => requests.filter((u) => !allowed(u));
  return page;
}

/** No network: file:// URLs under one of `dirs`, and data:, blob:, about: URLs. */
function localOnly(...dirs) {
  const roots = dirs.map((d) => pathToFileURL(path.resolve(d)).href.replace(/\/?$/, '/'));
  return (url) => /^(data|blob|about):/.test(url) || roots.some((r) => url.startsWith(r));
}

/** A minimal runner: named checks, each a function that throws on failure. */
function runner(name) {
  let passed = 0, failed = 0;
  return {
    async check(what, fn) {
      try {
        await fn();
        passed += 1;
        console.log(`ok      ${what}`);
      } catch (e) {
        failed += 1;
        console.log(`FAILED  ${what}\n        ${String(e && e.stack ? e.stack : e).split('\n').join('\n        ')}`);
      }
    },
    finish() {
      console.log(`${name}: ${passed} passed, ${failed} failed`);
      process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
    },
  };
}

module.exports = { args, launch, newPage, localOnly, runner, pathToFileURL };

// xxgk.check (dist/xxgk.js, in Node.js) gives, byte for byte, the document that
// `xxgk-check --format json FILE` prints, for every report fixture of the repository (text,
// HTML, GBK, JSON, unreadable input), in Chinese and in English, and with --edition; and
// xxgk.render gives a page for each. The module is the browser's, so this proves the
// WebAssembly build reads and judges as the native checker does.
'use strict';

const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { args, runner } = require('./browser.js');

const a = args(['root', 'dist', 'cli']);
const t = runner('web.api_matches_cli');

function cli(file, extra) {
  try {
    return execFileSync(a.cli, ['--format', 'json', ...extra, file], { cwd: a.root, maxBuffer: 1 << 28 }).toString('utf8');
  } catch (e) {
    if (e.status === 1 || e.status === 2) return e.stdout.toString('utf8');  // findings, or unreadable
    throw e;
  }
}

(async () => {
  const xxgk = require(path.join(a.dist, 'xxgk.js'));
  await xxgk.ready;

  const files = [];
  for (const dir of ['tests/data', 'examples/data', 'examples/report_data/reports']) {
    const full = path.join(a.root, dir);
    if (!fs.existsSync(full)) continue;
    for (const name of fs.readdirSync(full).sort())
      if (/\.(txt|html?|json)$/i.test(name)) files.push(`${dir}/${name}`);
  }

  await t.check(`found the fixtures (${files.length})`, () => {
    if (files.length < 10) throw new Error(`only ${files.length} fixtures under tests/data and examples/`);
  });

  const variants = [[], ['--lang', 'en'], ['--edition', '2019'], ['--edition', '2021']];
  const mismatches = [];
  let compared = 0;
  for (const file of files) {
    const bytes = fs.readFileSync(path.join(a.root, file));
    for (const extra of variants) {
      // only text is read by edition
      if (extra[0] === '--edition' && !/\.txt$/.test(file)) continue;
      const options = { file };
      for (let i = 0; i < extra.length; i += 2) options[extra[i].slice(2)] = extra[i + 1];
      // a .json file is read as JSON by its name; the API has no name to go by, so as the
      // checker reads standard input: by its first character
      const expected = cli(file, extra);
      const actual = xxgk.check(bytes, options);
      compared += 1;
      if (actual !== expected) mismatches.push(`${file} ${extra.join(' ')}`);
    }
  }
  await t.check(`xxgk.check = xxgk-check --format json (${compared} runs: ${files.length} files; zh, en, --edition)`, () => {
    if (mismatches.length) throw new Error(`differs for:\n${mismatches.join('\n')}`);
  });

  await t.check('a string and its UTF-8 bytes give the same document', () => {
    const text = fs.readFileSync(path.join(a.root, 'examples/data/changchun-2023.txt'), 'utf8');
    if (xxgk.check(text) !== xxgk.check(new TextEncoder().encode(text))) throw new Error('differ');
  });

  await t.check('standard input is named as the checker names it', () => {
    const doc = JSON.parse(xxgk.check('  '));
    if (doc.files[0].file !== '<stdin>' || doc.files[0].findings[0].rule !== 'INPUT.EMPTY')
      throw new Error(JSON.stringify(doc));
  });

  await t.check('unknown options are refused', () => {
    for (const bad of [{ lang: 'fr' }, { edition: '2020' }]) {
      let threw = false;
      try { xxgk.check('x', bad); } catch (e) { threw = e instanceof TypeError; }
      if (!threw) throw new Error(`no TypeError for ${JSON.stringify(bad)}`);
    }
  });

  await t.check('xxgk.render writes one page per fixture, in both languages', () => {
    for (const file of files) {
      const bytes = fs.readFileSync(path.join(a.root, file));
      for (const lang of ['zh', 'en']) {
        const html = xxgk.render(bytes, { file, lang });
        if (!html.startsWith('<!DOCTYPE html>') || !html.trimEnd().endsWith('</html>'))
          throw new Error(`${file} ${lang}: not a page`);
      }
    }
  });

  await t.check('the module decodes GB18030 itself (emscripten libc iconv)', () => {
    if (!xxgk.decodesGB18030) throw new Error('no GB18030 decoding in this build: the page decodes in JavaScript');
  });

  t.finish();
})().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});

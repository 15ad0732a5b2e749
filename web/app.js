// The offline checker's page (index.html): text pasted or a file dropped is checked by the
// WebAssembly module (xxgk.js) on this machine, and the page of the html writer is shown in a
// frame, again after every edit (debounced). Nothing is sent anywhere: index.html's
// Content-Security-Policy forbids any connection.
//
// For the browser tests and other tools, #status carries data-state ("loading", "ready",
// "done", "failed"), data-updates (how many checks have been made), data-shown (which of them
// the frame shows, once loaded), data-check-ms and data-render-ms (the time of the last
// xxgk.check and xxgk.render, performance.now()).
/* global xxgk */
(function () {
  'use strict';

  const words = {
    zh: {
      title: '政府信息公开工作年度报告 离线检查',
      hint: '粘贴报告全文，或把 .txt / .html / .json 文件拖到本页：在本机检查表格中的数字，不联网，不上传。',
      open: '打开文件…', example: '示例：长春市国动办 2023 年报告', language: '语言', edition: '格式版本',
      auto: '自动', saveHtml: '保存页面', saveJson: '保存 JSON', loading: '正在加载检查程序…',
      ready: '就绪：粘贴文本或拖入文件', textLabel: '报告全文',
      placeholder: '在此粘贴报告全文（从 Word、网页或 PDF 复制），或其 JSON',
      intro1: '检查结果在这里显示：国家格式的二、三、四部分表格，按原文逐格列出；不成立的等式所涉及的单元格按严重程度标出（× 错误，! 警告，? 无法判定），点击单元格或问题可查看说明、期望值与实际值。',
      intro2: '文本每次修改后自动重新检查。GBK / GB18030 编码的文件按原样读取、自动转换。',
      frame: '检查结果', pasted: '粘贴的文本',
      counts: (s) => `${s.errors} 个错误，${s.warnings} 个警告，${s.notes} 个提示`,
      took: (ms) => `（${ms} 毫秒）`,
      file: (name, size) => `文件 ${name}，${size} 字节，按原样检查`,
      gbk: '（非 UTF-8：按 GB18030 显示）', edited: '已修改：检查文本框中的文字',
      exampleNote: '随附的示例报告（examples/data/changchun-2023.txt）',
      failed: (e) => `检查程序出错：${e}`,
    },
    en: {
      title: 'Government information disclosure annual report: offline checker',
      hint: 'Paste a report, or drop a .txt / .html / .json file on this page: its tables are checked on this computer, with no network and no upload.',
      open: 'Open file…', example: 'Example: Changchun civil defence office, 2023', language: 'Language', edition: 'Edition',
      auto: 'auto', saveHtml: 'Save page', saveJson: 'Save JSON', loading: 'Loading the checker…',
      ready: 'Ready: paste text or drop a file', textLabel: 'Report text',
      placeholder: 'Paste the report here (copied from Word, a web page or a PDF), or its JSON',
      intro1: 'The result shows here: chapters 二, 三 and 四 as the national format prints them, every cell as published; the cells of a failing identity are marked by severity (× error, ! warning, ? not assessable). Select a cell or a finding for its message, expected and actual values.',
      intro2: 'The text is checked again after every edit. GBK / GB18030 files are read as they are and decoded.',
      frame: 'Result', pasted: 'pasted text',
      counts: (s) => `${s.errors} ${s.errors === 1 ? 'error' : 'errors'}, ${s.warnings} ${s.warnings === 1 ? 'warning' : 'warnings'}, ${s.notes} ${s.notes === 1 ? 'note' : 'notes'}`,
      took: (ms) => ` (${ms} ms)`,
      file: (name, size) => `File ${name}, ${size} bytes, checked as they are`,
      gbk: ' (not UTF-8: shown as GB18030)', edited: 'Edited: the text box is checked',
      exampleNote: 'The bundled example report (examples/data/changchun-2023.txt)',
      failed: (e) => `The checker failed: ${e}`,
    },
  };

  const $ = (id) => document.getElementById(id);
  const text = $('text'), frame = $('result'), intro = $('intro'), status = $('status');
  const langSelect = $('lang'), editionSelect = $('edition'), note = $('source-note');

  // What is checked: the bytes of a file as dropped, until the text box is edited; then its text.
  let source = { bytes: null, name: null, gbk: false };
  let lastJson = '', lastHtml = '', timer = 0, updates = 0, loaded = false;

  const lang = () => (langSelect.value === 'en' ? 'en' : 'zh');
  const t = () => words[lang()];

  function relabel() {
    const w = t();
    document.documentElement.lang = lang() === 'en' ? 'en' : 'zh-CN';
    document.title = `${w.title} — xxgk`;
    for (const el of document.querySelectorAll('[data-t]')) {
      const v = w[el.getAttribute('data-t')];
      if (typeof v === 'string') el.textContent = v;
    }
    text.placeholder = w.placeholder;
    frame.title = w.frame;
    if (!loaded) status.textContent = w.loading;
    describeSource();
  }

  function describeSource() {
    const w = t();
    if (source.bytes) note.textContent = w.file(source.name, source.bytes.length) + (source.gbk ? w.gbk : '');
    else if (source.example) note.textContent = w.exampleNote;
    else if (source.name) note.textContent = w.edited;
    else note.textContent = '';
  }

  function setStatus(state, message, cls) {
    status.dataset.state = state;
    status.textContent = message;
    status.className = cls || '';
  }

  function fileName() {
    return source.name || t().pasted;
  }

  // Check and draw what is there now; `keepScroll`: the frame stays where it was scrolled to
  // (an edit), or starts at the top (another file).
  function update(keepScroll = true) {
    clearTimeout(timer);
    timer = 0;
    if (!loaded) return;
    const input = source.bytes || text.value;
    if (source.bytes === null && text.value.trim() === '') {
      frame.hidden = true;
      intro.hidden = false;
      lastJson = lastHtml = '';
      $('save-html').disabled = $('save-json').disabled = true;
      setStatus('ready', t().ready);
      return;
    }
    const options = { lang: lang(), edition: editionSelect.value, file: fileName() };
    try {
      const t0 = performance.now();
      lastJson = xxgk.check(input, options);
      const t1 = performance.now();
      lastHtml = xxgk.render(input, options);
      const t2 = performance.now();
      status.dataset.checkMs = (t1 - t0).toFixed(2);
      status.dataset.renderMs = (t2 - t1).toFixed(2);
      const summary = JSON.parse(lastJson).files[0].summary;
      updates += 1;
      showPage(lastHtml, updates, keepScroll);
      status.dataset.updates = String(updates);
      setStatus('done', t().counts(summary) + t().took((t2 - t0).toFixed(1)),
        summary.errors ? 'err' : summary.warnings ? 'warn' : 'ok');
      $('save-html').disabled = $('save-json').disabled = false;
    } catch (e) {
      setStatus('failed', t().failed(e && e.message ? e.message : String(e)), 'err');
    }
  }

  // The page in the frame; where it was scrolled to stays, so an edit does not lose the place.
  // #status's data-shown says which update the frame shows, once it has loaded.
  function showPage(html, update, keepScroll) {
    let x = 0, y = 0;
    try {
      if (keepScroll && !frame.hidden && frame.contentWindow) ({ scrollX: x, scrollY: y } = frame.contentWindow);
    } catch (e) { /* not readable: start at the top */ }
    frame.onload = () => {
      try { if (x || y) frame.contentWindow.scrollTo(x, y); } catch (e) { /* ignore */ }
      status.dataset.shown = String(update);
    };
    intro.hidden = true;
    frame.hidden = false;
    frame.srcdoc = html;
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(() => update(true), 250);
  }

  // A file as it is: its bytes are checked, so GBK reaches the library's own decoding. The text
  // box shows it as UTF-8, or as GB18030 when it is no UTF-8.
  function openFile(file) {
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => {
      let bytes = new Uint8Array(reader.result);
      let shown, gbk = false;
      try {
        shown = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch (e) {
        shown = new TextDecoder('gb18030').decode(bytes);
        gbk = true;
        // a build whose libc has no GB18030 iconv gets the text decoded here instead
        if (!xxgk.decodesGB18030) bytes = new TextEncoder().encode(shown);
      }
      text.value = shown;
      source = { bytes, name: file.name, gbk };
      describeSource();
      update(false);
    };
    reader.readAsArrayBuffer(file);
  }

  function save(content, type, suffix) {
    const base = (source.name || 'report').replace(/\.[^.]*$/, '');
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([content], { type }));
    a.download = `${base}.xxgk.${suffix}`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  text.addEventListener('input', () => {
    if (source.bytes || source.example) source = { bytes: null, name: source.name, gbk: false };
    describeSource();
    later();
  });
  $('file').addEventListener('change', (e) => { openFile(e.target.files[0]); e.target.value = ''; });
  $('example').addEventListener('click', () => {
    text.value = globalThis.XXGK_EXAMPLE || '';
    source = { bytes: null, name: 'changchun-2023.txt', gbk: false, example: true };
    describeSource();
    update(false);
  });
  langSelect.addEventListener('change', () => { relabel(); update(); });
  editionSelect.addEventListener('change', () => update());
  $('save-html').addEventListener('click', () => save(lastHtml, 'text/html;charset=utf-8', 'html'));
  $('save-json').addEventListener('click', () => save(lastJson, 'application/json', 'json'));

  // the whole page takes a dropped file
  let depth = 0;
  document.addEventListener('dragenter', (e) => { e.preventDefault(); depth += 1; document.body.classList.add('dragging'); });
  document.addEventListener('dragleave', () => { depth = Math.max(0, depth - 1); if (!depth) document.body.classList.remove('dragging'); });
  document.addEventListener('dragover', (e) => e.preventDefault());
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    depth = 0;
    document.body.classList.remove('dragging');
    if (e.dataTransfer && e.dataTransfer.files.length) openFile(e.dataTransfer.files[0]);
  });

  // index.html?lang=en opens the page in English (Chinese by default, whatever the browser's)
  if (new URLSearchParams(location.search).get('lang') === 'en') langSelect.value = 'en';
  relabel();
  setStatus('loading', t().loading);
  // The first call of a function compiles it (browsers compile WebAssembly lazily): a first
  // check costs some 20-35 ms more than the next ones. The page pays that at load, on the
  // example with every digit changed (another report of the same shape, which fails its
  // identities, so the error paths are compiled too), before it says it is ready.
  function warmUp() {
    const example = globalThis.XXGK_EXAMPLE;
    if (typeof example !== 'string') return;
    const other = example.replace(/[0-9]/g, (d) => String((Number(d) + 3) % 10));
    xxgk.render(other, { file: 'warm-up' });
    xxgk.check(other, { file: 'warm-up' });
  }

  xxgk.ready.then(() => {
    try { warmUp(); } catch (e) { /* the checks proper report any failure */ }
    loaded = true;
    status.dataset.updates = '0';
    if (text.value.trim() !== '') update();  // typed while loading
    else setStatus('ready', t().ready);
  }, (e) => setStatus('failed', t().failed(e && e.message ? e.message : String(e)), 'err'));
})();

// The JavaScript API of the offline checker: appended to emscripten's output (--extern-post-js)
// to make xxgk.js, after the module factory `createXxgkModule` it defines.
//
//   <script src="xxgk.wasm.js"></script>  <!-- from file://: the module, as base64 -->
//   <script src="xxgk.js"></script>
//   await xxgk.ready;
//   const json = xxgk.check(text, {lang: 'en'});   // the document `xxgk-check --format json` prints
//   const html = xxgk.render(text, {lang: 'zh'});  // the page `xxgk-check --format html` writes
//
// `text` is a string, or the bytes of a file as they are (Uint8Array, ArrayBuffer, a typed
// array or DataView): bytes reach the library unchanged, so a GBK/GB18030 page is decoded by it
// (an INPUT.DECODED note) and positions are those of the file. Options:
//   lang     'zh' (default) | 'en'                     the language of the messages
//   edition  'auto' (default) | '2019' | '2021'        the edition to read text as
//   file     the name the results show; default '<stdin>', as `xxgk-check -` names its input
// Both return strings and throw a TypeError for an option they do not know, and an Error when
// called before `xxgk.ready` has resolved.
//
// The module is found, in this order: `globalThis.XXGK_WASM_BASE64` (set by xxgk.wasm.js, for
// pages opened from file://, where browsers refuse to fetch a file), xxgk.wasm beside xxgk.js
// read with `fs` (Node.js), and xxgk.wasm fetched beside xxgk.js (a page served over HTTP).
/* global createXxgkModule */
(function (root) {
  'use strict';

  const languages = { zh: 0, en: 1 };
  const editions = { auto: 0, 2019: 2019, 2021: 2021 };
  const isNode = typeof process === 'object' && process.versions != null && process.versions.node != null;
  const encoder = new TextEncoder();
  const decoder = new TextDecoder('utf-8');

  let instance = null;

  function wasmBinary() {
    if (typeof root.XXGK_WASM_BASE64 === 'string') {
      const text = atob(root.XXGK_WASM_BASE64);
      const bytes = new Uint8Array(text.length);
      for (let i = 0; i < text.length; ++i) bytes[i] = text.charCodeAt(i);
      return bytes;
    }
    if (isNode && typeof __dirname === 'string') {
      // emscripten 3.1.6 would fetch() a path, which Node.js >= 18 refuses
      return require('fs').readFileSync(require('path').join(__dirname, 'xxgk.wasm'));
    }
    return undefined;  // fetched by emscripten, beside this script
  }

  const ready = createXxgkModule({ wasmBinary: wasmBinary() }).then((m) => {
    instance = m;
    return api;
  });

  function bytesOf(text) {
    if (typeof text === 'string') return encoder.encode(text);
    if (text instanceof Uint8Array) return text;
    if (text instanceof ArrayBuffer) return new Uint8Array(text);
    if (ArrayBuffer.isView(text)) return new Uint8Array(text.buffer, text.byteOffset, text.byteLength);
    throw new TypeError('xxgk: the text must be a string or bytes (Uint8Array, ArrayBuffer)');
  }

  function option(options, name, known, fallback) {
    const value = options == null || options[name] == null ? fallback : String(options[name]);
    if (!Object.prototype.hasOwnProperty.call(known, value))
      throw new TypeError(`xxgk: ${name} must be one of ${Object.keys(known).join(', ')}, not '${value}'`);
    return known[value];
  }

  function call(exported, text, options) {
    if (instance === null) throw new Error('xxgk: the module is not loaded yet: await xxgk.ready first');
    const lang = option(options, 'lang', languages, 'zh');
    const edition = option(options, 'edition', editions, 'auto');
    const file = options == null || options.file == null ? '<stdin>' : String(options.file);
    const bytes = bytesOf(text);
    const name = encoder.encode(file.replace(/\0/g, '') + '\0');
    const m = instance;
    const input = m._malloc(bytes.length + name.length);
    if (input === 0) throw new Error('xxgk: out of memory');
    try {
      m.HEAPU8.set(bytes, input);
      m.HEAPU8.set(name, input + bytes.length);
      const out = m[exported](input, bytes.length, input + bytes.length, lang, edition);
      const size = m._xxgk_web_result_size();
      return decoder.decode(m.HEAPU8.subarray(out, out + size));  // HEAPU8 anew: memory may have grown
    } finally {
      m._free(input);
    }
  }

  const api = {
    /** Resolves (to this object) when the module is loaded. */
    ready,
    /** The JSON document of `xxgk-check --format json` for one file, as a string. */
    check: (text, options) => call('_xxgk_web_check', text, options),
    /** The HTML page of the html writer (`xxgk-check --format html`) for one file, as a string. */
    render: (text, options) => call('_xxgk_web_render', text, options),
    /** True once loaded when the module decodes GBK/GB18030 itself (emscripten's libc iconv). */
    get decodesGB18030() {
      return instance !== null && instance._xxgk_web_decodes_gb18030() === 1;
    },
  };

  root.xxgk = api;
  if (typeof module === 'object' && module != null && 'exports' in module) module.exports = api;  // Node.js
})(typeof globalThis === 'object' ? globalThis : this);

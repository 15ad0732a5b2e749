// Build step of the offline checker (web/CMakeLists.txt): a file as a script that sets one
// global, so a page opened from file:// loads it with <script src>, where fetch() is refused.
//
//   node embed.js base64 NAME IN OUT.js   globalThis.NAME = '<IN, base64>'   (the .wasm)
//   node embed.js text   NAME IN OUT.js   globalThis.NAME = "<IN, UTF-8 text>" (the example)
'use strict';
const fs = require('fs');

const [mode, name, input, output] = process.argv.slice(2);
if (!['base64', 'text'].includes(mode) || !/^[A-Za-z_$][\w$]*$/.test(name || '') || !input || !output) {
  console.error('usage: node embed.js base64|text NAME IN OUT.js');
  process.exit(2);
}
const bytes = fs.readFileSync(input);
// JSON.stringify escapes quotes, backslashes and control characters; U+2028/9 and '</' are
// escaped too, so the literal is safe in any script context
const literal = mode === 'base64'
  ? `'${bytes.toString('base64')}'`
  : JSON.stringify(bytes.toString('utf8')).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029').replace(/<\//g, '<\\/');
fs.writeFileSync(output, `// generated from ${require('path').basename(input)} by web/tools/embed.js\n` +
  `globalThis.${name} = ${literal};\n`);

// Prints each failed test of a result file with the first lines of its failure message, for the
// end of scripts/test.sh: a log's tail then says which tests failed and why.
//   node scripts/failures.js trx <file.trx>      (dotnet test's TRX logger)
//   node scripts/failures.js vitest <file.json>  (vitest's JSON reporter)
'use strict';
const fs = require('node:fs');

const [kind, file] = process.argv.slice(2);
const lines = 6;

function excerpt(text) {
  return text.split(/\r?\n/).filter((line) => line.trim() !== '').slice(0, lines).map((line) => '      ' + line.trimEnd());
}

function decode(xml) {
  return xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec))).replace(/&amp;/g, '&');
}

const out = [];
if (kind === 'trx') {
  const xml = fs.readFileSync(file, 'utf8');
  for (const [result] of xml.matchAll(/<UnitTestResult [^>]*outcome="Failed"[\s\S]*?(?:<\/UnitTestResult>|\/>)/g)) {
    out.push('  ' + decode(/testName="([^"]*)"/.exec(result)[1]));
    const message = /<Message>([\s\S]*?)<\/Message>/.exec(result);
    if (message) out.push(...excerpt(decode(message[1])));
  }
} else if (kind === 'vitest') {
  for (const suite of JSON.parse(fs.readFileSync(file, 'utf8')).testResults) {
    for (const test of suite.assertionResults) {
      if (test.status !== 'failed') continue;
      out.push('  ' + test.fullName);
      out.push(...excerpt((test.failureMessages ?? []).join('\n')));
    }
  }
} else {
  console.error('usage: node scripts/failures.js trx|vitest <file>');
  process.exit(2);
}
if (out.length > 0) console.log(out.join('\n'));

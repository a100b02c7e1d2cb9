// Precision, recall and party accuracy of the detector on the test fixtures, per language, with
// every miss. npm run --silent report [-- published]
//   (no argument)  the hand-written fixtures (test/fixtures/drafts.ts)
//   published      the published introductions and near-misses (test/fixtures/published.ts)

import { drafts } from "../test/fixtures/drafts";
import { evaluate, table } from "../test/fixtures/evaluate";
import { published } from "../test/fixtures/published";

const which = process.argv[2] ?? "drafts";
const fixtures = which === "published" ? published : drafts;
const e = evaluate(fixtures);

const lines: string[] = [];
let reasonChecked = 0,
  reasonRight = 0;
for (const o of e.outcomes) {
  const { fixture: f, verdict: v } = o;
  let reasonOk = true;
  if (f.isIntro && v.isIntro && f.reason !== undefined) {
    reasonChecked++;
    reasonOk = f.reason === "" ? v.reason === "" : v.reason.includes(f.reason);
    if (reasonOk) reasonRight++;
  }
  if (!o.ok || !reasonOk || v.language !== f.language) {
    lines.push(
      `${f.id}: intro ${v.isIntro}/${f.isIntro} conf ${v.confidence} lang ${v.language}/${f.language} parties ${o.partyKeys.join(",")} reason "${v.reason}"`
    );
    for (const s of v.signals)
      lines.push(`    ${s.weight >= 0 ? "+" : ""}${s.weight} ${s.id} ${s.text}`);
  }
}
if (lines.length > 0) console.log(`${lines.join("\n")}\n`);
console.log(table(e));
if (reasonChecked > 0) console.log(`\nreason right ${reasonRight}/${reasonChecked}`);

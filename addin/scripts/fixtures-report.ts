// Precision, recall and party accuracy of the detector on the test fixtures, with every miss.
// npm run --silent report

import { detect } from "../src/core/detect";
import { drafts } from "../test/fixtures/drafts";

let tp = 0,
  fp = 0,
  fn = 0,
  tn = 0,
  partiesRight = 0,
  reasonRight = 0,
  reasonChecked = 0;
const lines: string[] = [];
for (const f of drafts) {
  const v = detect(f.draft);
  const got = v.parties.map((p) => p.address || p.name).sort();
  const want = [...(f.parties ?? [])].sort();
  const partyOk = JSON.stringify(got) === JSON.stringify(want);
  if (v.isIntro && f.isIntro) tp++;
  else if (v.isIntro) fp++;
  else if (f.isIntro) fn++;
  else tn++;
  if (f.isIntro && v.isIntro && partyOk) partiesRight++;
  let reasonOk = true;
  if (f.isIntro && v.isIntro && f.reason !== undefined) {
    reasonChecked++;
    reasonOk = f.reason === "" ? v.reason === "" : v.reason.includes(f.reason);
    if (reasonOk) reasonRight++;
  }
  if (
    v.isIntro !== f.isIntro ||
    (f.isIntro && !partyOk) ||
    !reasonOk ||
    v.language !== f.language
  ) {
    lines.push(
      `${f.id}: intro ${v.isIntro}/${f.isIntro} conf ${v.confidence} lang ${v.language}/${f.language} parties ${got.join(",")} reason "${v.reason}"`
    );
    for (const s of v.signals)
      lines.push(`    ${s.weight >= 0 ? "+" : ""}${s.weight} ${s.id} ${s.text}`);
  }
}
const precision = tp / Math.max(1, tp + fp);
const recall = tp / Math.max(1, tp + fn);
console.log(lines.join("\n"));
console.log(`drafts ${drafts.length} (intros ${tp + fn}) tp ${tp} fp ${fp} fn ${fn} tn ${tn}`);
console.log(
  `precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} F1 ${((2 * precision * recall) / Math.max(1e-9, precision + recall)).toFixed(3)}`
);
console.log(
  `both parties right ${partiesRight}/${tp + fn}; reason right ${reasonRight}/${reasonChecked}`
);

// Prints the drafted requests for some fixtures: npm run --silent drafts -- <id> [<id>…]
import { detectForDrafting } from "../src/core/detect";
import { draftIntro } from "../src/core/draft";
import { drafts } from "../test/fixtures/drafts";

const ids = process.argv.slice(2);
for (const f of drafts.filter((x) => x.isIntro && (ids.length === 0 || ids.includes(x.id)))) {
  const detection = detectForDrafting(f.draft);
  const v = detection.verdict;
  const intro = draftIntro(detection);
  console.log(`══ ${f.id} (${v.language}) reason: ${intro.reason}`);
  for (const p of intro.parties) console.log(`   about ${p.name}: ${p.about}`);
  for (const r of intro.requests)
    console.log(`── to ${r.name} <${r.email}> — ${r.subject}\n${r.body}\n`);
}

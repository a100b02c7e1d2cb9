// Builds the add-in once for every browser test file: files run in parallel workers, and two
// builds at once would empty each other's dist folder. On a developer's machine without Chromium
// or a Release build the browser tests are skipped; in CI (CI set, as .ci/run sets it) that is a
// failure, so they can never pass by not running.

import { buildAddin, missingPrerequisite } from "../harness";

export default function setup(): void {
  const missing = missingPrerequisite();
  if (missing === null) buildAddin();
  else if (process.env.CI) throw new Error(`The browser tests cannot run in CI: ${missing}`);
}

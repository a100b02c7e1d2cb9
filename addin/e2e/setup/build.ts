// Builds the add-in once for every browser test file: files run in parallel workers, and two
// builds at once would empty each other's dist folder.

import { buildAddin, missingPrerequisite } from "../harness";

export default function setup(): void {
  if (missingPrerequisite() === null) buildAddin();
}

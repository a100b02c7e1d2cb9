// The Office add-in lint conventions (office-addin-lint: ESLint's recommended rules, the Office.js
// rules of eslint-plugin-office-addins and Prettier with office-addin-prettier-config) over the
// whole add-in: `npm run lint`. office-addin-lint reads this file instead of its own.

import officeAddinLint from "office-addin-lint/config/eslint.config.mjs";

// The block of the Office add-in config that holds its rules; it names only .ts and .js files, and
// the pane's views are .tsx.
const withRules = officeAddinLint.find((block) =>
  block.files?.some((pattern) => pattern.includes("ts"))
);
if (!withRules)
  throw new Error("office-addin-lint's config no longer has the block this file extends");

export default [
  { ignores: ["dist/", "test-output/", "node_modules/"] },
  // The .tsx copy goes right after the original, so that what office-addin-lint sets after it (the
  // parser) holds for both.
  ...officeAddinLint.flatMap((block) =>
    block === withRules ? [block, { ...block, files: ["**/*.tsx"] }] : [block]
  ),
  {
    files: ["**/*.{ts,tsx,mts}"],
    // TypeScript (strict) already reports undefined names, and knows the DOM, Node and Office.js
    // globals that ESLint would have to be told about.
    rules: { "no-undef": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        URL: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
      },
    },
  },
];

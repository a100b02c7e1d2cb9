// npm start: sideloads the add-in into desktop Outlook with office-addin-debugging, against the
// local server on https://localhost:5001 (../manifest.xml has every URL there); npm run stop
// removes it again. Optional: nothing else (npm ci, npm test, the build) needs it.
// office-addin-debugging is not a dependency: it pulls in keytar, a native module that does not
// build everywhere (not on a Linux machine without libsecret), so npx fetches the pinned version
// the first time it is used.

import { spawnSync } from "node:child_process";
import { request } from "node:https";
import { DEV_ORIGIN } from "./manifest.mjs";

const TOOL = "office-addin-debugging@7.0.0";
const MANIFEST = "../manifest.xml";
const command = process.argv[2] === "stop" ? "stop" : "start";

function fail(lines) {
  process.stderr.write(`${lines.join("\n")}\n`);
  process.exit(1);
}

if (process.platform === "darwin") {
  // office-addin-debugging 7.0.0 sideloads into Outlook on Windows only (office-addin-dev-settings
  // 4.0.0 refuses Outlook on a Mac), so say how to do it by hand.
  fail([
    "office-addin-debugging cannot sideload into Outlook on a Mac. Add the add-in by hand instead:",
    `  1. Start the server on ${DEV_ORIGIN} (see addin/README.md, "Sideloading into desktop Outlook").`,
    "  2. In Outlook: Get Add-ins → My add-ins → Add a custom add-in → Add from file,",
    "     and choose manifest.xml at the root of the repository.",
  ]);
}
if (process.platform !== "win32") {
  fail([
    "npm start sideloads the add-in into desktop Outlook on Windows; this machine has none.",
    "Try the add-in in a browser instead: ./scripts/run.sh, then open http://127.0.0.1:5000/sandbox.",
  ]);
}

/** Whether the server answers on the development origin. */
function serverAnswers(url) {
  return new Promise((resolve) => {
    // Only whether something answers: Outlook checks the certificate, and Node does not read the
    // system's trust store that `dotnet dev-certs https --trust` writes to.
    const req = request(url, { rejectUnauthorized: false, timeout: 5000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(false));
    req.end();
  });
}

if (command === "start" && !(await serverAnswers(`${DEV_ORIGIN}/taskpane.html`))) {
  fail([
    `Nothing serves ${DEV_ORIGIN}/taskpane.html, where ${MANIFEST} points Outlook. From the repository root:`,
    "  dotnet dev-certs https --trust      (once: a development certificate Windows trusts)",
    "  npm --prefix addin run build",
    `  dotnet run -c Release --project server/OutlookIntroAddin -- --urls ${DEV_ORIGIN}`,
    "then npm start again, in another window.",
  ]);
}

process.stdout.write(
  `${command === "start" ? "Sideloading" : "Removing"} ${MANIFEST} with ${TOOL} (npx fetches it the first time)…\n`
);
// npx is a .cmd on Windows, which Node runs only through a shell; the arguments hold no spaces.
const result = spawnSync("npx", ["--yes", TOOL, command, MANIFEST, "desktop"], {
  stdio: "inherit",
  shell: true,
});
if (result.error) fail([`npx could not run: ${result.error.message}`]);
if (result.status !== 0) {
  fail([
    `${TOOL} ${command} failed (exit ${result.status}).`,
    "It needs classic Outlook for Windows (16.0.13709 or later) and signs in to Microsoft 365 with an",
    "account that may upload custom apps; see addin/README.md.",
  ]);
}

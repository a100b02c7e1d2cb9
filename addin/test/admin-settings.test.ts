// The admin page's settings table: the form's values come from the policy the server gave, the
// saved policy keeps what the pane has no field for, and a new setting is one more entry.

import { describe, expect, it } from "vitest";
import {
  formValues,
  policyToSave,
  rangeText,
  SETTINGS,
  type NumberSetting,
} from "../src/taskpane/admin-settings";

const POLICY = {
  followUpAfterBusinessDays: 7,
  expireAfterBusinessDays: 7,
  finalIntro: "send",
  sendCheck: "softBlock",
  retentionDays: 365,
  notifyConnector: true,
  relationshipMonths: 6,
  outcomeAfterBusinessDays: 14,
};

describe("the policy form's settings", () => {
  it("has one entry for every setting of the server's policy", () => {
    expect(SETTINGS.map((s) => s.name).sort()).toEqual(Object.keys(POLICY).sort());
  });

  it("reads numbers as typed text and saves them as numbers", () => {
    const values = formValues(POLICY);
    expect(values.retentionDays).toBe("365");
    expect(values.notifyConnector).toBe(true);
    expect(policyToSave(POLICY, { ...values, retentionDays: " 30 ", sendCheck: "prompt" })).toEqual(
      { policy: { ...POLICY, retentionDays: 30, sendCheck: "prompt" } }
    );
  });

  it("refuses what is not a whole number and leaves ranges to the server", () => {
    const values = formValues(POLICY);
    expect(policyToSave(POLICY, { ...values, expireAfterBusinessDays: "2.5" })).toEqual({
      errors: {
        expireAfterBusinessDays: ["Enter a whole number from 1 to 60 business days."],
      },
    });
    expect(policyToSave(POLICY, { ...values, expireAfterBusinessDays: "600" })).toEqual({
      policy: { ...POLICY, expireAfterBusinessDays: 600 },
    });
  });

  it("takes a new setting as one more entry, and keeps one it has no entry for", () => {
    // A pane from before the outcome question knew every setting but this one.
    const outcome = SETTINGS.find((s) => s.name === "outcomeAfterBusinessDays") as NumberSetting;
    const older = SETTINGS.filter((s) => s !== outcome);
    expect(policyToSave(POLICY, formValues(POLICY, older), older)).toEqual({ policy: POLICY });
    const values = formValues(POLICY, [...older, outcome]);
    expect(values.outcomeAfterBusinessDays).toBe("14");
    expect(rangeText(outcome)).toBe("0 (never ask) to 60 business days");
    expect(policyToSave(POLICY, { ...values, outcomeAfterBusinessDays: "0" })).toEqual({
      policy: { ...POLICY, outcomeAfterBusinessDays: 0 },
    });
  });
});

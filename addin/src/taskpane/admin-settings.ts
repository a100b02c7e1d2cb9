// The tenant policy as the admin page's form: one descriptor per setting, from which the form is
// drawn and its values read. A new setting of the server's policy is one more entry in SETTINGS.

import type { PolicyValues } from "../api/admin";

interface SettingBase {
  /** The policy field, as GET /api/policy and PUT /api/admin/policy name it. */
  name: string;
  label: string;
  /** One sentence: what the setting does. */
  explanation: string;
}

/** A whole number in a range; `unit` is what it counts, `zero` what 0 means when it means something. */
export interface NumberSetting extends SettingBase {
  kind: "days" | "number";
  min: number;
  max: number;
  unit: string;
  zero?: string;
}

export interface ChoiceSetting extends SettingBase {
  kind: "choice";
  choices: ReadonlyArray<{ value: string; label: string; explanation: string }>;
}

export interface BooleanSetting extends SettingBase {
  kind: "boolean";
}

export type Setting = NumberSetting | ChoiceSetting | BooleanSetting;

/** The ranges are the server's (TenantPolicy.cs); it checks them again and names a field it refuses. */
export const SETTINGS: readonly Setting[] = [
  {
    name: "followUpAfterBusinessDays",
    kind: "days",
    min: 1,
    max: 60,
    unit: "business days",
    label: "Follow up after",
    explanation:
      "A person who has not answered a request gets one short, polite follow-up after this many business days.",
  },
  {
    name: "expireAfterBusinessDays",
    kind: "days",
    min: 1,
    max: 60,
    unit: "business days",
    label: "Treat silence as no after",
    explanation:
      "After the follow-up, this many more business days without an answer close the request as unanswered.",
  },
  {
    name: "finalIntro",
    kind: "choice",
    label: "Final introduction",
    explanation:
      "What happens once both people said yes, unless the connector chose otherwise for that introduction.",
    choices: [
      { value: "send", label: "Send it", explanation: "the introduction goes out on its own" },
      {
        value: "review",
        label: "Let the connector review it",
        explanation: "it waits as a draft in the connector's mailbox",
      },
    ],
  },
  {
    name: "sendCheck",
    kind: "choice",
    label: "Send check",
    explanation:
      "What Outlook does when someone sends a three-way introduction without asking the two people first.",
    choices: [
      { value: "off", label: "Off", explanation: "the message goes out" },
      {
        value: "prompt",
        label: "Remind",
        explanation: "a reminder the connector can send past",
      },
      {
        value: "softBlock",
        label: "Hold the message",
        explanation: "it goes only once made double opt-in, or marked as already agreed by both",
      },
    ],
  },
  {
    name: "retentionDays",
    kind: "number",
    min: 1,
    max: 3650,
    unit: "days",
    label: "Keep closed introductions for",
    explanation:
      "Closed introductions are deleted, with their consent links, this many days after they closed.",
  },
  {
    name: "notifyConnector",
    kind: "boolean",
    label: "Tell connectors by mail",
    explanation:
      "Connectors get a short mail of their own when an introduction closes because someone did not answer, or when a request bounces.",
  },
  {
    name: "relationshipMonths",
    kind: "number",
    min: 0,
    max: 36,
    unit: "months",
    zero: "off",
    label: "Recall earlier introductions from the last",
    explanation:
      "Before a conversion the pane recalls the connector's earlier introductions of the same two people, and anyone who declined or stayed silent twice, this far back.",
  },
  {
    name: "outcomeAfterBusinessDays",
    kind: "days",
    min: 0,
    max: 60,
    unit: "business days",
    zero: "never ask",
    label: "Ask whether they connected after",
    explanation:
      "This many business days after the final introduction, the pane asks the connector once whether the two connected, unless a reply already showed it.",
  },
];

/** What the form holds: numbers as typed, choices by value, switches as booleans. */
export type FormValues = Record<string, string | boolean>;

/** "1 to 60 business days", "0 (off) to 36 months". */
export function rangeText(s: NumberSetting): string {
  return `${s.min}${s.min === 0 && s.zero ? ` (${s.zero})` : ""} to ${s.max} ${s.unit}`;
}

/** The form's values from the policy the server gave. */
export function formValues(policy: PolicyValues, settings = SETTINGS): FormValues {
  const values: FormValues = {};
  for (const s of settings) {
    const v = policy[s.name];
    if (s.kind === "boolean") values[s.name] = v === true;
    else values[s.name] = typeof v === "number" || typeof v === "string" ? String(v) : "";
  }
  return values;
}

/**
 * The PUT body: the policy as the server gave it with the form's values over it, so settings the
 * pane has no entry for keep their value. Returns the fields that are not whole numbers instead;
 * ranges and choices are left to the server, which names what it refuses.
 */
export function policyToSave(
  saved: PolicyValues,
  values: FormValues,
  settings = SETTINGS
): { policy: PolicyValues } | { errors: Record<string, string[]> } {
  const policy: PolicyValues = { ...saved };
  const errors: Record<string, string[]> = {};
  for (const s of settings) {
    const v = values[s.name];
    if (s.kind === "boolean") policy[s.name] = v === true;
    else if (s.kind === "choice") policy[s.name] = String(v ?? "");
    else {
      const text = String(v ?? "").trim();
      if (/^-?\d{1,9}$/.test(text)) policy[s.name] = Number(text);
      else errors[s.name] = [`Enter a whole number from ${rangeText(s)}.`];
    }
  }
  return Object.keys(errors).length > 0 ? { errors } : { policy };
}

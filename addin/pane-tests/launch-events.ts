// What the event handler tests share: a draft that is a hot-potato intro, and running one handler
// the way Outlook does (one event, one completed call).

import { expect, vi } from "vitest";
import type { LaunchEventLike } from "../src/events/handlers";
import { person, settle, type OutlookState } from "./outlook-mock";

export const HOT_POTATO: Partial<OutlookState> = {
  to: [person("Juan Perez", "juan@example.com")],
  cc: [person("Sue Lee", "sue@example.org")],
  subject: "Intro: Juan <> Sue",
  body: "Hi Juan and Sue,\n\nI'd like to introduce you two. Juan runs the data platform team at Contoso, and Sue is an expert in fraud models. You are both deep into real-time fraud detection.\n\nJuan, meet Sue. Sue, meet Juan.\n\nBest,\nAlex",
};

/** Runs a handler and waits until it completed, then a little longer to catch a second call. */
export async function run(handler: (event: LaunchEventLike) => void) {
  const completed = vi.fn();
  handler({ completed });
  await vi.waitFor(() => expect(completed).toHaveBeenCalled(), { timeout: 2000, interval: 5 });
  await settle();
  expect(completed).toHaveBeenCalledTimes(1);
  return completed.mock.calls[0]?.[0] as Record<string, unknown> | undefined;
}

// Why the pane was opened: the banner's or the send check's button passes a LaunchContext as
// contextData; where the client does not hand it over, the send check left it in sessionData.

import { LAUNCH_KEY, parseLaunchContext, type LaunchContext } from "../shared/draft-memory";
import type { MailHost } from "../shared/host";

/** The context, used once: what sessionData held is forgotten. */
export async function launchContext(host: MailHost): Promise<LaunchContext | null> {
  const [given, left] = await Promise.all([host.launchContext(), host.recall(LAUNCH_KEY)]);
  if (left !== null) await host.forget(LAUNCH_KEY);
  return parseLaunchContext(given) ?? parseLaunchContext(left);
}

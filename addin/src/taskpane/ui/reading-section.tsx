// Read mode's head: the message the pane was opened on, so the connector sees which reply the
// introduction below is about.

import type { ReadMessage } from "../../shared/host";

export function ReadingSection({ message }: { message: ReadMessage }) {
  const from = message.from.name || message.from.address;
  return (
    <section class="card reading" aria-labelledby="reading-title" data-testid="reading">
      <h2 id="reading-title" class="intro-title">
        {message.subject || "(no subject)"}
      </h2>
      {from && <p class="muted small">From {from}</p>}
    </section>
  );
}

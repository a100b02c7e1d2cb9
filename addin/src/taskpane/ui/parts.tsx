// Small shared pieces of the pane's markup. Text is always rendered as text (Preact escapes it).

import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import type { IntroResource, PartyResource } from "../../api/client";
import type { PaneController } from "../controller";
import type { ProblemView } from "../convert";

/** What each part of a party's card is given: the intro, the party, and whether an action is under way. */
export interface PartyCardProps {
  intro: IntroResource;
  party: PartyResource;
  controller: PaneController;
  busy: boolean;
}

/** The current state of a controller's store, redrawn on each change. */
export function useSubscribed<T>(source: {
  readonly current: T;
  subscribe(listener: (state: T) => void): () => void;
}): T {
  const [state, setState] = useState(source.current);
  useEffect(() => {
    setState(source.current);
    return source.subscribe(setState);
  }, [source]);
  return state;
}

/** A Fluent message bar. Problems are announced (role="alert"), the rest politely. */
export function MessageBar(props: {
  intent: "error" | "success" | "info" | "warning";
  title?: string;
  children?: ComponentChildren;
}) {
  return (
    <div class={`bar bar-${props.intent}`} role={props.intent === "error" ? "alert" : "status"}>
      {props.title && <p class="bar-title">{props.title}</p>}
      {props.children}
    </div>
  );
}

export function Problem({ problem }: { problem: ProblemView | null }) {
  const ref = useRef<HTMLDivElement>(null);
  // A problem after pressing Send at the bottom of a long form must not go unseen.
  useEffect(() => ref.current?.scrollIntoView?.({ block: "nearest" }), [problem]);
  if (!problem) return null;
  return (
    <div ref={ref}>
      <MessageBar intent="error" title={problem.title}>
        {problem.detail && <p>{problem.detail}</p>}
        {problem.messages.length > 0 && (
          <ul>
            {problem.messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )}
      </MessageBar>
    </div>
  );
}

/** The messages of one field, referenced from the control by aria-describedby. */
export function FieldError({
  id,
  messages,
}: {
  id: string;
  messages: readonly string[] | undefined;
}) {
  if (!messages || messages.length === 0) return null;
  return (
    <p class="field-error" id={id}>
      {messages.join(" ")}
    </p>
  );
}

/** Moves keyboard and screen reader focus to a view's heading when the view appears. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

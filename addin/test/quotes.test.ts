import { describe, expect, it } from "vitest";
import { splitQuoted } from "../src/core/quotes";

describe("quoted history", () => {
  it.each([
    ["Gmail", "On Mon, Mar 3, 2025 at 10:00 AM Ann <ann@x.example> wrote:\n> old"],
    [
      "Gmail, wrapped",
      "On Mon, Mar 3, 2025 at 10:00 AM Ann Carter <\nann@x.example> wrote:\n\nold",
    ],
    [
      "Outlook",
      "-----Original Message-----\nFrom: Ann\nSent: Monday\nTo: Juan\nSubject: Intro\n\nold",
    ],
    [
      "Outlook header block",
      "________________________________\nFrom: Ann Carter <ann@x.example>\nSent: Monday, March 3, 2025 10:00\nTo: Juan\n\nold",
    ],
    [
      "Outlook, German",
      "Von: Anna Keller <anna@x.example>\nGesendet: Montag, 3. März 2025 10:00\nAn: Jonas\nBetreff: Hallo\n\nalt",
    ],
    [
      "Outlook, French",
      "De : Claire <claire@x.example>\nEnvoyé : lundi 3 mars 2025 10:00\nÀ : Hugo\nObjet : Bonjour\n\nancien",
    ],
    [
      "Apple Mail, Dutch",
      "Op 3 mrt 2025 om 10:00 heeft Eva Jansen <eva@x.example> het volgende geschreven:\n\n> oud",
    ],
    [
      "forward",
      "---------- Forwarded message ---------\nFrom: Ann\nDate: Mon\nSubject: Intro\n\nold",
    ],
    ["Spanish", "El lun, 3 mar 2025 a las 10:00, Marta <marta@x.example> escribió:\n> viejo"],
    ["Portuguese", "Em seg., 3 de mar. de 2025 às 10:00, Bia <bia@x.example> escreveu:\n> antigo"],
  ])("cuts at a %s header", (_name, history) => {
    const { fresh, quoted } = splitQuoted(`New text here.\n\n${history}`);
    expect(fresh.trim()).toBe("New text here.");
    expect(quoted).toContain(history.split("\n")[0]?.slice(0, 10) ?? "?");
  });

  it("drops '>' lines but keeps what is written between them (inline replies)", () => {
    const { fresh } = splitQuoted("> Can you intro me?\nSure — Juan, meet Sue.\n> Thanks\nAnn");
    expect(fresh).toBe("Sure — Juan, meet Sue.\nAnn");
  });

  it("keeps a body without history as it is", () => {
    const body = "Hi Juan: meet Sue.\nNote: she is great.";
    expect(splitQuoted(body)).toEqual({ fresh: body, quoted: "" });
  });
});

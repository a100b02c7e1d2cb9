// @vitest-environment happy-dom
// The admin page: offered only when the server lets the connector in, the tenant policy as a form
// that saves or names what the server refused, the tenant's record as a file, and access and
// erasure by address with the erasure confirmed in the pane first.

import { render } from "preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ErasureCounts, SubjectRecord } from "../src/api/admin";
import { createApi } from "../src/api/client";
import { PaneController } from "../src/taskpane/controller";
import { App } from "../src/taskpane/ui/app";
import { fakeServer, outlookMock, settle, type FakeCall } from "./outlook-mock";

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

const JUAN: SubjectRecord = {
  email: "juan@example.com",
  intros: [
    {
      id: "i1",
      connectorName: "Alex Demo",
      connectorEmail: "alex.demo@contoso.example",
      createdAt: "2026-11-25T17:00:00Z",
      state: "requested",
      language: "en",
      party: {
        id: "p1",
        name: "Juan Perez",
        email: "juan@example.com",
        about: "runs XYZ at Contoso",
        why: "",
        answer: "yes",
        answeredAt: "2026-11-26T09:00:00Z",
        answeredBy: "reply",
        notNowUntil: null,
        requestSubject: null,
        requestBody: null,
      },
      events: [
        { at: "2026-11-25T17:00:01Z", what: "requestSent", partyId: "p1" },
        { at: "2026-11-26T09:00:00Z", what: "answeredByReply", partyId: "p1" },
      ],
      replies: [
        {
          id: "r1",
          receivedAt: "2026-11-26T09:00:00Z",
          excerpt: "Yes, happy to meet Sue!",
          understood: "yes",
          until: null,
          status: "recorded",
        },
      ],
      mail: [
        {
          id: "m1",
          kind: "request",
          state: "sent",
          createdAt: "2026-11-25T17:00:00Z",
          sentAt: "2026-11-25T17:00:02Z",
        },
      ],
      consentLinks: 1,
    },
  ],
  asConnector: { count: 2, ids: ["c1", "c2"] },
};

const COUNTS: ErasureCounts = {
  intros: 1,
  parties: 1,
  events: 3,
  outboxRows: 1,
  consentTokens: 1,
  replies: 1,
};

const invalid = (field: string, message: string) => ({
  status: 400,
  json: { title: "One or more validation errors occurred.", errors: { [field]: [message] } },
});

/** The server's admin routes as an admin (or, with `admin: false`, anyone else) meets them. */
function adminServer(admin: boolean | Error = true) {
  let policy: Record<string, unknown> = { ...POLICY, futureSetting: 3 };
  const server = fakeServer((call: FakeCall) => {
    const url = new URL(call.url, "http://pane");
    if (url.pathname.startsWith("/api/admin/")) {
      if (admin instanceof Error) return admin;
      if (!admin) return { status: 403, json: { title: "Forbidden" } };
    }
    switch (`${call.method} ${url.pathname}`) {
      case "GET /api/admin/policy":
        return { json: policy };
      case "PUT /api/admin/policy": {
        const body = call.body as Record<string, unknown>;
        const days = body.followUpAfterBusinessDays as number;
        if (days < 1 || days > 60)
          return invalid(
            "followUpAfterBusinessDays",
            "followUpAfterBusinessDays is a whole number of business days from 1 to 60."
          );
        policy = body;
        return { json: policy };
      }
      case "GET /api/admin/subject": {
        const email = url.searchParams.get("email");
        if (!email?.includes("@")) return invalid("email", "email is not an email address.");
        return { json: email === JUAN.email ? JUAN : { ...JUAN, email, intros: [] } };
      }
      case "POST /api/admin/subject/erase":
        return { json: COUNTS };
      case "GET /api/admin/export":
        return {
          json: [{ introId: "i1" }],
          headers: {
            "content-disposition": "attachment; filename=intro-record-tenant-2026-11-25.json",
          },
        };
      case "GET /api/status":
        return { json: { mailOnHold: null } };
      default:
        return { json: [] };
    }
  });
  return { ...server, policy: () => policy };
}

async function mount(server: ReturnType<typeof adminServer>) {
  const mock = outlookMock({ subject: "Hello" });
  const controller = new PaneController(mock.host, createApi({ fetch: server.fetch }));
  const root = document.createElement("div");
  document.body.replaceChildren(root);
  render(<App controller={controller} />, root);
  await controller.start();
  await settle();
  return { root, controller };
}

const byTestId = <T extends HTMLElement = HTMLElement>(root: ParentNode, id: string) =>
  root.querySelector<T>(`[data-testid="${id}"]`);

function type(input: HTMLInputElement | null, value: string) {
  if (!input) throw new Error("no such input");
  input.value = value;
  input.dispatchEvent(new Event("input", { bubbles: true }));
}

async function openAdmin(root: HTMLElement) {
  await vi.waitFor(() => expect(byTestId(root, "admin-open")).not.toBeNull());
  byTestId(root, "admin-open")?.click();
  await vi.waitFor(() => expect(byTestId(root, "policy-form")).not.toBeNull());
}

const adminCalls = (server: ReturnType<typeof adminServer>, prefix: string) =>
  server.calls.filter((c) => c.url.startsWith(prefix));

afterEach(() => vi.restoreAllMocks());

describe("who sees the admin page", () => {
  it("offers nothing to a connector the server refuses, and asks only once", async () => {
    const server = adminServer(false);
    const { root, controller } = await mount(server);
    await controller.refreshIntros();
    await settle();
    expect(byTestId(root, "intro-list")).not.toBeNull();
    expect(byTestId(root, "admin-open")).toBeNull();
    expect(root.textContent).not.toContain("Admin");
    expect(adminCalls(server, "/api/admin/")).toHaveLength(1);
  });

  it("offers nothing when the server cannot be asked", async () => {
    const { root } = await mount(adminServer(new TypeError("Failed to fetch")));
    expect(byTestId(root, "admin-open")).toBeNull();
  });

  it("offers the page to an admin, and Back returns to the introductions", async () => {
    const { root } = await mount(adminServer());
    await openAdmin(root);
    expect(byTestId(root, "intro-list")).toBeNull();
    byTestId(root, "admin-back")?.click();
    await vi.waitFor(() => expect(byTestId(root, "intro-list")).not.toBeNull());
    expect(byTestId(root, "admin-page")).toBeNull();
  });
});

describe("the tenant policy form", () => {
  it("shows every setting with its value, what it allows and what it does", async () => {
    const { root } = await mount(adminServer());
    await openAdmin(root);
    const followUp = byTestId(root, "setting-followUpAfterBusinessDays");
    expect(followUp?.textContent).toContain("Follow up after");
    expect(followUp?.textContent).toContain("1 to 60 business days");
    expect(followUp?.querySelector("input")?.value).toBe("7");
    expect(byTestId(root, "setting-relationshipMonths")?.textContent).toContain(
      "0 (off) to 36 months"
    );
    expect(byTestId(root, "setting-sendCheck")?.querySelector("select")?.value).toBe("softBlock");
    expect(byTestId(root, "setting-sendCheck")?.textContent).toContain("Hold the message:");
    expect(
      byTestId(root, "setting-notifyConnector")?.querySelector<HTMLInputElement>("input")?.checked
    ).toBe(true);
    for (const name of Object.keys(POLICY))
      expect(
        byTestId(root, `setting-${name}`)?.querySelector(".setting-hint")?.textContent
      ).not.toBe("");
  });

  it("saves the whole policy, keeps settings it has no field for, and says it saved", async () => {
    const server = adminServer();
    const { root } = await mount(server);
    await openAdmin(root);
    type(byTestId(root, "setting-followUpAfterBusinessDays")?.querySelector("input") ?? null, "9");
    byTestId(root, "setting-notifyConnector")?.querySelector<HTMLInputElement>("input")?.click();
    byTestId(root, "policy-save")?.click();
    await vi.waitFor(() => expect(byTestId(root, "policy-saved")).not.toBeNull());
    const put = server.calls.find((c) => c.method === "PUT");
    expect(put?.url).toBe("/api/admin/policy");
    expect(put?.body).toEqual({
      ...POLICY,
      followUpAfterBusinessDays: 9,
      notifyConnector: false,
      futureSetting: 3,
    });
    expect(server.policy().followUpAfterBusinessDays).toBe(9);
    // An edit after saving is not saved yet.
    type(byTestId(root, "setting-retentionDays")?.querySelector("input") ?? null, "30");
    await settle();
    expect(byTestId(root, "policy-saved")).toBeNull();
  });

  it("shows the server's refusal beside its setting and changes nothing", async () => {
    const server = adminServer();
    const { root } = await mount(server);
    await openAdmin(root);
    const input = byTestId(root, "setting-followUpAfterBusinessDays")?.querySelector("input");
    type(input ?? null, "99");
    byTestId(root, "policy-save")?.click();
    await vi.waitFor(() => expect(byTestId(root, "policy-not-saved")).not.toBeNull());
    expect(
      byTestId(root, "setting-followUpAfterBusinessDays")?.querySelector(".field-error")
        ?.textContent
    ).toBe("followUpAfterBusinessDays is a whole number of business days from 1 to 60.");
    expect(input?.getAttribute("aria-invalid")).toBe("true");
    expect(byTestId(root, "policy-saved")).toBeNull();
    expect(server.policy().followUpAfterBusinessDays).toBe(7);
  });

  it("does not send a setting that is not a number", async () => {
    const server = adminServer();
    const { root } = await mount(server);
    await openAdmin(root);
    type(byTestId(root, "setting-retentionDays")?.querySelector("input") ?? null, "");
    byTestId(root, "policy-save")?.click();
    await settle();
    expect(
      byTestId(root, "setting-retentionDays")?.querySelector(".field-error")?.textContent
    ).toBe("Enter a whole number from 1 to 3650 days.");
    expect(server.calls.some((c) => c.method === "PUT")).toBe(false);
  });
});

describe("the tenant's consent record", () => {
  it("downloads the JSON under the server's name", async () => {
    vi.spyOn(URL, "createObjectURL").mockReturnValue("blob:tenant");
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      saved.push(this.download);
    });
    const server = adminServer();
    const { root } = await mount(server);
    await openAdmin(root);
    byTestId(root, "admin-export-json")?.click();
    await vi.waitFor(() => expect(saved).toEqual(["intro-record-tenant-2026-11-25.json"]));
    expect(adminCalls(server, "/api/admin/export").map((c) => c.url)).toEqual([
      "/api/admin/export?format=json",
    ]);
  });
});

describe("access and erasure by address", () => {
  async function lookUp(root: HTMLElement, email: string) {
    type(byTestId<HTMLInputElement>(root, "subject-email"), email);
    byTestId(root, "subject-look-up")?.click();
    await settle();
  }

  it("sums up what is held in words, not as data", async () => {
    const { root } = await mount(adminServer());
    await openAdmin(root);
    await lookUp(root, "juan@example.com");
    const summary = byTestId(root, "subject-summary");
    await vi.waitFor(() => expect(summary ?? byTestId(root, "subject-summary")).not.toBeNull());
    const text = byTestId(root, "subject-summary")?.textContent ?? "";
    expect(text).toContain("juan@example.com is a person introduced in 1 introduction.");
    expect(text).toContain("Introduced by Alex Demo (alex.demo@contoso.example), 25 Nov 2026");
    expect(text).toContain("waiting for answers");
    expect(text).toContain("Juan Perez · runs XYZ at Contoso");
    expect(byTestId(root, "subject-answer")?.textContent).toBe(
      "Answer: Yes, by email, 26 Nov 2026"
    );
    expect(text).toContain("Mail to them: request (sent 25 Nov 2026)");
    expect(text).toContain("1 consent link");
    expect(text).toContain("“Yes, happy to meet Sue!”");
    expect(text).toContain("25 Nov 2026: request sent");
    expect(byTestId(root, "subject-as-connector")?.textContent).toContain(
      "They made 2 introductions as a connector"
    );
    expect(text).not.toMatch(/[{}]|answeredBy|"/);
  });

  it("shows the server's refusal of an address beside it and offers no erasure", async () => {
    const server = adminServer();
    const { root } = await mount(server);
    await openAdmin(root);
    await lookUp(root, "juan at example.com");
    await vi.waitFor(() =>
      expect(root.querySelector("#subject-email-error")?.textContent).toBe(
        "email is not an email address."
      )
    );
    expect(byTestId(root, "subject-erase")).toBeNull();
    expect(server.calls.some((c) => c.url.includes("/erase"))).toBe(false);
  });

  it("erases only after a confirmation naming the address; Cancel erases nothing", async () => {
    const server = adminServer();
    const { root } = await mount(server);
    await openAdmin(root);
    await lookUp(root, "juan@example.com");
    await vi.waitFor(() => expect(byTestId(root, "subject-erase")).not.toBeNull());

    byTestId(root, "subject-erase")?.click();
    await settle();
    expect(byTestId(root, "erase-warning")?.textContent).toContain(
      "Erase juan@example.com from 1 introduction?"
    );
    expect(byTestId(root, "erase-warning")?.textContent).toContain("1 consent link");
    byTestId(root, "erase-cancel")?.click();
    await settle();
    expect(byTestId(root, "erase-warning")).toBeNull();
    expect(byTestId(root, "subject-summary")).not.toBeNull();
    expect(server.calls.some((c) => c.url.includes("/erase"))).toBe(false);

    byTestId(root, "subject-erase")?.click();
    await settle();
    expect(byTestId(root, "erase-confirm")?.textContent).toBe("Erase juan@example.com");
    byTestId(root, "erase-confirm")?.click();
    await vi.waitFor(() =>
      expect(byTestId(root, "erased-counts")?.textContent).toBe(
        "Removed: 1 introduction, 1 person, 3 events, 1 mail, 1 consent link, 1 reply."
      )
    );
    const erase = server.calls.filter((c) => c.url === "/api/admin/subject/erase");
    expect(erase.map((c) => [c.method, c.body])).toEqual([["POST", { email: "juan@example.com" }]]);
    expect(byTestId(root, "subject-erase")).toBeNull();
  });

  it("offers no erasure for an address held nowhere as a person introduced", async () => {
    const { root } = await mount(adminServer());
    await openAdmin(root);
    await lookUp(root, "nobody@example.com");
    await vi.waitFor(() =>
      expect(byTestId(root, "subject-headline")?.textContent).toBe(
        "Nothing is held about nobody@example.com as a person introduced."
      )
    );
    expect(byTestId(root, "subject-erase")).toBeNull();
  });
});

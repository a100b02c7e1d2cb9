// @vitest-environment happy-dom
// "Download my record (CSV)": the connector's consent record is fetched with their token (a plain
// link would carry none) and handed to the browser as a file under the server's name for it.

import { render } from "preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApi } from "../src/api/client";
import { PaneController } from "../src/taskpane/controller";
import { saveFile } from "../src/taskpane/download";
import { App } from "../src/taskpane/ui/app";
import { fakeServer, outlookMock, person, settle } from "./outlook-mock";

const CSV = '\uFEFFintroId,partyName\r\nabc,"Perez, Juan"\r\n';

function exportingServer(answer: () => Response) {
  const server = fakeServer(() => ({ json: [] }));
  const exports: Array<{ method: string; url: string; headers: Record<string, string> }> = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    if (String(input).startsWith("/api/intros/export")) {
      exports.push({
        method: init?.method ?? "GET",
        url: String(input),
        headers: (init?.headers ?? {}) as Record<string, string>,
      });
      return answer();
    }
    return server.fetch(input, init);
  };
  return { fetch, exports };
}

async function mount(answer: () => Response, browserWindow = false) {
  const mock = outlookMock({
    to: [person("Juan Perez", "juan@example.com")],
    subject: "Hello",
    browserWindow,
  });
  const server = exportingServer(answer);
  const controller = new PaneController(
    mock.host,
    createApi({ fetch: server.fetch, getToken: async () => "t0ken" })
  );
  const root = document.createElement("div");
  document.body.replaceChildren(root);
  render(<App controller={controller} />, root);
  await controller.start();
  await settle();
  return { root, exports: server.exports, opened: mock.state.browserOpened };
}

afterEach(() => vi.restoreAllMocks());

describe("downloading the consent record", () => {
  it("fetches the CSV with the connector's token and saves it under the server's file name", async () => {
    const created = vi.spyOn(URL, "createObjectURL").mockReturnValue("blob:record");
    const clicks: Array<{ href: string; download: string }> = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      clicks.push({ href: this.href, download: this.download });
    });
    const { root, exports } = await mount(
      () =>
        new Response(CSV, {
          headers: {
            "content-type": "text/csv; charset=utf-8",
            "content-disposition":
              "attachment; filename=intro-record-2026-11-25.csv; filename*=UTF-8''intro-record-2026-11-25.csv",
          },
        })
    );

    const button = root.querySelector<HTMLButtonElement>('[data-testid="download-record"]');
    expect(button?.textContent).toBe("Download my record (CSV)");
    button?.click();
    await vi.waitFor(() => expect(clicks).toHaveLength(1));

    expect(exports).toHaveLength(1);
    expect(exports[0]?.url).toBe("/api/intros/export?format=csv");
    expect(exports[0]?.headers.authorization).toBe("Bearer t0ken");
    expect(clicks[0]).toEqual({ href: "blob:record", download: "intro-record-2026-11-25.csv" });
    const blob = created.mock.calls[0]?.[0] as Blob;
    expect(await blob.text()).toContain('"Perez, Juan"');
    // The link was only a means to the download: nothing is left in the page.
    expect(document.querySelector("a[download]")).toBeNull();
  });

  it("shows the server's problem and saves nothing when the download is refused", async () => {
    const created = vi.spyOn(URL, "createObjectURL");
    const { root } = await mount(
      () =>
        new Response(
          JSON.stringify({ title: "Too many requests", detail: "Try again in a minute." }),
          {
            status: 429,
            headers: { "content-type": "application/problem+json" },
          }
        )
    );
    root.querySelector<HTMLButtonElement>('[data-testid="download-record"]')?.click();
    await vi.waitFor(() => expect(root.textContent).toContain("Try again in a minute."));
    expect(created).not.toHaveBeenCalled();
    expect(root.querySelector<HTMLButtonElement>('[data-testid="download-record"]')?.disabled).toBe(
      false
    );
  });

  it("opens a one-use link in the browser where Outlook's webview saves no file (Mac, classic Windows)", async () => {
    const created = vi.spyOn(URL, "createObjectURL");
    const link = "https://intros.contoso.example/downloads/Zm9v";
    const { root, exports, opened } = await mount(
      () =>
        new Response(JSON.stringify({ url: link, expiresAt: "2026-11-25T17:02:00Z" }), {
          headers: { "content-type": "application/json" },
        }),
      true
    );
    root.querySelector<HTMLButtonElement>('[data-testid="download-record"]')?.click();
    await vi.waitFor(() => expect(opened).toEqual([link]));
    expect(exports.map((e) => [e.method, e.url, e.headers.authorization])).toEqual([
      ["POST", "/api/intros/export/link?format=csv", "Bearer t0ken"],
    ]);
    expect(created).not.toHaveBeenCalled();
    expect(root.querySelector<HTMLButtonElement>('[data-testid="download-record"]')?.disabled).toBe(
      false
    );
  });

  it("saves a blob through a link that leaves no trace", () => {
    vi.spyOn(URL, "createObjectURL").mockReturnValue("blob:x");
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, "click")
      .mockImplementation(() => undefined);
    saveFile(new Blob(["a"]), "r.csv");
    expect(click).toHaveBeenCalledOnce();
    expect(document.querySelector("a")).toBeNull();
  });
});

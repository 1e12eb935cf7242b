import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { FetchPageError, fetchPage } from "./fetch-page";

// A local web server standing in for the web: what it was asked for is recorded, so a test can
// prove a refused address was never even connected to.
const seen: { url: string; cookie?: string }[] = [];
const server = http.createServer((req, res) => {
  seen.push({ url: req.url!, cookie: req.headers.cookie });
  const send = (status: number, headers: Record<string, string | number>, body = "") => res.writeHead(status, headers).end(body);
  if (req.url === "/page") return send(200, { "Content-Type": "text/html; charset=utf-8" }, "<html><body><p>Hello</p></body></html>");
  if (req.url === "/hop") return send(302, { Location: "/page", "Set-Cookie": "track=1; Path=/" });
  if (req.url === "/to-metadata") return send(302, { Location: "http://169.254.169.254/latest/meta-data/" });
  if (req.url === "/to-ftp") return send(302, { Location: "ftp://example.com/file" });
  if (req.url === "/loop") return send(302, { Location: "/loop" });
  if (req.url === "/big") return send(200, { "Content-Type": "text/html" }, "x".repeat(5000));
  if (req.url === "/pdf") return send(200, { "Content-Type": "application/pdf" }, "%PDF");
  if (req.url === "/gone") return send(404, { "Content-Type": "text/html" }, "nope");
  if (req.url === "/slow") return; // never answers
  send(500, {});
});
let base = "";
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://localhost:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const open = { allowLoopback: true };
async function failure(url: string, opts: Parameters<typeof fetchPage>[1]) {
  const error = await fetchPage(url, opts).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FetchPageError);
  return error as FetchPageError;
}

describe("fetchPage", () => {
  it("in production mode refuses a name resolving to 127.0.0.1 without connecting to it", async () => {
    vi.resetModules();
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("ARTICLE_FETCH_ALLOW_LOOPBACK", undefined);
    const { fetchAllowsLoopback } = await import("@/lib/env");
    expect(fetchAllowsLoopback()).toBe(false);
    seen.length = 0;
    const e = await failure(`${base}/page`, { allowLoopback: fetchAllowsLoopback() });
    expect(e.kind).toBe("refused");
    expect(e.message).toContain("private or local address");
    expect(seen).toEqual([]);
    vi.unstubAllEnvs();
  });

  it.each(["http://127.0.0.1/", "http://[::1]/", "http://10.0.0.8/", "http://169.254.169.254/latest/meta-data/", "http://[::ffff:127.0.0.1]/", "http://2130706433/"])(
    "refuses the address literal %s",
    async (url) => {
      expect((await failure(url, { allowLoopback: false })).kind).toBe("refused");
    },
  );

  it.each(["ftp://example.com/", "file:///etc/passwd", "javascript:alert(1)", "not a url", "http://user:pw@example.com/"])("refuses %s before any request", async (url) => {
    expect((await failure(url, { allowLoopback: false })).kind).toBe("invalid");
  });

  it("with the test-only setting reads a loopback page and follows redirects, sending no cookie back", async () => {
    seen.length = 0;
    const page = await fetchPage(`${base}/hop`, open);
    expect(page.url).toBe(`${base}/page`);
    expect(page.html).toContain("<p>Hello</p>");
    expect(seen).toEqual([{ url: "/hop", cookie: undefined }, { url: "/page", cookie: undefined }]);
  });

  it("checks every redirect: to the metadata service or another scheme is refused, a loop is cut", async () => {
    expect((await failure(`${base}/to-metadata`, open)).kind).toBe("refused");
    expect((await failure(`${base}/to-ftp`, open)).kind).toBe("invalid");
    const loop = await failure(`${base}/loop`, { ...open, maxRedirects: 3 });
    expect(loop.message).toContain("more than 3 times");
  });

  it("stops at the size limit and at the deadline, and refuses what is not a web page", async () => {
    expect((await failure(`${base}/big`, { ...open, maxBytes: 1000 })).kind).toBe("too_large");
    expect((await failure(`${base}/slow`, { ...open, timeoutMs: 300 })).kind).toBe("timeout");
    expect((await failure(`${base}/pdf`, open)).kind).toBe("not_html");
    expect((await failure(`${base}/gone`, open)).message).toContain("404");
  });

  it("says the server may have no internet access when a name does not resolve", async () => {
    const e = await failure("http://news.invalid/story", { allowLoopback: false });
    expect(e.kind).toBe("unreachable");
    expect(e.message).toContain("no internet access");
  });
});

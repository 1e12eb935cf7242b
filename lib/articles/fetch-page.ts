import "server-only";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { isPublicAddress } from "@/lib/security/addresses";

// Fetching a page a teacher named is a request the server makes for someone else, so it is kept
// narrow: http(s) only, every address checked after DNS (on the socket's own lookup, so a name
// cannot resolve one way when checked and another when connecting), redirects followed by hand
// and checked the same way, a size cap, one deadline for the whole chain, and no cookies or
// credentials sent.
export const FETCH_LIMITS = { maxBytes: 2_000_000, timeoutMs: 10_000, maxRedirects: 5 } as const;

export type FetchFailure = "invalid" | "refused" | "unreachable" | "timeout" | "too_large" | "http" | "not_html";
export class FetchPageError extends Error {
  constructor(
    readonly kind: FetchFailure,
    message: string,
  ) {
    super(message);
  }
}

type Options = { allowLoopback: boolean; maxBytes?: number; timeoutMs?: number; maxRedirects?: number };

const UNREACHABLE = new Set(["ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH", "ECONNREFUSED", "ECONNRESET", "ENETDOWN"]);

function checkedUrl(raw: string, allowLoopback: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchPageError("invalid", "That is not a web address. Enter one starting with http:// or https://.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new FetchPageError("invalid", "Only http:// and https:// addresses can be fetched.");
  if (url.username || url.password) throw new FetchPageError("invalid", "Remove the user name and password from the address.");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) && !isPublicAddress(host, { allowLoopback })) throw refused(url.hostname);
  return url;
}

const refused = (host: string) =>
  new FetchPageError("refused", `${host} is a private or local address; only pages on the public web can be fetched.`);

/** DNS lookup that fails when any address the name resolves to is not public. */
function guardedLookup(allowLoopback: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 0);
      if (addresses.length === 0 || addresses.some((a) => !isPublicAddress(a.address, { allowLoopback }))) {
        return callback(Object.assign(refused(hostname), { code: "EREFUSED_ADDRESS" }), "", 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

type Hop = { status: number; location?: string; contentType: string; body?: Buffer };

function request(url: URL, opts: Required<Options>, signal: AbortSignal): Promise<Hop> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(url, {
      lookup: guardedLookup(opts.allowLoopback),
      agent: false,
      signal,
      headers: { "User-Agent": "FactCheckQuiz/1.0 (article import)", Accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1", "Accept-Encoding": "identity" },
    });
    req.on("error", reject);
    req.on("response", (res) => {
      const status = res.statusCode ?? 0;
      const contentType = String(res.headers["content-type"] ?? "");
      if (status >= 300 && status < 400) {
        res.resume();
        return resolve({ status, location: res.headers.location, contentType });
      }
      const declared = Number(res.headers["content-length"] ?? 0);
      if (declared > opts.maxBytes) {
        res.destroy();
        return reject(new FetchPageError("too_large", tooLarge(opts.maxBytes)));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > opts.maxBytes) {
          res.destroy();
          reject(new FetchPageError("too_large", tooLarge(opts.maxBytes)));
        } else chunks.push(chunk);
      });
      res.on("error", reject);
      res.on("end", () => resolve({ status, contentType, body: Buffer.concat(chunks) }));
    });
  });
}

const tooLarge = (max: number) => `That page is larger than ${(max / 1_000_000).toLocaleString("en")} MB. Paste the article's text instead.`;

function failure(error: unknown, url: URL, timeoutMs: number): FetchPageError {
  if (error instanceof FetchPageError) return error;
  const code = (error as { code?: string; name?: string }).code ?? (error as { name?: string }).name ?? "";
  if (code === "EREFUSED_ADDRESS") return refused(url.hostname);
  if (code === "ABORT_ERR" || code === "AbortError" || code === "TimeoutError") {
    return new FetchPageError("timeout", `${url.hostname} did not answer within ${timeoutMs / 1000} seconds.`);
  }
  if (UNREACHABLE.has(code)) {
    return new FetchPageError("unreachable", `This server could not reach ${url.hostname} (${code}): it may have no internet access.`);
  }
  return new FetchPageError("unreachable", `Fetching ${url.hostname} failed: ${(error as Error).message}`);
}

function decode(body: Buffer, contentType: string): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? "utf-8";
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    return new TextDecoder("utf-8").decode(body);
  }
}

/** The page's HTML and the address it was finally read from (after redirects). */
export async function fetchPage(raw: string, options: Options): Promise<{ url: string; html: string }> {
  const opts = { ...FETCH_LIMITS, ...options } as Required<Options>;
  const signal = AbortSignal.timeout(opts.timeoutMs);
  let url = checkedUrl(raw, opts.allowLoopback);
  for (let hop = 0; hop <= opts.maxRedirects; hop++) {
    let res: Hop;
    try {
      res = await request(url, opts, signal);
    } catch (error) {
      throw failure(error, url, opts.timeoutMs);
    }
    if (res.location !== undefined) {
      url = checkedUrl(new URL(res.location, url).href, opts.allowLoopback);
      continue;
    }
    if (res.status < 200 || res.status >= 300) throw new FetchPageError("http", `${url.hostname} answered ${res.status}: the page could not be read.`);
    if (res.contentType && !/^(text\/html|application\/xhtml\+xml)/i.test(res.contentType)) {
      throw new FetchPageError("not_html", `That address gives ${res.contentType.split(";")[0]}, not a web page.`);
    }
    return { url: url.href, html: decode(res.body!, res.contentType) };
  }
  throw new FetchPageError("refused", `The page redirected more than ${opts.maxRedirects} times.`);
}

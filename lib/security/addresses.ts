import { BlockList, isIP } from "node:net";

// Addresses a fetch on a teacher's behalf must never reach: this machine, the private networks
// around it and the cloud metadata service (169.254.169.254) — the classic server-side request
// forgery targets. Checked on the address the socket actually connects to, after DNS.
const blocked = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.0.2.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["198.51.100.0", 24], ["203.0.113.0", 24],
  ["224.0.0.0", 4], ["240.0.0.0", 4],
] as const) blocked.addSubnet(net, bits, "ipv4");
for (const [net, bits] of [["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8], ["2001:db8::", 32], ["100::", 64]] as const) {
  blocked.addSubnet(net, bits, "ipv6");
}

const loopback = new BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

/** An IPv4 address written inside IPv6 (::ffff:10.0.0.1, or NAT64 64:ff9b::a00:1) as IPv4. */
function embeddedIPv4(address: string): string | null {
  const dotted = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (dotted) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return null;
  const [hi, lo] = [parseInt(hex[1], 16), parseInt(hex[2], 16)];
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join(".");
}

/**
 * Whether a fetch may connect to this IP address. `allowLoopback` is the test-only setting
 * (the fixture server of the end-to-end tests listens on 127.0.0.1); nothing else is ever allowed.
 */
export function isPublicAddress(address: string, { allowLoopback = false } = {}): boolean {
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const v4 = embeddedIPv4(bare);
  const [ip, family] = v4 ? [v4, "ipv4" as const] : [bare, isIP(bare) === 4 ? ("ipv4" as const) : ("ipv6" as const)];
  if (!isIP(ip)) return false;
  if (allowLoopback && loopback.check(ip, family)) return true;
  return !blocked.check(ip, family);
}

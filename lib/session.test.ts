import { describe, expect, it } from "vitest";
import { guestToken, verifyGuestToken } from "./session";

describe("guest cookie", () => {
  const token = guestToken("cguest123");

  it("verifies its own signature", () => {
    expect(verifyGuestToken(token)).toBe("cguest123");
  });

  it.each([
    ["another id with the same signature", token.replace("cguest123", "cguest124")],
    ["a changed signature", `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`],
    ["no signature", "cguest123"],
    ["an empty id", `.${token.split(".")[1]}`],
    ["nothing", undefined],
  ])("refuses %s", (_, value) => {
    expect(verifyGuestToken(value)).toBeNull();
  });
});

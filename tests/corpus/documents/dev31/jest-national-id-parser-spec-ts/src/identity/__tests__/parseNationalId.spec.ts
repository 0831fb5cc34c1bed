import { describe, expect, it } from "vitest";
import { parseNationalId } from "../parseNationalId";

describe("parseNationalId", () => {
  it.each([
    ["SE", "198204177417", "1982-04-17"],
    ["FI", "020991-142L", "1991-09-02"],
    ["FI", "040293Y642W", "1993-02-04"],
    ["FR", "298034498459920", "1998-03-06"],
    ["IT", "GRCMRC51P09L736N", "1951-09-09"],
    ["IT", "CNTPLA76P19L736P", "1976-09-19"],
    ["SE", "198905032846", "1989-05-03"],
  ])("%s %s -> birth date %s", (country, id, birthDate) => {
    const parsed = parseNationalId(country, id);
    expect(parsed.valid).toBe(true);
    expect(parsed.birthDate).toBe(birthDate);
  });

  it("does not derive a birth date for Danish CPR numbers without modulus 11", () => {
    // CPR numbers issued after 2007 need not pass mod 11
    expect(parseNationalId("DK", "220698-1511").valid).toBe(true);
  });

  it("accepts Norwegian fødselsnummer", () => {
    expect(parseNationalId("NO", "28027237888").valid).toBe(true);
  });

  it("rejects garbage", () => {
    expect(parseNationalId("SE", "abc").valid).toBe(false);
    expect(parseNationalId("FI", "").valid).toBe(false);
  });
});

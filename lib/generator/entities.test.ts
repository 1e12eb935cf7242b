import { describe, expect, it } from "vitest";
import { findEntities } from "./entities";
import { findChunks } from "./entity-chunks";
import { readText } from "./text/layer";
import type { Entity } from "./types";

// Invented names and outlets only.
const find = (body: string) => findEntities(readText(body));
const byName = (list: Entity[], name: string) => list.find((e) => e.name === name);

describe("findEntities: people, roles and aliases", () => {
  const rows: Array<[string, string, string, string | null, string[]]> = [
    ["capitalised role before the name", "Harbour Minister Karin Olsen spoke on Monday. Olsen said the port was safe.", "Karin Olsen", "Harbour Minister", ["Olsen"]],
    ["lower-case modifier joins the role", "It was signed by former Westland President Ola Brandt in a hurry.", "Ola Brandt", "former Westland President", []],
    ["lower-case role word", "The goal came from Westland captain Ivo Strand late on. Strand celebrated.", "Ivo Strand", "Westland captain", ["Strand"]],
    ["age in an appositive", "Mira Lund, 34, was released. Lund went home.", "Mira Lund", null, ["Lund"]],
    ["a generational suffix is no surname", "Tomas Berg Jr., 34, was released. Berg went home.", "Tomas Berg Jr.", null, ["Berg"]],
    ["a role-like surname before a suffix", "Ola King Jr. spoke on Monday. King said the port was safe.", "Ola King Jr.", null, ["King"]],
    ["a double surname alone later", "Former minister Luis Ortega Vidal won 37 percent. Ortega Vidal has not commented.", "Luis Ortega Vidal", "Former minister", ["Ortega Vidal"]],
    ["a double surname speaks for a full name with no cue of its own", "Elena Ruiz Montoya won the seat. Ruiz Montoya said she would wait.", "Elena Ruiz Montoya", null, ["Ruiz Montoya"]],
    ["a party and state in brackets", "The bill failed. Joaquin Ortiz (D-Westland) called it a shame.", "Joaquin Ortiz", null, []],
    ["a party's letter in brackets", "The bill failed. Joaquin Ortiz (R) called it a shame.", "Joaquin Ortiz", null, []],
    ["a capitalised everyday role opening the sentence", "The ferry was cancelled. Passenger Ingrid Solberg said she was angry.", "Ingrid Solberg", "Passenger", []],
    ["a preposition opening the sentence is no part of the name", "Ada Makaeff sued. Like Makaeff, the former customer, Tom Roffman does not want to fight.", "Ada Makaeff", null, ["Makaeff"]],
    ["role in an appositive", "Tomas Berg, a lawyer for the family, said the case was closed.", "Tomas Berg", null, []],
    ["an abbreviation's stop inside the appositive", "Omar Hale, a cardiologist at St. Mary's Hospital, said it was good.", "Omar Hale", null, []],
    ["first name that is also a common word", "Bill Moreno, 52, was elected. The bill passed. Moreno thanked voters.", "Bill Moreno", null, ["Moreno"]],
    ["a capitalised title after its article before an appositive name", "The Westland Premier, Chris Minns, welcomed the money but wanted more. Minns left.", "Chris Minns", null, ["Minns"]],
    ["role phrase before an appositive name", "The union's president, Jane Okoro, said the deal was fair. Okoro left.", "Jane Okoro", "president", ["Okoro"]],
    ["appositive role after a preposition is not hers", "A spokeswoman for the governor, Lena Ruiz, said it was fair.", "Lena Ruiz", null, []],
    ["clergy title", "Canon Rhys Elwood opened the library. Elwood smiled.", "Rhys Elwood", "Canon", ["Elwood"]],
    ["initial inside the name", "The novelist J. Arne Vik wrote it. Vik is 80.", "J. Arne Vik", "novelist", ["Vik"]],
    ["an age written before the name", "Police said 81-year-old Edith Varn was unhurt.", "Edith Varn", null, []],
    ["a lower-case 'boss' after a body's name", "Halton boss Sian Varn praised the players. Varn smiled.", "Sian Varn", "Halton boss", ["Varn"]],
    ["a hyphenated compound title", "Harbour Agency Director-General Ivo Hale said the port was safe. Ivo told reporters.", "Ivo Hale", "Harbour Agency Director-General", ["Ivo"]],
    ["a party member's noun before a name", "Governor Ivo Hale won, defeating Democrat Rosa Lindqvist. Lindqvist said she had called him.", "Rosa Lindqvist", "Democrat", ["Lindqvist"]],
    ["a British councillor's abbreviated title", "Cllr Ivo Hale said the budget was fair. Hale left.", "Ivo Hale", "Cllr", ["Hale"]],
    ["a capitalised prosecutor's title", "Prosecutor Ivo Hale said the case was clear. Hale left.", "Ivo Hale", "Prosecutor", ["Hale"]],
  ];
  it.each(rows)("%s", (_n, body, name, role, aliases) => {
    const e = byName(find(body), name);
    expect(e?.kind).toBe("person");
    expect(e?.role ?? null).toBe(role);
    for (const a of aliases) expect(e?.aliases).toContain(a);
    for (const m of e?.mentions ?? []) expect(body.slice(m.start, m.end)).toBe(m.text);
  });

  it("a surname alone is a mention of the full name, the canonical name is the first full form", () => {
    const body = "Karin Olsen arrived. Olsen said the port was safe. Olsen's aide left.";
    const people = find(body).filter((e) => e.kind === "person");
    expect(people.map((e) => e.name)).toEqual(["Karin Olsen"]);
    expect(people[0].mentions.map((m) => m.text)).toEqual(["Karin Olsen", "Olsen", "Olsen"]);
  });

  it("an appositive's generic role makes no alias", () => {
    const body = "Its president, Jane Okoro, said the deal was fair. The president of the country disagreed.";
    expect(byName(find(body), "Jane Okoro")?.aliases).toEqual([]);
  });

  it("a role description used in the text becomes an alias", () => {
    const body = "On Monday, Port Spokesman Arvid Holm said ships were late. The port spokesman later apologised.";
    expect(byName(find(body), "Arvid Holm")?.aliases).toContain("The port spokesman");
  });
});

describe("a lone surname shared by a name and its suffixed form", () => {
  it("is the one named first when the suffixed one comes after", () => {
    const list = find("Rep. Ivo Strand (R-Westland) backed the bill. His father, Ivo Strand Sr., ran in 2008. Strand said he was proud.");
    expect(byName(list, "Ivo Strand")?.aliases).toContain("Strand");
  });
});

describe("a lone surname shared by a name and a relative introduced as kin", () => {
  it("is the person the possessive points to, who becomes a person even with no cue of their own", () => {
    const list = find("Ivo Strand, the painter whose murals filled the station, died on Sunday. His daughter, Mira Strand, said he had been ill. Strand was born in 1941.");
    expect(byName(list, "Ivo Strand")?.kind).toBe("person");
    expect(byName(list, "Ivo Strand")?.aliases).toContain("Strand");
    expect(byName(list, "Mira Strand")?.aliases).not.toContain("Strand");
  });
  it("and a possessive name leads the kin word too (no comma)", () => {
    const list = find("Senator Ivo Strand spoke first. Strand's wife Mira Strand spoke after him. Strand said he was proud.");
    expect(byName(list, "Ivo Strand")?.aliases).toContain("Strand");
  });
  it("but not a relative described after the name: that one is who the story follows", () => {
    const list = find("The victims were officer Ivo Strand and Per Lind. Mira Strand, mother of Ivo Strand, spoke on Monday. Strand said she was angry.");
    expect(byName(list, "Ivo Strand")?.aliases ?? []).not.toContain("Strand");
  });
});

describe("a two-word name that is no double surname", () => {
  it("when it ends two longer names: it stays a person of its own", () => {
    const list = find("Ana Ruiz Montoya met Pedro Ruiz Montoya on Monday. Ruiz Montoya said it was over.");
    expect(byName(list, "Ruiz Montoya")?.kind).toBe("person");
  });
  it("nor is a first name and surname whose surname also stands alone", () => {
    const list = find("Fans cheered Golden Ivo Berg on Sunday. Ivo Berg, 34, won on Monday. Ivo Berg said he was glad. Berg said he was tired.");
    expect(byName(list, "Ivo Berg")?.kind).toBe("person");
  });
});

describe("findEntities: outlets and organisations", () => {
  const rows: Array<[string, string, string, string]> = [
    ["X news agency", "The Nordpress news agency quoted her as saying it was over.", "Nordpress", "outlet"],
    ["a title-case body opening the sentence with a plural and a preposition", "The vote was held. Surgeons Without Frontiers said it was worried.", "Surgeons Without Frontiers", "organisation"],
    ["the same body inside a sentence", "The vote was held. The charity Surgeons Without Frontiers said it was worried.", "Surgeons Without Frontiers", "organisation"],
    ["told the X (outlet head)", "Olsen told the Valley Tribune that she would stay.", "Valley Tribune", "outlet"],
    ["weekday inside an outlet's name", "“No,” he told the Sunday Ledger on Friday.", "Sunday Ledger", "outlet"],
    ["a hearer described as a person", "“No,” Olsen told Mira Dahl, a teacher in Westport.", "Mira Dahl", "person"],
    ["a hearer with a relative 'who'", "“No,” Olsen told Mira Dahl, who had asked about the pier.", "Mira Dahl", "person"],
    ["a hearer whose role an outlet noun modifies", "“No,” Olsen told Dahl, the radio host.", "Dahl", "person"],
    ["X reported", "The Harbour Gazette reported on Monday that ships were late.", "Harbour Gazette", "outlet"],
    ["news agency in the name", "The Westland News Agency (WNA) said the border was closed. WNA added more.", "Westland News Agency", "outlet"],
    ["organisation word", "The Westland Port Authority said it would reopen.", "Westland Port Authority", "organisation"],
    ["institution speaking", "The Admiralty said the channel was open.", "Admiralty", "organisation"],
    ["interviewer is an outlet", "Olsen said in an interview with broadcaster Nordvision that she would stay.", "Nordvision", "outlet"],
    ["plural possessive inside a name", "The Dockers' Union called the offer “an insult”.", "Dockers' Union", "organisation"],
    ["a conservatory in apposition", "The city's music school, the Kessel Conservatory, sends her 30 violins a year.", "Kessel Conservatory", "organisation"],
    ["an ampersand inside a firm's name", "Karl Benning, an analyst at Stroud & Co. in Chicago, said the fund was safe.", "Stroud & Co", "organisation"],
    ["two names joined by an ampersand", "Harmon & Voss said the fund was safe.", "Harmon & Voss", "organisation"],
    ["a role-like word before a lone body word", "Northbridge City, the Premier League club, confirmed the deal. The Premier League said nothing.", "Premier League", "organisation"],
    ["a saint's possessive inside a body's name", "Ben Akers, a doctor at St. Jude's Medical Center, said so. St. Jude's Medical Center agreed.", "St. Jude's Medical Center", "organisation"],
    ["a firm's closing word", "The lander is built by Orbis Dynamics of Huntsville. Orbis Dynamics said it was on time.", "Orbis Dynamics", "organisation"],
    ["“on” after a body's word inside its name", "The National Institute on Aging said it would fund the work.", "National Institute on Aging", "organisation"],
    ["but a body's name stops before “on” and a day", "The Harbour Council on Monday said it would fund the work. The council agreed.", "Harbour Council", "organisation"],
    ["“for” after a body's word inside its name", "The Office for Budget Responsibility said growth would slow.", "Office for Budget Responsibility", "organisation"],
    ["“and” joins a second field to a body's “for” phrase", "The Department for Work and Pensions says the fund will grow.", "Department for Work and Pensions", "organisation"],
    ["an age in the apposition after a name", "Tom Briggs, a 34-year-old delivery driver, comes every Thursday with his daughter.", "Tom Briggs", "person"],
    ["a common noun for a body before the name", "Campaign group Save Ashford Fields said it would consider a legal challenge.", "Save Ashford Fields", "organisation"],
    ["a house builder's name", "The developer, Greystone Homes, says work could start next spring.", "Greystone Homes", "organisation"],
    ["a centre's name with “for” and “and”", "The US Centers for Disease Control and Prevention said it was sending a team.", "US Centers for Disease Control and Prevention", "organisation"],
    ["a broadcaster's number inside its name", "Tom Rask told Channel 9 News on Monday that he agreed.", "Channel 9 News", "outlet"],
    ["“and” inside a body's name", "The Food and Drug Administration said the drug was safe.", "Food and Drug Administration", "organisation"],
    ["“and” after “of” inside a body's name", "A spokesperson for the Department of Health and Human Services said the agency would act.", "Department of Health and Human Services", "organisation"],
    ["a body's word opening the sentence and its name", "Police Scotland urged drivers to stay at home.", "Police Scotland", "organisation"],
    ["a savings bank that speaks", "Westmere Savings said it had repaid every customer.", "Westmere Savings", "organisation"],
    ["court after a titled name", "Judge Rosa Quill of the Westland High Court said the rule was unfair.", "Westland High Court", "organisation"],
  ];
  it.each(rows)("%s", (_n, body, name, kind) => {
    expect(byName(find(body), name)?.kind).toBe(kind);
  });

  it.each([
    ["told", "“We will win,” Olsen told Westlandians on Monday."],
    ["speaking to", "Olsen, speaking to Westlandians, said: “We will win.”"],
  ])("a people in the plural that hears a speech is no outlet (%s)", (_n, body) => {
    expect(byName(find(body), "Westlandians")?.kind).not.toBe("outlet");
  });

  it("parenthetical acronyms are aliases", () => {
    const e = byName(find("The Westland News Agency (WNA) said the border was closed. WNA added more."), "Westland News Agency");
    expect(e?.aliases).toContain("WNA");
    expect(e?.mentions.map((m) => m.text)).toEqual(["Westland News Agency", "WNA", "WNA"]);
  });
});

describe("findEntities: what is not an entity", () => {
  it.each([
    ["places after prepositions", "The ship sailed from North Harbour to Port Elm in the spring.", ["North Harbour", "Port Elm"]],
    ["a modifier opening a headline before a name", "Top Holt adviser sent messages to her private account.\n\nMaria Holt's top staffer Ann Berg was one of the authors.\n\nHolt said it was fine.", ["Top Holt"]],
    ["a body's word only ever modifying a role before a name", "Council member Rita Osei said she would table a motion. Osei left.", ["Council"]],
    ["a party and an abbreviated title with no name", "A senior Westland MP, who asked not to be named, said so. “Nobody denies it,” the MP said.", ["Westland MP", "MP"]],
    ["a list after a capitalised title is no apposition", "Meanwhile the President, Westland politicians and the media pushed the story. He said so.", ["Westland"]],
    ["sentence-initial common words", "Officials said nothing. Residents waited. Yesterday it rained.", ["Officials", "Residents", "Yesterday"]],
    ["months and weekdays", "On Monday, March 3, the port opened.", ["Monday", "March"]],
    ["a ship with a prefix", "The vessel, the MV Lady Wren, sank. The Lady Wren carried 40 people.", ["Wren", "Lady Wren", "MV Lady Wren"]],
    ["a ship after a vessel noun", "The tanker Blue Heron ran aground. Blue Heron said nothing, of course.", ["Blue Heron"]],
    ["a country whose government speaks", "The government of Estmark said it would appeal. Later the ministry of Norland agreed.", ["Estmark", "Norland"]],
    ["a place where speakers are", "Officials in Westmark said the road was closed. Officials at Port Elm agreed.", ["Westmark", "Port Elm"]],
    ["an indefinite pronoun that speaks", "“Nobody asked us,” Per Lind said. Everybody knew. Somebody told the press.", ["Nobody", "Everybody", "Somebody"]],
    ["an age before a kind of person: the name modifies it", "Police found a 19-year-old Westland student and an 81-year-old Norland Islander at home.", ["Westland", "Norland Islander"]],
    ["the region of a place pair before the verb", "Harbour Foods, based in Elmford, Westland, said it would appeal.", ["Westland", "Elmford"]],
    ["a name joined to a lower-case suffix is a modifier", "Ivo Brandt gave an Olsen-style reply. A Westport-based firm agreed.", ["Olsen-style", "Westport-based"]],
  ])("%s", (_n, body, absent) => {
    const names = find(body).map((e) => e.name);
    for (const a of absent) expect(names).not.toContain(a);
  });

  it("a subject after a fronted place phrase still speaks", () => {
    const names = find("At the debate in Elmford, Westland, Ada Lind said she would run. At a rally in Norland, Lind said so again.").map((e) => e.name);
    expect(names).toContain("Ada Lind");
  });

  it("but an outlet named only by its reporter is still the outlet", () => {
    const e = byName(find("“It will pass,” Ivo Hale told Courier reporter Ann Berg on Monday. Hale left."), "Courier");
    expect(e?.kind).toBe("outlet");
  });

  it("but a party's body keeps its party word", () => {
    expect(byName(find("The Republican National Committee said the rules stood. The committee met."), "Republican National Committee")?.kind).toBe("organisation");
  });

  it("a ship's name with a role-like word makes no person", () => {
    expect(find("The ferry, the MV Lady Wren, sank off the cape.").filter((e) => e.kind === "person")).toEqual([]);
  });

  it("never crashes and keeps spans exact on odd input", () => {
    for (const body of ["", "😀😀", "<b>Karin Olsen</b> said.", "A\r\n\r\nB C D E F G", "Ünal Çelik said. Çelik left.", "İstanbul Office said."]) {
      for (const e of find(body)) for (const m of e.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
    }
  });
});

describe("findEntities: short forms of a body's name", () => {
  it("the first word of a firm's name used alone as a noun is that firm", () => {
    const body = "Pinnacle Devices reported a 12% fall in revenue. Analysts said Pinnacle was losing ground. Pinnacle's share fell.";
    const e = byName(find(body), "Pinnacle Devices");
    expect(e?.kind).toBe("organisation");
    expect(e?.aliases).toContain("Pinnacle");
    expect(e?.mentions.map((m) => m.text)).toEqual(["Pinnacle Devices", "Pinnacle", "Pinnacle"]);
  });

  it("but not where the word modifies a noun", () => {
    const body = "Westland Airlines reported a loss. Westland officials said the routes would close.";
    expect(byName(find(body), "Westland Airlines")?.mentions.map((m) => m.text)).toEqual(["Westland Airlines"]);
  });

  it("a capitalised tail merges into the one longer name", () => {
    const list = find("The Westland Coast Guard searched the bay. Coast Guard officers said nobody was missing.");
    expect(list.map((e) => e.name)).not.toContain("Coast Guard");
    expect(byName(list, "Westland Coast Guard")?.aliases).toContain("Coast Guard");
  });

  it("a one-word tail of an outlet's name is that outlet", () => {
    const list = find("The Westmark Herald reported the plan first. Olsen told the Herald that she would stay.");
    expect(list.map((e) => e.name)).not.toContain("Herald");
    expect(byName(list, "Westmark Herald")?.mentions.map((m) => m.text)).toEqual(["Westmark Herald", "Herald"]);
  });

  it("a lower-case common-noun tail is a mention of the one body it fits", () => {
    const body = "The Westland Coast Guard searched the bay. The coast guard denied the reports.";
    const e = byName(find(body), "Westland Coast Guard");
    expect(e?.mentions.map((m) => m.text)).toEqual(["Westland Coast Guard", "The coast guard"]);
  });

  it("a tail that fits two bodies is left alone", () => {
    const body = "The Westland Coast Guard met the Eastland Coast Guard. The coast guard said nothing.";
    for (const e of find(body)) expect(e.mentions.map((m) => m.text)).not.toContain("The coast guard");
  });

  it.each([
    ["a body after the article", "“No,” said Rosa Quill of the Westland Dock Union. Quill left.", "Westland Dock Union"],
    ["a place", "“No,” said Rosa Quill of Westport. Quill left.", "Westport"],
    ["an outlet", "“No,” said Rosa Quill of the Harbour Ledger. Quill left.", "Harbour Ledger"],
  ])("a plain name before 'of' is a person of %s, and her surname joins her", (_n, body, body2) => {
    const list = find(body);
    expect(byName(list, "Rosa Quill")?.kind).toBe("person");
    expect(byName(list, "Rosa Quill")?.aliases).toContain("Quill");
    expect(list.some((e) => e.name.includes("Quill") && e.name.includes(body2))).toBe(false);
  });
  it.each([
    ["dotted initials open a person's name", "“No,” said A.J. Berg of Westport.", "A.J. Berg", "person"],
    ["a dotted place before a body's word", "“No,” the U.N. Harbour Council said.", "U.N. Harbour Council", "organisation"],
  ])("%s", (_n, body, name, kind) => {
    expect(byName(find(body), name)?.kind).toBe(kind);
  });
  it.each([
    ["a body's head word before 'of'", "The Bank of Westland said rates would rise.", "Bank of Westland"],
    ["an institute", "The Westland Institute of Technology said the study was sound.", "Westland Institute of Technology"],
    ["a plural head", "The Dock Workers of Westland said they would strike.", "Dock Workers of Westland"],
  ])("a body's name keeps its 'of': %s", (_n, body, name) => {
    expect(byName(find(body), name)).toBeDefined();
  });

  it("a judge of a court: the person keeps the title, the court is its own body", () => {
    const list = find("Judge Rosa Quill of the Westland High Court said the rule was unfair. Quill left.");
    expect(byName(list, "Rosa Quill")?.kind).toBe("person");
    expect(byName(list, "Rosa Quill")?.role).toBe("Judge");
  });
});

describe("findEntities: a name written in lower case inside a handle or address", () => {
  it.each([
    ["a handle", "Harbour Minister Karin Olsen spoke. The ministry tweeted from @karin_olsen on Monday.\n\nOlsen, who is running again, praised the crews."],
    ["a web address", "Harbour Minister Karin Olsen spoke. Her site is olsen.org and it was busy.\n\nOlsen, who is running again, praised the crews."],
  ])("%s does not make the surname a common word at a sentence's start", (_n, body) => {
    const olsen = find(body).find((e) => e.name === "Karin Olsen");
    expect(olsen?.mentions.filter((m) => m.text === "Olsen" && body.slice(m.start - 2, m.start) === "\n\n")).toHaveLength(1);
  });
});

describe("findEntities: a role that runs on through “of” and a body's name", () => {
  it.each([
    ["an occupation as a title", "Forecaster Helen Briggs told the station the worst was over.", "Helen Briggs", "Forecaster"],
    ["an organisation word ends the body", "CEO of the Harbour Council Per Lind told reporters it was done.", "Per Lind", "CEO of the Harbour Council"],
    ["else the body's first word", "Former Secretary of State Ann Holt said it was done.", "Ann Holt", "Former Secretary of State"],
    ["a two-word role", "Chief of Staff Ola Brandt said it was done.", "Ola Brandt", "Chief of Staff"],
  ])("%s", (_n, body, name, role) => {
    const list = find(body);
    expect(list.map((e) => e.name)).toContain(name);
    expect(byName(list, name)?.role).toBe(role);
    expect(list.every((e) => !/^\p{Ll}/u.test(e.name))).toBe(true);
  });
});

describe("findEntities: a headline's capitals", () => {
  const AFTER = "\n\nHarbour Minister Karin Olsen visited the docks on Monday, and the difference was clear. Councillor Per Lind said the response was slow.";
  it("a title-case sentence does not run names together over its function words and common words", () => {
    const body = "Harbour Response Captures The Difference Between Per Lind And Karin Olsen." + AFTER;
    const chunks = findChunks(body, readText(body).tokens).map((c) => c.name);
    expect(chunks).toEqual(expect.arrayContaining(["Karin Olsen", "Per Lind"]));
    expect(chunks.filter((n) => /\s/.test(n) && /Response|Difference|Between|The /.test(n))).toEqual([]);
  });
  it("two names written on their own elsewhere, joined by a headline's verb, are two names", () => {
    const body = "Karin Olsen Slams Per Lind" + AFTER;
    const list = find(body);
    expect(list.map((e) => e.name).filter((n) => /Slams/.test(n))).toEqual([]);
    expect(byName(list, "Per Lind")?.mentions.some((m) => m.start < 30)).toBe(true);
  });
});

describe("findEntities: an appositive role after an article, written with its capital", () => {
  it.each([
    ["capitalised", "Anna Berg, the Harbour Commissioner, reacted to the deal."],
    ["lower case", "Anna Berg, the harbour commissioner, reacted to the deal."],
  ])("%s makes a person", (_n, body) => {
    expect(byName(find(body), "Anna Berg")?.kind).toBe("person");
  });
  it("but a capitalised role with no article does not (a body's name may hold one)", () => {
    expect(byName(find("Westland Port, Harbour Commissioner Office, reacted to the deal."), "Westland Port")?.kind).not.toBe("person");
  });
});

describe("a wire dateline names no entity", () => {
  it("“WASHINGTON (AP) —” is neither a body nor a speaker", () => {
    const names = findEntities(readText("WASHINGTON (AP) — The Harbour Board said on Monday it would act. “We are ready,” the board said.")).map((e) => e.name);
    expect(names).not.toContain("WASHINGTON");
  });
  it("nor with old wire copy's underscore for its dash", () => {
    const names = findEntities(readText("WASHINGTON (AP) _ The Harbour Board said on Monday it would act. “We are ready,” the board said.")).map((e) => e.name);
    expect(names).not.toContain("WASHINGTON");
    expect(names).toContain("Harbour Board");
  });
  it("nor does the country after its comma", () => {
    const names = findEntities(readText("NAIROBI, Westland (AP) _\n\nThe Harbour Board said on Monday it would act. “We are ready,” the board said.")).map((e) => e.name);
    expect(names).not.toContain("Westland");
  });
  it("and the capitalised article after its dash opens a sentence", () => {
    const names = findEntities(readText("OSLO, Norway — The Harbour Board said on Monday it would act. “We are ready,” the board said.")).map((e) => e.name);
    expect(names).toContain("Harbour Board");
  });
});

describe("a body's name without its closing body words", () => {
  it("“Westline” after “Westline Ferries” is the same body", () => {
    const es = findEntities(readText("Westline Ferries admitted breaching safety rules. In a statement, Westline said it regretted the incident."));
    expect(es.filter((e) => /Westline/.test(e.name)).map((e) => [e.name, e.kind, e.aliases])).toEqual([["Westline Ferries", "organisation", ["Westline"]]]);
  });
  it("but not when two bodies open with it", () => {
    const es = findEntities(readText("Norvik Industries said profit fell. Norvik Holdings said it would sell shares. Norvik said nothing more."));
    expect(es.some((e) => e.name === "Norvik Industries" && e.aliases.includes("Norvik"))).toBe(false);
  });
});

describe("“and” after a body's field, before another body", () => {
  it("“Department of Justice and Congress” stays two", () => {
    const names = findEntities(readText("The Department of Justice and Congress both said no. Congress said it would vote.")).map((e) => e.name);
    expect(names).not.toContain("Department of Justice and Congress");
  });
});

describe("a title with no name after it", () => {
  it("“the Prime Minister” is nobody's name", () => {
    const names = findEntities(readText("Downing Street declined to say whether the Prime Minister had been consulted. “No,” the Attorney General said.")).map((e) => e.name);
    expect(names.filter((n) => /Minister|General|Prime|Attorney/.test(n))).toEqual([]);
  });
  it("but a courtesy title's name may be a role word (“Charlie King … Mr. King said”)", () => {
    const names = findEntities(readText("Charlie King runs the campaign. “No one has it right,” Mr. King said.")).map((e) => e.name);
    expect(names).toContain("Charlie King");
  });
});

describe("who speaks around a name in foreign news", () => {
  it("“Iran's foreign minister said”: the minister, not the country", () => {
    expect(findEntities(readText("Iran's foreign minister said on Sunday that talks would resume.")).map((e) => e.name)).not.toContain("Iran");
  });
  it("“The head of Norway's largest pension fund said”: a preposition's possessive object does not speak", () => {
    expect(findEntities(readText("The head of Norway's largest pension fund said the fund would sell its holdings.")).map((e) => e.name)).not.toContain("Norway");
  });
  it("“Copperline” after “Copperline Resources” is the same body", () => {
    const es = findEntities(readText("NRK reported that one firm was Copperline Resources. Copperline said it had “no knowledge” of the plans."));
    expect(es.find((e) => e.name === "Copperline Resources")?.aliases).toContain("Copperline");
  });
  it("“told reporters in Jerusalem that”: a place after a preposition does not speak", () => {
    expect(findEntities(readText("The prime minister, Benjamin Netanyahu, told reporters in Jerusalem that any deal must end enrichment.")).map((e) => e.name)).toEqual(["Benjamin Netanyahu"]);
  });
  it("“, told Reuters the meeting …”: the one told is no speaker", () => {
    expect(findEntities(readText("A US official, speaking on condition of anonymity, told Reuters the meeting had lasted two hours.")).filter((e) => e.kind === "person" || e.kind === "organisation").map((e) => e.name)).not.toContain("Reuters");
  });
  it("“X was quoted as saying by IRNA”: the one quoted is a speaker, not an outlet", () => {
    const es = findEntities(readText("“The talks were constructive,” Abbas Araqchi was quoted as saying by IRNA. He said the talks would go on."));
    expect(es.find((e) => e.name === "Abbas Araqchi")?.kind).toBe("person");
  });
});

describe("a plural common noun after “the” is the things, not the firm", () => {
  it("“the homes” is no mention of Greystone Homes", () => {
    const e = findEntities(readText("The developer, Greystone Homes, says work could start in spring. Greystone said the homes would be built on raised ground.")).find((x) => x.name === "Greystone Homes");
    expect(e?.mentions.map((m) => m.text)).not.toContain("the homes");
  });
  it("but an occupation before a person's name is no body (“Florida developer Mel Sembler”)", () => {
    expect(findEntities(readText("Florida developer Mel Sembler expressed dismay. “I now fear it may happen,” he told the Tampa Bay Times.")).find((x) => x.name === "Mel Sembler")?.kind).not.toBe("organisation");
  });
});

describe("a courtesy title is no role description", () => {
  it("“The Rev. Anne Poole” gives no alias “The Rev”", () => {
    const e = findEntities(readText("The Rev. Anne Poole said the congregation would meet in a gym. “The building is gone,” she said.")).find((x) => x.name === "Anne Poole");
    expect(e?.aliases).not.toContain("The Rev");
  });
});

describe("a role's description is found as whole words", () => {
  it("“the Rep” is no mention inside “the Republican Party”", () => {
    const e = findEntities(readText("Rep. Ivo Strand spoke. Strand said he had told the Republican Party last month.")).find((x) => x.name === "Ivo Strand");
    expect(e?.aliases).not.toContain("the Rep");
  });
  it("but a short title finds the title in full (“Sen.” and “the senator”)", () => {
    const e = findEntities(readText("Sen. Ivo Strand spoke on Monday. The vote was close, the senator said.")).find((x) => x.name === "Ivo Strand");
    expect(e?.mentions.map((m) => m.text.toLowerCase())).toContainEqual(expect.stringMatching(/^the sen/));
  });
});

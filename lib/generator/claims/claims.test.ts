// Claim-status rules, one invented sentence (or pair) per row. Sentences are cut by hand so the
// test does not depend on the splitter.
import { describe, expect, it } from "vitest";
import { findClaims } from "./index";
import { readText } from "../text/layer";
import { findEntities } from "../entities";
import type { Claim, Sentence } from "../types";

function sentencesOf(parts: string[]): { body: string; sentences: Sentence[] } {
  const sentences: Sentence[] = [];
  let body = "";
  parts.forEach((text, id) => {
    if (body) body += " ";
    sentences.push({ id, start: body.length, end: body.length + text.length, text, paragraph: 0 });
    body += text;
  });
  return { body, sentences };
}

function claimsOf(...parts: string[]): Claim[] {
  const { body, sentences } = sentencesOf(parts);
  const claims = findClaims({ ...readText(body), sentences }, [], []);
  for (const c of claims) expect(body.slice(c.cue.start, c.cue.end)).toBe(c.cue.text);
  return claims;
}

type Row = [name: string, sentences: string[], status: Claim["status"], by: string | null];

const rows: Row[] = [
  ["neither confirm nor deny", ["Mayor Ann Holt said on Tuesday that she could neither confirm nor deny reports of a merger."], "neither_confirmed_nor_denied", "Ann Holt"],
  ["confirm or deny, declined", ["The ministry declined to confirm or deny the story."], "neither_confirmed_nor_denied", "ministry"],
  ["denied", ["The Harbour Board denied that it had sold the pier."], "denied", "Harbour Board"],
  ["rejected the claims", ["Coach Ben Ortiz rejected the claims as baseless."], "denied", "Ben Ortiz"],
  ["confirmed", ["The Fire Service confirmed that two engines were sent."], "confirmed", "Fire Service"],
  ["reportedly", ["The singer reportedly left the band in March."], "reported_unverified", null],
  ["refuted the story", ["The Rail Union refuted the story on Monday."], "denied", "Rail Union"],
  ["denied doing something", ["Coach Ben Ortiz flatly denied meeting the envoy."], "denied", "Ben Ortiz"],
  ["unable to confirm", ["The Fire Service said it was unable to confirm the figures."], "reported_unverified", "Fire Service"],
  ["reported by, passive", ["The merger was first reported by the Harbour Ledger."], "reported_unverified", "Harbour Ledger"],
  ["reported, citing", ["The pier will close, the Harbour Ledger reported, citing two council members."], "reported_unverified", "Harbour Ledger"],
  ["has not responded to questions", ["The ministry has not responded to questions about the pier."], "no_comment", "ministry"],
  ["did not answer written questions", ["The club did not answer written questions about the sale."], "no_comment", "club"],
  ["has not disclosed", ["The Rail Union has not disclosed the terms."], "no_comment", "Rail Union"],
  ["neither … nor … would comment", ["Neither the club nor the coach would comment on the sale."], "no_comment", null],
  ["holder cut before its object", ["Lawyers for the singer did not immediately return messages."], "no_comment", "Lawyers"],
  ["X reported that", ["The Daily Courier reported that the bridge would close."], "reported_unverified", "Daily Courier"],
  ["the media reported in", ["The media reported in May that the plant was for sale."], "reported_unverified", "media"],
  ["according to reports", ["According to reports, the factory will shut."], "reported_unverified", "unnamed reports"],
  ["according to X, no comma", ["According to Lindqvist the files were returned by post."], "reported_unverified", "Lindqvist"],
  ["according to an agency", ["According to Nordic news agency, the army was put on alert."], "reported_unverified", "Nordic news agency"],
  ["reports have revealed", ["Recent reports have revealed that the club was sold."], "reported_unverified", "unnamed reports"],
  ["leaked documents", ["Leaked documents show the council knew of the leak."], "reported_unverified", null],
  ["they claimed", ["On May 2, club officials went to the police station where they claimed the player took a laptop."], "reported_unverified", "club officials"],
  ["did not respond to a request", ["The Town Hall did not respond to a request for comment."], "no_comment", "Town Hall"],
  ["declined to say", ["Grace Moyo declined to say how much the deal was worth."], "no_comment", "Grace Moyo"],
  ["better not say", ["Asked about the talks, Olu Bello told the Evening Star that he had better not say."], "no_comment", "Olu Bello"],
  ["pronoun to previous subject", ["Rita Vance told reporters that she had a plan.", "But she did not disclose further details."], "no_comment", "Rita Vance"],
  ["pronoun to the closing cue's speaker before", ["About 3,000 passengers will get refunds, Harbour Ferries said in a statement.", "It did not say when the ship would sail."], "no_comment", "Harbour Ferries"],
  ["had no immediate comment", ["The Port Authority had no immediate comment."], "no_comment", "Port Authority"],
  ["no comment from", ["There was no immediate comment from the Rail Union."], "no_comment", "Rail Union"],
  ["has not commented", ["Mayor Ann Holt has not publicly commented on the sale."], "no_comment", "Ann Holt"],
  ["called the reports false", ["The embassy called the reports completely false."], "denied", "embassy"],
  ["said the reports were false", ["The Rail Union said the reports were entirely false."], "denied", "Rail Union"],
  ["unavailable for comment", ["Councillor Ruth Amadi was unavailable for comment."], "no_comment", "Ruth Amadi"],
  ["declined requests for an interview", ["The Rail Union declined requests for an interview."], "no_comment", "Rail Union"],
  ["did not release the names", ["Police did not release the names of the victims."], "no_comment", "Police"],
  ["pleaded not guilty", ["Ivan Petrov pleaded not guilty to the charges."], "denied", "Ivan Petrov"],
  ["a report by X said", ["A report by the Audit Office said the fund had lost money."], "reported_unverified", "Audit Office"],
  ["citing unnamed sources", ["The Valley Times, citing unnamed officials, said the mayor would resign."], "reported_unverified", "Valley Times"],
  ["it is alleged", ["It is alleged that the driver ran a red light."], "reported_unverified", null],
  ["admitted", ["Coach Ben Ortiz admitted that the team had trained badly."], "confirmed", "Ben Ortiz"],
  ["sources familiar with", ["The deal is worth 2 billion euros, people familiar with the matter said."], "reported_unverified", "unnamed sources"],
  ["it is understood that", ["It is understood that the club will also sell its goalkeeper."], "reported_unverified", null],
  ["reports whose source goes unnamed claim", ["Reports in Westland claim the club made a late bid."], "reported_unverified", null],
  ["is believed to have", ["The firm is believed to have lost its biggest client."], "reported_unverified", null],
  ["according to sources familiar with", ["The firm plans to move production to Gdansk, according to people familiar with the matter."], "reported_unverified", "unnamed sources"],
  ["could not immediately be confirmed", ["The figure could not immediately be confirmed."], "reported_unverified", null],
  ["could not be verified", ["The video could not be independently verified."], "reported_unverified", null],
  ["could not verify", ["The Harbour Gazette could not independently verify the footage."], "reported_unverified", "Harbour Gazette"],
  ["a role, then the person in apposition", ["Olsen's attorney, David Kendall, declined to comment."], "no_comment", "David Kendall"],
  ["a head with a relative clause, then the name in apposition", ["The company that owned the site, Redrock Minerals, declined to comment."], "no_comment", "Redrock Minerals"],
  ["a body's head with two modifiers after its article", ["A spokeswoman for the district attorney's office declined to say whether more charges were expected."], "no_comment", "district attorney's office"],
  ["but no clause inside the holder", ["Olsen said the vote was rigged, a charge that Westland Party leaders denied."], "denied", "Westland Party leaders"],
  ["a plural role, then the firm in apposition", ["The trust's auditors, Fenwick & Lane, declined to comment."], "no_comment", "Fenwick & Lane"],
  ["did not reveal before an open question", ["Per Lind did not reveal exactly what he would say on Thursday."], "no_comment", "Per Lind"],
  ["would not discuss", ["Per Lind would not discuss the plan."], "no_comment", "Per Lind"],
  ["a description, a role noun, then the name", ["Former England defender Marcus Reid, who is among the favourites, declined to comment."], "no_comment", "Marcus Reid"],
  ["pleaded guilty", ["Ivan Petrov, 41, pleaded guilty to two counts of theft on Monday."], "confirmed", "Ivan Petrov"],
  ["a relative pronoun's noun before its comma", ["Prosecutors named others, such as Officer Lyle White, who pleaded guilty to theft."], "confirmed", "Lyle White"],
  ["a party label between the name and the verb", ["Prosecutions are rare, although a former congressman, Mark Siljander, R-Mich., pleaded guilty to lobbying."], "confirmed", "Mark Siljander"],
  ["a capitalised Will is a name, not a modal", ["Critics praised the speech in Orlando, Florida, which Will claims was his best."], "reported_unverified", "Will"],
  ["a holder noun before a place phrase", ["Health officials in Westland have confirmed 58 cases of measles."], "confirmed", "Health officials"],
  ["admitted a charge", ["Derek Pryce admitted fraud by abuse of position at Exeter Crown Court."], "confirmed", "Derek Pryce"],
  ["declined to name", ["Ingrid Solvang declined to name the companies."], "no_comment", "Ingrid Solvang"],
  ["would not name", ["The Rail Union would not name the drivers involved."], "no_comment", "Rail Union"],
  ["would not give a date", ["A Commission spokesperson said the file was under review and would not give a date."], "no_comment", "Commission spokesperson"],
  ["a standing policy of not commenting", ["The Rail Union does not comment on staff matters."], "no_comment", "Rail Union"],
  ["a bare body named by its spokesman", ["A Rail Union spokesman said the union does not comment on staff matters."], "no_comment", "Rail Union"],
  ["never comments, contracted", ["Per Lind says he doesn't comment publicly on rumours."], "no_comment", "Per Lind"],
  ["a quantifier alone names no holder", ["Two reporters were freed.", "Both deny charges of spreading false news."], "denied", null],
  ["nor does a quantifier with a count or a plain noun", ["Two reporters were freed.", "Both men deny the charges."], "denied", null],
];

describe("findClaims", () => {
  it.each(rows)("%s", (_name, parts, status, by) => {
    const claims = claimsOf(...parts);
    const c = claims.find((x) => x.status === status);
    expect(c, JSON.stringify(claims)).toBeDefined();
    expect(c!.by).toBe(by);
    expect(c!.sentence).toBe(parts[c!.sentenceIds[0]]);
  });

  it.each([
    ["no cue", "The council met on Monday to discuss the budget."],
    ["reported a figure, no clause", "The firm reported slower growth in May."],
    ["a person has learned a lesson", "Olsen has learned that lesson the hard way."],
    ["a person understands", "Nobody knows what Olsen understands."],
    ["passive report", "No injuries were reported in the crash."],
    ["confirming with", "The referee awarded a penalty after confirming with the video assistant."],
    ["participle claimed", "Troops left the regions claimed by both sides."],
    ["according to plan", "Everything went according to plan at the launch."],
    ["according to state law", "No one may campaign near a polling place, according to state law."],
    ["according to the rules", "According to the rules, the vote was void."],
    ["declined to be named", "A witness who declined to be named saw the car."],
    ["noun claims", "The claims made about him were lies, he said."],
    ["adjective confirmed", "The region has 40 confirmed cases so far."],
    ["denied a noun in -ing (refused it)", "The council denied funding to the club."],
    ["confirmed a place (secured it)", "The club confirmed its place in the final with a late goal."],
    ["confirmed a sentence (upheld it)", "The appeals court confirmed the sentence on Tuesday."],
    ["refused bail", "The driver was denied bail on Monday."],
    ["did not reveal, in a relative clause: a fact", "Ada Olsen showed a patience she did not reveal in 2008."],
    ["did not discuss a topic: a fact", "The two leaders did not discuss the border at the summit."],
    // A scare-quoted word is no claim.
    // Refusals that are acts, not a withheld answer.
    ["refused to answer for a crime", "The driver refused to answer for the crash."],
    ["refused to respond to an attack", "The troops refused to respond to the attack."],
    ["did not respond to an attack", "The troops did not respond to the attack."],
    // A bare name before a present "reports" signs off a broadcast piece.
    ["a reporter's sign-off", "The storm reached the coast at dawn, Ann Holt reports."],
    ["accused X of a scare-quoted word", 'Senator Ada Quill accused the mayor of "stalling" and said she would call a vote.'],
  ])("no claim: %s", (_name, sentence) => {
    expect(claimsOf(sentence)).toEqual([]);
  });

  it("a trailing relay does not add a second claim to a stronger cue", () => {
    const claims = claimsOf("Minister Paul Reyes said he could neither confirm nor deny the talks, media reported.");
    expect(claims.map((c) => c.status)).toEqual(["neither_confirmed_nor_denied"]);
    expect(claims[0].claim).toBe("the talks");
  });

  it("reports after a verb are a noun, not a second claim", () => {
    const claims = claimsOf("Ann Holt declined to confirm or deny reports that the mill would close.");
    expect(claims.map((c) => c.status)).toEqual(["neither_confirmed_nor_denied"]);
  });

  it("a report relayed by a second outlet keeps both", () => {
    const [c] = claimsOf("The Valley Times reported earlier that the mayor had resigned, Coast Radio reported.");
    expect(c.status).toBe("reported_unverified");
    expect(c.by).toBe("Valley Times");
    expect(c.via).toBe("Coast Radio");
    expect(c.claim).toBe("the mayor had resigned");
  });

  it("one sentence can carry two claims", () => {
    const claims = claimsOf("The firm confirmed the layoffs but denied that the plant would close.");
    expect(claims.map((c) => c.status).sort()).toEqual(["confirmed", "denied"]);
  });

  it.each([
    ["passive refusal with an adverb", "The pair were twice denied visas to enter the country."],
    ["passive refusal with a preposition", "The crew was initially denied entry at the border."],
    ["gerund refusal", "Critics blame the rules for denying them entry in the first place."],
    ["ditransitive refusal", "The board denied the club a licence for the new ground."],
    ["no denying", "There is no denying the team has had a good run."],
    ["negated denial", "The ministry did not deny that talks had taken place."],
    ["approval of a nominee", "The senate confirmed two judges last week."],
    ["passive approval", "She was nominated in May and confirmed by the senate in June."],
    ["passive approval with an auxiliary", "He was confirmed by the Senate as ambassador."],
    ["claimed a prize", "The runner claimed victory in the final race of the season."],
    ["the report said", "The audit report said the fund had lost money."],
    ["noun disputes", "The farms await the end of long legal disputes."],
    ["reporting as a noun", "The editors hope to bring their own sharper reporting style to the page."],
    ["according to preference", "Voters pick a candidate according to their own preference."],
    ["a negated says-verb", 'I did not say, you know, that I would back the plan," she said.'],
    ["reports as a noun after be", "There may be reports that come out later."],
    ["a figure reported", "The firm also reported slower growth in its main business."],
    ["a broadcast sign-off", "From the station in the valley, Ann Holt reports."],
    ["helps confirm", "The new data helps confirm the survey's findings."],
    ["a confirming hoped for", "“I would want to see a second study confirm this before we celebrate,” Ann Holt said."],
    ["a confirming on a condition", "If the tests confirm the finding, the drug will go on sale."],
    ["a present confirming still to come", "The shop will stay shut until the council confirms the date."],
    ["a present confirming on a condition", "If the lab confirms the result, the drug will go on sale."],
    ["a past confirming on a condition", "If the lab confirmed it, we would know."],
    ["rejected the idea of a plan", "The club rejected the idea of a second match in May."],
    ["reports as a noun at the end", "Neither firm would discuss those reports."],
  ])("no claim: %s", (_name, sentence) => {
    const claims = claimsOf(sentence);
    expect(claims.filter((c) => c.rule !== "reported-tail"), JSON.stringify(claims)).toEqual([]);
  });

  it("unnamed sources are kept but marked unsure", () => {
    const [c] = claimsOf("Sources told the Valley Times that the mayor would resign.");
    expect([c.status, c.by, c.sure, c.rule]).toEqual(["reported_unverified", "unnamed sources", false, "sources-said"]);
  });

  it("an active accusation is kept but marked unsure", () => {
    const [c] = claimsOf("The Valley Times accused the council of hiding the costs.");
    expect([c.status, c.by, c.claim, c.sure, c.rule]).toEqual(["reported_unverified", "Valley Times", "hiding the costs", false, "accused-of-active"]);
  });

  it("an inferred denial is kept but marked unsure", () => {
    const [c] = claimsOf("Club officials have stated they have not received the payment.");
    expect(c.status).toBe("denied");
    expect(c.sure).toBe(false);
    expect(c.by).toBe("Club officials");
  });
});

describe("findClaims holders and claim words", () => {
  it.each<[string, string, Claim["status"], string | null, string]>([
    ["possessive holder", "The mayor's office declined to comment on reports of a sale.", "no_comment", "mayor's office", "reports of a sale"],
    ["an admitted act without the court that heard it", "Westline Ferries admitted breaching safety rules at Plymouth Crown Court on Friday.", "confirmed", "Westline Ferries", "breaching safety rules"],
    ["has not commented on a topic keeps its article", "The housing minister has not commented on the decision.", "no_comment", "housing minister", "the decision"],
    ["a refusal's day is no topic", "Per Olsen declined to comment on Tuesday.", "no_comment", "Per Olsen", "a request for comment"],
    ["a refusal's day with its part of the day is no topic", "Per Olsen declined to comment on Saturday evening.", "no_comment", "Per Olsen", "a request for comment"],
    ["a request's day is no topic", "Ann Holt did not respond to a request for comment on Tuesday.", "no_comment", "Ann Holt", "a request for comment"],
    ["a day after the topic is cut", "Ann Holt did not respond to a request for comment on the sale on Monday.", "no_comment", "Ann Holt", "the sale"],
    ["a bare day before the topic is cut", "The school declined to comment Tuesday on reports that the dean had left.", "no_comment", "school", "reports that the dean had left"],
    ["a day before an open question is cut", "Lind declined to say Monday night how much it cost.", "no_comment", "Lind", "how much it cost"],
    ["claim ends before but", "Police confirmed that two men were held but said no one was hurt.", "confirmed", "Police", "two men were held"],
    ["according to closing the sentence", "The firm will shut two plants next year, according to a statement released by the Labour Office.", "reported_unverified", "Labour Office", "The firm will shut two plants next year"],
    ["according to a report from", "According to a report from the Audit Office, the fund lost money.", "reported_unverified", "Audit Office", "the fund lost money"],
    ["according to a body's statement, the body before the document", "According to a Harbour Board statement, the pier will close.", "reported_unverified", "Harbour Board", "the pier will close"],
    ["relative clause after an according-to holder", "According to the Coast Ledger, which quoted three port workers, the crane was never inspected.", "reported_unverified", "Coast Ledger", "the crane was never inspected"],
    ["reportedly yields to a closing according to a report by", "The bakery reportedly plans to close two shops by spring, according to a report by the Hill Gazette.", "reported_unverified", "Hill Gazette", "The bakery reportedly plans to close two shops by spring"],
    ["a closing confirmed makes the preceding words the claim", "The new ferry will enter service in June, the harbour office confirmed.", "confirmed", "harbour office", "The new ferry will enter service in June"],
    ["denied that", "The Harbour Board denied that it had sold the pier.", "denied", "Harbour Board", "it had sold the pier"],
    ["denied the allegations", "Coach Ben Ortiz denied the allegations through his lawyer.", "denied", "Ben Ortiz", "the allegations through his lawyer"],
    ["denied it", "Ivan Petrov has always denied it.", "denied", "Ivan Petrov", "Ivan Petrov has always denied it"],
    ["denied that, then a participle: the pronoun's words", "Mayor Ben Ortiz denied that, saying trucks came every day.", "denied", "Ben Ortiz", "Mayor Ben Ortiz denied that"],
    ["denies in a relative clause", "The council faces charges of fraud, which Mayor Ann Holt denies.", "denied", "Ann Holt", "The council faces charges of fraud"],
    ["denied in a relative clause without its pronoun, after a resuming noun", "In 2019 the firm was fined for dumping waste, a charge it has always denied.", "denied", "firm", "In 2019 the firm was fined for dumping waste"],
    ["denies after a resuming noun and that", "The driver was sacked for a strike, an allegation that the Rail Union denies.", "denied", "Rail Union", "The driver was sacked for a strike"],
    ["disputes in a relative clause", "The driver says he was sacked for a strike, a claim that the Rail Union disputes.", "denied", "Rail Union", "The driver says he was sacked for a strike"],
    ["rejects in a relative clause is unsure", "The plan failed over fears of cost, which the Port Authority rejects.", "denied", "Port Authority", "The plan failed over fears of cost"],
    ["confirmed with a clause", "The Fire Service confirmed two engines were sent.", "confirmed", "Fire Service", "two engines were sent"],
    ["a confirming in a clause of time, in the past", "When the ministry confirmed the deaths, families wept.", "confirmed", "ministry", "the deaths"],
    ["results confirm", "The authors say the results confirm that the lake is shrinking.", "confirmed", "results", "the lake is shrinking"],
    ["claimed that", "Senator Ada Quill claimed on Monday that the vote was rigged.", "reported_unverified", "Ada Quill", "the vote was rigged"],
    ["alleges that", "Grace Moyo alleges that she was fired for joining the union.", "reported_unverified", "Grace Moyo", "she was fired for joining the union"],
    ["critics charge", "Critics charge that the fund was badly run.", "reported_unverified", "Critics", "the fund was badly run"],
    ["is accused of", "The driver is accused of running a red light.", "reported_unverified", null, "The driver is accused of running a red light"],
    ["theorized", "Professor Lena Varga theorized that the wall was built in a week.", "reported_unverified", "Lena Varga", "the wall was built in a week"],
    ["allegedly", "The clerk allegedly took the files home.", "reported_unverified", null, "The clerk allegedly took the files home"],
    ["media have said", "But media have said the plan faces criticism from both sides.", "reported_unverified", "media", "the plan faces criticism from both sides"],
    ["media reports as a verb", "The form, which media reports runs to ten pages, must be filled in by hand.", "reported_unverified", "media", "runs to ten pages"],
    ["with X reporting", "Officials say every case will be heard, with the Valley Times reporting that no one will be turned away.", "reported_unverified", "Valley Times", "no one will be turned away"],
    ["leaked letter seen by X", "A leaked internal letter seen by Coast Radio says the depot will close.", "reported_unverified", "Coast Radio", "the depot will close"],
    ["have not said why", "Citing privacy rules, Harbour officials have not said why the permit was refused.", "no_comment", "Harbour officials", "why the permit was refused"],
    ["refused to give any more details", "She said she was sorry, but refused to give any more details about the crash.", "no_comment", null, "the crash"],
    ["according to a role and a name", "The hall was full, according to curator Elaine Moss.", "reported_unverified", "Elaine Moss", "The hall was full"],
    ["according to a role, an apposed name", "According to the club's coach, Ann Holt, the team trained twice a day.", "reported_unverified", "Ann Holt", "the team trained twice a day"],
    ["according to a description", "Turnout fell sharply, according to exit polls.", "reported_unverified", "exit polls", "Turnout fell sharply"],
    ["according to officials of the law", "According to law enforcement officials, the account was linked to a phone.", "reported_unverified", "law enforcement officials", "the account was linked to a phone"],
    ["according to a body named for a policy", "The plan would raise little, according to the Tax Policy Center.", "reported_unverified", "Tax Policy Center", "The plan would raise little"],
    ["as X reported", "As the Valley Times reported, the mayor had resigned.", "reported_unverified", "Valley Times", "the mayor had resigned"],
    ["as reported by X", "As reported by Coast Radio, the depot will close in May.", "reported_unverified", "Coast Radio", "the depot will close in May"],
    ["X reports that", "Harbour News reports that the ferry will be sold.", "reported_unverified", "Harbour News", "the ferry will be sold"],
    ["X reported, the clause without its that", "The Harbour Ledger reported the mayor had resigned.", "reported_unverified", "Harbour Ledger", "the mayor had resigned"],
    ["a title to a country closing the sentence", "He was flying home, Westland's Ambassador to Norland confirmed.", "confirmed", "Westland's Ambassador to Norland", "He was flying home"],
    ["an aside between the subject and its verb", "The complaint, filed in federal court, alleged that the bank failed to protect its data.", "reported_unverified", "complaint", "the bank failed to protect its data"],
    ["admits with a clause", "Coach Ben Ortiz admits he picked the wrong side.", "confirmed", "Ben Ortiz", "he picked the wrong side"],
    ["an admission set off by commas owns the clause after", "Still, Coach Ben Ortiz acknowledged, it's unclear how long the injury will last.", "confirmed", "Ben Ortiz", "it's unclear how long the injury will last"],
    ["admitted, however, then a quotation", "Coach Ben Ortiz acknowledged, however, “we trained badly.”", "confirmed", "Ben Ortiz", "we trained badly"],
    ["admitted, then wire copy's two-apostrophe quotation", "Coach Ben Ortiz acknowledged, ''we trained badly,'' and left.", "confirmed", "Ben Ortiz", "we trained badly"],
    ["claims to", "The firm claims to employ four thousand people.", "reported_unverified", "firm", "to employ four thousand people"],
    ["rejected the idea that", "Grace Moyo rejected the idea that the vote was rigged.", "denied", "Grace Moyo", "the vote was rigged"],
    ["someone who answers for a named person is the holder", "Dahl's agent declined to comment on the talks.", "no_comment", "Dahl's agent", "the talks"],
    ["how the request came is not what it was about", "The agency declined to comment when contacted on Wednesday.", "no_comment", "agency", "a request for comment"],
    ["a denial inside a relative clause ends at the clause's comma", "Henrik Vold, who denied all charges, is expected to appeal.", "denied", "Henrik Vold", "all charges"],
    ["declined to speculate", "Ann Holt declined to speculate on the cause of the fire.", "no_comment", "Ann Holt", "the cause of the fire"],
    ["a subordinator is no part of the holder", "Although the Rail Union's office declined to comment, the strike went ahead.", "no_comment", "Rail Union's office", "a request for comment"],
    ["a role word heads the holder", "The Valley senator declined to say whether she would run.", "no_comment", "Valley senator", "she would run"],
    ["according to after a closing quotation", 'She wrote that he "would regret it," according to a copy of the letter seen by the Ledger.', "reported_unverified", "Ledger", 'She wrote that he "would regret it"'],
    ["confirmed by X", "The two deaths were confirmed by the Health Office on Monday.", "confirmed", "Health Office", "The two deaths"],
    ["reports denied by X", "The reports were flatly denied by the Rail Union.", "denied", "Rail Union", "The reports"],
    ["a quotation and its cue relayed by according to", "“The pier is unsafe,” Ann Holt said, according to the Coast Ledger.", "reported_unverified", "Coast Ledger", "The pier is unsafe"],
    ["a quotation's cut-off end and its cue relayed by according to", "Is it safe?” the harbour master said, according to the Coast Ledger.", "reported_unverified", "Coast Ledger", "Is it safe"],
    ["according to a role, then an apposed name closing the sentence", "The airport stayed open, according to its operator, Harbour Airports Ltd.", "reported_unverified", "Harbour Airports Ltd", "The airport stayed open"],
    ["according to a role and a one-word name", "The airport stayed open, according to its operator Isavia.", "reported_unverified", "Isavia", "The airport stayed open"],
    ["according to X, an apposition", "The letters were all sent by post, according to Kristin Moss, head of the archive.", "reported_unverified", "Kristin Moss", "The letters were all sent by post"],
    ["according to X between an adverbial and the clause", "Over the long term, according to the Audit Office, the fund will shrink.", "reported_unverified", "Audit Office", "the fund will shrink"],
    ["confirmed to an outlet that", "The Fire Service confirmed to the Valley Times that two engines were sent.", "confirmed", "Fire Service", "two engines were sent"],
    ["has yet to respond", "The Port Authority has yet to respond to the findings.", "no_comment", "Port Authority", "the findings"],
    ["is said to be", "The ship is said to be in poor repair.", "reported_unverified", null, "The ship is said to be in poor repair"],
    ["disputed the claims", "The Rail Union disputed the claims on Monday.", "denied", "Rail Union", "The Rail Union disputed the claims on Monday"],
    ["would not say whether", "The Rail Union would not say whether the strike would go ahead.", "no_comment", "Rail Union", "the strike would go ahead"],
    ["declined to confirm", "The Port Authority declined to confirm the sale.", "no_comment", "Port Authority", "the sale"],
    ["did not confirm is unverified", "The Harbour Gazette did not confirm the figures.", "reported_unverified", "Harbour Gazette", "the figures"],
    ["as X reported with a time word", "As the Valley Times reported on Monday, the mayor had resigned.", "reported_unverified", "Valley Times", "the mayor had resigned"],
    ["X reported in a year, closing", "The mill was sold twice, the Coast Ledger reported in 1991.", "reported_unverified", "Coast Ledger", "The mill was sold twice"],
    ["an outlet understands, closing the sentence", "The driver has been suspended, the Coast Echo understands.", "reported_unverified", "Coast Echo", "The driver has been suspended"],
    ["an outlet has learned that", "NRTV News has learned that the plant will close.", "reported_unverified", "NRTV News", "the plant will close"],
    ["X reported, then a dash", "The mill will close, the Coast Ledger reported on Tuesday -- a blow to the town.", "reported_unverified", "Coast Ledger", "The mill will close"],
    ["X reported, then a participle", "The mill will close, the Coast Ledger reported, adding that 40 jobs would go.", "reported_unverified", "Coast Ledger", "The mill will close"],
    ["trailing according to is no second claim", "Delta Foods denied that it had cut wages, according to a statement.", "denied", "Delta Foods", "it had cut wages"],
    // A request named with up to three words before it, a possessive among them.
    ["did not respond to a possessive's request", "Councillor Ruth Amadi did not respond to the Valley Times's request for comment.", "no_comment", "Ruth Amadi", "a request for comment"],
    ["did not respond to interview requests", "The Rail Union did not respond to interview requests.", "no_comment", "Rail Union", "a request for comment"],
    ["did not respond, the request left implicit", "Mayor Ann Holt did not respond by press time.", "no_comment", "Ann Holt", "a request for comment"],
    ["declines to comment, present tense", "The Port Authority declines to comment.", "no_comment", "Port Authority", "a request for comment"],
    ["refused to answer questions", "The Rail Union refused to answer questions about the strike.", "no_comment", "Rail Union", "questions about the strike"],
    ["declined to respond to questions", "The Port Authority has declined to respond to questions about the sale.", "no_comment", "Port Authority", "questions about the sale"],
    ["declined to publicly detail", "The Audit Office declined to publicly detail the scope of the review.", "no_comment", "Audit Office", "the scope of the review"],
    ["declined to explain before an open question", "Grace Moyo declined to explain how the fund was spent.", "no_comment", "Grace Moyo", "how the fund was spent"],
    ["declined to be interviewed", "Coach Ben Ortiz declined to be interviewed for this article.", "no_comment", "Ben Ortiz", "a request for comment"],
    ["an outlet's present-tense tail", "The depot will close in May, the Coast Ledger reports.", "reported_unverified", "Coast Ledger", "The depot will close in May"],
    ["reported by X in apposition", "The sale, first reported by the Coast Ledger, was signed in May.", "reported_unverified", "Coast Ledger", "The sale was signed in May"],
    ["reported by X, passive: the subject is the claim", "The sale was first reported by the Coast Ledger in May.", "reported_unverified", "Coast Ledger", "The sale"],
    ["admitted after the quotation", "“We trained badly,” Coach Ben Ortiz admitted.", "confirmed", "Ben Ortiz", "We trained badly"],
    ["acknowledged before the quotation", "Still, Grace Moyo acknowledged, “the vote was close,” and left.", "confirmed", "Grace Moyo", "the vote was close"],
    ["admitted, a phrase before that", "Ivan Petrov admitted as part of a plea deal that he took the files.", "confirmed", "Ivan Petrov", "he took the files"],
    ["claims with a contracted pronoun", "Ivan Petrov claims he's owed four million euros.", "reported_unverified", "Ivan Petrov", "he's owed four million euros"],
    ["a fronted participle clause is no holder", "Speaking in Westport, Ada Quill, without naming him, also accused Per Lind of stalling the vote.", "reported_unverified", "Ada Quill", "stalling the vote"],
    ["a coordinated verb shares its subject", "The count was slow, and Per Lind laughed and admitted that the vote was close.", "confirmed", "Per Lind", "the vote was close"],
    ["a capitalised preposition is no holder", "At the end of the hearing the driver admitted that he had been speeding.", "confirmed", null, "he had been speeding"],
    ["alleges closing the clause", "The firm failed to pay its drivers, the lawsuit alleges.", "reported_unverified", "lawsuit", "The firm failed to pay its drivers"],
    ["a second speech verb of the subject ends the claim", "The Audit Office confirmed it had received a complaint and said it would reply.", "confirmed", "Audit Office", "it had received a complaint"],
    ["pleaded not guilty: the charge, past the day and “to”", "Ivan Petrov pleaded not guilty on Monday to charges that he took $250,000 in bribes.", "denied", "Ivan Petrov", "charges that he took $250,000 in bribes"],
    // Unnamed sources: what they said, past what they know about and whom they told.
    ["people familiar with … said", "Two people familiar with the talks said the sides had been close to a deal.", "reported_unverified", "unnamed sources", "the sides had been close to a deal"],
    ["a person with knowledge told X that", "A person with knowledge of the decision told the Coast Ledger that the board would meet on Friday.", "reported_unverified", "unnamed sources", "the board would meet on Friday"],
    ["sources close to X say", "Sources close to the mayor say she will resign.", "reported_unverified", "unnamed sources", "she will resign"],
    ["people familiar with … said, closing the sentence", "Still, the mill will close in May, a source close to the owners said on Friday.", "reported_unverified", "unnamed sources", "Still, the mill will close in May"],
    ["people familiar with … said, set off by commas", "At times, people close to the mayor said, the budget was a mess.", "reported_unverified", "unnamed sources", "the budget was a mess"],
    ["people familiar with … told X, closing a quotation", "“The mill will close in May, people familiar with the plan told the Coast Ledger,” the Valley Times reported.", "reported_unverified", "unnamed sources", "“The mill will close in May”"],
  ])("%s", (_name, sentence, status, by, claim) => {
    const claims = claimsOf(sentence);
    expect(claims.map((c) => c.status)).toEqual([status]);
    expect(claims[0].by).toBe(by);
    expect(claims[0].claim).toBe(claim);
  });
});

describe("findClaims holder names", () => {
  it("Press in capitals is part of an outlet's name, not the media", () => {
    const claims = claimsOf("The bridge will close in June, the Harbour Press reported on Friday.");
    expect(claims.map((c) => [c.status, c.by])).toEqual([["reported_unverified", "Harbour Press"]]);
  });

  it("an unsure rejection stays beside a sure cue of another status", () => {
    const claims = claimsOf("The plan was reportedly dropped over fears of cost, which the Port Authority rejects.");
    expect(claims.map((c) => [c.status, c.rule, c.sure])).toEqual([
      ["reported_unverified", "reportedly", true],
      ["denied", "rejected-gap", false],
    ]);
  });
});

describe("findClaims with entities", () => {
  it("a generic noun for a body named earlier resolves to it", () => {
    const { body, sentences } = sentencesOf(["The Ministry of Ports opened the pier.", "The ministry denied that the pier was unsafe."]);
    const start = body.indexOf("Ministry of Ports");
    const entities = [{ id: 0, kind: "organisation" as const, name: "Ministry of Ports", aliases: [], role: null, mentions: [{ start, end: start + 17, text: "Ministry of Ports" }] }];
    const [c] = findClaims({ ...readText(body), sentences }, entities, []);
    expect(c.status).toBe("denied");
    expect(c.by).toBe("Ministry of Ports");
  });
});

describe("a holder named as a person of a body", () => {
  it("is the person, not the body she is of", () => {
    const body = "Wages here are about $12 an hour, according to calculations by Rosa Quill of the Westland Institute of Technology.";
    const text = readText(body);
    const [claim] = findClaims(text, findEntities(text), []);
    expect({ status: claim?.status, by: claim?.by }).toEqual({ status: "reported_unverified", by: "Rosa Quill" });
  });
});

describe("a claim cue's object after a parenthetical adverb", () => {
  it("“The judges denied, however, a request …” does not make the judges the claim", () => {
    expect(claimsOf("The judges denied, however, a request by the father to name him as guardian.").filter((c) => /^The judges$/.test(c.claim))).toEqual([]);
  });
});

describe("a holder in apposition after a passive's agent", () => {
  it("“confirmed by her son, Erik Olander, who said …” is the son as the article names him", () => {
    const text = "Her death was confirmed by her son, Erik Olander, who said she had been ill.";
    const sentences: Sentence[] = [{ id: 0, start: 0, end: text.length, text, paragraph: 0 }];
    const claims = findClaims({ ...readText(text), sentences }, [], []);
    expect(claims.map((c) => [c.status, c.by])).toEqual([["confirmed", "Erik Olander"]]);
  });
});

describe("the charge a plea confirms", () => {
  it.each([
    ["Ivan Petrov, 41, pleaded guilty to two counts of theft on Monday.", "two counts of theft"],
    ["Derek Pryce admitted fraud by abuse of position at Exeter Crown Court on Wednesday.", "fraud by abuse of position"],
    ["Mark Siljander pleaded guilty in July 2010 to illegal lobbying.", "illegal lobbying"],
    ["The hacker pleaded guilty Wednesday to identity theft.", "identity theft"],
  ])("%s", (sentence, claim) => {
    expect(claimsOf(sentence).map((c) => c.claim)).toEqual([claim]);
  });
  it("but not a plea of not guilty read twice", () => {
    expect(claimsOf("Ivan Petrov pleaded not guilty to theft.").map((c) => c.status)).toEqual(["denied"]);
  });
});

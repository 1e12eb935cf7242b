// Moodle XML (Question bank → Import → Moodle XML format): one category named after the quiz set,
// one single-answer multichoice question per question, in order, choices not shuffled (the
// prompts sometimes refer to "the first" choice and the app never shuffles either).
import { feedbackParts, type ExportQuestion, type ExportQuizSet } from "./types";
import { xmlText } from "./xml";

const html = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/** Moodle stores question text as HTML; the HTML goes in the XML as escaped text. */
const htmlText = (markup: string) => `<text>${xmlText(markup)}</text>`;

function feedbackHtml(q: ExportQuestion): string {
  const { explanation, cited } = feedbackParts(q);
  const quotes = cited.map((c) => `<blockquote>${html(c)}</blockquote>`).join("");
  return `<p>${html(explanation)}</p>${cited.length ? `<p>From the article:</p>${quotes}` : ""}`;
}

function questionXml(q: ExportQuestion, index: number): string {
  const answers = q.choices
    .map(
      (c, i) => `    <answer fraction="${i === q.answerIndex ? 100 : 0}" format="html">
      ${htmlText(`<p>${html(c)}</p>`)}
      <feedback format="html"><text></text></feedback>
    </answer>`,
    )
    .join("\n");
  return `  <question type="multichoice">
    <name><text>${xmlText(`Q${index + 1}. ${q.prompt}`.slice(0, 250))}</text></name>
    <questiontext format="html">
      ${htmlText(`<p>${html(q.prompt)}</p>`)}
    </questiontext>
    <generalfeedback format="html">
      ${htmlText(feedbackHtml(q))}
    </generalfeedback>
    <defaultgrade>1</defaultgrade>
    <penalty>0</penalty>
    <hidden>0</hidden>
    <idnumber>${xmlText(q.id)}</idnumber>
    <single>true</single>
    <shuffleanswers>false</shuffleanswers>
    <answernumbering>abc</answernumbering>
${answers}
  </question>`;
}

export function moodleXml(set: ExportQuizSet): string {
  const category = `$course$/top/Fact-Check Quiz/${set.title.replace(/\//g, "-")}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category">
    <category><text>${xmlText(category)}</text></category>
  </question>
${set.questions.map(questionXml).join("\n")}
</quiz>
`;
}

// IMS QTI 2.1 content package: imsmanifest.xml, one assessmentItem per question and an
// assessmentTest that lists them in order (importers that make one quiz per package use it).
import { feedbackParts, type ExportQuestion, type ExportQuizSet } from "./types";
import { qtiIdentifier, xmlAttr, xmlText } from "./xml";

const QTI_NS = "http://www.imsglobal.org/xsd/imsqti_v2p1";
const QTI_XSD = "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd";
const XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

export const choiceId = (i: number) => `CHOICE_${i + 1}`;
export const itemFile = (i: number) => `item-${String(i + 1).padStart(3, "0")}.xml`;
export const TEST_FILE = "assessment.xml";

// The match_correct template's rules written out (1 for the correct response, else 0), plus one
// rule that shows the explanation whatever was answered: the template alone sets no feedback
// outcome, so a player following it would never show the explanation.
const RESPONSE_PROCESSING = `  <responseProcessing>
    <responseCondition>
      <responseIf>
        <match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>
        <setOutcomeValue identifier="SCORE"><baseValue baseType="float">1</baseValue></setOutcomeValue>
      </responseIf>
      <responseElse>
        <setOutcomeValue identifier="SCORE"><baseValue baseType="float">0</baseValue></setOutcomeValue>
      </responseElse>
    </responseCondition>
    <setOutcomeValue identifier="FEEDBACK"><baseValue baseType="identifier">EXPLANATION</baseValue></setOutcomeValue>
  </responseProcessing>`;

function feedbackXml(q: ExportQuestion): string {
  const { explanation, cited } = feedbackParts(q);
  const quotes = cited.map((c) => `<blockquote><p>${xmlText(c)}</p></blockquote>`).join("");
  const evidence = cited.length ? `<p>From the article:</p>${quotes}` : "";
  return `  <modalFeedback outcomeIdentifier="FEEDBACK" identifier="EXPLANATION" showHide="show" title="Explanation"><p>${xmlText(explanation)}</p>${evidence}</modalFeedback>`;
}

/** One question as a QTI 2.1 single-choice assessmentItem. */
export function qtiItemXml(q: ExportQuestion, index: number): string {
  const choices = q.choices.map((c, i) => `      <simpleChoice identifier="${choiceId(i)}" fixed="true">${xmlText(c)}</simpleChoice>`).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem xmlns="${QTI_NS}" ${XSI} xsi:schemaLocation="${QTI_NS} ${QTI_XSD}" identifier="${qtiIdentifier("item", q.id)}" title="${xmlAttr(`Question ${index + 1}`)}" adaptive="false" timeDependent="false">
  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
    <correctResponse><value>${choiceId(q.answerIndex)}</value></correctResponse>
  </responseDeclaration>
  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float" normalMaximum="1">
    <defaultValue><value>0</value></defaultValue>
  </outcomeDeclaration>
  <outcomeDeclaration identifier="MAXSCORE" cardinality="single" baseType="float">
    <defaultValue><value>1</value></defaultValue>
  </outcomeDeclaration>
  <outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>
  <itemBody>
    <choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1" minChoices="1">
      <prompt>${xmlText(q.prompt)}</prompt>
${choices}
    </choiceInteraction>
  </itemBody>
${RESPONSE_PROCESSING}
${feedbackXml(q)}
</assessmentItem>
`;
}

/** The test: one part, one section, the items in the quiz set's order; the score is their sum. */
export function qtiTestXml(set: ExportQuizSet): string {
  const refs = set.questions
    .map((q, i) => `        <assessmentItemRef identifier="${qtiIdentifier("ref", q.id)}" href="${itemFile(i)}"/>`)
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<assessmentTest xmlns="${QTI_NS}" ${XSI} xsi:schemaLocation="${QTI_NS} ${QTI_XSD}" identifier="${qtiIdentifier("test", set.id)}" title="${xmlAttr(set.title)}">
  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>
  <testPart identifier="part-1" navigationMode="linear" submissionMode="individual">
    <assessmentSection identifier="section-1" title="${xmlAttr(set.article.title)}" visible="true">
${refs}
    </assessmentSection>
  </testPart>
  <outcomeProcessing>
    <setOutcomeValue identifier="SCORE"><sum><testVariables variableIdentifier="SCORE"/></sum></setOutcomeValue>
  </outcomeProcessing>
</assessmentTest>
`;
}

function resourceXml(identifier: string, type: string, href: string, deps: string[] = []): string {
  const dependencies = deps.map((d) => `\n      <dependency identifierref="${d}"/>`).join("");
  return `    <resource identifier="${identifier}" type="${type}" href="${href}">
      <file href="${href}"/>${dependencies}
    </resource>`;
}

/** IMS Content Packaging 1.1 manifest naming every file of the package. */
export function qtiManifestXml(set: ExportQuizSet): string {
  const items = set.questions.map((q, i) => ({ id: qtiIdentifier("res-item", q.id), href: itemFile(i) }));
  const resources = [
    resourceXml(qtiIdentifier("res-test", set.id), "imsqti_test_xmlv2p1", TEST_FILE, items.map((r) => r.id)),
    ...items.map((r) => resourceXml(r.id, "imsqti_item_xmlv2p1", r.href)),
  ].join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" ${XSI} xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd" identifier="${qtiIdentifier("manifest", set.id)}">
  <metadata>
    <schema>QTIv2.1 Package</schema>
    <schemaversion>1.0.0</schemaversion>
  </metadata>
  <organizations/>
  <resources>
${resources}
  </resources>
</manifest>
`;
}

/** Every file of the package by its path in the zip. */
export function qtiPackageFiles(set: ExportQuizSet): Record<string, string> {
  const files: Record<string, string> = { "imsmanifest.xml": qtiManifestXml(set), [TEST_FILE]: qtiTestXml(set) };
  set.questions.forEach((q, i) => (files[itemFile(i)] = qtiItemXml(q, i)));
  return files;
}

import { strToU8, zipSync } from "fflate";
import { moodleXml } from "./moodle";
import { qtiPackageFiles } from "./qti";
import type { ExportQuizSet } from "./types";

// A fixed timestamp makes the same quiz set always give the same bytes (a published set never
// changes, so neither should its download).
const MTIME = new Date("2026-01-01T00:00:00Z");

/** The QTI 2.1 content package as zip bytes (deflated; the manifest at the root, as importers expect). */
export function qtiPackageZip(set: ExportQuizSet): Uint8Array {
  const files = Object.fromEntries(Object.entries(qtiPackageFiles(set)).map(([name, xml]) => [name, strToU8(xml)]));
  return zipSync(files, { level: 6, mtime: MTIME });
}

export function moodleXmlFile(set: ExportQuizSet): string {
  return moodleXml(set);
}

/** A file name from the quiz set's title: ASCII letters and digits, so every browser keeps it. */
export function exportFileName(title: string, extension: string): string {
  const slug = title.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60);
  return `${slug || "quiz-set"}${extension}`;
}

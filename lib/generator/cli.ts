// STUB (owner: generator-questions helper): `npm run --silent factquiz -- extract FILE`.
import { readFileSync } from "node:fs";
import { generateQuiz, parseArticleFile } from "./index";

const [cmd, file] = process.argv.slice(2);
if (cmd !== "extract" || !file) {
  process.stderr.write("usage: factquiz extract FILE\n");
  process.exit(2);
}
const input = parseArticleFile(readFileSync(file, "utf8"));
process.stdout.write(JSON.stringify(generateQuiz(input.body, { date: input.date, title: input.title })) + "\n");

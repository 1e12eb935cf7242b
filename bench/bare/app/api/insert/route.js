import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";

// One insert per request on a connection tuned like the app's (lib/serial-adapter): the ceiling
// the app's answer action is measured against.
const db = new Database(process.env.BARE_DB ?? "bare.db");
db.pragma("busy_timeout = 5000");
db.pragma("journal_mode = WAL");
db.pragma("synchronous = NORMAL");
db.exec(`CREATE TABLE IF NOT EXISTS answer (id TEXT PRIMARY KEY, attempt TEXT NOT NULL, question TEXT NOT NULL, choice INTEGER NOT NULL, at TEXT NOT NULL, UNIQUE (attempt, question))`);
const insert = db.prepare("INSERT INTO answer (id, attempt, question, choice, at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");

export const dynamic = "force-dynamic";

export async function POST(request) {
  const body = await request.json();
  insert.run(randomUUID(), String(body.attemptId), String(body.questionId), Number(body.choiceIndex), new Date().toISOString());
  return Response.json({ ok: true });
}

// The answer lane on the production server (scripts/serve.mjs → lib/attempts/answer-lane): it
// serves the play screen's answer before Next, with the same result and status as Next's route
// (reached here with the lane skipped) and the same standard headers as every other response.
import { db, expect, ownQuiz, test } from "./fixtures";

test("the lane serves the answer with Next's headers and result; Next's route still answers when the lane is skipped", async ({ page, baseURL }) => {
  const quiz = await ownQuiz();
  await page.goto(`/play/${quiz.id}`);
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await expect(page.getByTestId("prompt")).toHaveText(quiz.questions[0].prompt);
  // The browser's guest cookie, sent as the play screen sends it (same origin, JSON).
  const attempt = await db.attempt.findFirstOrThrow({ where: { quizSetId: quiz.id } });
  const answer = (k: number, headers: Record<string, string> = {}) =>
    page.request.post("/api/attempts/answer", {
      headers: { origin: baseURL!, ...headers },
      data: { attemptId: attempt.id, questionId: quiz.questions[k].id, choiceIndex: quiz.questions[k].answerIndex },
    });

  const byLane = await answer(0);
  expect(byLane.status()).toBe(200);
  expect(byLane.headers()["x-answer-lane"]).toBe("1");
  const byNext = await answer(1, { "x-answer-lane": "skip" });
  expect(byNext.status()).toBe(200);
  expect(byNext.headers()["x-answer-lane"]).toBeUndefined();
  const [lane, next] = [await byLane.json(), await byNext.json()];
  expect(lane).toMatchObject({ ok: true, data: { questionId: quiz.questions[0].id, correct: true, answered: 1 } });
  expect(next).toMatchObject({ ok: true, data: { questionId: quiz.questions[1].id, correct: true, answered: 2 } });
  expect(Object.keys(lane.data).sort()).toEqual(Object.keys(next.data).sort());

  // The headers next.config.js sets on everything Next serves are on the lane's reply too.
  const health = await page.request.get("/api/health");
  for (const name of ["x-content-type-options", "referrer-policy", "permissions-policy", "x-frame-options"]) {
    expect(health.headers()[name]).toBeTruthy();
    expect(byLane.headers()[name]).toBe(health.headers()[name]);
  }
  expect(byLane.headers()["content-type"]).toBe(byNext.headers()["content-type"]);

  // Refusals have the route's statuses either way.
  for (const skip of [{}, { "x-answer-lane": "skip" }] as Record<string, string>[]) {
    expect((await answer(2, { origin: "http://evil.test", ...skip })).status()).toBe(403);
    expect((await page.request.post("/api/attempts/answer", { headers: { origin: baseURL!, "content-type": "text/plain", ...skip }, data: "x" })).status()).toBe(415);
  }
  // Another method is Next's: the route only has POST.
  expect((await page.request.get("/api/attempts/answer")).status()).toBe(405);
  expect(await db.answer.count({ where: { attemptId: attempt.id } })).toBe(2);
});

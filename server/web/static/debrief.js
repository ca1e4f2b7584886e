// The end of a session: the three scores, the quoted moments and the mood chart.
import { byId, clear, el } from "./dom.js";
import { moodChart } from "./chart.js";

const TITLES = { calmness: "Calmness", boundary_setting: "Boundaries", resolution: "Resolution" };

export function renderDebrief(sessionId, events, score, harmful) {
  byId("debrief-title").textContent = `Debrief: session ${sessionId}`;
  const scores = clear(byId("scores"));
  const verdict = byId("debrief-verdict");
  clear(byId("strengths"));
  clear(byId("changes"));
  if (!score) {
    verdict.textContent = "This session has no debrief: the agent said nothing to score.";
  } else {
    const d = score.debrief;
    verdict.textContent = `Overall ${d.overall ?? "n/a"}: ${d.passed ? "passed" : "not passed"}. ${d.rule}`;
    for (const [name, title] of Object.entries(TITLES)) {
      const value = d.scores[name];
      scores.append(el("div", { class: "score-card", "data-dimension": name },
        el("dt", {}, title),
        el("dd", {}, value === null || value === undefined ? "n/a" : String(value)),
        d.notes?.[name] ? el("dd", { class: "note" }, d.notes[name]) : null));
    }
    fillMoments(byId("strengths"), d.strengths, "Nothing stood out yet.");
    fillMoments(byId("changes"), d.changes, "Nothing to change: well done.");
  }
  clear(byId("mood")).append(...moodChart(events, harmful));
}

function fillMoments(list, moments, empty) {
  if (!moments?.length) {
    list.append(el("li", {}, empty));
    return;
  }
  for (const m of moments) {
    list.append(el("li", { class: "moment" },
      el("blockquote", {}, `“${m.quote}”`),
      el("p", {}, `Turn ${m.turn}: ${m.what}`, m.technique ? ` (${m.technique})` : ""),
      m.said && m.said !== m.quote ? el("p", { class: "said" }, `You said: ${m.said}`) : null));
  }
}

// The customer's mood across the conversation, from the MOOD events: anger by customer
// turn, with the agent's moves marked where the customer heard them. A table beside it
// carries the same figures for screen readers.
import { el, svg } from "./dom.js";

const W = 640, H = 240, LEFT = 40, RIGHT = 16, TOP = 16, BOTTOM = 36;

export function moodChart(events, harmful) {
  const moods = events.filter((e) => e.kind === "mood" && typeof e.data.state?.anger === "number");
  if (moods.length === 0) {
    return [el("p", {}, "No mood was recorded in this session (a person played the customer).")];
  }
  const top = Math.max(10, ...moods.map((m) => m.data.state.anger));
  const x = (i) => LEFT + (moods.length === 1 ? 0 : (i * (W - LEFT - RIGHT)) / (moods.length - 1));
  const y = (anger) => TOP + ((top - anger) * (H - TOP - BOTTOM)) / top;
  const points = moods.map((m, i) => `${x(i)},${y(m.data.state.anger)}`).join(" ");
  const bad = new Set(harmful);
  const marks = [];
  moods.forEach((m, i) => {
    const moves = (m.data.moves ?? []).map((move) => move.label);
    if (moves.length === 0) return;
    const worst = moves.some((label) => bad.has(label));
    const label = moves.join(", ").replaceAll("_", " ");
    const anchor = i === 0 ? "start" : i === moods.length - 1 ? "end" : "middle";
    marks.push(svg("g", { class: `move ${worst ? "harmful" : "helpful"}` },
      svg("line", { x1: x(i), x2: x(i), y1: TOP, y2: H - BOTTOM }),
      svg("text", { x: x(i), y: TOP + 12 + (marks.length % 2) * 14, "text-anchor": anchor },
        label.length > 28 ? `${label.slice(0, 27)}…` : label),
      svg("circle", { cx: x(i), cy: y(m.data.state.anger), r: 6 },
        svg("title", {}, `Reply ${i + 1}, after: ${label}`))));
  });
  const axis = [
    svg("line", { class: "axis", x1: LEFT, x2: LEFT, y1: TOP, y2: H - BOTTOM }),
    svg("line", { class: "axis", x1: LEFT, x2: W - RIGHT, y1: H - BOTTOM, y2: H - BOTTOM }),
    svg("text", { x: 4, y: TOP + 10 }, "angry"),
    svg("text", { x: 4, y: H - BOTTOM }, "calm"),
    svg("text", { x: LEFT, y: H - 8 }, "first customer line"),
    svg("text", { x: W - RIGHT, y: H - 8, "text-anchor": "end" }, "last"),
  ];
  const last = moods.at(-1).data.state.anger, first = moods[0].data.state.anger;
  const summary = `Customer anger went from ${first} to ${last} out of ${top} over ` +
    `${moods.length} replies; ${marks.length} marked ${marks.length === 1 ? "moment" : "moments"} ` +
    "where the agent made a move.";
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": summary,
    class: "mood-chart" }, ...axis, svg("polyline", { class: "anger", points }), ...marks);
  const rows = moods.map((m, i) => el("tr", {},
    el("td", {}, String(i + 1)),
    el("td", {}, String(m.data.state.anger)),
    el("td", {}, (m.data.moves ?? []).map((move) => move.label.replaceAll("_", " ")).join(", "))));
  const table = el("table", { class: "visually-hidden" },
    el("caption", {}, "The customer's anger after each reply, and the agent's moves heard"),
    el("thead", {}, el("tr", {}, el("th", {}, "Reply"), el("th", {}, "Anger"),
      el("th", {}, "Agent's moves"))),
    el("tbody", {}, rows));
  return [chart, el("figcaption", {}, summary,
    " Green marks: helpful moves; red marks: harmful ones."), table];
}

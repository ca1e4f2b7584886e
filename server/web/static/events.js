// One session event as one line of a conversation, for the live chat and the replay.
import { el } from "./dom.js";

const SEAT_LABEL = { agent: "Agent", customer: "Customer" };

export function eventLine(event, viewer) {
  if (event.kind === "say") {
    const mine = viewer !== null && event.actor === viewer;
    const seat = SEAT_LABEL[event.seat] ?? "";
    return el("li", { class: `line say ${event.seat}${mine ? " mine" : ""}` },
      el("span", { class: "who" }, mine ? `You (${seat})` : `${event.actor} (${seat})`),
      el("span", { class: "sep" }, ": "),
      el("span", { class: "text" }, event.text));
  }
  const text = systemText(event);
  return text === null ? null : el("li", { class: `line system ${event.kind}` }, text);
}

function systemText(event) {
  switch (event.kind) {
    case "join":
      return `${event.actor} ${event.data.rejoined ? "is back" : "joined"} as ${event.seat}.`;
    case "leave":
      return `${event.actor} dropped out (${event.data.reason ?? "left"}).`;
    case "mood":
      return null; // mood snapshots are drawn on the chart, not written out
    default:
      // Notices, coaching, pauses…: worded by the server as telnet shows them.
      return event.shown ? event.shown.replace(/^\* /, "") : null;
  }
}

export function plainText(event) {
  if (event.kind === "say") return `${event.actor} (${event.seat}): ${event.text}`;
  return systemText(event);
}

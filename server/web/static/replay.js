// Replaying a recorded session in the page, from its events: play, pause, speed, and a
// timeline to jump to any turn. Gaps keep their original length (scaled by the speed),
// but no wait is longer than MAX_GAP seconds.
import { byId, clear, el } from "./dom.js";
import { eventLine } from "./events.js";

const MAX_GAP = 8;

export class ReplayPlayer {
  constructor() {
    this.lines = []; // [event, element] for every event that shows as a line
    this.position = 0; // how many lines are shown
    this.timer = null;
    this.playing = false;
    this.play = byId("replay-play");
    this.speed = byId("replay-speed");
    this.slider = byId("replay-position");
    this.play.addEventListener("click", () => (this.playing ? this.pause() : this.start()));
    this.slider.addEventListener("input", () => this.seek(Number(this.slider.value)));
    this.speed.addEventListener("change", () => this.seek(this.position));
  }

  load(sessionId, events) {
    this.pause();
    byId("replay-title").textContent = `Replay: session ${sessionId}`;
    this.lines = events
      .map((event) => [event, eventLine(event, null)])
      .filter(([, line]) => line !== null);
    this.slider.max = String(this.lines.length);
    const timeline = clear(byId("timeline"));
    this.lines.forEach(([event], index) => {
      if (event.kind !== "say") return;
      const words = event.text.length > 48 ? `${event.text.slice(0, 47)}…` : event.text;
      timeline.append(el("li", {}, el("button", {
        type: "button", onclick: () => this.seek(index + 1),
      }, `${clock(event.at - events[0].at)} ${event.actor} (${event.seat}): ${words}`)));
    });
    this.pause();
    this.show(0);
  }

  seek(position) {
    this.stopTimer();
    this.show(position);
    this.schedule();
  }

  show(position) {
    this.position = Math.max(0, Math.min(position, this.lines.length));
    const log = clear(byId("replay-log"));
    for (const [, line] of this.lines.slice(0, this.position)) log.append(line);
    this.slider.value = String(this.position);
    const where = `${this.position} of ${this.lines.length} lines`;
    byId("replay-where").textContent = where;
    this.slider.setAttribute("aria-valuetext", where);
    log.lastElementChild?.scrollIntoView({ block: "nearest" });
  }

  start() {
    if (this.position >= this.lines.length) this.show(0);
    this.playing = true;
    this.play.textContent = "Pause";
    this.play.setAttribute("aria-pressed", "true");
    this.schedule();
  }

  schedule() {
    if (!this.playing) return;
    if (this.position >= this.lines.length) {
      this.pause();
      return;
    }
    const previous = this.lines[this.position - 1]?.[0];
    const next = this.lines[this.position][0];
    const gap = previous ? Math.min(Math.max(next.at - previous.at, 0), MAX_GAP) : 0;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.show(this.position + 1);
      this.schedule();
    }, (gap * 1000) / Number(this.speed.value));
  }

  pause() {
    this.playing = false;
    this.stopTimer();
    this.play.textContent = "Play";
    this.play.setAttribute("aria-pressed", "false");
  }

  stopTimer() {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}

function clock(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  return `${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
}

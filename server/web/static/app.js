// The Sparring page: sign in, the lobby, the live chat over the websocket, the debrief
// and the replay. The websocket carries the same commands as telnet; the page turns the
// session events it receives into the conversation.
import * as api from "./api.js";
import { byId, clear, el, insertBySeq } from "./dom.js";
import { renderDebrief } from "./debrief.js";
import { eventLine, plainText } from "./events.js";
import { ReplayPlayer } from "./replay.js";

const VIEWS = ["login", "lobby", "chat", "debrief", "replay"];
const TYPING_FOR = 10000; // ms the indicator stays without a further typing notice
const TYPING_EVERY = 2000; // ms between the typing notices this page sends

const state = {
  me: null,
  socket: null,
  reconnectDelay: 500,
  closedOnPurpose: false,
  session: null, // the live session shown in the chat
  pendingScenario: null,
  history: [],
  historyAt: 0,
  typingTimer: null,
  typedAt: 0,
  harmful: [],
};
const player = new ReplayPlayer();

function show(view) {
  for (const name of VIEWS) byId(name).hidden = name !== view;
  byId(`${view}-title`).focus();
}

function status(text) {
  byId("connection").textContent = text;
}

// -- signing in -------------------------------------------------------------------------

async function boot() {
  try {
    signedIn(await api.get("/api/me"));
  } catch {
    show("login");
  }
}

byId("login-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const action = event.submitter?.value === "register" ? "register" : "login";
  const error = byId("login-error");
  error.textContent = "";
  try {
    signedIn(await api.post(`/api/${action}`, {
      name: byId("login-name").value.trim(),
      password: byId("login-password").value,
    }));
    byId("login-password").value = "";
  } catch (failure) {
    error.textContent = failure.message;
  }
});

function signedIn(me) {
  state.me = me;
  byId("who").textContent = `Signed in as ${me.name} (${me.role})`;
  byId("logout").hidden = false;
  byId("register").hidden = me.open_registration === false;
  state.closedOnPurpose = false;
  connect();
  toLobby();
}

byId("logout").addEventListener("click", async () => {
  state.closedOnPurpose = true;
  state.socket?.close();
  await api.post("/api/logout").catch(() => {});
  state.me = null;
  byId("who").textContent = "";
  byId("logout").hidden = true;
  status("");
  show("login");
});

// -- the websocket --------------------------------------------------------------------

function connect() {
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  const socket = new WebSocket(`${scheme}://${location.host}/ws`);
  state.socket = socket;
  socket.addEventListener("open", () => {
    state.reconnectDelay = 500;
    status("Connected.");
    // Lines said while we were away: the server shows them on our return, and this
    // also recovers any that were lost in flight when the link dropped.
    if (state.session && !state.session.ended) loadHistory(state.session);
  });
  socket.addEventListener("message", (message) => received(JSON.parse(message.data)));
  socket.addEventListener("close", () => {
    if (state.socket !== socket) return;
    state.socket = null;
    if (state.closedOnPurpose || !state.me) return;
    status("Connection lost; reconnecting…");
    setTimeout(reconnect, state.reconnectDelay);
    state.reconnectDelay = Math.min(state.reconnectDelay * 2, 10000);
  });
}

async function reconnect() {
  if (state.socket || state.closedOnPurpose || !state.me) return;
  try {
    await api.get("/api/me");
  } catch (failure) {
    if (failure.status === 401) {
      state.me = null;
      status("Your sign-in has expired; please sign in again.");
      show("login");
      return;
    }
  }
  connect();
}

function send(text) {
  if (!state.socket || state.socket.readyState !== WebSocket.OPEN) {
    status("Not connected; your line was not sent. Reconnecting…");
    return false;
  }
  state.socket.send(JSON.stringify({ type: "line", text }));
  return true;
}

function received(message) {
  if (message.type === "event") gotEvent(message.event, message.viewer);
  else if (message.type === "text") note(message.text);
  else if (message.type === "close") {
    state.closedOnPurpose = true;
    status(`${message.text} Reload the page to connect again.`);
  }
}

function note(text) {
  if (!text) return;
  if (!byId("chat").hidden && state.session) {
    byId("chat-log").append(el("li", { class: "line system notice" }, text));
  } else {
    byId("lobby-log").append(el("li", {}, text));
  }
}

// -- the lobby ------------------------------------------------------------------------

async function toLobby() {
  show("lobby");
  await refreshLobby();
}

async function refreshLobby() {
  const [scenarios, rooms, sessions] = await Promise.all([
    api.get("/api/scenarios"), api.get("/api/rooms"), api.get("/api/sessions"),
  ]).catch(() => [[], [], []]);
  const scenarioList = clear(byId("scenario-list"));
  for (const s of scenarios) {
    const briefing = el("pre", { class: "briefing", hidden: true });
    scenarioList.append(el("li", { class: "card" },
      el("h4", {}, s.title),
      el("p", {}, `Difficulty: ${s.difficulty} · intensity ${s.intensity}/5 · customer: ${s.customer}`),
      el("ul", { class: "tags", "aria-label": "Tags" }, s.tags.map((tag) => el("li", {}, tag))),
      el("p", { class: "skill" }, s.skill),
      el("div", { class: "buttons" },
        el("button", { type: "button", "aria-label": `Briefing: ${s.title}`, "aria-expanded": "false",
          onclick: (event) => toggleBriefing(event.currentTarget, briefing, s.id) }, "Briefing"),
        el("button", { type: "button", "aria-label": `Play ${s.title}`,
          onclick: () => play(s.id) }, "Play")),
      briefing));
  }
  const roomList = clear(byId("room-list"));
  if (!rooms.length) roomList.append(el("li", {}, "No rooms are open."));
  for (const room of rooms) {
    const seats = room.seats.map((h) => `${h.seat}: ${h.name}${h.away ? " (away)" : ""}`).join(", ");
    roomList.append(el("li", {},
      `Room ${room.id} (${room.status}${room.scenario ? `, ${room.scenario}` : ""}): ${seats || "empty"} `,
      room.free.map((seat) => el("button", { type: "button",
        onclick: () => send(`join ${room.id} as ${seat}`) }, `Join room ${room.id} as ${seat}`))));
  }
  const sessionList = clear(byId("session-list"));
  if (!sessions.length) sessionList.append(el("li", {}, "No recorded sessions yet."));
  for (const info of sessions.slice(0, 30)) {
    const people = info.members.map((m) => `${m.seat}: ${m.account}`).join(", ");
    sessionList.append(el("li", {},
      `Session ${info.id} · ${info.status}${info.scenario ? ` · ${info.scenario}` : ""} · ${people} `,
      el("button", { type: "button", onclick: () => openDebrief(info.id) },
        `Debrief of session ${info.id}`),
      el("button", { type: "button", onclick: () => openReplay(info.id) },
        `Replay session ${info.id}`)));
  }
}

async function toggleBriefing(button, box, id) {
  if (box.hidden && !box.textContent) box.textContent = (await api.get(`/api/scenarios/${id}`)).briefing;
  box.hidden = !box.hidden;
  button.setAttribute("aria-expanded", String(!box.hidden));
}

function play(id) {
  state.pendingScenario = id;
  send(`play ${id}`);
}

byId("open-room").addEventListener("click", () => send("open"));
byId("refresh").addEventListener("click", refreshLobby);
byId("command-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const input = byId("command");
  if (input.value.trim() && send(input.value)) input.value = "";
});
for (const button of document.querySelectorAll(".to-lobby")) {
  button.addEventListener("click", () => {
    player.pause();
    toLobby();
  });
}
byId("chat-lobby").addEventListener("click", toLobby);

// -- the live chat --------------------------------------------------------------------

function gotEvent(event, viewer) {
  if (event.kind === "typing") {
    if (state.session?.id === event.session_id && !state.session.ended) typing(event.actor);
    return;
  }
  if (event.seq === 0) { // a notice for this connection only, not part of the session
    note(event.text);
    return;
  }
  if (viewer === null) { // a replay started by typing "replay N" in the command box
    byId("lobby-log").append(el("li", {}, plainText(event) ?? ""));
    return;
  }
  if (state.session?.id !== event.session_id) startSession(event.session_id, viewer);
  addEvent(state.session, event);
}

function startSession(id, viewer) {
  state.session = { id, viewer, seen: new Set(), events: [], ended: false, botCustomer: false };
  clear(byId("chat-log"));
  byId("chat-title").textContent = `Room ${id}`;
  byId("chat-meta").textContent = "";
  byId("say-form").hidden = false;
  byId("end-session").hidden = false;
  byId("chat-lobby").hidden = true;
  typing(null);
  const box = byId("briefing-box");
  box.hidden = true;
  if (state.pendingScenario) {
    api.get(`/api/scenarios/${state.pendingScenario}`).then((s) => {
      byId("briefing").textContent = s.briefing;
      box.hidden = false;
    }).catch(() => {});
    state.pendingScenario = null;
  }
  show("chat");
  byId("say").focus();
  loadHistory(state.session);
}

async function loadHistory(session) {
  try {
    const found = await api.get(`/api/sessions/${session.id}`);
    state.harmful = found.harmful_moves ?? state.harmful;
    for (const event of found.events) addEvent(session, event);
  } catch {
    // Not readable (yet): the live events still arrive over the socket.
  }
}

function addEvent(session, event) {
  if (session !== state.session || session.seen.has(event.seq)) return;
  session.seen.add(event.seq);
  session.events.push(event);
  session.events.sort((a, b) => a.seq - b.seq);
  const line = eventLine(event, session.viewer);
  if (line) insertBySeq(byId("chat-log"), line, event.seq);
  line?.scrollIntoView({ block: "nearest" });
  if (event.kind === "join") {
    if (event.actor === session.viewer) session.seat = event.seat;
    if (event.seat === "customer") {
      session.customer = event.actor;
      session.botCustomer = !event.data.account;
    }
    describeRoom(session);
  } else if (event.kind === "say") {
    typing(null); // whoever was typing has said it
  } else if (event.kind === "end") {
    session.ended = true;
    typing(null);
    byId("say-form").hidden = true;
    byId("end-session").hidden = true;
    byId("chat-lobby").hidden = false;
  } else if (event.kind === "score") {
    // The recording, not what was shown live: the customer's mood is only shown once the
    // session is over.
    openDebrief(session.id);
  }
}

function describeRoom(session) {
  const customer = session.customer ? `Customer: ${session.customer}. ` : "";
  const seat = session.seat ? `You are the ${session.seat}.` : "";
  byId("chat-meta").textContent = `${customer}${seat}`;
  if (session.customer) byId("chat-title").textContent = `Room ${session.id}: chat with ${session.customer}`;
}

// Shows "NAME is typing…" (the server sends a typing notice, for people and for the
// scripted customer alike), or clears it when ``who`` is null.
function typing(who) {
  clearTimeout(state.typingTimer);
  byId("typing").textContent = who ? `${who} is typing…` : "";
  if (who) state.typingTimer = setTimeout(() => typing(null), TYPING_FOR);
}

const sayInput = byId("say");
byId("say-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const text = sayInput.value;
  if (!text.trim() || !send(text)) return;
  state.history.push(text);
  state.historyAt = state.history.length;
  sayInput.value = "";
});
sayInput.addEventListener("input", () => {
  const now = Date.now();
  if (now - state.typedAt < TYPING_EVERY || !state.socket) return;
  if (state.socket.readyState !== WebSocket.OPEN) return;
  state.typedAt = now;
  state.socket.send(JSON.stringify({ type: "typing" }));
});
sayInput.addEventListener("keydown", (event) => {
  if (event.key !== "ArrowUp" && event.key !== "ArrowDown") return;
  event.preventDefault();
  const step = event.key === "ArrowUp" ? -1 : 1;
  state.historyAt = Math.max(0, Math.min(state.history.length, state.historyAt + step));
  sayInput.value = state.history[state.historyAt] ?? "";
});
byId("end-session").addEventListener("click", () => send("/end"));

// -- debrief and replay ----------------------------------------------------------------

function showDebrief(id, events, score) {
  renderDebrief(id, events, score, state.harmful);
  byId("debrief-replay").onclick = () => showReplay(id, events);
  show("debrief");
}

async function openDebrief(id) {
  const found = await api.get(`/api/sessions/${id}`);
  state.harmful = found.harmful_moves;
  const score = found.events.findLast((e) => e.kind === "score");
  showDebrief(id, found.events, score?.data ?? null);
}

async function openReplay(id) {
  const found = await api.get(`/api/sessions/${id}`);
  showReplay(id, found.events);
}

function showReplay(id, events) {
  player.load(id, events);
  show("replay");
}

boot();

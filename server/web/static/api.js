// The JSON API. POSTs carry JSON and the X-Sparring header: the server refuses any
// that lack either, which a page on another site cannot send without our consent.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function answer(response) {
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(response.status, body.error ?? response.statusText);
  return body;
}

export async function get(path) {
  return answer(await fetch(path, { credentials: "same-origin", cache: "no-store" }));
}

export async function post(path, data = {}) {
  return answer(await fetch(path, {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/json", "X-Sparring": "1" },
    body: JSON.stringify(data),
  }));
}

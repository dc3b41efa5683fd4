// @ts-nocheck — a classic worker script (served as a file, run by SharedWorker or Worker), not a page module.
// The site's one DuckDB-WASM database, kept across page navigations: started as a SharedWorker
// with `extendedLifetime` (Chromium keeps it alive after the last page left, so the next page finds
// DuckDB compiled, open and the corpus attached), or as a dedicated Worker where SharedWorker is
// missing. It loads DuckDB-WASM's own worker script and sets the database up itself (instantiate,
// open, attach corpus.duckdb read-only, one view per table, file and network access off); pages
// then talk DuckDB-WASM's ordinary worker protocol through their port, their message ids mapped so
// several pages (tabs) can share it. The URLs come in the query string: ?worker=&wasm=&corpus=&tables=.

const params = new URL(self.location.href).searchParams;
const WORKER = params.get("worker");
const WASM = params.get("wasm");
const CORPUS = params.get("corpus");
const TABLES = (params.get("tables") ?? "").split(",").filter((t) => /^[a-z_][a-z0-9_]*$/.test(t));
const shared = typeof self.SharedWorkerGlobalScope === "function" && self instanceof self.SharedWorkerGlobalScope;

// Answers DuckDB posts: to a setup step of this script, or to the page (port) that asked.
const steps = new Map();
const routes = new Map();
let nextId = 1;
const toPage = shared ? null : self.postMessage.bind(self);
const isProgress = (type) => /_PROGRESS$/.test(String(type));

// DuckDB-WASM's worker answers through the global postMessage (which a SharedWorker lacks).
self.postMessage = (message, transfer) => {
  const id = message?.requestId;
  const step = steps.get(id);
  if (step) {
    if (isProgress(message.type)) return;
    steps.delete(id);
    if (message.type === "ERROR") step.reject(new Error(message.data?.message ?? String(message.data)));
    else step.resolve(message.data);
    return;
  }
  const route = routes.get(id);
  if (!route) return; // LOG messages, answers for a page that left
  if (!isProgress(message.type)) routes.delete(id);
  if (message.type === "CONNECTION_INFO") route.client.connections.add(message.data);
  route.client.post({ ...message, requestId: route.messageId }, transfer ?? []);
};
importScripts(WORKER);
const dispatch = self.onmessage;
self.onmessage = null;

function call(type, data) {
  const messageId = nextId++;
  return new Promise((resolve, reject) => {
    steps.set(messageId, { resolve, reject });
    dispatch({ data: { messageId, type, data } });
  });
}

const clients = new Set();
let lastStage = "compile";
function stage(name) {
  lastStage = name;
  for (const client of clients) client.post({ type: "WB_STAGE", stage: name });
}

const ready = (async () => {
  const file = fetch(CORPUS).then((response) => {
    if (!response.ok) throw new Error(`${CORPUS}: HTTP ${response.status}`);
    return response.arrayBuffer();
  });
  file.catch(() => undefined);
  await call("INSTANTIATE", [WASM, null]);
  stage("open");
  // As Framework's DuckDBClient.of opens it: dates as Date, BIGINT as double.
  await call("OPEN", { query: { castTimestampToDate: true, castBigIntToDouble: true } });
  stage("data");
  await call("REGISTER_FILE_BUFFER", ["corpus.duckdb", new Uint8Array(await file)]);
  stage("attach");
  const connection = await call("CONNECT", null);
  try {
    await call("RUN_QUERY", [connection, "ATTACH 'corpus.duckdb' AS corpus (READ_ONLY)"]);
    const views = TABLES.map((t) => `CREATE VIEW main.${t} AS SELECT * FROM corpus.main.${t};`).join("\n");
    if (views) await call("RUN_QUERY", [connection, views]);
    // Every page only reads: no query may read files or reach the network, and no setting can turn that back on.
    await call("RUN_QUERY", [connection, "SET enable_external_access = false"]);
    await call("RUN_QUERY", [connection, "SET lock_configuration = true"]);
  } finally {
    await call("DISCONNECT", connection);
  }
})();
ready.then(
  () => stage("ready"),
  () => undefined,
);

/** A page leaves: stop its queries and close its connections, so the next page finds DuckDB idle. */
async function leave(client) {
  clients.delete(client);
  for (const [id, route] of routes) if (route.client === client) routes.delete(id);
  for (const connection of client.connections) {
    await call("CANCEL_PENDING_QUERY", connection).catch(() => undefined);
    await call("DISCONNECT", connection).catch(() => undefined);
  }
  client.connections.clear();
}

function serve(client) {
  clients.add(client);
  ready.then(
    () => client.post({ type: "WB_READY" }),
    (error) => client.post({ type: "WB_FAILED", message: String(error?.message ?? error) }),
  );
  if (lastStage !== "ready") client.post({ type: "WB_STAGE", stage: lastStage });
  return async (event) => {
    const message = event.data;
    if (message?.type === "WB_BYE") return leave(client);
    if (!message || typeof message.messageId !== "number") return;
    try {
      await ready;
    } catch (error) {
      return client.post({ messageId: 0, requestId: message.messageId, type: "ERROR", data: { message: String(error?.message ?? error) } });
    }
    if (message.type === "DISCONNECT") client.connections.delete(message.data);
    const messageId = nextId++;
    routes.set(messageId, { client, messageId: message.messageId });
    dispatch({ data: { ...message, messageId } });
  };
}

if (shared) {
  self.onconnect = (event) => {
    const port = event.ports[0];
    port.onmessage = serve({ post: (m, t) => port.postMessage(m, t), connections: new Set() });
  };
} else {
  self.onmessage = serve({ post: toPage, connections: new Set() });
}

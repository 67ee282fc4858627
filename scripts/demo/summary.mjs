// Prints what GET /api/status and GET /api/alerts say, in two or three lines, for the demo loop.
const [status, alerts] = process.argv.slice(2).map((text) => { try { return JSON.parse(text); } catch { return {}; } });
const tick = status.lastTick;
const bold = (s) => `\x1b[1m${s}\x1b[0m`;
console.log(bold("[api]") + (tick
  ? ` last tick ${tick.outcome} at ${String(tick.lastAttemptAt).slice(11, 19)} · ${tick.tickers} tickers, ${tick.positions} positions · account ${status.accountKind ?? "?"} · mode ${status.mode}`
  : " no tick yet"));
const list = alerts.alerts ?? [];
const firing = list.filter((a) => a.status === "firing").map((a) => `${a.ruleId} (${a.subjectKey}${a.value === null || a.value === undefined ? "" : ` = ${a.value}`})`);
const resolved = list.filter((a) => a.status === "resolved").map((a) => a.ruleId);
console.log(bold("[api]") + ` firing: ${firing.length ? firing.join(", ") : "none"}` + (resolved.length ? ` · recently resolved: ${resolved.join(", ")}` : ""));

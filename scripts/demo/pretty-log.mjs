// Turns the app's JSON console lines (the format Azure ingests) into short readable ones for the demo.
import { createInterface } from "node:readline";

const levels = { Trace: "trce", Debug: "dbug", Information: "info", Warning: "WARN", Error: "FAIL", Critical: "CRIT" };
for await (const line of createInterface({ input: process.stdin })) {
  try {
    const e = JSON.parse(line);
    const time = String(e.Timestamp ?? "").slice(11, 19);
    const category = String(e.Category ?? "").split(".").pop();
    console.log(`${time} ${levels[e.LogLevel] ?? e.LogLevel} ${category}: ${e.Message}${e.Exception ? `\n${e.Exception}` : ""}`);
  } catch {
    console.log(line);
  }
}

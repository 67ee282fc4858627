// A local stand-in for a Teams Workflows webhook and a generic webhook receiver, for the demo run.
// It verifies the generic webhook's signature, drops repeats by Idempotency-Key (as a real receiver
// should), prints one line per notification, and answers 202 like Teams' Workflows endpoint.
import { createServer } from "node:http";
import { createHmac, timingSafeEqual } from "node:crypto";

const port = Number(process.argv[2] ?? 0);
const signingKey = process.env.WEBHOOK_SIGNING_KEY ?? "";
const seen = new Set();

function verify(header, body) {
  const parts = Object.fromEntries((header ?? "").split(",").map((p) => p.split("=", 2)));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || Math.abs(Date.now() / 1000 - t) > 300 || !parts.v1) return false;
  const mac = createHmac("sha256", signingKey).update(`${parts.t}.`).update(body).digest();
  const given = Buffer.from(parts.v1, "hex");
  return given.length === mac.length && timingSafeEqual(given, mac);
}

// The card's title is its first bold TextBlock, wherever the layout nests it.
function teamsTitle(payload) {
  const blocks = [];
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      if (node.type === "TextBlock") blocks.push(node);
      Object.values(node).forEach(walk);
    }
  };
  walk(payload?.attachments?.[0]?.content?.body);
  return (blocks.find((b) => b.weight === "Bolder") ?? blocks[0])?.text ?? "(card without a title)";
}

const server = createServer((req, res) => {
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", () => {
    const body = Buffer.concat(chunks);
    const time = new Date().toISOString().slice(11, 19);
    try {
      const payload = JSON.parse(body.toString("utf8"));
      if (req.url.startsWith("/teams")) {
        console.log(`${time} [teams]   ${teamsTitle(payload)} (${body.length} bytes, Adaptive Card ${payload.attachments?.[0]?.content?.version})`);
      } else {
        const key = req.headers["idempotency-key"];
        const valid = verify(req.headers["x-sentinel-signature"], body);
        const repeat = seen.has(key);
        seen.add(key);
        console.log(`${time} [webhook] ${payload.title} (signature ${valid ? "valid" : "INVALID"}${repeat ? ", repeat dropped" : ""})`);
      }
    } catch {
      console.log(`${time} [${req.url}] unreadable body (${body.length} bytes)`);
    }
    res.writeHead(202).end();
  });
});

server.listen(port, "127.0.0.1", () => console.log(`receiver listening on http://127.0.0.1:${server.address().port}`));

// `npm start`: Next's production server behind the front (lib/gate/front), which decides the
// client address, refuses oversized bodies and malformed requests, and adds HSTS over HTTPS.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import next from 'next';
import { z } from 'zod';
import { parseFrontSettings, processEnvironment } from '@/lib/environment';
// server.ts runs outside Next's react-server graph, where feature entries load server-only
// modules: it takes the front's own module, which is plain Node.
import { answerUnparsableRequest, createFront } from '@/lib/gate/front/front';

const { values } = parseArgs({
  options: {
    port: { type: 'string', short: 'p', default: '3000' },
    hostname: { type: 'string', short: 'H' },
  },
});
const port = Number(values.port);
const settings = parseFrontSettings(processEnvironment());

const app = next({ dev: false, dir: process.cwd(), port, hostname: values.hostname ?? 'localhost' });
await app.prepare();

// The build's server actions; any other Next-Action id is refused before Next parses the body.
const manifest = z
  .object({ node: z.record(z.string(), z.unknown()), edge: z.record(z.string(), z.unknown()) })
  .parse(
    JSON.parse(readFileSync(path.join(process.cwd(), '.next/server/server-reference-manifest.json'), 'utf8')),
  );
const knownActionIds = new Set([...Object.keys(manifest.node), ...Object.keys(manifest.edge)]);

const handle = app.getRequestHandler();
const server = createServer(
  { requireHostHeader: false },
  createFront((request, response) => handle(request, response), { ...settings, knownActionIds }),
);
server.on('clientError', (_error, socket) => answerUnparsableRequest(socket));
server.listen(port, values.hostname, () => {
  console.log(`▲ Cek Bansos on http://${values.hostname ?? 'localhost'}:${port}`);
});

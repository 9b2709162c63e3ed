// Bare Express answering fixed bodies (the reference an edge is compared with): BARE_BODIES is a file of
// { "<path>": "<body>" }; prints the port it listens on.
import fs from 'node:fs';
import express from 'express';

const bodies = JSON.parse(fs.readFileSync(process.env.BARE_BODIES!, 'utf8')) as Record<string, string>;
const app = express();
app.get(/.*/, (req, res) => {
  const body = bodies[req.path];
  if (body === undefined) return void res.status(404).end();
  res.type('application/json').send(body);
});
const server = app.listen(0, '127.0.0.1', () => console.log(`port ${(server.address() as { port: number }).port}`));

// A tiny HTTP server, run as its own process by node-safety.test.ts, that records every
// request. Out of process on purpose: a synchronous fetch from the test process (happy-dom
// loads blocking scripts that way) would deadlock an in-process server instead of being
// counted. Prints {"port":…} once listening; GET /__hits returns the paths seen so far.
import { createServer } from 'node:http';

const hits = [];
const server = createServer((req, res) => {
  if (req.url === '/__hits') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(hits));
    return;
  }
  hits.push(`${req.method} ${req.url}`);
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.end('');
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));

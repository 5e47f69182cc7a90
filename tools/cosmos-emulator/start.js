#!/usr/bin/env node
// Starts @vercel/cosmosdb-server on loopback over HTTPS for the Cosmos store tests and the local host.
// Usage: node start.js [--port N (0 = any free port)] [--host 127.0.0.1] [--cert cert.pem --key key.pem] [--exit-with-stdin]
// Prints one line "cosmos-emulator listening on https://HOST:PORT/" once it accepts connections, so a caller
// that asked for port 0 learns the port without racing another process for it.
"use strict";

const fs = require("fs");
const { patchMissingDocumentRead } = require("./patches");

// Before the server module builds its routes, so that they pick up the patched handler.
patchMissingDocumentRead();
const { createHttpsServer } = require("@vercel/cosmosdb-server");

function parseArgs(argv) {
  const args = { port: 0, host: "127.0.0.1", cert: null, key: null, exitWithStdin: false };
  for (let i = 0; i < argv.length; i += 1) {
    const name = argv[i];
    const value = () => {
      i += 1;
      if (i >= argv.length) throw new Error(`${name} needs a value`);
      return argv[i];
    };
    switch (name) {
      case "--port": args.port = Number.parseInt(value(), 10); break;
      case "--host": args.host = value(); break;
      case "--cert": args.cert = value(); break;
      case "--key": args.key = value(); break;
      case "--exit-with-stdin": args.exitWithStdin = true; break;
      default: throw new Error(`unknown argument ${name}`);
    }
  }
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) throw new Error("--port must be 0-65535");
  if (Boolean(args.cert) !== Boolean(args.key)) throw new Error("--cert and --key go together");
  // Loopback only: the emulator has no authentication.
  if (!["127.0.0.1", "localhost", "::1"].includes(args.host)) throw new Error("--host must be a loopback address");
  return args;
}

const args = parseArgs(process.argv.slice(2));

// Without --cert/--key the package's own self-signed certificate is used; tests pass one made at start.
const options = { keepAlive: true };
if (args.cert) {
  options.cert = fs.readFileSync(args.cert);
  options.key = fs.readFileSync(args.key);
}

const server = createHttpsServer(options);
server.on("error", (err) => {
  console.error(`cosmos-emulator failed: ${err.message}`);
  process.exit(1);
});
server.listen(args.port, args.host, () => {
  const { port } = server.address();
  const host = args.host.includes(":") ? `[${args.host}]` : args.host;
  console.log(`cosmos-emulator listening on https://${host}:${port}/`);
});

function stop() {
  server.close(() => process.exit(0));
  server.closeAllConnections();
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);

// A test host that dies without disposing its fixture closes our stdin: exit rather than linger as an orphan.
if (args.exitWithStdin) {
  process.stdin.on("end", stop);
  process.stdin.on("close", stop);
  process.stdin.resume();
}

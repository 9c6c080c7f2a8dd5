// SPDX-License-Identifier: GPL-3.0-or-later
// Interop helper: encrypts stdin to stdout with the reference TypeScript age (typage).
// Usage: node encrypt.mjs [-r RECIPIENT]... [--passphrase P] [--work-factor N] [--armor]
import * as age from "age-encryption";
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
const e = new age.Encrypter();
let armor = false;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "-r") e.addRecipient(args[++i]);
  else if (args[i] === "--passphrase") e.setPassphrase(args[++i]);
  else if (args[i] === "--work-factor") e.setScryptWorkFactor(Number(args[++i]));
  else if (args[i] === "--armor") armor = true;
  else throw new Error("unknown argument " + args[i]);
}
const sealed = await e.encrypt(new Uint8Array(readFileSync(0)));
process.stdout.write(armor ? age.armor.encode(sealed) : sealed);

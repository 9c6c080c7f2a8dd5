// SPDX-License-Identifier: GPL-3.0-or-later
// Interop helper: decrypts stdin to stdout with the reference TypeScript age (typage).
// Usage: node decrypt.mjs [-i IDENTITY]... [--passphrase P] [--armor]
import * as age from "age-encryption";
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
const d = new age.Decrypter();
let armor = false;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "-i") d.addIdentity(args[++i]);
  else if (args[i] === "--passphrase") d.addPassphrase(args[++i]);
  else if (args[i] === "--armor") armor = true;
  else throw new Error("unknown argument " + args[i]);
}
const input = readFileSync(0);
const sealed = armor ? age.armor.decode(input.toString("utf8")) : new Uint8Array(input);
process.stdout.write(await d.decrypt(sealed));

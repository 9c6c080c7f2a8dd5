// SPDX-License-Identifier: GPL-3.0-or-later
// Interop helper: prints an identity on line 1 and its recipient on line 2.
// Usage: node keygen.mjs [--x25519|--hybrid]
import * as age from "age-encryption";

const kind = process.argv[2] ?? "--hybrid";
const identity = kind === "--x25519" ? await age.generateX25519Identity() : await age.generateHybridIdentity();
process.stdout.write(identity + "\n" + (await age.identityToRecipient(identity)) + "\n");

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Archive</name>
    <message>
        <source>Passphrase of the archive&apos;s profile-signing key: </source>
        <translation>Passphrase of the archive&apos;s profile-signing key: </translation>
    </message>
    <message>
        <source>Profile signed again; its fingerprint is unchanged: {0}</source>
        <translation>Profile signed again; its fingerprint is unchanged: {0}</translation>
    </message>
</context>
<context>
    <name>Witness</name>
    <message>
        <source>Witness key written to {0}; its public key (above) is in {1}. Give the public key to the archive.</source>
        <translation>Witness key written to {0}; its public key (above) is in {1}. Give the public key to the archive.</translation>
    </message>
    <message>
        <source>intake: --listen takes a loopback address and port, e.g. 127.0.0.1:8090</source>
        <translation>intake: --listen takes a loopback address and port, e.g. 127.0.0.1:8090</translation>
    </message>
    <message>
        <source>Passphrase of the witness key: </source>
        <translation>Passphrase of the witness key: </translation>
    </message>
    <message>
        <source>Witness {0} is cosigning {1} receipt logs.</source>
        <translation>Witness {0} is cosigning {1} receipt logs.</translation>
    </message>
    <message>
        <source>Receipts need cosignatures from {0} of the {1} witnesses in the profile.</source>
        <translation>Receipts need cosignatures from {0} of the {1} witnesses in the profile.</translation>
    </message>
</context>
</TS>

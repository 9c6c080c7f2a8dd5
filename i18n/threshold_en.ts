<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Bundle</name>
    <message>
        <source>Passphrase for {0}: </source>
        <translation>Passphrase for {0}: </translation>
    </message>
    <message>
        <source>Custody key passphrase: </source>
        <translation>Custody key passphrase: </translation>
    </message>
    <message>
        <source>Share {0} of bundle {1} written to {2} ({3} of {4} shares open it).</source>
        <translation>Share {0} of bundle {1} written to {2} ({3} of {4} shares open it).</translation>
    </message>
    <message>
        <source>The release was recorded in the custody log.</source>
        <translation>The release was recorded in the custody log.</translation>
    </message>
    <message>
        <source>Identity side of bundle {0} opened into {1}.</source>
        <translation>Identity side of bundle {0} opened into {1}.</translation>
    </message>
    <message>
        <source>The reveal was recorded in the custody log.</source>
        <translation>The reveal was recorded in the custody log.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The threshold must be at least 2 and at most the number of custodians.</source>
        <translation>The threshold must be at least 2 and at most the number of custodians.</translation>
    </message>
    <message>
        <source>A custodian is listed twice.</source>
        <translation>A custodian is listed twice.</translation>
    </message>
    <message>
        <source>Custodian keys must be post-quantum (age1pq1…), or all classic with --classic.</source>
        <translation>Custodian keys must be post-quantum (age1pq1…), or all classic with --classic.</translation>
    </message>
    <message>
        <source>A custodian key is not an age recipient.</source>
        <translation>A custodian key is not an age recipient.</translation>
    </message>
    <message>
        <source>Give each custodian's public key from 'intake keygen', separated by commas.</source>
        <translation>Give each custodian's public key from 'intake keygen', separated by commas.</translation>
    </message>
    <message>
        <source>The custodian shares of this bundle cannot be used.</source>
        <translation>The custodian shares of this bundle cannot be used.</translation>
    </message>
    <message>
        <source>Check that the files are the right bundle and share files.</source>
        <translation>Check that the files are the right bundle and share files.</translation>
    </message>
    <message>
        <source>A share file or the bundle's custodian header is malformed.</source>
        <translation>A share file or the bundle's custodian header is malformed.</translation>
    </message>
    <message>
        <source>Ask the custodian for a fresh share of this bundle.</source>
        <translation>Ask the custodian for a fresh share of this bundle.</translation>
    </message>
    <message>
        <source>Share {0} is forged, damaged or for another bundle; nothing was opened.</source>
        <translation>Share {0} is forged, damaged or for another bundle; nothing was opened.</translation>
    </message>
    <message>
        <source>Ask custodian {0} for a fresh share of this bundle, and report this one.</source>
        <translation>Ask custodian {0} for a fresh share of this bundle, and report this one.</translation>
    </message>
    <message>
        <source>Not enough shares: {0} valid of the {1} needed; nothing was opened.</source>
        <translation>Not enough shares: {0} valid of the {1} needed; nothing was opened.</translation>
    </message>
    <message>
        <source>{0} more custodian share(s) are needed.</source>
        <translation>{0} more custodian share(s) are needed.</translation>
    </message>
    <message>
        <source>Your key is not one of this bundle's custodians.</source>
        <translation>Your key is not one of this bundle's custodians.</translation>
    </message>
    <message>
        <source>Use the custodian key named in the archive's profile.</source>
        <translation>Use the custodian key named in the archive's profile.</translation>
    </message>
    <message>
        <source>This bundle's identity side is not sealed to custodians.</source>
        <translation>This bundle's identity side is not sealed to custodians.</translation>
    </message>
    <message>
        <source>Open it with the archive's identity key (intake open).</source>
        <translation>Open it with the archive's identity key (intake open).</translation>
    </message>
</context>
</TS>

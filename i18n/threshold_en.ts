<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Bundle</name>
    <message>
        <source>Archive key passphrase: </source>
        <translation>Archive key passphrase: </translation>
    </message>
    <message>
        <source>Passphrase for {0}: </source>
        <translation>Passphrase for {0}: </translation>
    </message>
    <message>
        <source>Custody key passphrase: </source>
        <translation>Custody key passphrase: </translation>
    </message>
    <message>
        <source>intake: give --out SHARE.age, --qr OUT.png, or both</source>
        <translation>intake: give --out SHARE.age, --qr OUT.png, or both</translation>
    </message>
    <message>
        <source>Share {0} of bundle {1} written to {2} ({3} of {4} shares open it).</source>
        <translation>Share {0} of bundle {1} written to {2} ({3} of {4} shares open it).</translation>
    </message>
    <message>
        <source>Share {0} of bundle {1} drawn as a QR code in {2} ({3} of {4} shares open it).</source>
        <translation>Share {0} of bundle {1} drawn as a QR code in {2} ({3} of {4} shares open it).</translation>
    </message>
    <message>
        <source>Share {0} of bundle {1} does not fit one QR code: it was drawn as a numbered set of {2} pictures, {3} to {4}. Keep and give all {2} together ({5} of {6} shares open the bundle).</source>
        <translation>Share {0} of bundle {1} does not fit one QR code: it was drawn as a numbered set of {2} pictures, {3} to {4}. Keep and give all {2} together ({5} of {6} shares open the bundle).</translation>
    </message>
    <message>
        <source>The release was recorded in the custody log and the archive's reveal log.</source>
        <translation>The release was recorded in the custody log and the archive's reveal log.</translation>
    </message>
    <message>
        <source>The reveal was recorded in the custody log and the archive's reveal log.</source>
        <translation>The reveal was recorded in the custody log and the archive's reveal log.</translation>
    </message>
    <message>
        <source>intake: give --archive DIR, or --profile with --receiver or --tor-socks</source>
        <translation>intake: give --archive DIR, or --profile with --receiver or --tor-socks</translation>
    </message>
    <message>
        <source>All {0} logged share releases and reveals are in the archive's reveal log.</source>
        <translation>All {0} logged share releases and reveals are in the archive's reveal log.</translation>
    </message>
    <message>
        <source>The public receipt log anchors {0} head(s) of the reveal log; the reveal log only grew since (the newest anchored head has {1} entries).</source>
        <translation>The public receipt log anchors {0} head(s) of the reveal log; the reveal log only grew since (the newest anchored head has {1} entries).</translation>
    </message>
    <message>
        <source>{0} newer reveal log entries are not anchored yet: the receiver anchors them when it next runs (intake serve).</source>
        <translation>{0} newer reveal log entries are not anchored yet: the receiver anchors them when it next runs (intake serve).</translation>
    </message>
    <message>
        <source>The receiver's reveal log ({0} entries) extends every reveal checkpoint given and its newest anchor in the public receipt log ({1} entries).</source>
        <translation>The receiver's reveal log ({0} entries) extends every reveal checkpoint given and its newest anchor in the public receipt log ({1} entries).</translation>
    </message>
    <message>
        <source>{0} reveal log entries taken from the copy; the receiver anchors them in the public receipt log when it next runs.</source>
        <translation>{0} reveal log entries taken from the copy; the receiver anchors them in the public receipt log when it next runs.</translation>
    </message>
    <message>
        <source>New bundles' identity sides will need {0} of {1} custodians.</source>
        <translation>New bundles' identity sides will need {0} of {1} custodians.</translation>
    </message>
    <message>
        <source>Give every device the new profile.json; its fingerprint is unchanged: {0}</source>
        <translation>Give every device the new profile.json; its fingerprint is unchanged: {0}</translation>
    </message>
    <message>
        <source>Older bundles still open with keys/identity.key until you retire it.</source>
        <translation>Older bundles still open with keys/identity.key until you retire it.</translation>
    </message>
    <message>
        <source>{0} bundle(s) here open only with this key; their identity sides would become unreadable for good.</source>
        <translation>{0} bundle(s) here open only with this key; their identity sides would become unreadable for good.</translation>
    </message>
    <message>
        <source>Nothing was removed. Run again with --yes to retire the key.</source>
        <translation>Nothing was removed. Run again with --yes to retire the key.</translation>
    </message>
    <message>
        <source>The identity key was destroyed; {0} bundle(s) here can no longer be unmasked.</source>
        <translation>The identity key was destroyed; {0} bundle(s) here can no longer be unmasked.</translation>
    </message>
    <message>
        <source>Identity side of bundle {0} opened into {1}.</source>
        <translation>Identity side of bundle {0} opened into {1}.</translation>
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
        <source>The archive's reveal log cannot be read or does not verify.</source>
        <translation>The archive's reveal log cannot be read or does not verify.</translation>
    </message>
    <message>
        <source>Nothing was released or opened. Check the archive folder and its receipt key.</source>
        <translation>Nothing was released or opened. Check the archive folder and its receipt key.</translation>
    </message>
    <message>
        <source>A logged share release or reveal (entry {0}) is missing from the archive's reveal log, or the log was rewritten.</source>
        <translation>A logged share release or reveal (entry {0}) is missing from the archive's reveal log, or the log was rewritten.</translation>
    </message>
    <message>
        <source>Treat this as tampering: keep the custody logs and report it to the other custodians.</source>
        <translation>Treat this as tampering: keep the custody logs and report it to the other custodians.</translation>
    </message>
    <message>
        <source>Custody event {0} records a share release or reveal that is not in the archive's reveal log.</source>
        <translation>Custody event {0} records a share release or reveal that is not in the archive's reveal log.</translation>
    </message>
    <message>
        <source>The archive's public receipt log anchored a reveal log of {0} entries (at its entry {1}) that the current reveal log does not extend: the reveal log was rewritten.</source>
        <translation>The archive's public receipt log anchored a reveal log of {0} entries (at its entry {1}) that the current reveal log does not extend: the reveal log was rewritten.</translation>
    </message>
    <message>
        <source>The copy's reveal log does not continue this archive's: another step was logged here after the copy was made, or the copy is of another archive.</source>
        <translation>The copy's reveal log does not continue this archive's: another step was logged here after the copy was made, or the copy is of another archive.</translation>
    </message>
    <message>
        <source>Nothing was imported. Keep the copy and its custody log; report it to the other custodians.</source>
        <translation>Nothing was imported. Keep the copy and its custody log; report it to the other custodians.</translation>
    </message>
    <message>
        <source>No custodian share was found in this picture.</source>
        <translation>No custodian share was found in this picture.</translation>
    </message>
    <message>
        <source>Take the picture again with the whole QR code in view, sharp and well lit, or use the share file.</source>
        <translation>Take the picture again with the whole QR code in view, sharp and well lit, or use the share file.</translation>
    </message>
    <message>
        <source>This share is drawn on {0} pictures; picture(s) {1} are missing. Nothing was opened.</source>
        <translation>This share is drawn on {0} pictures; picture(s) {1} are missing. Nothing was opened.</translation>
    </message>
    <message>
        <source>Give every picture of the numbered set.</source>
        <translation>Give every picture of the numbered set.</translation>
    </message>
    <message>
        <source>These share pictures do not fit together: damaged, or from different shares. Nothing was opened.</source>
        <translation>These share pictures do not fit together: damaged, or from different shares. Nothing was opened.</translation>
    </message>
    <message>
        <source>Take the pictures again, or ask the custodian for a fresh share.</source>
        <translation>Take the pictures again, or ask the custodian for a fresh share.</translation>
    </message>
    <message>
        <source>The archive's receipt log does not match a signed checkpoint of it: it was changed.</source>
        <translation>The archive's receipt log does not match a signed checkpoint of it: it was changed.</translation>
    </message>
    <message>
        <source>This archive already seals identity to custodians.</source>
        <translation>This archive already seals identity to custodians.</translation>
    </message>
    <message>
        <source>This archive has no identity key to retire.</source>
        <translation>This archive has no identity key to retire.</translation>
    </message>
    <message>
        <source>New bundles are still sealed to this identity key; move the archive to custodians first.</source>
        <translation>New bundles are still sealed to this identity key; move the archive to custodians first.</translation>
    </message>
    <message>
        <source>The identity key cannot be changed.</source>
        <translation>The identity key cannot be changed.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>This bundle's identity side is not sealed to custodians.</source>
        <translation>This bundle's identity side is not sealed to custodians.</translation>
    </message>
    <message>
        <source>Open it with the archive's identity key (intake open).</source>
        <translation>Open it with the archive's identity key (intake open).</translation>
    </message>
    <message>
        <source>Custodian keys must be post-quantum (age1pq1…), or all of them classic.</source>
        <translation>Custodian keys must be post-quantum (age1pq1…), or all of them classic.</translation>
    </message>
    <message>
        <source>Give each custodian's public key, separated by commas.</source>
        <translation>Give each custodian's public key, separated by commas.</translation>
    </message>
    <message>
        <source>Open it with the archive's identity key on the tab “2. Check, open and export”.</source>
        <translation>Open it with the archive's identity key on the tab “2. Check, open and export”.</translation>
    </message>
</context>
</TS>

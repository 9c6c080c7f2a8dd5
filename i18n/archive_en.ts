<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Archive</name>
    <message>
        <source>Custody key {0} written.</source>
        <translation>Custody key {0} written.</translation>
    </message>
    <message>
        <source>Public key (give it to the archive to register): {0}</source>
        <translation>Public key (give it to the archive to register): {0}</translation>
    </message>
    <message>
        <source>Passphrase of the archive's profile-signing key: </source>
        <translation>Passphrase of the archive's profile-signing key: </translation>
    </message>
    <message>
        <source>intake: the public key is not a base64 Ed25519 key</source>
        <translation>intake: the public key is not a base64 Ed25519 key</translation>
    </message>
    <message>
        <source>Custodian register signed: {0} keys.</source>
        <translation>Custodian register signed: {0} keys.</translation>
    </message>
    <message>
        <source>intake: the device key is not a base64 Ed25519 key</source>
        <translation>intake: the device key is not a base64 Ed25519 key</translation>
    </message>
    <message>
        <source>intake: give --out FILE, --qr OUT.png or both</source>
        <translation>intake: give --out FILE, --qr OUT.png or both</translation>
    </message>
    <message>
        <source>intake: {0} exists already; it is not replaced</source>
        <translation>intake: {0} exists already; it is not replaced</translation>
    </message>
    <message>
        <source>Device {0} enrolled as interviewer {1}: {2}</source>
        <translation>Device {0} enrolled as interviewer {1}: {2}</translation>
    </message>
    <message>
        <source>Custody log intact: {0} events.</source>
        <translation>Custody log intact: {0} events.</translation>
    </message>
    <message>
        <source>Every event is signed by a custodian registered by the archive.</source>
        <translation>Every event is signed by a custodian registered by the archive.</translation>
    </message>
    <message>
        <source>The signers were not checked against the archive's custodian register: add --archive ARCHIVE_DIR to accept only registered custodians.</source>
        <translation>The signers were not checked against the archive's custodian register: add --archive ARCHIVE_DIR to accept only registered custodians.</translation>
    </message>
    <message>
        <source>It continues the log in {0} without changing a record.</source>
        <translation>It continues the log in {0} without changing a record.</translation>
    </message>
    <message>
        <source>Note: the custody signers were not checked: this archive has no custodian register yet (intake archive custodian-add).</source>
        <translation>Note: the custody signers were not checked: this archive has no custodian register yet (intake archive custodian-add).</translation>
    </message>
    <message>
        <source>Note: the custody signers were not checked against the archive's custodian register: add --archive ARCHIVE_DIR.</source>
        <translation>Note: the custody signers were not checked against the archive's custodian register: add --archive ARCHIVE_DIR.</translation>
    </message>
    <message>
        <source>Bag written: {0}</source>
        <translation>Bag written: {0}</translation>
    </message>
    <message>
        <source>ClamAV is not installed (Debian: apt install clamav)</source>
        <translation>ClamAV is not installed (Debian: apt install clamav)</translation>
    </message>
    <message>
        <source>ClamAV has no signatures in {0}</source>
        <translation>ClamAV has no signatures in {0}</translation>
    </message>
    <message>
        <source>intake: warning: no virus check was made: {0}. The bag records no virus check; copy current signatures from a machine that runs freshclam, or name them with --virus-db.</source>
        <translation>intake: warning: no virus check was made: {0}. The bag records no virus check; copy current signatures from a machine that runs freshclam, or name them with --virus-db.</translation>
    </message>
    <message>
        <source>Publication index rebuilt: {0} testimonies.</source>
        <translation>Publication index rebuilt: {0} testimonies.</translation>
    </message>
    <message>
        <source>{0}: fixity OK</source>
        <translation>{0}: fixity OK</translation>
    </message>
    <message>
        <source>{0}: FIXITY FAILED</source>
        <translation>{0}: FIXITY FAILED</translation>
    </message>
    <message>
        <source>New bundles fetched: {0} ({1} already here).</source>
        <translation>New bundles fetched: {0} ({1} already here).</translation>
    </message>
    <message>
        <source>{0} checkpoints seen by interviewers' devices are the log this archive verified.</source>
        <translation>{0} checkpoints seen by interviewers' devices are the log this archive verified.</translation>
    </message>
    <message>
        <source>Whether each bundle comes from an enrolled device is shown when it is opened.</source>
        <translation>Whether each bundle comes from an enrolled device is shown when it is opened.</translation>
    </message>
    <message>
        <source>Staff onion: {0}</source>
        <translation>Staff onion: {0}</translation>
    </message>
    <message>
        <source>Authorised staff keys: {0}</source>
        <translation>Authorised staff keys: {0}</translation>
    </message>
    <message>
        <source>Restart the receiver's tor so that it reads the authorised keys.</source>
        <translation>Restart the receiver's tor so that it reads the authorised keys.</translation>
    </message>
    <message>
        <source>Private key written to {0} (keep it on this machine).</source>
        <translation>Private key written to {0} (keep it on this machine).</translation>
    </message>
    <message>
        <source>Give the archive this public key to authorise: {0}</source>
        <translation>Give the archive this public key to authorise: {0}</translation>
    </message>
    <message>
        <source>Linked (link id {0}); the act is recorded in both custody logs.</source>
        <translation>Linked (link id {0}); the act is recorded in both custody logs.</translation>
    </message>
    <message>
        <source>Summary written: {0}</source>
        <translation>Summary written: {0}</translation>
    </message>
    <message>
        <source>intake: a public copy needs a second custodian's review: use 'intake archive publish', then 'intake archive review' and 'intake archive release'.</source>
        <translation>intake: a public copy needs a second custodian's review: use 'intake archive publish', then 'intake archive review' and 'intake archive release'.</translation>
    </message>
    <message>
        <source>Device {0} enrolled as interviewer {1}: QR code picture {2}</source>
        <translation>Device {0} enrolled as interviewer {1}: QR code picture {2}</translation>
    </message>
    <message>
        <source>Give this to the device (intake store enrol FILE, or the app's settings: the file or a picture of the QR code).</source>
        <translation>Give this to the device (intake store enrol FILE, or the app's settings: the file or a picture of the QR code).</translation>
    </message>
    <message>
        <source>Proposed public copy written to {0}; {1} testimonies share its published details.</source>
        <translation>Proposed public copy written to {0}; {1} testimonies share its published details.</translation>
    </message>
    <message>
        <source>A second custodian must review and sign it (intake archive review) before release.</source>
        <translation>A second custodian must review and sign it (intake archive review) before release.</translation>
    </message>
    <message>
        <source>intake: --redact takes PATH=TEXT</source>
        <translation>intake: --redact takes PATH=TEXT</translation>
    </message>
    <message>
        <source>Reviewed and signed: {0} redactions; the redacted copy is a new bag in {1}.</source>
        <translation>Reviewed and signed: {0} redactions; the redacted copy is a new bag in {1}.</translation>
    </message>
    <message>
        <source>Released: {0}</source>
        <translation>Released: {0}</translation>
    </message>
    <message>
        <source>k must be a whole number, at least 2</source>
        <translation>k must be a whole number, at least 2</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Do not use this record's history; compare it with a backup copy and report it.</source>
        <translation>Do not use this record's history; compare it with a backup copy and report it.</translation>
    </message>
    <message>
        <source>Record {0} of the custody log is signed by key {1}, which is not a custodian registered by the archive.</source>
        <translation>Record {0} of the custody log is signed by key {1}, which is not a custodian registered by the archive.</translation>
    </message>
    <message>
        <source>Do not trust this history: anyone can sign a chain with a key of their own. Compare it with the archive's copy and report it.</source>
        <translation>Do not trust this history: anyone can sign a chain with a key of their own. Compare it with the archive's copy and report it.</translation>
    </message>
    <message>
        <source>Your custody key {0} is not registered by this archive, so it cannot sign custody events; nothing was signed.</source>
        <translation>Your custody key {0} is not registered by this archive, so it cannot sign custody events; nothing was signed.</translation>
    </message>
    <message>
        <source>Ask whoever holds the archive's profile-signing key to register your custody key.</source>
        <translation>Ask whoever holds the archive's profile-signing key to register your custody key.</translation>
    </message>
    <message>
        <source>The archive's custodian register is missing, damaged or not signed by the archive.</source>
        <translation>The archive's custodian register is missing, damaged or not signed by the archive.</translation>
    </message>
    <message>
        <source>Register the custodians with: intake archive custodian-add (signed with the archive's profile-signing key).</source>
        <translation>Register the custodians with: intake archive custodian-add (signed with the archive's profile-signing key).</translation>
    </message>
    <message>
        <source>The custody log cannot be used.</source>
        <translation>The custody log cannot be used.</translation>
    </message>
    <message>
        <source>Check the directory and the event type.</source>
        <translation>Check the directory and the event type.</translation>
    </message>
    <message>
        <source>There is no custody key at {0}.</source>
        <translation>There is no custody key at {0}.</translation>
    </message>
    <message>
        <source>Choose your existing custody key file, or give a new passphrase twice to create one.</source>
        <translation>Choose your existing custody key file, or give a new passphrase twice to create one.</translation>
    </message>
    <message>
        <source>Check the name, the key text and that no key of that name exists yet.</source>
        <translation>Check the name, the key text and that no key of that name exists yet.</translation>
    </message>
    <message>
        <source>The opened files are not what the collecting device signed ({0}); nothing was bagged.</source>
        <translation>The opened files are not what the collecting device signed ({0}); nothing was bagged.</translation>
    </message>
    <message>
        <source>Open the bundle again from the archive's copy into a new folder; never edit an opened folder. The refusal is recorded in the custody log.</source>
        <translation>Open the bundle again from the archive's copy into a new folder; never edit an opened folder. The refusal is recorded in the custody log.</translation>
    </message>
    <message>
        <source>The virus check found something in the opened files; nothing was bagged.</source>
        <translation>The virus check found something in the opened files; nothing was bagged.</translation>
    </message>
    <message>
        <source>Do not open these files. Report it to whoever looks after the archive's machines; the finding is recorded in the custody log.</source>
        <translation>Do not open these files. Report it to whoever looks after the archive's machines; the finding is recorded in the custody log.</translation>
    </message>
    <message>
        <source>The virus check could not be made; nothing was bagged.</source>
        <translation>The virus check could not be made; nothing was bagged.</translation>
    </message>
    <message>
        <source>Check that ClamAV and its signatures are installed correctly, then try again.</source>
        <translation>Check that ClamAV and its signatures are installed correctly, then try again.</translation>
    </message>
    <message>
        <source>Report this: the receiver may be compromised. Keep ARCHIVE/log-seen as evidence.</source>
        <translation>Report this: the receiver may be compromised. Keep ARCHIVE/log-seen as evidence.</translation>
    </message>
    <message>
        <source>The receiver's log is not confirmed by enough of the witnesses named in this archive's profile; nothing was fetched.</source>
        <translation>The receiver's log is not confirmed by enough of the witnesses named in this archive's profile; nothing was fetched.</translation>
    </message>
    <message>
        <source>Check that the receiver reaches its witnesses. If they refused its log, the receiver may be showing a fork: report it.</source>
        <translation>Check that the receiver reaches its witnesses. If they refused its log, the receiver may be showing a fork: report it.</translation>
    </message>
    <message>
        <source>A checkpoint from an interviewer's device cannot be checked: it is not a checkpoint signed by this archive's receipt key, or this archive has verified none yet. Nothing was fetched.</source>
        <translation>A checkpoint from an interviewer's device cannot be checked: it is not a checkpoint signed by this archive's receipt key, or this archive has verified none yet. Nothing was fetched.</translation>
    </message>
    <message>
        <source>Ask the interviewer to print it again from the device, and fetch once without it first.</source>
        <translation>Ask the interviewer to print it again from the device, and fetch once without it first.</translation>
    </message>
    <message>
        <source>No public copy: the witness's embargo has not ended.</source>
        <translation>No public copy: the witness's embargo has not ended.</translation>
    </message>
    <message>
        <source>A public copy can be made once the embargo date has passed. An embargo until the witness's death is never lifted by the app.</source>
        <translation>A public copy can be made once the embargo date has passed. An embargo until the witness's death is never lifted by the app.</translation>
    </message>
    <message>
        <source>No public copy: the witness did not agree to publish the text.</source>
        <translation>No public copy: the witness did not agree to publish the text.</translation>
    </message>
    <message>
        <source>Make a preservation bag instead; it is not published.</source>
        <translation>Make a preservation bag instead; it is not published.</translation>
    </message>
    <message>
        <source>No public copy: none of this testimony's answers may be published.</source>
        <translation>No public copy: none of this testimony's answers may be published.</translation>
    </message>
    <message>
        <source>Use a new, empty output directory and an opened bundle.</source>
        <translation>Use a new, empty output directory and an opened bundle.</translation>
    </message>
    <message>
        <source>This bag failed its fixity check: {0}</source>
        <translation>This bag failed its fixity check: {0}</translation>
    </message>
    <message>
        <source>Restore the bag from another copy; do not repair it in place.</source>
        <translation>Restore the bag from another copy; do not repair it in place.</translation>
    </message>
    <message>
        <source>Give the content custodian's opening first, then the identity custodian's.</source>
        <translation>Give the content custodian's opening first, then the identity custodian's.</translation>
    </message>
    <message>
        <source>A downloaded bundle does not match its receipt; it was not kept.</source>
        <translation>A downloaded bundle does not match its receipt; it was not kept.</translation>
    </message>
    <message>
        <source>Report this: the receiver or the connection may be compromised.</source>
        <translation>Report this: the receiver or the connection may be compromised.</translation>
    </message>
    <message>
        <source>Check the receiver address, tor and the staff credential.</source>
        <translation>Check the receiver address, tor and the staff credential.</translation>
    </message>
    <message>
        <source>No public copy: too few testimonies in the archive share this one's published details (k-anonymity), even with every detail withheld.</source>
        <translation>No public copy: too few testimonies in the archive share this one's published details (k-anonymity), even with every detail withheld.</translation>
    </message>
    <message>
        <source>Wait until the archive holds more testimonies of this kind, or lower k only after a documented decision.</source>
        <translation>Wait until the archive holds more testimonies of this kind, or lower k only after a documented decision.</translation>
    </message>
    <message>
        <source>The output directory is not empty.</source>
        <translation>The output directory is not empty.</translation>
    </message>
    <message>
        <source>Use a new, empty output directory.</source>
        <translation>Use a new, empty output directory.</translation>
    </message>
    <message>
        <source>The archive has no publication index, so it cannot count how many testimonies share the published details.</source>
        <translation>The archive has no publication index, so it cannot count how many testimonies share the published details.</translation>
    </message>
    <message>
        <source>Rebuild it from the content openings: intake archive publish-index.</source>
        <translation>Rebuild it from the content openings: intake archive publish-index.</translation>
    </message>
    <message>
        <source>These openings hold fewer testimonies than the archive's publication index counts; a partial index would weaken the k-anonymity check.</source>
        <translation>These openings hold fewer testimonies than the archive's publication index counts; a partial index would weaken the k-anonymity check.</translation>
    </message>
    <message>
        <source>Name every folder of content openings, or replace the index on purpose with --replace.</source>
        <translation>Name every folder of content openings, or replace the index on purpose with --replace.</translation>
    </message>
    <message>
        <source>The archive's publication index is older than its openings.</source>
        <translation>The archive's publication index is older than its openings.</translation>
    </message>
    <message>
        <source>This is not a proposal for a public copy, or its review record is damaged.</source>
        <translation>This is not a proposal for a public copy, or its review record is damaged.</translation>
    </message>
    <message>
        <source>Make a new proposal with intake archive publish.</source>
        <translation>Make a new proposal with intake archive publish.</translation>
    </message>
    <message>
        <source>A second custodian, with a different registered key, must review and sign: intake archive review.</source>
        <translation>A second custodian, with a different registered key, must review and sign: intake archive review.</translation>
    </message>
    <message>
        <source>A second custodian must review and sign it first: intake archive review.</source>
        <translation>A second custodian must review and sign it first: intake archive review.</translation>
    </message>
    <message>
        <source>Do not release it; prepare and review it again and report this.</source>
        <translation>Do not release it; prepare and review it again and report this.</translation>
    </message>
    <message>
        <source>The custody log has been altered (record {0}).</source>
        <translation>The custody log has been altered (record {0}).</translation>
    </message>
    <message>
        <source>The staff onion key cannot be used.</source>
        <translation>The staff onion key cannot be used.</translation>
    </message>
    <message>
        <source>These two openings cannot be linked.</source>
        <translation>These two openings cannot be linked.</translation>
    </message>
    <message>
        <source>The receiver's log does not match the one this archive verified before (a fork or rollback); nothing was fetched.</source>
        <translation>The receiver's log does not match the one this archive verified before (a fork or rollback); nothing was fetched.</translation>
    </message>
    <message>
        <source>The receiver could not be used.</source>
        <translation>The receiver could not be used.</translation>
    </message>
    <message>
        <source>The bag cannot be made.</source>
        <translation>The bag cannot be made.</translation>
    </message>
    <message>
        <source>A key that prepares, reviews or releases a public copy must be registered by the archive with the role release.</source>
        <translation>A key that prepares, reviews or releases a public copy must be registered by the archive with the role release.</translation>
    </message>
    <message>
        <source>Register it with: intake archive custodian-add --role release.</source>
        <translation>Register it with: intake archive custodian-add --role release.</translation>
    </message>
    <message>
        <source>The public copy cannot be released on one custodian's word: the reviewer used the same key as the one who prepared it.</source>
        <translation>The public copy cannot be released on one custodian's word: the reviewer used the same key as the one who prepared it.</translation>
    </message>
    <message>
        <source>No second custodian has reviewed and signed this public copy.</source>
        <translation>No second custodian has reviewed and signed this public copy.</translation>
    </message>
    <message>
        <source>A signature on this public copy's review does not verify.</source>
        <translation>A signature on this public copy's review does not verify.</translation>
    </message>
    <message>
        <source>This public copy was changed after it was prepared or reviewed.</source>
        <translation>This public copy was changed after it was prepared or reviewed.</translation>
    </message>
    <message>
        <source>That redaction cannot be made: the field is not published, or its text does not contain that passage.</source>
        <translation>That redaction cannot be made: the field is not published, or its text does not contain that passage.</translation>
    </message>
    <message>
        <source>Check the field path and copy the passage exactly as it is published.</source>
        <translation>Check the field path and copy the passage exactly as it is published.</translation>
    </message>
    <message>
        <source>Ask whoever holds the archive's profile-signing key to register the custodians.</source>
        <translation>Ask whoever holds the archive's profile-signing key to register the custodians.</translation>
    </message>
    <message>
        <source>Choose a new, empty proposal folder and press “1. Propose” again.</source>
        <translation>Choose a new, empty proposal folder and press “1. Propose” again.</translation>
    </message>
    <message>
        <source>Ask whoever holds the archive's profile-signing key to register this key with the role release.</source>
        <translation>Ask whoever holds the archive's profile-signing key to register this key with the role release.</translation>
    </message>
    <message>
        <source>A second custodian, with a different registered key, must unlock their own key and press “2. Review and sign”.</source>
        <translation>A second custodian, with a different registered key, must unlock their own key and press “2. Review and sign”.</translation>
    </message>
    <message>
        <source>A second custodian must first unlock their own key and press “2. Review and sign”.</source>
        <translation>A second custodian must first unlock their own key and press “2. Review and sign”.</translation>
    </message>
    <message>
        <source>Press “Rebuild the publication index” on this tab and choose the folder that holds the archive's content openings.</source>
        <translation>Press “Rebuild the publication index” on this tab and choose the folder that holds the archive's content openings.</translation>
    </message>
    <message>
        <source>Choose the folder that holds every content opening of this archive.</source>
        <translation>Choose the folder that holds every content opening of this archive.</translation>
    </message>
    <message>
        <source>This folder is not an archive: it holds no archive profile.</source>
        <translation>This folder is not an archive: it holds no archive profile.</translation>
    </message>
    <message>
        <source>Give the archive's directory with --archive.</source>
        <translation>Give the archive's directory with --archive.</translation>
    </message>
    <message>
        <source>Choose the archive's folder (“Archive folder”) and try again.</source>
        <translation>Choose the archive's folder (“Archive folder”) and try again.</translation>
    </message>
    <message>
        <source>The folder of content openings does not exist.</source>
        <translation>The folder of content openings does not exist.</translation>
    </message>
</context>
</TS>

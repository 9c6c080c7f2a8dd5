<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Bundle</name>
    <message>
        <source>Passphrase for the archive's keys: </source>
        <translation>Passphrase for the archive's keys: </translation>
    </message>
    <message>
        <source>Archive created in {0}</source>
        <translation>Archive created in {0}</translation>
    </message>
    <message>
        <source>Identity sides open only with {0} of {1} custodians' shares; no identity key was made.</source>
        <translation>Identity sides open only with {0} of {1} custodians' shares; no identity key was made.</translation>
    </message>
    <message>
        <source>Profile: {0}</source>
        <translation>Profile: {0}</translation>
    </message>
    <message>
        <source>No onion address yet: the profile is for a local demo archive.</source>
        <translation>No onion address yet: the profile is for a local demo archive.</translation>
    </message>
    <message>
        <source>Fingerprint (read it out to interviewers): {0}</source>
        <translation>Fingerprint (read it out to interviewers): {0}</translation>
    </message>
    <message>
        <source>Warning: the key files are not protected by a passphrase.</source>
        <translation>Warning: the key files are not protected by a passphrase.</translation>
    </message>
    <message>
        <source>classic (X25519)</source>
        <translation>classic (X25519)</translation>
    </message>
    <message>
        <source>post-quantum hybrid (ML-KEM-768 + X25519)</source>
        <translation>post-quantum hybrid (ML-KEM-768 + X25519)</translation>
    </message>
    <message>
        <source>Archive: {0}</source>
        <translation>Archive: {0}</translation>
    </message>
    <message>
        <source>Fingerprint: {0}</source>
        <translation>Fingerprint: {0}</translation>
    </message>
    <message>
        <source>Signature: valid</source>
        <translation>Signature: valid</translation>
    </message>
    <message>
        <source>Keys: {0}</source>
        <translation>Keys: {0}</translation>
    </message>
    <message>
        <source>Receiver: {0}</source>
        <translation>Receiver: {0}</translation>
    </message>
    <message>
        <source>(none: local demo)</source>
        <translation>(none: local demo)</translation>
    </message>
    <message>
        <source>Audio: {0}; largest bundle: {1} bytes</source>
        <translation>Audio: {0}; largest bundle: {1} bytes</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the archive by phone before sealing anything.</source>
        <translation>Compare the fingerprint with the archive by phone before sealing anything.</translation>
    </message>
    <message>
        <source>Passphrase of this installation's device key: </source>
        <translation>Passphrase of this installation's device key: </translation>
    </message>
    <message>
        <source>Sealed {0} ({1} bytes) for {2}</source>
        <translation>Sealed {0} ({1} bytes) for {2}</translation>
    </message>
    <message>
        <source>SHA-256: {0}</source>
        <translation>SHA-256: {0}</translation>
    </message>
    <message>
        <source>intake: opening with shares is logged: give also {0}</source>
        <translation>intake: opening with shares is logged: give also {0}</translation>
    </message>
    <message>
        <source>Passphrase for {0}: </source>
        <translation>Passphrase for {0}: </translation>
    </message>
    <message>
        <source>Bundle {0}: format version {1}</source>
        <translation>Bundle {0}: format version {1}</translation>
    </message>
    <message>
        <source>content</source>
        <translation>content</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identity</translation>
    </message>
    <message>
        <source>  {0}: verified ({1} files, signed by device {2})</source>
        <translation>  {0}: verified ({1} files, signed by device {2})</translation>
    </message>
    <message>
        <source>  {0}: not present in this bundle</source>
        <translation>  {0}: not present in this bundle</translation>
    </message>
    <message>
        <source>  {0}: not opened (no key for it was given)</source>
        <translation>  {0}: not opened (no key for it was given)</translation>
    </message>
    <message>
        <source>  both sides carry the same link id</source>
        <translation>  both sides carry the same link id</translation>
    </message>
    <message>
        <source>  device: enrolled device {0}</source>
        <translation>  device: enrolled device {0}</translation>
    </message>
    <message>
        <source>it carries no enrolment</source>
        <translation>it carries no enrolment</translation>
    </message>
    <message>
        <source>its enrolment was signed by another archive</source>
        <translation>its enrolment was signed by another archive</translation>
    </message>
    <message>
        <source>its enrolment belongs to another device key</source>
        <translation>its enrolment belongs to another device key</translation>
    </message>
    <message>
        <source>  device: UNKNOWN DEVICE ({0}); key {1}</source>
        <translation>  device: UNKNOWN DEVICE ({0}); key {1}</translation>
    </message>
    <message>
        <source>its two sides name different devices</source>
        <translation>its two sides name different devices</translation>
    </message>
    <message>
        <source>  device: not checked (give --profile with the archive's profile.json)</source>
        <translation>  device: not checked (give --profile with the archive's profile.json)</translation>
    </message>
    <message>
        <source>A custody log found beside the bundle is not signed by this archive's registered custodians: it was kept apart in {0} as an unverified claim, not joined to the bundle's custody log.</source>
        <translation>A custody log found beside the bundle is not signed by this archive's registered custodians: it was kept apart in {0} as an unverified claim, not joined to the bundle's custody log.</translation>
    </message>
    <message>
        <source>Written to {0}</source>
        <translation>Written to {0}</translation>
    </message>
    <message>
        <source>intake: warning: no virus check was made (ClamAV or its signatures are missing): open these files only on an offline machine.</source>
        <translation>intake: warning: no virus check was made (ClamAV or its signatures are missing): open these files only on an offline machine.</translation>
    </message>
    <message>
        <source>Virus check ({0}): nothing found.</source>
        <translation>Virus check ({0}): nothing found.</translation>
    </message>
    <message>
        <source>intake: the virus check found something in these files: do not open them; report it to whoever looks after the archive's machines.
{0}</source>
        <translation>intake: the virus check found something in these files: do not open them; report it to whoever looks after the archive's machines.
{0}</translation>
    </message>
    <message>
        <source>All checks passed; nothing was written.</source>
        <translation>All checks passed; nothing was written.</translation>
    </message>
    <message>
        <source>The files and signatures are intact, but the archive cannot tell who sealed this bundle: treat it as from an unknown device; nothing was written.</source>
        <translation>The files and signatures are intact, but the archive cannot tell who sealed this bundle: treat it as from an unknown device; nothing was written.</translation>
    </message>
    <message>
        <source>Added to the archive's publication index.</source>
        <translation>Added to the archive's publication index.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>the content part (content.age)</source>
        <translation>the content part (content.age)</translation>
    </message>
    <message>
        <source>the identity part (identity.age)</source>
        <translation>the identity part (identity.age)</translation>
    </message>
    <message>
        <source>the bundle</source>
        <translation>the bundle</translation>
    </message>
    <message>
        <source>Do not use this copy. Ask for the bundle to be sent again and keep this one for inquiry.</source>
        <translation>Do not use this copy. Ask for the bundle to be sent again and keep this one for inquiry.</translation>
    </message>
    <message>
        <source>The bundle could not be processed.</source>
        <translation>The bundle could not be processed.</translation>
    </message>
    <message>
        <source>Nothing was written. Please report this to the archive's support contact.</source>
        <translation>Nothing was written. Please report this to the archive's support contact.</translation>
    </message>
    <message>
        <source>The archive profile cannot be used.</source>
        <translation>The archive profile cannot be used.</translation>
    </message>
    <message>
        <source>Ask the archive for a fresh copy of its profile.</source>
        <translation>Ask the archive for a fresh copy of its profile.</translation>
    </message>
    <message>
        <source>This file is not a valid archive profile.</source>
        <translation>This file is not a valid archive profile.</translation>
    </message>
    <message>
        <source>The archive profile's signature is not valid: it was changed or damaged.</source>
        <translation>The archive profile's signature is not valid: it was changed or damaged.</translation>
    </message>
    <message>
        <source>Do not use it. Ask the archive for a fresh copy and compare the fingerprint by phone.</source>
        <translation>Do not use it. Ask the archive for a fresh copy and compare the fingerprint by phone.</translation>
    </message>
    <message>
        <source>The archive profile was refused: its name holds line breaks, control characters or markup, which could show a false fingerprint.</source>
        <translation>The archive profile was refused: its name holds line breaks, control characters or markup, which could show a false fingerprint.</translation>
    </message>
    <message>
        <source>The profile's fingerprint is not the one you gave.</source>
        <translation>The profile's fingerprint is not the one you gave.</translation>
    </message>
    <message>
        <source>Check each digit with the archive by phone. If they differ, do not use this profile.</source>
        <translation>Check each digit with the archive by phone. If they differ, do not use this profile.</translation>
    </message>
    <message>
        <source>The archive profile contains a private key and was refused.</source>
        <translation>The archive profile contains a private key and was refused.</translation>
    </message>
    <message>
        <source>Private keys must never be shared. Tell the archive at once; it should make new keys.</source>
        <translation>Private keys must never be shared. Tell the archive at once; it should make new keys.</translation>
    </message>
    <message>
        <source>A signing key file could not be read.</source>
        <translation>A signing key file could not be read.</translation>
    </message>
    <message>
        <source>Check that you chose the right key file.</source>
        <translation>Check that you chose the right key file.</translation>
    </message>
    <message>
        <source>The key file is protected by a passphrase.</source>
        <translation>The key file is protected by a passphrase.</translation>
    </message>
    <message>
        <source>Give the passphrase with --passphrase-file or type it when asked.</source>
        <translation>Give the passphrase with --passphrase-file or type it when asked.</translation>
    </message>
    <message>
        <source>The passphrase does not open the key file.</source>
        <translation>The passphrase does not open the key file.</translation>
    </message>
    <message>
        <source>Check the passphrase and try again.</source>
        <translation>Check the passphrase and try again.</translation>
    </message>
    <message>
        <source>The bundle's manifest is not valid.</source>
        <translation>The bundle's manifest is not valid.</translation>
    </message>
    <message>
        <source>The bundle is damaged or was changed: {0} is not well-formed.</source>
        <translation>The bundle is damaged or was changed: {0} is not well-formed.</translation>
    </message>
    <message>
        <source>The bundle holds an unsafe entry in {0} and was refused.</source>
        <translation>The bundle holds an unsafe entry in {0} and was refused.</translation>
    </message>
    <message>
        <source>The bundle uses a format version this program does not know.</source>
        <translation>The bundle uses a format version this program does not know.</translation>
    </message>
    <message>
        <source>Update the program, then try again.</source>
        <translation>Update the program, then try again.</translation>
    </message>
    <message>
        <source>A size inside {0} is impossible.</source>
        <translation>A size inside {0} is impossible.</translation>
    </message>
    <message>
        <source>The contents of {0} do not match its signed manifest: it was changed.</source>
        <translation>The contents of {0} do not match its signed manifest: it was changed.</translation>
    </message>
    <message>
        <source>{0} failed its integrity check: the bundle was changed or damaged.</source>
        <translation>{0} failed its integrity check: the bundle was changed or damaged.</translation>
    </message>
    <message>
        <source>The bundle is incomplete: {0} ends too early.</source>
        <translation>The bundle is incomplete: {0} ends too early.</translation>
    </message>
    <message>
        <source>The transfer was probably cut off. Ask for the bundle to be sent again.</source>
        <translation>The transfer was probably cut off. Ask for the bundle to be sent again.</translation>
    </message>
    <message>
        <source>Wrong key: a key you gave opens no part of this bundle.</source>
        <translation>Wrong key: a key you gave opens no part of this bundle.</translation>
    </message>
    <message>
        <source>Use the archive's content key and/or identity key for this bundle.</source>
        <translation>Use the archive's content key and/or identity key for this bundle.</translation>
    </message>
    <message>
        <source>The output folder {0} cannot be used: it must be new or empty.</source>
        <translation>The output folder {0} cannot be used: it must be new or empty.</translation>
    </message>
    <message>
        <source>Choose a new folder.</source>
        <translation>Choose a new folder.</translation>
    </message>
    <message>
        <source>A recording or attachment changed while it was being sealed.</source>
        <translation>A recording or attachment changed while it was being sealed.</translation>
    </message>
    <message>
        <source>Nothing was sealed. Try again.</source>
        <translation>Nothing was sealed. Try again.</translation>
    </message>
    <message>
        <source>This is not a valid device enrolment from an archive.</source>
        <translation>This is not a valid device enrolment from an archive.</translation>
    </message>
    <message>
        <source>Ask the archive for the enrolment file again.</source>
        <translation>Ask the archive for the enrolment file again.</translation>
    </message>
    <message>
        <source>An interviewer code is 1-4 capital letters, a dash and 1-6 digits, e.g. IV-07.</source>
        <translation>An interviewer code is 1-4 capital letters, a dash and 1-6 digits, e.g. IV-07.</translation>
    </message>
    <message>
        <source>Use a pseudonymous code; never a name. Nothing was signed.</source>
        <translation>Use a pseudonymous code; never a name. Nothing was signed.</translation>
    </message>
    <message>
        <source>This device's enrolment belongs to another archive or another device. Nothing was sealed.</source>
        <translation>This device's enrolment belongs to another archive or another device. Nothing was sealed.</translation>
    </message>
    <message>
        <source>Ask the archive this device seals for to enrol it again.</source>
        <translation>Ask the archive this device seals for to enrol it again.</translation>
    </message>
    <message>
        <source>The testimony could not be sealed.</source>
        <translation>The testimony could not be sealed.</translation>
    </message>
    <message>
        <source>Nothing was sealed. Check the answers and files, then try again.</source>
        <translation>Nothing was sealed. Check the answers and files, then try again.</translation>
    </message>
    <message>
        <source>The answers do not satisfy the form ({0} problems).</source>
        <translation>The answers do not satisfy the form ({0} problems).</translation>
    </message>
    <message>
        <source>Check the answers with 'intake forms check', then try again.</source>
        <translation>Check the answers with 'intake forms check', then try again.</translation>
    </message>
    <message>
        <source>The archive does not accept this form ({0}, version {1}).</source>
        <translation>The archive does not accept this form ({0}, version {1}).</translation>
    </message>
    <message>
        <source>Use a form the archive's profile lists.</source>
        <translation>Use a form the archive's profile lists.</translation>
    </message>
    <message>
        <source>The bundle would be larger than the archive accepts ({0} bytes).</source>
        <translation>The bundle would be larger than the archive accepts ({0} bytes).</translation>
    </message>
    <message>
        <source>Use compact audio (Opus) or split the testimony.</source>
        <translation>Use compact audio (Opus) or split the testimony.</translation>
    </message>
    <message>
        <source>Files of type {0} cannot be cleaned of hidden metadata, so they are refused.</source>
        <translation>Files of type {0} cannot be cleaned of hidden metadata, so they are refused.</translation>
    </message>
    <message>
        <source>Convert it to JPEG, PNG, WebP, plain text, FLAC, Opus, WAV, MP3 or a plain PDF (without attached files, scripts or forms) first.</source>
        <translation>Convert it to JPEG, PNG, WebP, plain text, FLAC, Opus, WAV, MP3 or a plain PDF (without attached files, scripts or forms) first.</translation>
    </message>
    <message>
        <source>The file is damaged or not of type {0}.</source>
        <translation>The file is damaged or not of type {0}.</translation>
    </message>
    <message>
        <source>Check the file and try again.</source>
        <translation>Check the file and try again.</translation>
    </message>
    <message>
        <source>The archive folder {0} must be new or empty.</source>
        <translation>The archive folder {0} must be new or empty.</translation>
    </message>
    <message>
        <source>The receiver address {0} is not a v3 .onion address.</source>
        <translation>The receiver address {0} is not a v3 .onion address.</translation>
    </message>
    <message>
        <source>Check the address, or leave the option out to create a new onion service.</source>
        <translation>Check the address, or leave the option out to create a new onion service.</translation>
    </message>
    <message>
        <source>The file {0} cannot be used here.</source>
        <translation>The file {0} cannot be used here.</translation>
    </message>
    <message>
        <source>Check the command's options (intake COMMAND --help).</source>
        <translation>Check the command's options (intake COMMAND --help).</translation>
    </message>
    <message>
        <source>Type the passphrase when asked.</source>
        <translation>Type the passphrase when asked.</translation>
    </message>
    <message>
        <source>Correct the answers the app marks, then try again.</source>
        <translation>Correct the answers the app marks, then try again.</translation>
    </message>
    <message>
        <source>Choose another file and try again.</source>
        <translation>Choose another file and try again.</translation>
    </message>
</context>
</TS>

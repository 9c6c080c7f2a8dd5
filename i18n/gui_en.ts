<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppController</name>
    <message>
        <source>Creating the encrypted store…</source>
        <translation>Creating the encrypted store…</translation>
    </message>
    <message>
        <source>Checking for recordings cut short…</source>
        <translation>Checking for recordings cut short…</translation>
    </message>
    <message>
        <source>Creating the demo archive…</source>
        <translation>Creating the demo archive…</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <source>Archive: check and open sealed bundles</source>
        <translation>Archive: check and open sealed bundles</translation>
    </message>
    <message>
        <source>&amp;Bundle (.tib):</source>
        <translation>&amp;Bundle (.tib):</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Key file:</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>Key &amp;passphrase:</translation>
    </message>
    <message>
        <source>leave empty if the key has no passphrase</source>
        <translation>leave empty if the key has no passphrase</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Your custody key (signs the custody log)</source>
        <translation>Your custody key (signs the custody log)</translation>
    </message>
    <message>
        <source>Custody key fi&amp;le:</source>
        <translation>Custody key fi&amp;le:</translation>
    </message>
    <message>
        <source>Custody key pa&amp;ssphrase:</source>
        <translation>Custody key pa&amp;ssphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat (new key only):</source>
        <translation>&amp;Repeat (new key only):</translation>
    </message>
    <message>
        <source>Choose a custody key file</source>
        <translation>Choose a custody key file</translation>
    </message>
    <message>
        <source>Custody key file</source>
        <translation>Custody key file</translation>
    </message>
    <message>
        <source>Custody key passphrase</source>
        <translation>Custody key passphrase</translation>
    </message>
    <message>
        <source>Repeat the new custody key passphrase</source>
        <translation>Repeat the new custody key passphrase</translation>
    </message>
    <message>
        <source>Choose a bundle file</source>
        <translation>Choose a bundle file</translation>
    </message>
    <message>
        <source>Choose a key file</source>
        <translation>Choose a key file</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Bundle file</translation>
    </message>
    <message>
        <source>Key file (content or identity key)</source>
        <translation>Key file (content or identity key)</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Key passphrase</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <source>&amp;Open into a folder…</source>
        <translation>&amp;Open into a folder…</translation>
    </message>
    <message>
        <source>&amp;Export to BagIt…</source>
        <translation>&amp;Export to BagIt…</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>Verification report</translation>
    </message>
    <message>
        <source>Bundle structure is valid</source>
        <translation>Bundle structure is valid</translation>
    </message>
    <message>
        <source>This key opens the bundle</source>
        <translation>This key opens the bundle</translation>
    </message>
    <message>
        <source>Encryption intact (not altered)</source>
        <translation>Encryption intact (not altered)</translation>
    </message>
    <message>
        <source>Signed by the collecting device</source>
        <translation>Signed by the collecting device</translation>
    </message>
    <message>
        <source>Every file matches its recorded hash</source>
        <translation>Every file matches its recorded hash</translation>
    </message>
    <message>
        <source>Custody events</source>
        <translation>Custody events</translation>
    </message>
    <message>
        <source>Each opening here continues the bundle's signed custody log, started when it was fetched; the BagIt bag carries it with its PREMIS record.</source>
        <translation>Each opening here continues the bundle's signed custody log, started when it was fetched; the BagIt bag carries it with its PREMIS record.</translation>
    </message>
    <message>
        <source>1. &amp;Fetch from the receiver</source>
        <translation>1. &amp;Fetch from the receiver</translation>
    </message>
    <message>
        <source>2. &amp;Check, open and export</source>
        <translation>2. &amp;Check, open and export</translation>
    </message>
    <message>
        <source>3. Custodian &amp;shares</source>
        <translation>3. Custodian &amp;shares</translation>
    </message>
    <message>
        <source>&amp;Archive folder:</source>
        <translation>&amp;Archive folder:</translation>
    </message>
    <message>
        <source>Staff &amp;token file:</source>
        <translation>Staff &amp;token file:</translation>
    </message>
    <message>
        <source>Staff o&amp;nion (optional):</source>
        <translation>Staff o&amp;nion (optional):</translation>
    </message>
    <message>
        <source>Onion client ke&amp;y folder (optional):</source>
        <translation>Onion client ke&amp;y folder (optional):</translation>
    </message>
    <message>
        <source>default: staff-token in the archive folder</source>
        <translation>default: staff-token in the archive folder</translation>
    </message>
    <message>
        <source>default: the profile's onion address</source>
        <translation>default: the profile's onion address</translation>
    </message>
    <message>
        <source>needed for a staff onion with client authorisation</source>
        <translation>needed for a staff onion with client authorisation</translation>
    </message>
    <message>
        <source>Choose the archive folder</source>
        <translation>Choose the archive folder</translation>
    </message>
    <message>
        <source>Choose the staff token file</source>
        <translation>Choose the staff token file</translation>
    </message>
    <message>
        <source>Choose the onion client key folder</source>
        <translation>Choose the onion client key folder</translation>
    </message>
    <message>
        <source>Archive folder (profile.json; bundles go to incoming)</source>
        <translation>Archive folder (profile.json; bundles go to incoming)</translation>
    </message>
    <message>
        <source>Staff token file</source>
        <translation>Staff token file</translation>
    </message>
    <message>
        <source>Staff onion address</source>
        <translation>Staff onion address</translation>
    </message>
    <message>
        <source>Onion client key folder</source>
        <translation>Onion client key folder</translation>
    </message>
    <message>
        <source>Fetch &amp;new bundles</source>
        <translation>Fetch &amp;new bundles</translation>
    </message>
    <message>
        <source>Check the &amp;selected bundle</source>
        <translation>Check the &amp;selected bundle</translation>
    </message>
    <message>
        <source>Fetched bundles, still sealed</source>
        <translation>Fetched bundles, still sealed</translation>
    </message>
    <message>
        <source>Unlocking the custody key…</source>
        <translation>Unlocking the custody key…</translation>
    </message>
    <message>
        <source>&amp;Create custody key</source>
        <translation>&amp;Create custody key</translation>
    </message>
    <message>
        <source>&amp;Unlock custody key</source>
        <translation>&amp;Unlock custody key</translation>
    </message>
    <message>
        <source>Unlocked: key {0}. Openings and exports are signed with it.</source>
        <translation>Unlocked: key {0}. Openings and exports are signed with it.</translation>
    </message>
    <message>
        <source>No custody key there yet: give a new passphrase twice to create it.</source>
        <translation>No custody key there yet: give a new passphrase twice to create it.</translation>
    </message>
    <message>
        <source>Locked. Openings and exports need it unlocked.</source>
        <translation>Locked. Openings and exports need it unlocked.</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>Archive folder</translation>
    </message>
    <message>
        <source>Fetching new bundles (checking each receipt)…</source>
        <translation>Fetching new bundles (checking each receipt)…</translation>
    </message>
    <message>
        <source>Bundles stay sealed; each is checked against its receipt and logged.</source>
        <translation>Bundles stay sealed; each is checked against its receipt and logged.</translation>
    </message>
    <message>
        <source>New bundles fetched: {0} ({1} already here).</source>
        <translation>New bundles fetched: {0} ({1} already here).</translation>
    </message>
    <message>
        <source>{0}…  {1} KiB</source>
        <translation>{0}…  {1} KiB</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <source>Sealed bundle (*.tib)</source>
        <translation>Sealed bundle (*.tib)</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Key file</translation>
    </message>
    <message>
        <source>Open into folder</source>
        <translation>Open into folder</translation>
    </message>
    <message>
        <source>Export BagIt bag into folder</source>
        <translation>Export BagIt bag into folder</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Checking the bundle…</translation>
    </message>
    <message>
        <source>Opening the bundle…</source>
        <translation>Opening the bundle…</translation>
    </message>
    <message>
        <source>Writing the BagIt bag…</source>
        <translation>Writing the BagIt bag…</translation>
    </message>
    <message>
        <source>✔ Custody log verified: {0} signed events, chain intact.</source>
        <translation>✔ Custody log verified: {0} signed events, chain intact.</translation>
    </message>
    <message>
        <source>✘ Custody log does not verify.</source>
        <translation>✘ Custody log does not verify.</translation>
    </message>
    <message>
        <source>✔ passed</source>
        <translation>✔ passed</translation>
    </message>
    <message>
        <source>✘ failed</source>
        <translation>✘ failed</translation>
    </message>
    <message>
        <source>– not checked</source>
        <translation>– not checked</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source> Written to {0}.</source>
        <translation> Written to {0}.</translation>
    </message>
    <message>
        <source>This key opened: {0}.</source>
        <translation>This key opened: {0}.</translation>
    </message>
    <message>
        <source>All checks passed. Sealed by enrolled device {0}.</source>
        <translation>All checks passed. Sealed by enrolled device {0}.</translation>
    </message>
    <message>
        <source>The files and signatures are intact, but this bundle comes from an unknown device: the archive did not enrol the key that sealed it.</source>
        <translation>The files and signatures are intact, but this bundle comes from an unknown device: the archive did not enrol the key that sealed it.</translation>
    </message>
    <message>
        <source>The files and signatures are intact; the sealing device was not checked (the bundle is not in an archive's incoming folder).</source>
        <translation>The files and signatures are intact; the sealing device was not checked (the bundle is not in an archive's incoming folder).</translation>
    </message>
    <message>
        <source>the testimony (content)</source>
        <translation>the testimony (content)</translation>
    </message>
    <message>
        <source>the identity</source>
        <translation>the identity</translation>
    </message>
    <message>
        <source>4. Publish (t&amp;wo custodians)</source>
        <translation>4. Publish (t&amp;wo custodians)</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Drop photos or documents here</source>
        <translation>Drop photos or documents here</translation>
    </message>
    <message>
        <source>Hidden information inside files (camera, place, author, dates) is removed from the copy the archive's content staff see. The untouched original is sealed with the witness's identity.</source>
        <translation>Hidden information inside files (camera, place, author, dates) is removed from the copy the archive's content staff see. The untouched original is sealed with the witness's identity.</translation>
    </message>
    <message>
        <source>&amp;Add a file…</source>
        <translation>&amp;Add a file…</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>Add a file</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Attached files</translation>
    </message>
</context>
<context>
    <name>AudioController</name>
    <message>
        <source>{0} (recording {1})</source>
        <translation>{0} (recording {1})</translation>
    </message>
    <message>
        <source>Recording {0} ({1}, {2} KB)</source>
        <translation>Recording {0} ({1}, {2} KB)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>You said Tor is blocked where you are, but there is no bridge to try.</source>
        <translation>You said Tor is blocked where you are, but there is no bridge to try.</translation>
    </message>
    <message>
        <source>Paste bridge lines from a person you trust (or open a picture of their QR code), then send again. Nothing was sent.</source>
        <translation>Paste bridge lines from a person you trust (or open a picture of their QR code), then send again. Nothing was sent.</translation>
    </message>
    <message>
        <source>Paste bridge lines from a person you trust (or scan their QR code), then connect again. Nothing was connected.</source>
        <translation>Paste bridge lines from a person you trust (or scan their QR code), then connect again. Nothing was connected.</translation>
    </message>
    <message>
        <source>No bridge lines were given for the bridges you chose.</source>
        <translation>No bridge lines were given for the bridges you chose.</translation>
    </message>
    <message>
        <source>Paste at least one bridge line (from Tor Browser or a person you trust), or choose "No bridges". Nothing was connected.</source>
        <translation>Paste at least one bridge line (from Tor Browser or a person you trust), or choose "No bridges". Nothing was connected.</translation>
    </message>
    <message>
        <source>This action could not be completed.</source>
        <translation>This action could not be completed.</translation>
    </message>
    <message>
        <source>Go back one step and try again.</source>
        <translation>Go back one step and try again.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Stopped. Nothing was changed.</translation>
    </message>
    <message>
        <source>You can start again when you are ready.</source>
        <translation>You can start again when you are ready.</translation>
    </message>
    <message>
        <source>Unlock your custody key first.</source>
        <translation>Unlock your custody key first.</translation>
    </message>
    <message>
        <source>Every opening and export is signed into the bundle's custody log with your custody key. Choose it (or create one) above and unlock it.</source>
        <translation>Every opening and export is signed into the bundle's custody log with your custody key. Choose it (or create one) above and unlock it.</translation>
    </message>
    <message>
        <source>State why this share or reveal is needed.</source>
        <translation>State why this share or reveal is needed.</translation>
    </message>
    <message>
        <source>The purpose is recorded in the bundle's signed custody log. Nothing was released.</source>
        <translation>The purpose is recorded in the bundle's signed custody log. Nothing was released.</translation>
    </message>
    <message>
        <source>This part of the app is not available in this version.</source>
        <translation>This part of the app is not available in this version.</translation>
    </message>
    <message>
        <source>Please use an updated version of the app, or ask the archive for help.</source>
        <translation>Please use an updated version of the app, or ask the archive for help.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least {0} characters.</source>
        <translation>The passphrase is too short: use at least {0} characters.</translation>
    </message>
    <message>
        <source>A few ordinary words that only you know make a good passphrase.</source>
        <translation>A few ordinary words that only you know make a good passphrase.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <source>Type the same passphrase in both boxes.</source>
        <translation>Type the same passphrase in both boxes.</translation>
    </message>
    <message>
        <source>No archive has been chosen yet.</source>
        <translation>No archive has been chosen yet.</translation>
    </message>
    <message>
        <source>Import the archive's profile, or choose the demo archive.</source>
        <translation>Import the archive's profile, or choose the demo archive.</translation>
    </message>
    <message>
        <source>The archive profile file was changed after you confirmed it: {0}</source>
        <translation>The archive profile file was changed after you confirmed it: {0}</translation>
    </message>
    <message>
        <source>This app does not use the changed file. It keeps sealing for the archive you confirmed (fingerprint {0}). Someone may have replaced the file. If the archive really sent you a new profile, check its fingerprint with the archive by phone, then choose it under Interviewer → Settings → Archive.</source>
        <translation>This app does not use the changed file. It keeps sealing for the archive you confirmed (fingerprint {0}). Someone may have replaced the file. If the archive really sent you a new profile, check its fingerprint with the archive by phone, then choose it under Interviewer → Settings → Archive.</translation>
    </message>
    <message>
        <source>The archive profile offered to witnesses on this computer was changed.</source>
        <translation>The archive profile offered to witnesses on this computer was changed.</translation>
    </message>
    <message>
        <source>It is no longer the archive you confirmed (fingerprint {0}). Someone may have replaced it while the app was locked; a witness who used it since may have sent their testimony elsewhere. Under Settings, turn "Prepare this computer for witnesses" off and on again to restore it.</source>
        <translation>It is no longer the archive you confirmed (fingerprint {0}). Someone may have replaced it while the app was locked; a witness who used it since may have sent their testimony elsewhere. Under Settings, turn "Prepare this computer for witnesses" off and on again to restore it.</translation>
    </message>
    <message>
        <source>The archive profile file is not the one you confirmed: {0}</source>
        <translation>The archive profile file is not the one you confirmed: {0}</translation>
    </message>
    <message>
        <source>This app does not use it, and nothing is sealed until you choose the archive's profile again and check its fingerprint with the archive by phone.</source>
        <translation>This app does not use it, and nothing is sealed until you choose the archive's profile again and check its fingerprint with the archive by phone.</translation>
    </message>
    <message>
        <source>The identity of this witness is already sealed and cannot be changed here.</source>
        <translation>The identity of this witness is already sealed and cannot be changed here.</translation>
    </message>
    <message>
        <source>Write the correction in the interviewer notes; the archive's identity custodians will apply it.</source>
        <translation>Write the correction in the interviewer notes; the archive's identity custodians will apply it.</translation>
    </message>
    <message>
        <source>Not connected to Tor yet.</source>
        <translation>Not connected to Tor yet.</translation>
    </message>
    <message>
        <source>Press "Connect" in the outbox and wait until it says connected, then send again.</source>
        <translation>Press "Connect" in the outbox and wait until it says connected, then send again.</translation>
    </message>
    <message>
        <source>Interviews holding material sealed for the current archive, which the new archive could not open: {0}.</source>
        <translation>Interviews holding material sealed for the current archive, which the new archive could not open: {0}.</translation>
    </message>
    <message>
        <source>Finish them and send them to the current archive first, then change the archive.</source>
        <translation>Finish them and send them to the current archive first, then change the archive.</translation>
    </message>
    <message>
        <source>The microphone chosen in the settings (“{0}”) is not connected.</source>
        <translation>The microphone chosen in the settings (“{0}”) is not connected.</translation>
    </message>
    <message>
        <source>Connect it, or choose another input under Settings → Microphone, then record again.</source>
        <translation>Connect it, or choose another input under Settings → Microphone, then record again.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Archive profile</source>
        <translation>Archive profile</translation>
    </message>
    <message>
        <source>Archive profile (*.json)</source>
        <translation>Archive profile (*.json)</translation>
    </message>
    <message>
        <source>The local demo archive on this computer (not for real testimony)</source>
        <translation>The local demo archive on this computer (not for real testimony)</translation>
    </message>
    <message>
        <source>Welcome to Testimony Intake</source>
        <translation>Welcome to Testimony Intake</translation>
    </message>
    <message>
        <source>Choose the language for this app. You can change it later at the top of the window.</source>
        <translation>Choose the language for this app. You can change it later at the top of the window.</translation>
    </message>
    <message>
        <source>Are you a witness giving your own testimony? You need no passphrase or setup, and nothing is kept on this computer.</source>
        <translation>Are you a witness giving your own testimony? You need no passphrase or setup, and nothing is kept on this computer.</translation>
    </message>
    <message>
        <source>&amp;Give my own testimony</source>
        <translation>&amp;Give my own testimony</translation>
    </message>
    <message>
        <source>Give my own testimony</source>
        <translation>Give my own testimony</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <source>Everything this app keeps on this computer is encrypted with this passphrase. Choose one you can remember; nobody can recover it for you. Use at least 8 characters.</source>
        <translation>Everything this app keeps on this computer is encrypted with this passphrase. Choose one you can remember; nobody can recover it for you. Use at least 8 characters.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <source>&amp;Create encrypted store</source>
        <translation>&amp;Create encrypted store</translation>
    </message>
    <message>
        <source>Which archive will receive the testimony?</source>
        <translation>Which archive will receive the testimony?</translation>
    </message>
    <message>
        <source>Import the profile file the archive gave you. Then call the archive and read the fingerprint aloud together: only continue if every character matches. To try the app without an archive, use the demo archive.</source>
        <translation>Import the profile file the archive gave you. Then call the archive and read the fingerprint aloud together: only continue if every character matches. To try the app without an archive, use the demo archive.</translation>
    </message>
    <message>
        <source>&amp;Import profile file…</source>
        <translation>&amp;Import profile file…</translation>
    </message>
    <message>
        <source>Use the &amp;demo archive (not for real testimony)</source>
        <translation>Use the &amp;demo archive (not for real testimony)</translation>
    </message>
    <message>
        <source>I read the fingerprint with the archive by phone and it matches</source>
        <translation>I read the fingerprint with the archive by phone and it matches</translation>
    </message>
    <message>
        <source>Use &amp;this archive</source>
        <translation>Use &amp;this archive</translation>
    </message>
    <message>
        <source>Demo archive — not for real testimony</source>
        <translation>Demo archive — not for real testimony</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>e.g. 1989-06-04, 1989-06, 1989-06-03/1989-06-05, 1989~</source>
        <translation>e.g. 1989-06-04, 1989-06, 1989-06-03/1989-06-05, 1989~</translation>
    </message>
    <message>
        <source>reference code (32 letters and digits)</source>
        <translation>reference code (32 letters and digits)</translation>
    </message>
    <message>
        <source>number, or from</source>
        <translation>number, or from</translation>
    </message>
    <message>
        <source>to (if not sure)</source>
        <translation>to (if not sure)</translation>
    </message>
    <message>
        <source>{0}: from</source>
        <translation>{0}: from</translation>
    </message>
    <message>
        <source>{0}: to</source>
        <translation>{0}: to</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>Please describe</source>
        <translation>Please describe</translation>
    </message>
    <message>
        <source>{0}: other</source>
        <translation>{0}: other</translation>
    </message>
    <message>
        <source>choose, or type a place</source>
        <translation>choose, or type a place</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(not answered)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>I agree</translation>
    </message>
    <message>
        <source>I agree: {0}</source>
        <translation>I agree: {0}</translation>
    </message>
    <message>
        <source>Choose date and time</source>
        <translation>Choose date and time</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Time of day</translation>
    </message>
    <message>
        <source>e.g. 1989-06-04 01:00 (local time)</source>
        <translation>e.g. 1989-06-04 01:00 (local time)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>{0}: choose date and time</source>
        <translation>{0}: choose date and time</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>{0}: now</source>
        <translation>{0}: now</translation>
    </message>
    <message>
        <source>{0}: date and time</source>
        <translation>{0}: date and time</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>about</source>
        <translation>about</translation>
    </message>
    <message>
        <source>not sure</source>
        <translation>not sure</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>How sure</translation>
    </message>
    <message>
        <source>Nothing recorded yet to choose from. Record them first on the step "{0}" (the list of steps on the left), then come back here.</source>
        <translation>Nothing recorded yet to choose from. Record them first on the step "{0}" (the list of steps on the left), then come back here.</translation>
    </message>
    <message>
        <source>Nothing recorded yet to choose from. Record them first on their own step (the list of steps on the left), then come back here.</source>
        <translation>Nothing recorded yet to choose from. Record them first on their own step (the list of steps on the left), then come back here.</translation>
    </message>
    <message>
        <source>A record chosen here was removed on its step: check the choice again.</source>
        <translation>A record chosen here was removed on its step: check the choice again.</translation>
    </message>
    <message>
        <source>Photos, scans or PDF ({0})</source>
        <translation>Photos, scans or PDF ({0})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>This file cannot be used here: choose a photo, a scan or a PDF.</source>
        <translation>This file cannot be used here: choose a photo, a scan or a PDF.</translation>
    </message>
    <message>
        <source>Adding the file to the encrypted store…</source>
        <translation>Adding the file to the encrypted store…</translation>
    </message>
    <message>
        <source>Choose a &amp;photo or scan…</source>
        <translation>Choose a &amp;photo or scan…</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Choose a &amp;file…</translation>
    </message>
    <message>
        <source>✔ Attached and sealed.</source>
        <translation>✔ Attached and sealed.</translation>
    </message>
    <message>
        <source>✔ Recorded ({0}). Recording again replaces it.</source>
        <translation>✔ Recorded ({0}). Recording again replaces it.</translation>
    </message>
    <message>
        <source>✔ Attached: {0}, {1} KB. The hidden information in the file was removed.</source>
        <translation>✔ Attached: {0}, {1} KB. The hidden information in the file was removed.</translation>
    </message>
    <message>
        <source>This cannot be recorded or attached on this screen.</source>
        <translation>This cannot be recorded or attached on this screen.</translation>
    </message>
    <message>
        <source>Not recorded yet: press Record, then Stop when it is done.</source>
        <translation>Not recorded yet: press Record, then Stop when it is done.</translation>
    </message>
    <message>
        <source>Recording now: press Stop when it is done.</source>
        <translation>Recording now: press Stop when it is done.</translation>
    </message>
    <message>
        <source>No file yet.</source>
        <translation>No file yet.</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Remove this entry</translation>
    </message>
    <message>
        <source>Add another</source>
        <translation>Add another</translation>
    </message>
    <message>
        <source>Add another: {0}</source>
        <translation>Add another: {0}</translation>
    </message>
    <message>
        <source>The next questions may be about violence, injuries, deaths or detention. Before them, tell the witness what they are about: the witness may skip them, take a pause, or stop at any time.</source>
        <translation>The next questions may be about violence, injuries, deaths or detention. Before them, tell the witness what they are about: the witness may skip them, take a pause, or stop at any time.</translation>
    </message>
    <message>
        <source>Sealed: only the archive's identity custodians can read this.</source>
        <translation>Sealed: only the archive's identity custodians can read this.</translation>
    </message>
    <message>
        <source>Other (please describe)</source>
        <translation>Other (please describe)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Prefer not to say</translation>
    </message>
    <message>
        <source>The list changed since this was chosen: choose again.</source>
        <translation>The list changed since this was chosen: choose again.</translation>
    </message>
</context>
<context>
    <name>InputMethodWarning</name>
    <message>
        <source>If you type with a pinyin, zhuyin or other input method, first turn off its cloud input (cloud prediction) or use the system's own input method: some input methods send what you type, your passphrase included, to their servers (for the common Chinese ones, servers in China).</source>
        <translation>If you type with a pinyin, zhuyin or other input method, first turn off its cloud input (cloud prediction) or use the system's own input method: some input methods send what you type, your passphrase included, to their servers (for the common Chinese ones, servers in China).</translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <source>Please correct the marked answers before sealing the identity.</source>
        <translation>Please correct the marked answers before sealing the identity.</translation>
    </message>
    <message>
        <source>Enter who the witness is, or tick "The witness stays anonymous" to go on without it.</source>
        <translation>Enter who the witness is, or tick "The witness stays anonymous" to go on without it.</translation>
    </message>
    <message>
        <source>"{0}" has {1} answer(s) to check; they are marked in red. You can go on and come back to it.</source>
        <translation>"{0}" has {1} answer(s) to check; they are marked in red. You can go on and come back to it.</translation>
    </message>
    <message>
        <source>The draft could not be saved: {0}</source>
        <translation>The draft could not be saved: {0}</translation>
    </message>
    <message>
        <source>Adding files to the encrypted store…</source>
        <translation>Adding files to the encrypted store…</translation>
    </message>
    <message>
        <source>Consent is needed before going on. Read the consent text with the witness and, if they agree, tick the boxes. Verbal consent: record it with "Record" under "Recorded consent" on this page. Written consent: add a photo or scan of the signed page under "Signature" on this page.</source>
        <translation>Consent is needed before going on. Read the consent text with the witness and, if they agree, tick the boxes. Verbal consent: record it with "Record" under "Recorded consent" on this page. Written consent: add a photo or scan of the signed page under "Signature" on this page.</translation>
    </message>
    <message>
        <source>the witness's identity, sealed for the identity custodians</source>
        <translation>the witness's identity, sealed for the identity custodians</translation>
    </message>
    <message>
        <source>no identity (anonymous witness)</source>
        <translation>no identity (anonymous witness)</translation>
    </message>
    <message>
        <source>no identity recorded</source>
        <translation>no identity recorded</translation>
    </message>
    <message>
        <source>Will be sealed: {0} answered part(s), {1} recording(s), {2} attachment(s); {3}.</source>
        <translation>Will be sealed: {0} answered part(s), {1} recording(s), {2} attachment(s); {3}.</translation>
    </message>
    <message>
        <source>Some answers need attention before finalising. They are listed above.</source>
        <translation>Some answers need attention before finalising. They are listed above.</translation>
    </message>
    <message>
        <source>Sealing the bundle…</source>
        <translation>Sealing the bundle…</translation>
    </message>
    <message>
        <source>{0} (sealed)</source>
        <translation>{0} (sealed)</translation>
    </message>
    <message>
        <source>{0} (anonymous)</source>
        <translation>{0} (anonymous)</translation>
    </message>
    <message>
        <source>{0} — {1} to check</source>
        <translation>{0} — {1} to check</translation>
    </message>
    <message>
        <source>Steps of this interview</source>
        <translation>Steps of this interview</translation>
    </message>
    <message>
        <source>The witness stays anonymous (identity not recorded)</source>
        <translation>The witness stays anonymous (identity not recorded)</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Next →</translation>
    </message>
    <message>
        <source>Save and &amp;close</source>
        <translation>Save and &amp;close</translation>
    </message>
</context>
<context>
    <name>InterviewList</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <source>In outbox</source>
        <translation>In outbox</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Sent, receipt verified</source>
        <translation>Sent, receipt verified</translation>
    </message>
    <message>
        <source>Right-click to copy or export the receipt code</source>
        <translation>Right-click to copy or export the receipt code</translation>
    </message>
    <message>
        <source>Receipt code {0} copied. It is removed from the clipboard in two minutes; paste it only where it is safe.</source>
        <translation>Receipt code {0} copied. It is removed from the clipboard in two minutes; paste it only where it is safe.</translation>
    </message>
    <message>
        <source>Copy receipt code</source>
        <translation>Copy receipt code</translation>
    </message>
    <message>
        <source>Export receipt code…</source>
        <translation>Export receipt code…</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Delete draft…</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Receipt code</source>
        <translation>Receipt code</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>&amp;New interview</source>
        <translation>&amp;New interview</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation>&amp;Delete draft…</translation>
    </message>
    <message>
        <source>Cop&amp;y receipt code</source>
        <translation>Cop&amp;y receipt code</translation>
    </message>
    <message>
        <source>E&amp;xport receipt code…</source>
        <translation>E&amp;xport receipt code…</translation>
    </message>
    <message>
        <source>No interviews yet. Press "New interview" to begin.</source>
        <translation>No interviews yet. Press "New interview" to begin.</translation>
    </message>
</context>
<context>
    <name>InterviewViewer</name>
    <message>
        <source>{0}: {1}. Read only: it was sealed for the archive and can no longer be changed.</source>
        <translation>{0}: {1}. Read only: it was sealed for the archive and can no longer be changed.</translation>
    </message>
    <message>
        <source>Receipt code: {0}</source>
        <translation>Receipt code: {0}</translation>
    </message>
    <message>
        <source>Nothing entered.</source>
        <translation>Nothing entered.</translation>
    </message>
    <message>
        <source>Answers of this interview (read only)</source>
        <translation>Answers of this interview (read only)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>InterviewerPage</name>
    <message>
        <source>This interview was started with version {0} of the form; it now follows version {1}. Your answers were kept; answer the new questions before sealing.</source>
        <translation>This interview was started with version {0} of the form; it now follows version {1}. Your answers were kept; answer the new questions before sealing.</translation>
    </message>
    <message>
        <source>Interview sent</source>
        <translation>Interview sent</translation>
    </message>
    <message>
        <source>{0} was sent and its receipt verified. As the archive asks, its answers, recordings and files were then deleted from this computer.</source>
        <translation>{0} was sent and its receipt verified. As the archive asks, its answers, recordings and files were then deleted from this computer.</translation>
    </message>
    <message>
        <source>Receipt code: {0}</source>
        <translation>Receipt code: {0}</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>Delete {0}?</source>
        <translation>Delete {0}?</translation>
    </message>
    <message>
        <source>Its answers, recordings and files are deleted from this computer for good. This cannot be undone.</source>
        <translation>Its answers, recordings and files are deleted from this computer for good. This cannot be undone.</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>&amp;Delete draft</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Keep it</translation>
    </message>
    <message>
        <source>Saving the receipt code…</source>
        <translation>Saving the receipt code…</translation>
    </message>
    <message>
        <source>Receipt code saved to {0}.</source>
        <translation>Receipt code saved to {0}.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>&amp;Interviews</source>
        <translation>&amp;Interviews</translation>
    </message>
    <message>
        <source>O&amp;utbox</source>
        <translation>O&amp;utbox</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>S&amp;ettings</translation>
    </message>
</context>
<context>
    <name>InterviewsController</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Witness identity</source>
        <translation>Witness identity</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <source>The end is before the start. Check both times.</source>
        <translation>The end is before the start. Check both times.</translation>
    </message>
    <message>
        <source>Interview {0}</source>
        <translation>Interview {0}</translation>
    </message>
    <message>
        <source>(sealed for the archive)</source>
        <translation>(sealed for the archive)</translation>
    </message>
    <message>
        <source>Identity answers</source>
        <translation>Identity answers</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Recordings</translation>
    </message>
    <message>
        <source>Attachment {0}: {1}, {2} KB</source>
        <translation>Attachment {0}: {1}, {2} KB</translation>
    </message>
    <message>
        <source>Sealing the bundle…</source>
        <translation>Sealing the bundle…</translation>
    </message>
    <message>
        <source>no name given</source>
        <translation>no name given</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Enter your passphrase to continue.</source>
        <translation>Enter your passphrase to continue.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Give my own &amp;testimony</source>
        <translation>Give my own &amp;testimony</translation>
    </message>
    <message>
        <source>Give my own testimony (witnesses)</source>
        <translation>Give my own testimony (witnesses)</translation>
    </message>
    <message>
        <source>Panic &amp;wipe…</source>
        <translation>Panic &amp;wipe…</translation>
    </message>
    <message>
        <source>Panic wipe: destroy everything on this computer</source>
        <translation>Panic wipe: destroy everything on this computer</translation>
    </message>
    <message>
        <source>Do &amp;not wipe</source>
        <translation>Do &amp;not wipe</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Testimony Intake</source>
        <translation>Testimony Intake</translation>
    </message>
    <message>
        <source>Creating the encrypted store…</source>
        <translation>Creating the encrypted store…</translation>
    </message>
    <message>
        <source>Checking the profile…</source>
        <translation>Checking the profile…</translation>
    </message>
    <message>
        <source>Creating the demo archive…</source>
        <translation>Creating the demo archive…</translation>
    </message>
</context>
<context>
    <name>ModeChooser</name>
    <message>
        <source>What would you like to do?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <source>&amp;Interviewer: record and send interviews</source>
        <translation>&amp;Interviewer: record and send interviews</translation>
    </message>
    <message>
        <source>For trained interviewers. Interviews are kept encrypted on this computer until they are sent.</source>
        <translation>For trained interviewers. Interviews are kept encrypted on this computer until they are sent.</translation>
    </message>
    <message>
        <source>&amp;Give my own testimony</source>
        <translation>&amp;Give my own testimony</translation>
    </message>
    <message>
        <source>A guided session for one witness. Nothing is kept on this computer afterwards.</source>
        <translation>A guided session for one witness. Nothing is kept on this computer afterwards.</translation>
    </message>
    <message>
        <source>&amp;Archive staff: open and check bundles</source>
        <translation>&amp;Archive staff: open and check bundles</translation>
    </message>
    <message>
        <source>For archive staff who hold a key.</source>
        <translation>For archive staff who hold a key.</translation>
    </message>
    <message>
        <source>A recording that was not closed properly (for example, the computer lost power) was recovered: {0} s, kept in Interview {1}.</source>
        <translation>A recording that was not closed properly (for example, the computer lost power) was recovered: {0} s, kept in Interview {1}.</translation>
    </message>
    <message>
        <source>No archive chosen yet.</source>
        <translation>No archive chosen yet.</translation>
    </message>
    <message>
        <source>Archive: the local demo archive on this computer (not for real testimony)</source>
        <translation>Archive: the local demo archive on this computer (not for real testimony)</translation>
    </message>
    <message>
        <source>Archive: {0}</source>
        <translation>Archive: {0}</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Connection (Tor)</source>
        <translation>Connection (Tor)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Connect to Tor</source>
        <translation>Connect to Tor</translation>
    </message>
    <message>
        <source>Tor connection progress</source>
        <translation>Tor connection progress</translation>
    </message>
    <message>
        <source>Tor is &amp;blocked where I am: never connect without a bridge</source>
        <translation>Tor is &amp;blocked where I am: never connect without a bridge</translation>
    </message>
    <message>
        <source>Tick this in mainland China and wherever Tor is blocked or watched: the app then only tries bridges (the archive's own, yours, then the built-in ones) and never a direct connection.</source>
        <translation>Tick this in mainland China and wherever Tor is blocked or watched: the app then only tries bridges (the archive's own, yours, then the built-in ones) and never a direct connection.</translation>
    </message>
    <message>
        <source>What the connection assistant is doing</source>
        <translation>What the connection assistant is doing</translation>
    </message>
    <message>
        <source>Bridges (if Tor is blocked where you are)</source>
        <translation>Bridges (if Tor is blocked where you are)</translation>
    </message>
    <message>
        <source>No bridges</source>
        <translation>No bridges</translation>
    </message>
    <message>
        <source>obfs4</source>
        <translation>obfs4</translation>
    </message>
    <message>
        <source>Snowflake</source>
        <translation>Snowflake</translation>
    </message>
    <message>
        <source>Custom lines</source>
        <translation>Custom lines</translation>
    </message>
    <message>
        <source>Bridges: {0}</source>
        <translation>Bridges: {0}</translation>
    </message>
    <message>
        <source>In mainland China Tor is blocked: paste the Snowflake or obfs4 bridge lines you got from Tor Browser or a trusted person, one per line. Connect uses the bridges chosen here, and never connects without them.</source>
        <translation>In mainland China Tor is blocked: paste the Snowflake or obfs4 bridge lines you got from Tor Browser or a trusted person, one per line. Connect uses the bridges chosen here, and never connects without them.</translation>
    </message>
    <message>
        <source>Bridge lines</source>
        <translation>Bridge lines</translation>
    </message>
    <message>
        <source>Save &amp;bridges</source>
        <translation>Save &amp;bridges</translation>
    </message>
    <message>
        <source>Read a &amp;QR code picture…</source>
        <translation>Read a &amp;QR code picture…</translation>
    </message>
    <message>
        <source>Bridge lines from a photo or saved picture of a QR code a trusted person or the archive gave you</source>
        <translation>Bridge lines from a photo or saved picture of a QR code a trusted person or the archive gave you</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Bundles waiting to be sent</source>
        <translation>Bundles waiting to be sent</translation>
    </message>
    <message>
        <source>&amp;Send selected</source>
        <translation>&amp;Send selected</translation>
    </message>
    <message>
        <source>Send &amp;all</source>
        <translation>Send &amp;all</translation>
    </message>
    <message>
        <source>Bridge settings</source>
        <translation>Bridge settings</translation>
    </message>
    <message>
        <source>Hide the bridge settings</source>
        <translation>Hide the bridge settings</translation>
    </message>
    <message>
        <source>Show the bridge settings</source>
        <translation>Show the bridge settings</translation>
    </message>
    <message>
        <source>The demo archive is reached without Tor: bridges are not used.</source>
        <translation>The demo archive is reached without Tor: bridges are not used.</translation>
    </message>
    <message>
        <source>No bridges, and Tor is blocked where you are: add bridges before connecting.</source>
        <translation>No bridges, and Tor is blocked where you are: add bridges before connecting.</translation>
    </message>
    <message>
        <source>Bridges: {0} (lines: {1}).</source>
        <translation>Bridges: {0} (lines: {1}).</translation>
    </message>
    <message>
        <source>Never connects without a bridge.</source>
        <translation>Never connects without a bridge.</translation>
    </message>
    <message>
        <source>These bridges are in use. To change them, stop the connection first (Cancel, or lock the app).</source>
        <translation>These bridges are in use. To change them, stop the connection first (Cancel, or lock the app).</translation>
    </message>
    <message>
        <source>No bridges: Tor connects directly.</source>
        <translation>No bridges: Tor connects directly.</translation>
    </message>
    <message>
        <source>Bridges saved. They are used every time you connect.</source>
        <translation>Bridges saved. They are used every time you connect.</translation>
    </message>
    <message>
        <source>No way worked: Tor may be blocked where you are. Tick "Tor is blocked where I am", choose Snowflake or obfs4 bridges on the right and paste their lines, then Connect again.</source>
        <translation>No way worked: Tor may be blocked where you are. Tick "Tor is blocked where I am", choose Snowflake or obfs4 bridges on the right and paste their lines, then Connect again.</translation>
    </message>
    <message>
        <source>No way worked: these bridges may be blocked or offline. Paste other bridge lines (or try the other kind), then Connect again.</source>
        <translation>No way worked: these bridges may be blocked or offline. Paste other bridge lines (or try the other kind), then Connect again.</translation>
    </message>
    <message>
        <source>Connecting to Tor… {0}% ({1})</source>
        <translation>Connecting to Tor… {0}% ({1})</translation>
    </message>
    <message>
        <source>Connecting to Tor… {0}%</source>
        <translation>Connecting to Tor… {0}%</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Stop connecting to Tor</source>
        <translation>Stop connecting to Tor</translation>
    </message>
    <message>
        <source>Not connected. Nothing is sent until you connect.</source>
        <translation>Not connected. Nothing is sent until you connect.</translation>
    </message>
    <message>
        <source>Connected to Tor.</source>
        <translation>Connected to Tor.</translation>
    </message>
    <message>
        <source>Demo archive on this computer: sending directly, without Tor (not anonymous).</source>
        <translation>Demo archive on this computer: sending directly, without Tor (not anonymous).</translation>
    </message>
    <message>
        <source>Could not connect to Tor. Try bridges, then connect again.</source>
        <translation>Could not connect to Tor. Try bridges, then connect again.</translation>
    </message>
    <message>
        <source>Picture of a QR code with bridge lines</source>
        <translation>Picture of a QR code with bridge lines</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>{0} bridge lines read from the QR code. Connect (or Save) uses them.</source>
        <translation>{0} bridge lines read from the QR code. Connect (or Save) uses them.</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Sent, waiting for the receipt</source>
        <translation>Sent, waiting for the receipt</translation>
    </message>
    <message>
        <source>Receipt verified: {0}</source>
        <translation>Receipt verified: {0}</translation>
    </message>
    <message>
        <source>100 % (done)</source>
        <translation>100 % (done)</translation>
    </message>
    <message>
        <source>Upload progress of {0}</source>
        <translation>Upload progress of {0}</translation>
    </message>
</context>
<context>
    <name>PreferencesController</name>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Changing the passphrase…</translation>
    </message>
</context>
<context>
    <name>PublishTab</name>
    <message>
        <source>A public copy needs two custodians: one proposes it, a second reviews, cuts what must not be published and signs, then it can be released. Unlock your own custody key above for each step.</source>
        <translation>A public copy needs two custodians: one proposes it, a second reviews, cuts what must not be published and signs, then it can be released. Unlock your own custody key above for each step.</translation>
    </message>
    <message>
        <source>Opened testi&amp;mony folder:</source>
        <translation>Opened testi&amp;mony folder:</translation>
    </message>
    <message>
        <source>Proposal (workin&amp;g folder):</source>
        <translation>Proposal (workin&amp;g folder):</translation>
    </message>
    <message>
        <source>S&amp;hared by at least k testimonies:</source>
        <translation>S&amp;hared by at least k testimonies:</translation>
    </message>
    <message>
        <source>Passages to cut (one per l&amp;ine):</source>
        <translation>Passages to cut (one per l&amp;ine):</translation>
    </message>
    <message>
        <source>Public copy fol&amp;der:</source>
        <translation>Public copy fol&amp;der:</translation>
    </message>
    <message>
        <source>&amp;1. Propose</source>
        <translation>&amp;1. Propose</translation>
    </message>
    <message>
        <source>&amp;2. Review and sign</source>
        <translation>&amp;2. Review and sign</translation>
    </message>
    <message>
        <source>&amp;3. Release</source>
        <translation>&amp;3. Release</translation>
    </message>
    <message>
        <source>Proposing a public copy…</source>
        <translation>Proposing a public copy…</translation>
    </message>
    <message>
        <source>Proposed. A second custodian must now unlock their key, review and sign.</source>
        <translation>Proposed. A second custodian must now unlock their key, review and sign.</translation>
    </message>
    <message>
        <source>Reviewing…</source>
        <translation>Reviewing…</translation>
    </message>
    <message>
        <source>Reviewed and signed. The public copy can now be released.</source>
        <translation>Reviewed and signed. The public copy can now be released.</translation>
    </message>
    <message>
        <source>Releasing…</source>
        <translation>Releasing…</translation>
    </message>
    <message>
        <source>Released.</source>
        <translation>Released.</translation>
    </message>
    <message>
        <source>The publication index counts how many of the archive's testimonies share each published detail. Every testimony opened from the archive's incoming folder on the tab “2. Check, open and export” is added to it. To count testimonies opened elsewhere, choose the folder that holds all of the archive's content openings.</source>
        <translation>The publication index counts how many of the archive's testimonies share each published detail. Every testimony opened from the archive's incoming folder on the tab “2. Check, open and export” is added to it. To count testimonies opened elsewhere, choose the folder that holds all of the archive's content openings.</translation>
    </message>
    <message>
        <source>Folder of the content openings:</source>
        <translation>Folder of the content openings:</translation>
    </message>
    <message>
        <source>Rebuild the publication inde&amp;x</source>
        <translation>Rebuild the publication inde&amp;x</translation>
    </message>
    <message>
        <source>Counting the content openings…</source>
        <translation>Counting the content openings…</translation>
    </message>
    <message>
        <source>The publication index was rebuilt: it counts {0} testimonies.</source>
        <translation>The publication index was rebuilt: it counts {0} testimonies.</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Testimony Intake</source>
        <extracomment>Forms and text are easier to read in a column of at most this width (in device-independent pixels) on wide screens: inputs 1,170 px wide at 1920x1080 were hard to follow.</extracomment>
        <translation>Testimony Intake</translation>
    </message>
</context>
<context>
    <name>ReceiptExportDialog</name>
    <message>
        <source>Export receipt code</source>
        <translation>Export receipt code</translation>
    </message>
    <message>
        <source>Receipt code of {0}: {1}

Anyone who finds this code next to you can link you to an upload to the archive. On a laptop or USB stick that is seized or lost, a file with it is evidence. Keep it encrypted, or write it down and keep the paper safe.</source>
        <translation>Receipt code of {0}: {1}

Anyone who finds this code next to you can link you to an upload to the archive. On a laptop or USB stick that is seized or lost, a file with it is evidence. Keep it encrypted, or write it down and keep the paper safe.</translation>
    </message>
    <message>
        <source>&amp;Encrypted with a passphrase (recommended; opens with age or this app)</source>
        <translation>&amp;Encrypted with a passphrase (recommended; opens with age or this app)</translation>
    </message>
    <message>
        <source>&amp;Plain text: anyone who finds the file can read the code</source>
        <translation>&amp;Plain text: anyone who finds the file can read the code</translation>
    </message>
    <message>
        <source>Passphrase for the file</source>
        <translation>Passphrase for the file</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>The same passphrase again</translation>
    </message>
    <message>
        <source>Warning: the code will be saved unencrypted. Only save it to a place you control and delete the file when you no longer need it.</source>
        <translation>Warning: the code will be saved unencrypted. Only save it to a place you control and delete the file when you no longer need it.</translation>
    </message>
    <message>
        <source>File to save to</source>
        <translation>File to save to</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose a file to save to.</source>
        <translation>Choose a file to save to.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least {0} characters.</source>
        <translation>The passphrase is too short: use at least {0} characters.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
</context>
<context>
    <name>RecordingPanel</name>
    <message>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>Sound level</source>
        <translation>Sound level</translation>
    </message>
    <message>
        <source>Time recorded</source>
        <translation>Time recorded</translation>
    </message>
    <message>
        <source>● &amp;Record</source>
        <translation>● &amp;Record</translation>
    </message>
    <message>
        <source>Start recording</source>
        <translation>Start recording</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>■ &amp;Stop</source>
        <translation>■ &amp;Stop</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Stop recording</translation>
    </message>
    <message>
        <source>Marker, e.g. "question 3"</source>
        <translation>Marker, e.g. "question 3"</translation>
    </message>
    <message>
        <source>Marker text</source>
        <translation>Marker text</translation>
    </message>
    <message>
        <source>Add &amp;marker</source>
        <translation>Add &amp;marker</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>Markers</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Recordings</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Play</translation>
    </message>
    <message>
        <source>Play the chosen recording</source>
        <translation>Play the chosen recording</translation>
    </message>
    <message>
        <source>Stop playing</source>
        <translation>Stop playing</translation>
    </message>
    <message>
        <source>Input: {0}</source>
        <translation>Input: {0}</translation>
    </message>
    <message>
        <source>&amp;Delete recording…</source>
        <translation>&amp;Delete recording…</translation>
    </message>
    <message>
        <source>Delete the chosen recording</source>
        <translation>Delete the chosen recording</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Paused.</translation>
    </message>
    <message>
        <source>● Recording: the time runs while sound is recorded.</source>
        <translation>● Recording: the time runs while sound is recorded.</translation>
    </message>
    <message>
        <source>Starting the microphone… Please wait until the time starts running.</source>
        <translation>Starting the microphone… Please wait until the time starts running.</translation>
    </message>
    <message>
        <source>Delete recording</source>
        <translation>Delete recording</translation>
    </message>
    <message>
        <source>Delete "{0}"? It cannot be brought back.</source>
        <translation>Delete "{0}"? It cannot be brought back.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
</context>
<context>
    <name>SelfSubmitWizard</name>
    <message>
        <source>Sealing and sending…</source>
        <translation>Sealing and sending…</translation>
    </message>
    <message>
        <source>Which language would you like to use?</source>
        <translation>Which language would you like to use?</translation>
    </message>
    <message>
        <source>Before you begin</source>
        <translation>Before you begin</translation>
    </message>
    <message>
        <source>I understand — &amp;continue</source>
        <translation>I understand — &amp;continue</translation>
    </message>
    <message>
        <source>&amp;Leave without sending</source>
        <translation>&amp;Leave without sending</translation>
    </message>
    <message>
        <source>Which archive will receive your testimony?</source>
        <translation>Which archive will receive your testimony?</translation>
    </message>
    <message>
        <source>Open the profile file the archive published. Then compare its fingerprint with the one the archive published in another place (its website, a printed card): only continue if every character matches. Nothing about your choice is kept on this computer.</source>
        <translation>Open the profile file the archive published. Then compare its fingerprint with the one the archive published in another place (its website, a printed card): only continue if every character matches. Nothing about your choice is kept on this computer.</translation>
    </message>
    <message>
        <source>&amp;Open the archive's profile file…</source>
        <translation>&amp;Open the archive's profile file…</translation>
    </message>
    <message>
        <source>Use the &amp;demo archive (not for real testimony)</source>
        <translation>Use the &amp;demo archive (not for real testimony)</translation>
    </message>
    <message>
        <source>The local demo archive on this computer (not for real testimony)</source>
        <translation>The local demo archive on this computer (not for real testimony)</translation>
    </message>
    <message>
        <source>Fingerprint: {0}</source>
        <translation>Fingerprint: {0}</translation>
    </message>
    <message>
        <source>The fingerprint matches the one the archive published</source>
        <translation>The fingerprint matches the one the archive published</translation>
    </message>
    <message>
        <source>Your voice (if you wish)</source>
        <translation>Your voice (if you wish)</translation>
    </message>
    <message>
        <source>You can speak instead of writing, or as well. Press Record and talk; press Stop when you are done. The recording stays only in this computer's memory until it is sent. Your voice can identify you: the archive treats it as sensitive. To write only, just press Next.</source>
        <translation>You can speak instead of writing, or as well. Press Record and talk; press Stop when you are done. The recording stays only in this computer's memory until it is sent. Your voice can identify you: the archive treats it as sensitive. To write only, just press Next.</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Next →</translation>
    </message>
    <message>
        <source>Archive profile</source>
        <translation>Archive profile</translation>
    </message>
    <message>
        <source>Archive profile (*.json)</source>
        <translation>Archive profile (*.json)</translation>
    </message>
    <message>
        <source>Checking the profile…</source>
        <translation>Checking the profile…</translation>
    </message>
    <message>
        <source>Consent: {0} of {1} — {2}</source>
        <translation>Consent: {0} of {1} — {2}</translation>
    </message>
    <message>
        <source>What you should know</source>
        <translation>What you should know</translation>
    </message>
    <message>
        <source>Keeping your testimony</source>
        <translation>Keeping your testimony</translation>
    </message>
    <message>
        <source>Researchers</source>
        <translation>Researchers</translation>
    </message>
    <message>
        <source>Publishing the text</source>
        <translation>Publishing the text</translation>
    </message>
    <message>
        <source>Publishing your voice</source>
        <translation>Publishing your voice</translation>
    </message>
    <message>
        <source>Publishing your face</source>
        <translation>Publishing your face</translation>
    </message>
    <message>
        <source>How you are named</source>
        <translation>How you are named</translation>
    </message>
    <message>
        <source>Use as evidence in court</source>
        <translation>Use as evidence in court</translation>
    </message>
    <message>
        <source>The civic tribunal</source>
        <translation>The civic tribunal</translation>
    </message>
    <message>
        <source>Your identity and the tribunal</source>
        <translation>Your identity and the tribunal</translation>
    </message>
    <message>
        <source>Testifying in person</source>
        <translation>Testifying in person</translation>
    </message>
    <message>
        <source>The UN and human-rights organisations</source>
        <translation>The UN and human-rights organisations</translation>
    </message>
    <message>
        <source>Exhibitions, teaching and documentaries</source>
        <translation>Exhibitions, teaching and documentaries</translation>
    </message>
    <message>
        <source>UNESCO Memory of the World</source>
        <translation>UNESCO Memory of the World</translation>
    </message>
    <message>
        <source>Closed period</source>
        <translation>Closed period</translation>
    </message>
    <message>
        <source>Contacting you again</source>
        <translation>Contacting you again</translation>
    </message>
    <message>
        <source>After your death</source>
        <translation>After your death</translation>
    </message>
    <message>
        <source>Names of other people</source>
        <translation>Names of other people</translation>
    </message>
    <message>
        <source>Withdrawing your consent</source>
        <translation>Withdrawing your consent</translation>
    </message>
    <message>
        <source>Limits of confidentiality</source>
        <translation>Limits of confidentiality</translation>
    </message>
    <message>
        <source>Automatic transcription and translation</source>
        <translation>Automatic transcription and translation</translation>
    </message>
    <message>
        <source>Consenting for someone else</source>
        <translation>Consenting for someone else</translation>
    </message>
    <message>
        <source>More about your consent</source>
        <translation>More about your consent</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>I agree</translation>
    </message>
    <message>
        <source>Starting the microphone… please wait until the time starts counting.</source>
        <translation>Starting the microphone… please wait until the time starts counting.</translation>
    </message>
    <message>
        <source>Recording: speak now.</source>
        <translation>Recording: speak now.</translation>
    </message>
    <message>
        <source>Removing hidden information from the copy…</source>
        <translation>Removing hidden information from the copy…</translation>
    </message>
    <message>
        <source>Picture of a QR code with bridge lines</source>
        <translation>Picture of a QR code with bridge lines</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Step {0} of {1}</translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation>Your choices</translation>
    </message>
    <message>
        <source>Back to the &amp;summary →</source>
        <translation>Back to the &amp;summary →</translation>
    </message>
    <message>
        <source>Please read your choices. To change one, press "Change" beside it; you come back here afterwards.</source>
        <translation>Please read your choices. To change one, press "Change" beside it; you come back here afterwards.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Change: {0}</source>
        <translation>Change: {0}</translation>
    </message>
    <message>
        <source>Your testimony</source>
        <translation>Your testimony</translation>
    </message>
    <message>
        <source>Recordings: {0}</source>
        <translation>Recordings: {0}</translation>
    </message>
    <message>
        <source>Skipped: {0}</source>
        <translation>Skipped: {0}</translation>
    </message>
    <message>
        <source>You chose to skip this part. The archive will see that it was skipped.</source>
        <translation>You chose to skip this part. The archive will see that it was skipped.</translation>
    </message>
    <message>
        <source>Photos or documents: {0}</source>
        <translation>Photos or documents: {0}</translation>
    </message>
    <message>
        <source>Yes, I agree</source>
        <translation>Yes, I agree</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>That is not the end of the code. Please look again.</source>
        <translation>That is not the end of the code. Please look again.</translation>
    </message>
    <message>
        <source>Are you still there? The receipt code is shown only until you finish and is not stored anywhere. If nobody continues within {0} seconds, it is cleared, for your safety.</source>
        <translation>Are you still there? The receipt code is shown only until you finish and is not stored anywhere. If nobody continues within {0} seconds, it is cleared, for your safety.</translation>
    </message>
    <message>
        <source>Are you still there? Your answers are kept only in this computer's memory. If nobody continues within {0} seconds, everything you entered is cleared, for your safety.</source>
        <translation>Are you still there? Your answers are kept only in this computer's memory. If nobody continues within {0} seconds, everything you entered is cleared, for your safety.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>DEMO — not for real testimony</source>
        <translation>DEMO — not for real testimony</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <source>This computer was prepared for witnesses with the archive below. Compare its fingerprint with the one the archive published in another place (its website, a printed card): only continue if every character matches. If it does not, do not continue: open the archive's own profile file instead.</source>
        <translation>This computer was prepared for witnesses with the archive below. Compare its fingerprint with the one the archive published in another place (its website, a printed card): only continue if every character matches. If it does not, do not continue: open the archive's own profile file instead.</translation>
    </message>
    <message>
        <source>&lt;p&gt;This lets you give your own testimony about 1989 to the archive.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What happens:&lt;/b&gt; you answer a few questions about your consent, then tell what you saw or know, by speaking or in writing, and may add photos or documents. Your testimony is locked (encrypted) on this computer and sent through Tor, so that people who watch the network cannot read it or easily see where it goes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The risks:&lt;/b&gt; no method is perfectly safe. If someone is watching this computer itself (for example with hidden software or a camera), they could see what you type. If you type Chinese with an input method, turn off its cloud or online suggestions: otherwise what you type may be sent to the input method company's servers. Your name and how to reach you are kept apart from your story, and only a few people at the archive can put them together. The archive may be required by law to hand over information; it cannot promise absolute confidentiality.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your choice:&lt;/b&gt; you decide what to share and how it may be used. You may stop at any time before sending with "Leave without sending"; then nothing is kept.&lt;/p&gt;&lt;p&gt;Some questions are about violence. You may skip any question you do not want to answer.&lt;/p&gt;&lt;p&gt;After sending you get a &lt;b&gt;receipt code&lt;/b&gt;. Write it down: with it you can later ask the archive about your testimony. Nothing stays on this computer afterwards.&lt;/p&gt;</source>
        <translation>&lt;p&gt;This lets you give your own testimony about 1989 to the archive.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What happens:&lt;/b&gt; you answer a few questions about your consent, then tell what you saw or know, by speaking or in writing, and may add photos or documents. Your testimony is locked (encrypted) on this computer and sent through Tor, so that people who watch the network cannot read it or easily see where it goes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The risks:&lt;/b&gt; no method is perfectly safe. If someone is watching this computer itself (for example with hidden software or a camera), they could see what you type. If you type Chinese with an input method, turn off its cloud or online suggestions: otherwise what you type may be sent to the input method company's servers. Your name and how to reach you are kept apart from your story, and only a few people at the archive can put them together. The archive may be required by law to hand over information; it cannot promise absolute confidentiality.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your choice:&lt;/b&gt; you decide what to share and how it may be used. You may stop at any time before sending with "Leave without sending"; then nothing is kept.&lt;/p&gt;&lt;p&gt;Some questions are about violence. You may skip any question you do not want to answer.&lt;/p&gt;&lt;p&gt;After sending you get a &lt;b&gt;receipt code&lt;/b&gt;. Write it down: with it you can later ask the archive about your testimony. Nothing stays on this computer afterwards.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The next part is about what happened</source>
        <translation>The next part is about what happened</translation>
    </message>
    <message>
        <source>&lt;p&gt;The next questions ask what you saw or lived through. Remembering it may be painful: it may be about violence, injuries, deaths, arrests or detention.&lt;/p&gt;&lt;p&gt;You decide. You may &lt;b&gt;skip this part&lt;/b&gt;: you can still send the rest of your testimony, and the archive will see that you chose to skip it. You may also take a pause, or stop at any time with "Leave without sending"; then nothing is kept.&lt;/p&gt;&lt;p&gt;If nobody touches the computer for a few minutes, it asks whether you are still there; if nobody answers, everything you entered is cleared, for your safety.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The next questions ask what you saw or lived through. Remembering it may be painful: it may be about violence, injuries, deaths, arrests or detention.&lt;/p&gt;&lt;p&gt;You decide. You may &lt;b&gt;skip this part&lt;/b&gt;: you can still send the rest of your testimony, and the archive will see that you chose to skip it. You may also take a pause, or stop at any time with "Leave without sending"; then nothing is kept.&lt;/p&gt;&lt;p&gt;If nobody touches the computer for a few minutes, it asks whether you are still there; if nobody answers, everything you entered is cleared, for your safety.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Skip this part</source>
        <translation>&amp;Skip this part</translation>
    </message>
    <message>
        <source>&amp;Continue with this part</source>
        <translation>&amp;Continue with this part</translation>
    </message>
    <message>
        <source>If these are your choices, type "{0}" here to confirm them (not your name):</source>
        <translation>If these are your choices, type "{0}" here to confirm them (not your name):</translation>
    </message>
    <message>
        <source>Confirmation phrase</source>
        <translation>Confirmation phrase</translation>
    </message>
    <message>
        <source>Photos or documents (if you wish)</source>
        <translation>Photos or documents (if you wish)</translation>
    </message>
    <message>
        <source>&amp;Remove the chosen file</source>
        <translation>&amp;Remove the chosen file</translation>
    </message>
    <message>
        <source>Please check before sending</source>
        <translation>Please check before sending</translation>
    </message>
    <message>
        <source>If Tor is blocked where you are</source>
        <translation>If Tor is blocked where you are</translation>
    </message>
    <message>
        <source>Tor is &amp;blocked where I am: never connect without a bridge</source>
        <translation>Tor is &amp;blocked where I am: never connect without a bridge</translation>
    </message>
    <message>
        <source>The bridges saved on this computer ({0}) will be tried. </source>
        <translation>The bridges saved on this computer ({0}) will be tried. </translation>
    </message>
    <message>
        <source>If someone you trust gave you bridge lines, paste them here, one per line, or open a picture of their QR code. They are used for this sending only and not kept.</source>
        <translation>If someone you trust gave you bridge lines, paste them here, one per line, or open a picture of their QR code. They are used for this sending only and not kept.</translation>
    </message>
    <message>
        <source>Bridge lines</source>
        <translation>Bridge lines</translation>
    </message>
    <message>
        <source>Open a &amp;QR code picture…</source>
        <translation>Open a &amp;QR code picture…</translation>
    </message>
    <message>
        <source>What the connection assistant is doing</source>
        <translation>What the connection assistant is doing</translation>
    </message>
    <message>
        <source>This is your receipt code. Please write it down now: it is not stored on this computer. With it you (or someone you trust) can ask the archive whether your testimony arrived, and change or withdraw your consent. It does not show what you said and does not contain your name, but anyone who finds it can tell that you gave testimony: keep it somewhere safe, or learn it by heart. When you press Finish, everything you entered is cleared.</source>
        <translation>This is your receipt code. Please write it down now: it is not stored on this computer. With it you (or someone you trust) can ask the archive whether your testimony arrived, and change or withdraw your consent. It does not show what you said and does not contain your name, but anyone who finds it can tell that you gave testimony: keep it somewhere safe, or learn it by heart. When you press Finish, everything you entered is cleared.</translation>
    </message>
    <message>
        <source>I cannot write it down — finish without the code</source>
        <translation>I cannot write it down — finish without the code</translation>
    </message>
    <message>
        <source>This is the demo archive on this computer: your answers are sent directly, without Tor. Do not use it for real testimony.</source>
        <translation>This is the demo archive on this computer: your answers are sent directly, without Tor. Do not use it for real testimony.</translation>
    </message>
    <message>
        <source>Your testimony will be sealed and sent through Tor. This can take a few minutes; please keep the computer on.</source>
        <translation>Your testimony will be sealed and sent through Tor. This can take a few minutes; please keep the computer on.</translation>
    </message>
    <message>
        <source>&amp;Send my testimony</source>
        <translation>&amp;Send my testimony</translation>
    </message>
    <message>
        <source>Sent. Thank you.</source>
        <translation>Sent. Thank you.</translation>
    </message>
    <message>
        <source>Receipt code</source>
        <translation>Receipt code</translation>
    </message>
    <message>
        <source>Type the &amp;last 4 characters of the code:</source>
        <translation>Type the &amp;last 4 characters of the code:</translation>
    </message>
    <message>
        <source>Last 4 characters of the receipt code</source>
        <translation>Last 4 characters of the receipt code</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>File {0} ({1}, {2} KB)</source>
        <translation>File {0} ({1}, {2} KB)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Changing the passphrase…</translation>
    </message>
    <message>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>The passphrase was changed. Use the new one from now on.</translation>
    </message>
    <message>
        <source>Looking for microphones…</source>
        <translation>Looking for microphones…</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>{0} (system default)</source>
        <translation>{0} (system default)</translation>
    </message>
    <message>
        <source>{0} (not connected now)</source>
        <translation>{0} (not connected now)</translation>
    </message>
    <message>
        <source>Saved. New recordings use this input.</source>
        <translation>Saved. New recordings use this input.</translation>
    </message>
    <message>
        <source>{0} kHz, 24-bit (standard)</source>
        <translation>{0} kHz, 24-bit (standard)</translation>
    </message>
    <message>
        <source>{0} kHz, 24-bit (twice the size)</source>
        <translation>{0} kHz, 24-bit (twice the size)</translation>
    </message>
    <message>
        <source>Saved. New recordings use this quality.</source>
        <translation>Saved. New recordings use this quality.</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>&amp;Quality:</translation>
    </message>
    <message>
        <source>Recording quality</source>
        <translation>Recording quality</translation>
    </message>
    <message>
        <source>Recordings are kept as lossless FLAC. 96 kHz keeps more detail and makes files twice as large. If the archive asks for compact audio (Opus), recordings use 48 kHz.</source>
        <translation>Recordings are kept as lossless FLAC. 96 kHz keeps more detail and makes files twice as large. If the archive asks for compact audio (Opus), recordings use 48 kHz.</translation>
    </message>
    <message>
        <source>No archive chosen yet.</source>
        <translation>No archive chosen yet.</translation>
    </message>
    <message>
        <source>Now: the local demo archive on this computer (not for real testimony)
Fingerprint: {0}</source>
        <translation>Now: the local demo archive on this computer (not for real testimony)
Fingerprint: {0}</translation>
    </message>
    <message>
        <source>Now: {0}
Fingerprint: {1}</source>
        <translation>Now: {0}
Fingerprint: {1}</translation>
    </message>
    <message>
        <source>Archive profile</source>
        <translation>Archive profile</translation>
    </message>
    <message>
        <source>Archive profile (*.json)</source>
        <translation>Archive profile (*.json)</translation>
    </message>
    <message>
        <source>Checking the profile…</source>
        <translation>Checking the profile…</translation>
    </message>
    <message>
        <source>Creating the demo archive…</source>
        <translation>Creating the demo archive…</translation>
    </message>
    <message>
        <source>The local demo archive on this computer (not for real testimony)</source>
        <translation>The local demo archive on this computer (not for real testimony)</translation>
    </message>
    <message>
        <source>Fingerprint: {0}</source>
        <translation>Fingerprint: {0}</translation>
    </message>
    <message>
        <source>From now on interviews are sealed for this archive.</source>
        <translation>From now on interviews are sealed for this archive.</translation>
    </message>
    <message>
        <source>This device is enrolled by the archive as interviewer {0}. Every bundle it seals says so.</source>
        <translation>This device is enrolled by the archive as interviewer {0}. Every bundle it seals says so.</translation>
    </message>
    <message>
        <source>This device is not enrolled: the archive will see its bundles as coming from an unknown device. They are sealed and sent all the same.</source>
        <translation>This device is not enrolled: the archive will see its bundles as coming from an unknown device. They are sealed and sent all the same.</translation>
    </message>
    <message>
        <source>Enrolment file or QR picture</source>
        <translation>Enrolment file or QR picture</translation>
    </message>
    <message>
        <source>Enrolment file or picture of its QR code (*)</source>
        <translation>Enrolment file or picture of its QR code (*)</translation>
    </message>
    <message>
        <source>Enrolled as interviewer {0}.</source>
        <translation>Enrolled as interviewer {0}.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The passphrase opens the encrypted store and the key that signs your bundles. Nobody can recover it for you.</source>
        <translation>The passphrase opens the encrypted store and the key that signs your bundles. Nobody can recover it for you.</translation>
    </message>
    <message>
        <source>Cu&amp;rrent passphrase:</source>
        <translation>Cu&amp;rrent passphrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>New passphrase a&amp;gain:</source>
        <translation>New passphrase a&amp;gain:</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Change passphrase</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>The audio input used for new recordings. If you plug in a microphone, press "Look again".</source>
        <translation>The audio input used for new recordings. If you plug in a microphone, press "Look again".</translation>
    </message>
    <message>
        <source>In&amp;put:</source>
        <translation>In&amp;put:</translation>
    </message>
    <message>
        <source>Audio input for recordings</source>
        <translation>Audio input for recordings</translation>
    </message>
    <message>
        <source>Look &amp;again</source>
        <translation>Look &amp;again</translation>
    </message>
    <message>
        <source>&amp;Save input</source>
        <translation>&amp;Save input</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>To change the archive that receives the testimony, import its profile file and read the fingerprint aloud with the archive by phone. Interviews already sealed for the current archive must be sent to it first.</source>
        <translation>To change the archive that receives the testimony, import its profile file and read the fingerprint aloud with the archive by phone. Interviews already sealed for the current archive must be sent to it first.</translation>
    </message>
    <message>
        <source>Import another pro&amp;file file…</source>
        <translation>Import another pro&amp;file file…</translation>
    </message>
    <message>
        <source>Use the demo archive (not for real testimony)</source>
        <translation>Use the demo archive (not for real testimony)</translation>
    </message>
    <message>
        <source>I read the fingerprint with the archive by phone and it matches</source>
        <translation>I read the fingerprint with the archive by phone and it matches</translation>
    </message>
    <message>
        <source>Use &amp;this archive</source>
        <translation>Use &amp;this archive</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Prepare this computer for &amp;witnesses</source>
        <translation>Prepare this computer for &amp;witnesses</translation>
    </message>
    <message>
        <source>Then the lock screen offers "Give my own testimony": a witness can give testimony on their own, sealed for this archive, without your passphrase and without seeing anything of yours. A copy of this archive's profile is kept unencrypted on this computer for it, so anyone who looks at the computer's files can see which archive it sends to. The witness is asked to compare the fingerprint; if the copy is changed, you are told at the next unlock.</source>
        <translation>Then the lock screen offers "Give my own testimony": a witness can give testimony on their own, sealed for this archive, without your passphrase and without seeing anything of yours. A copy of this archive's profile is kept unencrypted on this computer for it, so anyone who looks at the computer's files can see which archive it sends to. The witness is asked to compare the fingerprint; if the copy is changed, you are told at the next unlock.</translation>
    </message>
    <message>
        <source>Device enrolment</source>
        <translation>Device enrolment</translation>
    </message>
    <message>
        <source>To be enrolled, give the archive this device's public key below (it names nobody). The archive returns an enrolment file, or a QR code, with your interviewer code; import the file or a picture of the QR code here.</source>
        <translation>To be enrolled, give the archive this device's public key below (it names nobody). The archive returns an enrolment file, or a QR code, with your interviewer code; import the file or a picture of the QR code here.</translation>
    </message>
    <message>
        <source>Import &amp;enrolment (file or QR picture)…</source>
        <translation>Import &amp;enrolment (file or QR picture)…</translation>
    </message>
    <message>
        <source>This device's public key</source>
        <translation>This device's public key</translation>
    </message>
</context>
<context>
    <name>SharesTab</name>
    <message>
        <source>For an archive whose witnesses' identities need several custodians: release your share of one bundle, or reveal one bundle's identity from enough shares. Each step is first recorded in the archive's public reveal log, then signed into the bundle's custody log.</source>
        <translation>For an archive whose witnesses' identities need several custodians: release your share of one bundle, or reveal one bundle's identity from enough shares. Each step is first recorded in the archive's public reveal log, then signed into the bundle's custody log.</translation>
    </message>
    <message>
        <source>Bu&amp;ndle (.tib):</source>
        <translation>Bu&amp;ndle (.tib):</translation>
    </message>
    <message>
        <source>Purp&amp;ose (recorded):</source>
        <translation>Purp&amp;ose (recorded):</translation>
    </message>
    <message>
        <source>Archive keys passphrase:</source>
        <translation>Archive keys passphrase:</translation>
    </message>
    <message>
        <source>leave empty if the archive's keys have no passphrase</source>
        <translation>leave empty if the archive's keys have no passphrase</translation>
    </message>
    <message>
        <source>e.g. the request or decision that asks for this</source>
        <translation>e.g. the request or decision that asks for this</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose a bundle file</source>
        <translation>Choose a bundle file</translation>
    </message>
    <message>
        <source>Release my share (custodian)</source>
        <translation>Release my share (custodian)</translation>
    </message>
    <message>
        <source>My custodian &amp;key file:</source>
        <translation>My custodian &amp;key file:</translation>
    </message>
    <message>
        <source>Its passphrase:</source>
        <translation>Its passphrase:</translation>
    </message>
    <message>
        <source>Requester's public key:</source>
        <translation>Requester's public key:</translation>
    </message>
    <message>
        <source>age1… (the share is readable only with that key)</source>
        <translation>age1… (the share is readable only with that key)</translation>
    </message>
    <message>
        <source>Choose your custodian key file</source>
        <translation>Choose your custodian key file</translation>
    </message>
    <message>
        <source>Release my share &amp;into a file…</source>
        <translation>Release my share &amp;into a file…</translation>
    </message>
    <message>
        <source>Release my share as &amp;QR pictures…</source>
        <translation>Release my share as &amp;QR pictures…</translation>
    </message>
    <message>
        <source>Reveal the identity (requester)</source>
        <translation>Reveal the identity (requester)</translation>
    </message>
    <message>
        <source>Share files or QR pictures:</source>
        <translation>Share files or QR pictures:</translation>
    </message>
    <message>
        <source>&amp;Add share files or pictures…</source>
        <translation>&amp;Add share files or pictures…</translation>
    </message>
    <message>
        <source>Share files or QR pictures</source>
        <translation>Share files or QR pictures</translation>
    </message>
    <message>
        <source>Shares (*.age *.share *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Shares (*.age *.share *.png *.jpg *.jpeg);;All files (*)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>My key file (the shares' recipient):</source>
        <translation>My key file (the shares' recipient):</translation>
    </message>
    <message>
        <source>Choose your key file</source>
        <translation>Choose your key file</translation>
    </message>
    <message>
        <source>Re&amp;veal into a folder…</source>
        <translation>Re&amp;veal into a folder…</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <source>Sealed bundle (*.tib)</source>
        <translation>Sealed bundle (*.tib)</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Key file</translation>
    </message>
    <message>
        <source>Save the share as</source>
        <translation>Save the share as</translation>
    </message>
    <message>
        <source>Save the share as QR pictures</source>
        <translation>Save the share as QR pictures</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG picture (*.png)</translation>
    </message>
    <message>
        <source>Reveal into folder</source>
        <translation>Reveal into folder</translation>
    </message>
    <message>
        <source>Releasing your share…</source>
        <translation>Releasing your share…</translation>
    </message>
    <message>
        <source>Share {0} does not fit one QR code: it was saved as {1} numbered pictures, {2} to {3}. Print or give all of them together ({4} of {5} shares open this bundle). The release is in the reveal log and the custody log.</source>
        <translation>Share {0} does not fit one QR code: it was saved as {1} numbered pictures, {2} to {3}. Print or give all of them together ({4} of {5} shares open this bundle). The release is in the reveal log and the custody log.</translation>
    </message>
    <message>
        <source>Share {0} written ({1} of {2} shares open this bundle). The release is in the reveal log and the custody log.</source>
        <translation>Share {0} written ({1} of {2} shares open this bundle). The release is in the reveal log and the custody log.</translation>
    </message>
    <message>
        <source>Opening the identity side…</source>
        <translation>Opening the identity side…</translation>
    </message>
    <message>
        <source>The identity side was opened into {0}. The reveal is in the reveal log and the custody log.</source>
        <translation>The identity side was opened into {0}. The reveal is in the reveal log and the custody log.</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel this task</source>
        <translation>Cancel this task</translation>
    </message>
</context>
<context>
    <name>WipeBox</name>
    <message>
        <source>Panic wipe</source>
        <translation>Panic wipe</translation>
    </message>
    <message>
        <source>Destroys everything this app keeps on this computer at once: all interviews, recordings, bundles not yet sent, receipts, keys and settings. It cannot be undone. Testimony already received by the archive is not affected. No passphrase is needed.</source>
        <translation>Destroys everything this app keeps on this computer at once: all interviews, recordings, bundles not yet sent, receipts, keys and settings. It cannot be undone. Testimony already received by the archive is not affected. No passphrase is needed.</translation>
    </message>
    <message>
        <source>I understand that everything this app keeps on this computer will be destroyed</source>
        <translation>I understand that everything this app keeps on this computer will be destroyed</translation>
    </message>
    <message>
        <source>To confirm, type this number: {0}</source>
        <translation>To confirm, type this number: {0}</translation>
    </message>
    <message>
        <source>Confirmation number</source>
        <translation>Confirmation number</translation>
    </message>
    <message>
        <source>Destroy everything now</source>
        <translation>Destroy everything now</translation>
    </message>
    <message>
        <source>Destroy everything this app keeps on this computer</source>
        <translation>Destroy everything this app keeps on this computer</translation>
    </message>
</context>
<context>
    <name>_Finalise</name>
    <message>
        <source>Finalising seals everything in this interview into one encrypted bundle for the archive and puts it in the outbox. After that it can no longer be changed.</source>
        <translation>Finalising seals everything in this interview into one encrypted bundle for the archive and puts it in the outbox. After that it can no longer be changed.</translation>
    </message>
    <message>
        <source>Answers that need attention before finalising ({0}). Click one, or press Enter on it, to go to the question.</source>
        <translation>Answers that need attention before finalising ({0}). Click one, or press Enter on it, to go to the question.</translation>
    </message>
    <message>
        <source>Answers that need attention</source>
        <translation>Answers that need attention</translation>
    </message>
    <message>
        <source>&amp;Finalise and put in the outbox</source>
        <translation>&amp;Finalise and put in the outbox</translation>
    </message>
</context>
<context>
    <name>_Sealed</name>
    <message>
        <source>{0}: sealed.

These answers were encrypted for the archive's identity custodians. This computer can no longer read them.</source>
        <translation>{0}: sealed.

These answers were encrypted for the archive's identity custodians. This computer can no longer read them.</translation>
    </message>
</context>
<context>
    <name>_TopBar</name>
    <message>
        <source>Testimony Intake</source>
        <translation>Testimony Intake</translation>
    </message>
    <message>
        <source>DEMO — not for real testimony</source>
        <translation>DEMO — not for real testimony</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Home</translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation>Back to the start screen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Lock now</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+Shift+L or F12)</source>
        <translation>Lock now (Ctrl+Shift+L or F12)</translation>
    </message>
</context>
<context>
    <name>_WitnessFiles</name>
    <message>
        <source>Hidden information inside photos (camera, place, dates) is removed from the copy the archive's staff see. The untouched original is sealed with your identity, which only a few people at the archive can open. Photos (JPEG, PNG, WebP) and plain text files can be added.</source>
        <translation>Hidden information inside photos (camera, place, dates) is removed from the copy the archive's staff see. The untouched original is sealed with your identity, which only a few people at the archive can open. Photos (JPEG, PNG, WebP) and plain text files can be added.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Archive</name>
    <message>
        <source>Passphrase of the archive's profile-signing key: </source>
        <translation>Passphrase of the archive's profile-signing key: </translation>
    </message>
    <message>
        <source>The profile holds {0} private bridge lines.</source>
        <translation>The profile holds {0} private bridge lines.</translation>
    </message>
    <message>
        <source>Profile signed again; its fingerprint is unchanged: {0}</source>
        <translation>Profile signed again; its fingerprint is unchanged: {0}</translation>
    </message>
    <message>
        <source>Hand this profile only to people you trust and never publish it: anyone who reads it can have these bridges blocked.</source>
        <translation>Hand this profile only to people you trust and never publish it: anyone who reads it can have these bridges blocked.</translation>
    </message>
    <message>
        <source>intake: the profile holds no bridge lines: nothing to put on a QR card.</source>
        <translation>intake: the profile holds no bridge lines: nothing to put on a QR card.</translation>
    </message>
    <message>
        <source>QR card written to {0}. Hand it only to people you trust, and destroy copies you no longer need.</source>
        <translation>QR card written to {0}. Hand it only to people you trust, and destroy copies you no longer need.</translation>
    </message>
</context>
<context>
    <name>BridgeCard</name>
    <message>
        <source>Private Tor bridges: settings for reaching Tor where it is blocked.</source>
        <translation>Private Tor bridges: settings for reaching Tor where it is blocked.</translation>
    </message>
    <message>
        <source>Only for the person this card was handed to. Read it with the app's QR code button, or enter the lines in its bridge settings.</source>
        <translation>Only for the person this card was handed to. Read it with the app's QR code button, or enter the lines in its bridge settings.</translation>
    </message>
    <message>
        <source>Keep this card private: do not share, post or photograph it. Anyone who sees it can have these bridges blocked. Destroy it when you no longer need it.</source>
        <translation>Keep this card private: do not share, post or photograph it. Anyone who sees it can have these bridges blocked. Destroy it when you no longer need it.</translation>
    </message>
</context>
<context>
    <name>Connect</name>
    <message>
        <source>direct Tor connection</source>
        <translation>direct Tor connection</translation>
    </message>
    <message>
        <source>the archive's private bridges ({0})</source>
        <translation>the archive's private bridges ({0})</translation>
    </message>
    <message>
        <source>your bridges ({0})</source>
        <translation>your bridges ({0})</translation>
    </message>
    <message>
        <source>the built-in bridges ({0})</source>
        <translation>the built-in bridges ({0})</translation>
    </message>
    <message>
        <source>the system did not allow Tor to use a file or a port</source>
        <translation>the system did not allow Tor to use a file or a port</translation>
    </message>
    <message>
        <source>another program on this computer is already using a port Tor needs</source>
        <translation>another program on this computer is already using a port Tor needs</translation>
    </message>
    <message>
        <source>a bridge line is not valid</source>
        <translation>a bridge line is not valid</translation>
    </message>
    <message>
        <source>the program for these bridges (pluggable transport) is missing</source>
        <translation>the program for these bridges (pluggable transport) is missing</translation>
    </message>
    <message>
        <source>Tor did not accept its settings</source>
        <translation>Tor did not accept its settings</translation>
    </message>
    <message>
        <source>Tor stopped unexpectedly</source>
        <translation>Tor stopped unexpectedly</translation>
    </message>
    <message>
        <source>Tor did not answer in time after starting</source>
        <translation>Tor did not answer in time after starting</translation>
    </message>
    <message>
        <source>the reason is in the technical details</source>
        <translation>the reason is in the technical details</translation>
    </message>
    <message>
        <source>Way {0} of {1}:</source>
        <translation>Way {0} of {1}:</translation>
    </message>
    <message>
        <source>If it makes no progress for {0} s, it is given up and the next way is tried.</source>
        <translation>If it makes no progress for {0} s, it is given up and the next way is tried.</translation>
    </message>
    <message>
        <source>{0}% ({1}).</source>
        <translation>{0}% ({1}).</translation>
    </message>
    <message>
        <source>No progress for a while (stuck at {0}%): giving this way up, trying the next.</source>
        <translation>No progress for a while (stuck at {0}%): giving this way up, trying the next.</translation>
    </message>
    <message>
        <source>This way did not work ({0}): trying the next.</source>
        <translation>This way did not work ({0}): trying the next.</translation>
    </message>
    <message>
        <source>This way did not work: trying the next.</source>
        <translation>This way did not work: trying the next.</translation>
    </message>
    <message>
        <source>This way is not available in this installation: skipping it.</source>
        <translation>This way is not available in this installation: skipping it.</translation>
    </message>
    <message>
        <source>Connected to Tor; asking the archive...</source>
        <translation>Connected to Tor; asking the archive...</translation>
    </message>
    <message>
        <source>Another way reached the archive first: this one is stopped.</source>
        <translation>Another way reached the archive first: this one is stopped.</translation>
    </message>
    <message>
        <source>{0} of the archive's bridge lines are of a kind this app cannot use: skipped.</source>
        <translation>{0} of the archive's bridge lines are of a kind this app cannot use: skipped.</translation>
    </message>
    <message>
        <source>intake: nothing to try: give bridge lines (--bridge or --bridges-file), or allow the built-in bridges or a direct connection.</source>
        <translation>intake: nothing to try: give bridge lines (--bridge or --bridges-file), or allow the built-in bridges or a direct connection.</translation>
    </message>
    <message>
        <source>The archive answered. This way works: {0}.</source>
        <translation>The archive answered. This way works: {0}.</translation>
    </message>
    <message>
        <source>Connecting to the Tor network directly (works where Tor is not blocked).</source>
        <translation>Connecting to the Tor network directly (works where Tor is not blocked).</translation>
    </message>
    <message>
        <source>Trying the archive's own private bridges ({0}), from its signed profile.</source>
        <translation>Trying the archive's own private bridges ({0}), from its signed profile.</translation>
    </message>
    <message>
        <source>Trying the bridges you gave ({0}).</source>
        <translation>Trying the bridges you gave ({0}).</translation>
    </message>
    <message>
        <source>Trying the bridges built into this app ({0}); they may be blocked in some places.</source>
        <translation>Trying the bridges built into this app ({0}); they may be blocked in some places.</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>starting</translation>
    </message>
    <message>
        <source>reaching a relay</source>
        <translation>reaching a relay</translation>
    </message>
    <message>
        <source>greeting a relay</source>
        <translation>greeting a relay</translation>
    </message>
    <message>
        <source>loading the network directory</source>
        <translation>loading the network directory</translation>
    </message>
    <message>
        <source>building a circuit</source>
        <translation>building a circuit</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connected</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This bridge line is not valid ({0}): {1}</source>
        <translation>This bridge line is not valid ({0}): {1}</translation>
    </message>
    <message>
        <source>Copy the bridge line again exactly as you received it, in one line.</source>
        <translation>Copy the bridge line again exactly as you received it, in one line.</translation>
    </message>
    <message>
        <source>Close the other program (another Tor or Tor Browser) or remove the port from the extra Tor settings, then try again.</source>
        <translation>Close the other program (another Tor or Tor Browser) or remove the port from the extra Tor settings, then try again.</translation>
    </message>
    <message>
        <source>Use a port above 1024 in the extra Tor settings, and check that the app's folder belongs to you, then try again.</source>
        <translation>Use a port above 1024 in the extra Tor settings, and check that the app's folder belongs to you, then try again.</translation>
    </message>
    <message>
        <source>Tor could not start: {0}.</source>
        <translation>Tor could not start: {0}.</translation>
    </message>
    <message>
        <source>This file could not be opened as a picture.</source>
        <translation>This file could not be opened as a picture.</translation>
    </message>
    <message>
        <source>Choose a photo or a saved picture of the QR code (PNG or JPEG).</source>
        <translation>Choose a photo or a saved picture of the QR code (PNG or JPEG).</translation>
    </message>
    <message>
        <source>No QR code was found in this picture.</source>
        <translation>No QR code was found in this picture.</translation>
    </message>
    <message>
        <source>Take the picture again with the whole QR code in view, sharp and well lit, or paste the bridge lines instead.</source>
        <translation>Take the picture again with the whole QR code in view, sharp and well lit, or paste the bridge lines instead.</translation>
    </message>
    <message>
        <source>The QR code in this picture holds no bridge line.</source>
        <translation>The QR code in this picture holds no bridge line.</translation>
    </message>
    <message>
        <source>Ask the person who gave it to you for the QR code of their bridges.</source>
        <translation>Ask the person who gave it to you for the QR code of their bridges.</translation>
    </message>
    <message>
        <source>No enrolment QR code was found in this picture.</source>
        <translation>No enrolment QR code was found in this picture.</translation>
    </message>
    <message>
        <source>Take the picture again with the whole QR code in view, sharp and well lit, or use the enrolment file the archive gave you.</source>
        <translation>Take the picture again with the whole QR code in view, sharp and well lit, or use the enrolment file the archive gave you.</translation>
    </message>
    <message>
        <source>These bridge lines do not fit in one QR code.</source>
        <translation>These bridge lines do not fit in one QR code.</translation>
    </message>
    <message>
        <source>Print a card for fewer bridge lines (a few are enough), or hand the lines over as a file.</source>
        <translation>Print a card for fewer bridge lines (a few are enough), or hand the lines over as a file.</translation>
    </message>
    <message>
        <source>This app cannot use bridges of type "{0}".</source>
        <translation>This app cannot use bridges of type "{0}".</translation>
    </message>
    <message>
        <source>Ask for obfs4 or snowflake bridges, or use a plain bridge.</source>
        <translation>Ask for obfs4 or snowflake bridges, or use a plain bridge.</translation>
    </message>
    <message>
        <source>The program for these bridges is not installed.</source>
        <translation>The program for these bridges is not installed.</translation>
    </message>
    <message>
        <source>The archive refused the bundle.</source>
        <translation>The archive refused the bundle.</translation>
    </message>
    <message>
        <source>The receipt could not be verified.</source>
        <translation>The receipt could not be verified.</translation>
    </message>
    <message>
        <source>The onion-service key is not usable.</source>
        <translation>The onion-service key is not usable.</translation>
    </message>
    <message>
        <source>Reinstall the app, or install obfs4proxy and snowflake-client.</source>
        <translation>Reinstall the app, or install obfs4proxy and snowflake-client.</translation>
    </message>
    <message>
        <source>its address or port is wrong</source>
        <translation>its address or port is wrong</translation>
    </message>
    <message>
        <source>its fingerprint is wrong</source>
        <translation>its fingerprint is wrong</translation>
    </message>
    <message>
        <source>a setting at its end is missing or wrong</source>
        <translation>a setting at its end is missing or wrong</translation>
    </message>
    <message>
        <source>it does not have the shape of a bridge line</source>
        <translation>it does not have the shape of a bridge line</translation>
    </message>
    <message>
        <source>This key cannot sign the archive's profile: it is not the archive's profile-signing key.</source>
        <translation>This key cannot sign the archive's profile: it is not the archive's profile-signing key.</translation>
    </message>
    <message>
        <source>Use the archive directory whose profile.json belongs to this key.</source>
        <translation>Use the archive directory whose profile.json belongs to this key.</translation>
    </message>
    <message>
        <source>None of the {0} ways tried reached the archive.</source>
        <translation>None of the {0} ways tried reached the archive.</translation>
    </message>
    <message>
        <source>Ask someone you trust for bridge lines (obfs4 works best where Tor is blocked), or scan their QR code, then try again with those lines.</source>
        <translation>Ask someone you trust for bridge lines (obfs4 works best where Tor is blocked), or scan their QR code, then try again with those lines.</translation>
    </message>
    <message>
        <source>A connection without a bridge was refused, because you said Tor is blocked here.</source>
        <translation>A connection without a bridge was refused, because you said Tor is blocked here.</translation>
    </message>
    <message>
        <source>Give bridge lines with --bridge or --bridges-file.</source>
        <translation>Give bridge lines with --bridge or --bridges-file.</translation>
    </message>
    <message>
        <source>This archive profile names no onion address (a local demo archive), so there is nothing to connect to.</source>
        <translation>This archive profile names no onion address (a local demo archive), so there is nothing to connect to.</translation>
    </message>
    <message>
        <source>Ask the archive for its current profile.</source>
        <translation>Ask the archive for its current profile.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Try again.</translation>
    </message>
    <message>
        <source>Tor is not installed on this computer.</source>
        <translation>Tor is not installed on this computer.</translation>
    </message>
    <message>
        <source>Install tor, or start Tor Browser and use --tor-socks 127.0.0.1:9150.</source>
        <translation>Install tor, or start Tor Browser and use --tor-socks 127.0.0.1:9150.</translation>
    </message>
    <message>
        <source>Check the bridge lines and the extra tor settings, then try again.</source>
        <translation>Check the bridge lines and the extra tor settings, then try again.</translation>
    </message>
    <message>
        <source>The QR card was not written: no font for its Chinese caption is installed.</source>
        <translation>The QR card was not written: no font for its Chinese caption is installed.</translation>
    </message>
    <message>
        <source>Install the Noto CJK fonts (Debian package fonts-noto-cjk), then try again.</source>
        <translation>Install the Noto CJK fonts (Debian package fonts-noto-cjk), then try again.</translation>
    </message>
    <message>
        <source>The connection assistant stopped.</source>
        <translation>The connection assistant stopped.</translation>
    </message>
    <message>
        <source>Tor could not connect (stopped at {0}%: {1}).</source>
        <translation>Tor could not connect (stopped at {0}%: {1}).</translation>
    </message>
    <message>
        <source>Tor may be blocked here. Try bridges (snowflake or obfs4), then try again.</source>
        <translation>Tor may be blocked here. Try bridges (snowflake or obfs4), then try again.</translation>
    </message>
    <message>
        <source>Could not use the running Tor's control port.</source>
        <translation>Could not use the running Tor's control port.</translation>
    </message>
    <message>
        <source>Check --tor-control and the Tor's control-port settings, or leave it out.</source>
        <translation>Check --tor-control and the Tor's control-port settings, or leave it out.</translation>
    </message>
    <message>
        <source>Could not reach the archive: {0}</source>
        <translation>Could not reach the archive: {0}</translation>
    </message>
    <message>
        <source>Nothing was lost: the bundle is still in the outbox and the upload resumes where it stopped.</source>
        <translation>Nothing was lost: the bundle is still in the outbox and the upload resumes where it stopped.</translation>
    </message>
    <message>
        <source>The bundle stays in the outbox. Contact the archive if this repeats.</source>
        <translation>The bundle stays in the outbox. Contact the archive if this repeats.</translation>
    </message>
    <message>
        <source>The archive's receipt could not be verified, so the bundle does not count as delivered.</source>
        <translation>The archive's receipt could not be verified, so the bundle does not count as delivered.</translation>
    </message>
    <message>
        <source>The bundle stays in the outbox. Check that the profile is the archive's current one.</source>
        <translation>The bundle stays in the outbox. Check that the profile is the archive's current one.</translation>
    </message>
    <message>
        <source>The witness setting is not usable: {0}</source>
        <translation>The witness setting is not usable: {0}</translation>
    </message>
    <message>
        <source>Check the witness key, its name and its address.</source>
        <translation>Check the witness key, its name and its address.</translation>
    </message>
    <message>
        <source>The archive's receipt was not confirmed by enough of the independent witnesses its profile names, so the bundle does not count as delivered.</source>
        <translation>The archive's receipt was not confirmed by enough of the independent witnesses its profile names, so the bundle does not count as delivered.</translation>
    </message>
    <message>
        <source>The bundle stays in the outbox. Try again later; if this repeats, tell the archive's staff through another channel.</source>
        <translation>The bundle stays in the outbox. Try again later; if this repeats, tell the archive's staff through another channel.</translation>
    </message>
    <message>
        <source>The archive's receipt log does not match what it showed before; the receipt is not accepted.</source>
        <translation>The archive's receipt log does not match what it showed before; the receipt is not accepted.</translation>
    </message>
    <message>
        <source>The bundle stays in the outbox. Tell the archive's staff through another channel.</source>
        <translation>The bundle stays in the outbox. Tell the archive's staff through another channel.</translation>
    </message>
    <message>
        <source>--insecure-direct only accepts http:// addresses on this computer (loopback).</source>
        <translation>--insecure-direct only accepts http:// addresses on this computer (loopback).</translation>
    </message>
    <message>
        <source>Use Tor to reach a real archive.</source>
        <translation>Use Tor to reach a real archive.</translation>
    </message>
    <message>
        <source>Do not treat the bundle as delivered; send it again.</source>
        <translation>Do not treat the bundle as delivered; send it again.</translation>
    </message>
    <message>
        <source>The archive already has an onion-service key.</source>
        <translation>The archive already has an onion-service key.</translation>
    </message>
    <message>
        <source>Keep the existing key: the profile names its address.</source>
        <translation>Keep the existing key: the profile names its address.</translation>
    </message>
    <message>
        <source>Restore the archive's onion directory from its backup.</source>
        <translation>Restore the archive's onion directory from its backup.</translation>
    </message>
    <message>
        <source>the archive's onion service was not found (it may be offline)</source>
        <translation>the archive's onion service was not found (it may be offline)</translation>
    </message>
    <message>
        <source>the archive's onion service published an invalid descriptor</source>
        <translation>the archive's onion service published an invalid descriptor</translation>
    </message>
    <message>
        <source>the introduction to the archive's onion service failed</source>
        <translation>the introduction to the archive's onion service failed</translation>
    </message>
    <message>
        <source>the meeting point with the archive's onion service failed</source>
        <translation>the meeting point with the archive's onion service failed</translation>
    </message>
    <message>
        <source>the archive's onion service asks for client authorisation</source>
        <translation>the archive's onion service asks for client authorisation</translation>
    </message>
    <message>
        <source>the client authorisation for the archive's onion service is wrong</source>
        <translation>the client authorisation for the archive's onion service is wrong</translation>
    </message>
    <message>
        <source>the archive's onion address is not valid</source>
        <translation>the archive's onion address is not valid</translation>
    </message>
    <message>
        <source>the introduction to the archive's onion service timed out</source>
        <translation>the introduction to the archive's onion service timed out</translation>
    </message>
    <message>
        <source>the connection failed or timed out</source>
        <translation>the connection failed or timed out</translation>
    </message>
    <message>
        <source>Paste bridge lines from a person you trust, then try again.</source>
        <translation>Paste bridge lines from a person you trust, then try again.</translation>
    </message>
    <message>
        <source>Install tor on this computer, then try again.</source>
        <translation>Install tor on this computer, then try again.</translation>
    </message>
    <message>
        <source>Check the Tor settings, or leave the control port out.</source>
        <translation>Check the Tor settings, or leave the control port out.</translation>
    </message>
    <message>
        <source>A connection without Tor is only allowed to http:// addresses on this computer (loopback).</source>
        <translation>A connection without Tor is only allowed to http:// addresses on this computer (loopback).</translation>
    </message>
</context>
<context>
    <name>StoreCli</name>
    <message>
        <source>Store passphrase: </source>
        <translation>Store passphrase: </translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>{0}: {1}% sent</source>
        <translation>{0}: {1}% sent</translation>
    </message>
    <message>
        <source>Connecting to the archive</source>
        <translation>Connecting to the archive</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Uploading</translation>
    </message>
    <message>
        <source>Connection lost, trying again</source>
        <translation>Connection lost, trying again</translation>
    </message>
    <message>
        <source>Checking the receipt</source>
        <translation>Checking the receipt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Tor: {0}% ({1})</source>
        <translation>Tor: {0}% ({1})</translation>
    </message>
    <message>
        <source>intake: no such bundle: {0}</source>
        <translation>intake: no such bundle: {0}</translation>
    </message>
    <message>
        <source>WARNING: --insecure-direct sends WITHOUT Tor. This is NOT anonymous. Use it only for development on this computer.</source>
        <translation>WARNING: --insecure-direct sends WITHOUT Tor. This is NOT anonymous. Use it only for development on this computer.</translation>
    </message>
    <message>
        <source>The archive confirmed the bundle. Keep this receipt code:</source>
        <translation>The archive confirmed the bundle. Keep this receipt code:</translation>
    </message>
    <message>
        <source>Passphrase of the receipt key: </source>
        <translation>Passphrase of the receipt key: </translation>
    </message>
    <message>
        <source>intake: the receipt key does not match the archive's profile</source>
        <translation>intake: the receipt key does not match the archive's profile</translation>
    </message>
    <message>
        <source>intake: --listen takes a loopback address and port, e.g. 127.0.0.1:8080</source>
        <translation>intake: --listen takes a loopback address and port, e.g. 127.0.0.1:8080</translation>
    </message>
    <message>
        <source>WARNING: the profile requires {0} witness cosignatures and no --witness is given: clients will not accept this receiver's receipts.</source>
        <translation>WARNING: the profile requires {0} witness cosignatures and no --witness is given: clients will not accept this receiver's receipts.</translation>
    </message>
    <message>
        <source>Receiving at {0}</source>
        <translation>Receiving at {0}</translation>
    </message>
    <message>
        <source>WARNING: serving without Tor, on loopback only, for development.</source>
        <translation>WARNING: serving without Tor, on loopback only, for development.</translation>
    </message>
    <message>
        <source>intake: --receipt-out must name a new file in an existing folder: {0}</source>
        <translation>intake: --receipt-out must name a new file in an existing folder: {0}</translation>
    </message>
    <message>
        <source>The receipt is kept in the encrypted store; check it later with "intake verify-receipt BUNDLE --profile P --store".</source>
        <translation>The receipt is kept in the encrypted store; check it later with "intake verify-receipt BUNDLE --profile P --store".</translation>
    </message>
    <message>
        <source>WARNING: {0} is not encrypted. It holds the receipt code, the day the archive received the bundle and the salt that ties the bundle to its public log entry: whoever finds it with the bundle, or with the code, can link them. Keep it encrypted or apart from the bundle, or use --store.</source>
        <translation>WARNING: {0} is not encrypted. It holds the receipt code, the day the archive received the bundle and the salt that ties the bundle to its public log entry: whoever finds it with the bundle, or with the code, can link them. Keep it encrypted or apart from the bundle, or use --store.</translation>
    </message>
    <message>
        <source>intake: give either --store or --receipt FILE.</source>
        <translation>intake: give either --store or --receipt FILE.</translation>
    </message>
    <message>
        <source>intake: the store keeps no receipt for this bundle.</source>
        <translation>intake: the store keeps no receipt for this bundle.</translation>
    </message>
    <message>
        <source>The receipt holds for this bundle: the archive received it on {0} (log entry {1}, in a log of {2} entries). Receipt code: {3}</source>
        <translation>The receipt holds for this bundle: the archive received it on {0} (log entry {1}, in a log of {2} entries). Receipt code: {3}</translation>
    </message>
    <message>
        <source>Store passphrase: </source>
        <translation>Store passphrase: </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>This app cannot use bridges of type &quot;{0}&quot;.</source>
        <translation>This app cannot use bridges of type &quot;{0}&quot;.</translation>
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
        <source>Reinstall the app, or install obfs4proxy and snowflake-client.</source>
        <translation>Reinstall the app, or install obfs4proxy and snowflake-client.</translation>
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
        <source>Tor could not start: {0}</source>
        <translation>Tor could not start: {0}</translation>
    </message>
    <message>
        <source>Check the bridge lines and the extra tor settings, then try again.</source>
        <translation>Check the bridge lines and the extra tor settings, then try again.</translation>
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
        <source>Could not use the running Tor&apos;s control port.</source>
        <translation>Could not use the running Tor&apos;s control port.</translation>
    </message>
    <message>
        <source>Check --tor-control and the Tor&apos;s control-port settings, or leave it out.</source>
        <translation>Check --tor-control and the Tor&apos;s control-port settings, or leave it out.</translation>
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
        <source>The archive refused the bundle ({0}): {1}</source>
        <translation>The archive refused the bundle ({0}): {1}</translation>
    </message>
    <message>
        <source>The bundle stays in the outbox. Contact the archive if this repeats.</source>
        <translation>The bundle stays in the outbox. Contact the archive if this repeats.</translation>
    </message>
    <message>
        <source>The archive&apos;s receipt could not be verified, so the bundle does not count as delivered.</source>
        <translation>The archive&apos;s receipt could not be verified, so the bundle does not count as delivered.</translation>
    </message>
    <message>
        <source>The bundle stays in the outbox. Check that the profile is the archive&apos;s current one.</source>
        <translation>The bundle stays in the outbox. Check that the profile is the archive&apos;s current one.</translation>
    </message>
    <message>
        <source>The archive&apos;s receipt log does not match what it showed before; the receipt is not accepted.</source>
        <translation>The archive&apos;s receipt log does not match what it showed before; the receipt is not accepted.</translation>
    </message>
    <message>
        <source>The bundle stays in the outbox. Tell the archive&apos;s staff through another channel.</source>
        <translation>The bundle stays in the outbox. Tell the archive&apos;s staff through another channel.</translation>
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
        <source>The receipt could not be verified: {0}</source>
        <translation>The receipt could not be verified: {0}</translation>
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
        <source>The onion-service key is not usable: {0}</source>
        <translation>The onion-service key is not usable: {0}</translation>
    </message>
    <message>
        <source>Restore the archive&apos;s onion directory from its backup.</source>
        <translation>Restore the archive&apos;s onion directory from its backup.</translation>
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
        <source>intake: the receipt key does not match the archive&apos;s profile</source>
        <translation>intake: the receipt key does not match the archive&apos;s profile</translation>
    </message>
    <message>
        <source>intake: --listen takes a loopback address and port, e.g. 127.0.0.1:8080</source>
        <translation>intake: --listen takes a loopback address and port, e.g. 127.0.0.1:8080</translation>
    </message>
    <message>
        <source>Receiving at {0}</source>
        <translation>Receiving at {0}</translation>
    </message>
    <message>
        <source>WARNING: serving without Tor, on loopback only, for development.</source>
        <translation>WARNING: serving without Tor, on loopback only, for development.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Keys</name>
    <message>
        <source>Confirm passphrase: </source>
        <translation>Confirm passphrase: </translation>
    </message>
    <message>
        <source>The passphrases did not match.</source>
        <translation>The passphrases did not match.</translation>
    </message>
    <message>
        <source>No terminal to ask for a passphrase; use --passphrase-file.</source>
        <translation>No terminal to ask for a passphrase; use --passphrase-file.</translation>
    </message>
    <message>
        <source>The file {0} already exists; it was not overwritten.</source>
        <translation>The file {0} already exists; it was not overwritten.</translation>
    </message>
    <message>
        <source>Warning: the key file is not protected by a passphrase; anyone who copies it can decrypt.</source>
        <translation>Warning: the key file is not protected by a passphrase; anyone who copies it can decrypt.</translation>
    </message>
    <message>
        <source>Passphrase to protect the new key: </source>
        <translation>Passphrase to protect the new key: </translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>The passphrase must not be empty.</translation>
    </message>
    <message>
        <source>Enter passphrase: </source>
        <translation>Enter passphrase: </translation>
    </message>
    <message>
        <source>Passphrase for the key file {0}: </source>
        <translation>Passphrase for the key file {0}: </translation>
    </message>
    <message>
        <source>Choose either -e (encrypt) or -d (decrypt), not both.</source>
        <translation>Choose either -e (encrypt) or -d (decrypt), not both.</translation>
    </message>
    <message>
        <source>-r, -R, -p and -a are for encryption; -d takes -i or a passphrase.</source>
        <translation>-r, -R, -p and -a are for encryption; -d takes -i or a passphrase.</translation>
    </message>
    <message>
        <source>A passphrase cannot be combined with recipients (-r, -R, -i).</source>
        <translation>A passphrase cannot be combined with recipients (-r, -R, -i).</translation>
    </message>
    <message>
        <source>Give at least one recipient (-r, -R or -i) or -p for a passphrase.</source>
        <translation>Give at least one recipient (-r, -R or -i) or -p for a passphrase.</translation>
    </message>
    <message>
        <source>Refusing to print binary ciphertext to the terminal; use -a or -o.</source>
        <translation>Refusing to print binary ciphertext to the terminal; use -a or -o.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Errors</name>
    <message>
        <source>The file asks for an unusually expensive passphrase check (work factor {0}, limit {1}).</source>
        <translation>The file asks for an unusually expensive passphrase check (work factor {0}, limit {1}).</translation>
    </message>
    <message>
        <source>It was refused to protect this computer. Only continue if you trust where the file came from.</source>
        <translation>It was refused to protect this computer. Only continue if you trust where the file came from.</translation>
    </message>
    <message>
        <source>The encrypted file is damaged or has been tampered with.</source>
        <translation>The encrypted file is damaged or has been tampered with.</translation>
    </message>
    <message>
        <source>Do not rely on any partial output. Get a fresh copy of the file.</source>
        <translation>Do not rely on any partial output. Get a fresh copy of the file.</translation>
    </message>
    <message>
        <source>The file could not be encrypted or decrypted.</source>
        <translation>The file could not be encrypted or decrypted.</translation>
    </message>
    <message>
        <source>Check the file and the keys, then try again.</source>
        <translation>Check the file and the keys, then try again.</translation>
    </message>
    <message>
        <source>This is not a valid age-encrypted file, or its header is damaged.</source>
        <translation>This is not a valid age-encrypted file, or its header is damaged.</translation>
    </message>
    <message>
        <source>Check that you chose the right file; if so, get a fresh copy.</source>
        <translation>Check that you chose the right file; if so, get a fresh copy.</translation>
    </message>
    <message>
        <source>This file uses a newer or unknown version of the age format.</source>
        <translation>This file uses a newer or unknown version of the age format.</translation>
    </message>
    <message>
        <source>Update this app, then try again.</source>
        <translation>Update this app, then try again.</translation>
    </message>
    <message>
        <source>The encrypted file&apos;s header has been modified or damaged.</source>
        <translation>The encrypted file&apos;s header has been modified or damaged.</translation>
    </message>
    <message>
        <source>Do not trust this file. Get a fresh copy from its source.</source>
        <translation>Do not trust this file. Get a fresh copy from its source.</translation>
    </message>
    <message>
        <source>The encrypted file is incomplete: it ends too early.</source>
        <translation>The encrypted file is incomplete: it ends too early.</translation>
    </message>
    <message>
        <source>The copy or download was probably interrupted. Get a complete copy of the file.</source>
        <translation>The copy or download was probably interrupted. Get a complete copy of the file.</translation>
    </message>
    <message>
        <source>The text-armored encrypted file is damaged (lines changed, added or cut).</source>
        <translation>The text-armored encrypted file is damaged (lines changed, added or cut).</translation>
    </message>
    <message>
        <source>Copy the whole text again, from the BEGIN line to the END line, unchanged.</source>
        <translation>Copy the whole text again, from the BEGIN line to the END line, unchanged.</translation>
    </message>
    <message>
        <source>A key is not written correctly (it may be mistyped or cut short).</source>
        <translation>A key is not written correctly (it may be mistyped or cut short).</translation>
    </message>
    <message>
        <source>Copy the key again exactly; recipients start with age1, secret keys with AGE-SECRET-KEY-.</source>
        <translation>Copy the key again exactly; recipients start with age1, secret keys with AGE-SECRET-KEY-.</translation>
    </message>
    <message>
        <source>These recipients cannot be used together.</source>
        <translation>These recipients cannot be used together.</translation>
    </message>
    <message>
        <source>Use either one passphrase alone, or only post-quantum keys, or only classic keys.</source>
        <translation>Use either one passphrase alone, or only post-quantum keys, or only classic keys.</translation>
    </message>
    <message>
        <source>This file was not encrypted to any of the keys you gave.</source>
        <translation>This file was not encrypted to any of the keys you gave.</translation>
    </message>
    <message>
        <source>Use the key (identity file) of one of the file&apos;s recipients.</source>
        <translation>Use the key (identity file) of one of the file&apos;s recipients.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>The passphrase is wrong.</translation>
    </message>
    <message>
        <source>Check the passphrase (and the keyboard layout) and try again.</source>
        <translation>Check the passphrase (and the keyboard layout) and try again.</translation>
    </message>
    <message>
        <source>The key file is protected by a passphrase, and none was given.</source>
        <translation>The key file is protected by a passphrase, and none was given.</translation>
    </message>
    <message>
        <source>Enter the passphrase when asked, or use --passphrase-file.</source>
        <translation>Enter the passphrase when asked, or use --passphrase-file.</translation>
    </message>
    <message>
        <source>Type the passphrase when asked.</source>
        <translation>Type the passphrase when asked.</translation>
    </message>
</context>
</TS>

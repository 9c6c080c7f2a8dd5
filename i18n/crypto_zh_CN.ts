<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Errors</name>
    <message>
        <source>The file asks for an unusually expensive passphrase check (work factor {0}, limit {1}).</source>
        <translation>该文件要求异常耗费资源的密码验证（工作因子 {0}，上限 {1}）。</translation>
    </message>
    <message>
        <source>It was refused to protect this computer. Only continue if you trust where the file came from.</source>
        <translation>为保护本电脑已拒绝处理。仅当您信任该文件的来源时才继续。</translation>
    </message>
    <message>
        <source>The encrypted file is damaged or has been tampered with.</source>
        <translation>加密文件已损坏或已被篡改。</translation>
    </message>
    <message>
        <source>Do not rely on any partial output. Get a fresh copy of the file.</source>
        <translation>请勿依赖任何不完整的输出。请重新获取该文件的副本。</translation>
    </message>
    <message>
        <source>The file could not be encrypted or decrypted.</source>
        <translation>无法加密或解密该文件。</translation>
    </message>
    <message>
        <source>Check the file and the keys, then try again.</source>
        <translation>请检查文件和密钥，然后重试。</translation>
    </message>
    <message>
        <source>This is not a valid age-encrypted file, or its header is damaged.</source>
        <translation>这不是有效的 age 加密文件，或其文件头已损坏。</translation>
    </message>
    <message>
        <source>Check that you chose the right file; if so, get a fresh copy.</source>
        <translation>请确认您选择了正确的文件；如果是，请重新获取副本。</translation>
    </message>
    <message>
        <source>This file uses a newer or unknown version of the age format.</source>
        <translation>该文件使用了较新或未知版本的 age 格式。</translation>
    </message>
    <message>
        <source>Update this app, then try again.</source>
        <translation>请更新本应用，然后重试。</translation>
    </message>
    <message>
        <source>The encrypted file&apos;s header has been modified or damaged.</source>
        <translation>加密文件的文件头已被修改或损坏。</translation>
    </message>
    <message>
        <source>Do not trust this file. Get a fresh copy from its source.</source>
        <translation>请勿信任该文件。请从来源重新获取副本。</translation>
    </message>
    <message>
        <source>The encrypted file is incomplete: it ends too early.</source>
        <translation>加密文件不完整：文件提前结束。</translation>
    </message>
    <message>
        <source>The copy or download was probably interrupted. Get a complete copy of the file.</source>
        <translation>复制或下载可能被中断。请获取该文件的完整副本。</translation>
    </message>
    <message>
        <source>The text-armored encrypted file is damaged (lines changed, added or cut).</source>
        <translation>文本格式的加密文件已损坏（有行被修改、添加或截断）。</translation>
    </message>
    <message>
        <source>Copy the whole text again, from the BEGIN line to the END line, unchanged.</source>
        <translation>请重新完整复制全部文本，从 BEGIN 行到 END 行，不作任何改动。</translation>
    </message>
    <message>
        <source>A key is not written correctly (it may be mistyped or cut short).</source>
        <translation>密钥格式不正确（可能输错或被截断）。</translation>
    </message>
    <message>
        <source>Copy the key again exactly; recipients start with age1, secret keys with AGE-SECRET-KEY-.</source>
        <translation>请准确地重新复制密钥；收件人以 age1 开头，私钥以 AGE-SECRET-KEY- 开头。</translation>
    </message>
    <message>
        <source>These recipients cannot be used together.</source>
        <translation>这些收件人不能一起使用。</translation>
    </message>
    <message>
        <source>Use either one passphrase alone, or only post-quantum keys, or only classic keys.</source>
        <translation>请只使用一个密码，或只使用后量子密钥，或只使用经典密钥。</translation>
    </message>
    <message>
        <source>This file was not encrypted to any of the keys you gave.</source>
        <translation>该文件并未针对您提供的任何密钥加密。</translation>
    </message>
    <message>
        <source>Use the key (identity file) of one of the file&apos;s recipients.</source>
        <translation>请使用该文件某个收件人的私钥文件（age 身份文件）。</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <source>Check the passphrase (and the keyboard layout) and try again.</source>
        <translation>请检查密码（注意输入法是否处于英文状态、大写锁定键是否打开，以及键盘布局），然后重试。</translation>
    </message>
    <message>
        <source>The key file is protected by a passphrase, and none was given.</source>
        <translation>密钥文件受密码保护，但未提供密码。</translation>
    </message>
    <message>
        <source>Enter the passphrase when asked, or use --passphrase-file.</source>
        <translation>请在提示时输入密码，或使用 --passphrase-file。</translation>
    </message>
    <message>
        <source>Type the passphrase when asked.</source>
        <translation>请在提示时输入密码。</translation>
    </message>
</context>
</TS>

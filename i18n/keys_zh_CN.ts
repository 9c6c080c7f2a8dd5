<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Keys</name>
    <message>
        <source>Confirm passphrase: </source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <source>The passphrases did not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>No terminal to ask for a passphrase; use --passphrase-file.</source>
        <translation>没有可用于输入密码的终端；请使用 --passphrase-file。</translation>
    </message>
    <message>
        <source>The file {0} already exists; it was not overwritten.</source>
        <translation>文件 {0} 已存在；未被覆盖。</translation>
    </message>
    <message>
        <source>Warning: the key file is not protected by a passphrase; anyone who copies it can decrypt.</source>
        <translation>警告：密钥文件未受密码保护；任何复制它的人都能解密。</translation>
    </message>
    <message>
        <source>Passphrase to protect the new key: </source>
        <translation>用于保护新密钥的密码：</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>密码不能为空。</translation>
    </message>
    <message>
        <source>Enter passphrase: </source>
        <translation>输入密码：</translation>
    </message>
    <message>
        <source>Passphrase for the key file {0}: </source>
        <translation>密钥文件 {0} 的密码：</translation>
    </message>
    <message>
        <source>Choose either -e (encrypt) or -d (decrypt), not both.</source>
        <translation>请选择 -e（加密）或 -d（解密），不能同时使用。</translation>
    </message>
    <message>
        <source>-r, -R, -p and -a are for encryption; -d takes -i or a passphrase.</source>
        <translation>-r、-R、-p 和 -a 用于加密；-d 需配合 -i 或密码使用。</translation>
    </message>
    <message>
        <source>A passphrase cannot be combined with recipients (-r, -R, -i).</source>
        <translation>密码不能与收件人（-r、-R、-i）同时使用。</translation>
    </message>
    <message>
        <source>Give at least one recipient (-r, -R or -i) or -p for a passphrase.</source>
        <translation>请至少提供一个收件人（-r、-R 或 -i），或使用 -p 设置密码。</translation>
    </message>
    <message>
        <source>Refusing to print binary ciphertext to the terminal; use -a or -o.</source>
        <translation>拒绝将二进制密文输出到终端；请使用 -a 或 -o。</translation>
    </message>
</context>
</TS>

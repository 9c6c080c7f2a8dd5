<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Keys</name>
    <message>
        <source>Confirm passphrase: </source>
        <translation>確認密碼：</translation>
    </message>
    <message>
        <source>The passphrases did not match.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
    <message>
        <source>No terminal to ask for a passphrase; use --passphrase-file.</source>
        <translation>沒有可用於輸入密碼的終端機；請使用 --passphrase-file。</translation>
    </message>
    <message>
        <source>The file {0} already exists; it was not overwritten.</source>
        <translation>檔案 {0} 已存在；未被覆寫。</translation>
    </message>
    <message>
        <source>Warning: the key file is not protected by a passphrase; anyone who copies it can decrypt.</source>
        <translation>警告：金鑰檔案未受密碼保護；任何複製它的人都能解密。</translation>
    </message>
    <message>
        <source>Passphrase to protect the new key: </source>
        <translation>用於保護新金鑰的密碼：</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>密碼不能為空。</translation>
    </message>
    <message>
        <source>Enter passphrase: </source>
        <translation>輸入密碼：</translation>
    </message>
    <message>
        <source>Passphrase for the key file {0}: </source>
        <translation>金鑰檔案 {0} 的密碼：</translation>
    </message>
    <message>
        <source>Choose either -e (encrypt) or -d (decrypt), not both.</source>
        <translation>請選擇 -e（加密）或 -d（解密），不能同時使用。</translation>
    </message>
    <message>
        <source>-r, -R, -p and -a are for encryption; -d takes -i or a passphrase.</source>
        <translation>-r、-R、-p 和 -a 用於加密；-d 需搭配 -i 或密碼使用。</translation>
    </message>
    <message>
        <source>A passphrase cannot be combined with recipients (-r, -R, -i).</source>
        <translation>密碼不能與收件人（-r、-R、-i）同時使用。</translation>
    </message>
    <message>
        <source>Give at least one recipient (-r, -R or -i) or -p for a passphrase.</source>
        <translation>請至少提供一個收件人（-r、-R 或 -i），或使用 -p 設定密碼。</translation>
    </message>
    <message>
        <source>Refusing to print binary ciphertext to the terminal; use -a or -o.</source>
        <translation>拒絕將二進位密文輸出到終端機；請使用 -a 或 -o。</translation>
    </message>
</context>
</TS>

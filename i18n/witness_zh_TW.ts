<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Archive</name>
    <message>
        <source>Passphrase of the archive&apos;s profile-signing key: </source>
        <translation>檔案館設定檔簽署金鑰的密碼：</translation>
    </message>
    <message>
        <source>Profile signed again; its fingerprint is unchanged: {0}</source>
        <translation>設定檔已重新簽署；金鑰指紋（核對碼）不變：{0}</translation>
    </message>
</context>
<context>
    <name>Witness</name>
    <message>
        <source>Witness key written to {0}; its public key (above) is in {1}. Give the public key to the archive.</source>
        <translation>見證方金鑰已寫入 {0}；其公鑰（見上）在 {1} 中。請把公鑰交給檔案館。</translation>
    </message>
    <message>
        <source>intake: --listen takes a loopback address and port, e.g. 127.0.0.1:8090</source>
        <translation>intake：--listen 需要本機回送位址和連接埠，例如 127.0.0.1:8090</translation>
    </message>
    <message>
        <source>Passphrase of the witness key: </source>
        <translation>見證方金鑰的密碼：</translation>
    </message>
    <message>
        <source>Witness {0} is cosigning {1} receipt logs.</source>
        <translation>見證方 {0} 正在為 {1} 個回執日誌共同簽署。</translation>
    </message>
    <message>
        <source>Receipts need cosignatures from {0} of the {1} witnesses in the profile.</source>
        <translation>回執需要設定檔中 {1} 個獨立見證方裡的 {0} 個共同簽署。</translation>
    </message>
</context>
</TS>

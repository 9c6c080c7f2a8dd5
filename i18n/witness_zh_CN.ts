<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Archive</name>
    <message>
        <source>Passphrase of the archive&apos;s profile-signing key: </source>
        <translation>档案馆配置文件签名密钥的密码：</translation>
    </message>
    <message>
        <source>Profile signed again; its fingerprint is unchanged: {0}</source>
        <translation>配置文件已重新签名；密钥指纹（核对码）不变：{0}</translation>
    </message>
</context>
<context>
    <name>Witness</name>
    <message>
        <source>Witness key written to {0}; its public key (above) is in {1}. Give the public key to the archive.</source>
        <translation>见证方密钥已写入 {0}；其公钥（见上）在 {1} 中。请把公钥交给档案馆。</translation>
    </message>
    <message>
        <source>intake: --listen takes a loopback address and port, e.g. 127.0.0.1:8090</source>
        <translation>intake：--listen 需要本机回环地址和端口，例如 127.0.0.1:8090</translation>
    </message>
    <message>
        <source>Passphrase of the witness key: </source>
        <translation>见证方密钥的密码：</translation>
    </message>
    <message>
        <source>Witness {0} is cosigning {1} receipt logs.</source>
        <translation>见证方 {0} 正在为 {1} 个回执日志共同签名。</translation>
    </message>
    <message>
        <source>Receipts need cosignatures from {0} of the {1} witnesses in the profile.</source>
        <translation>回执需要配置文件中 {1} 个独立见证方里的 {0} 个共同签名。</translation>
    </message>
</context>
</TS>

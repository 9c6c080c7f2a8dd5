<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Bundle</name>
    <message>
        <source>Passphrase for {0}: </source>
        <translation>{0} 的密码：</translation>
    </message>
    <message>
        <source>Custody key passphrase: </source>
        <translation>保管密钥的密码：</translation>
    </message>
    <message>
        <source>Share {0} of bundle {1} written to {2} ({3} of {4} shares open it).</source>
        <translation>证言包 {1} 的第 {0} 份份额已写入 {2}（{4} 份中的 {3} 份可打开它）。</translation>
    </message>
    <message>
        <source>The release was recorded in the custody log.</source>
        <translation>此次交出已记录在保管日志中。</translation>
    </message>
    <message>
        <source>Identity side of bundle {0} opened into {1}.</source>
        <translation>证言包 {0} 的身份部分已打开到 {1}。</translation>
    </message>
    <message>
        <source>The reveal was recorded in the custody log.</source>
        <translation>此次揭示已记录在保管日志中。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The threshold must be at least 2 and at most the number of custodians.</source>
        <translation>门限至少为 2，且不能多于保管人数。</translation>
    </message>
    <message>
        <source>A custodian is listed twice.</source>
        <translation>有一位保管人被列了两次。</translation>
    </message>
    <message>
        <source>Custodian keys must be post-quantum (age1pq1…), or all classic with --classic.</source>
        <translation>保管人的密钥必须是后量子密钥（age1pq1…），或在使用 --classic 时全部为经典密钥。</translation>
    </message>
    <message>
        <source>A custodian key is not an age recipient.</source>
        <translation>有一把保管人密钥不是 age 收件人公钥。</translation>
    </message>
    <message>
        <source>Give each custodian&apos;s public key from &apos;intake keygen&apos;, separated by commas.</source>
        <translation>请给出每位保管人用“intake keygen”生成的公钥，以逗号分隔。</translation>
    </message>
    <message>
        <source>The custodian shares of this bundle cannot be used.</source>
        <translation>此证言包的保管人份额无法使用。</translation>
    </message>
    <message>
        <source>Check that the files are the right bundle and share files.</source>
        <translation>请检查这些文件是否是正确的证言包和份额文件。</translation>
    </message>
    <message>
        <source>A share file or the bundle&apos;s custodian header is malformed.</source>
        <translation>份额文件或证言包的保管人标头格式有误。</translation>
    </message>
    <message>
        <source>Ask the custodian for a fresh share of this bundle.</source>
        <translation>请向保管人重新索取此证言包的份额。</translation>
    </message>
    <message>
        <source>Share {0} is forged, damaged or for another bundle; nothing was opened.</source>
        <translation>第 {0} 份份额是伪造的、已损坏或属于另一个证言包；没有打开任何内容。</translation>
    </message>
    <message>
        <source>Ask custodian {0} for a fresh share of this bundle, and report this one.</source>
        <translation>请向第 {0} 位保管人重新索取此证言包的份额，并报告这一份。</translation>
    </message>
    <message>
        <source>Not enough shares: {0} valid of the {1} needed; nothing was opened.</source>
        <translation>份额不足：所需 {1} 份中只有 {0} 份有效；没有打开任何内容。</translation>
    </message>
    <message>
        <source>{0} more custodian share(s) are needed.</source>
        <translation>还需要 {0} 份保管人份额。</translation>
    </message>
    <message>
        <source>Your key is not one of this bundle&apos;s custodians.</source>
        <translation>您的密钥不属于此证言包的保管人。</translation>
    </message>
    <message>
        <source>Use the custodian key named in the archive&apos;s profile.</source>
        <translation>请使用档案馆配置文件中列出的保管人密钥。</translation>
    </message>
    <message>
        <source>This bundle&apos;s identity side is not sealed to custodians.</source>
        <translation>此证言包的身份部分不是密封给保管人的。</translation>
    </message>
    <message>
        <source>Open it with the archive&apos;s identity key (intake open).</source>
        <translation>请用档案馆的身份密钥打开它（intake open）。</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Bundle</name>
    <message>
        <source>Archive key passphrase: </source>
        <translation>档案馆密钥的密码：</translation>
    </message>
    <message>
        <source>Passphrase for {0}: </source>
        <translation>{0} 的密码：</translation>
    </message>
    <message>
        <source>Custody key passphrase: </source>
        <translation>保管密钥的密码：</translation>
    </message>
    <message>
        <source>intake: give --out SHARE.age, --qr OUT.png, or both</source>
        <translation>intake：请提供 --out SHARE.age 或 --qr OUT.png，或两者都提供</translation>
    </message>
    <message>
        <source>Share {0} of bundle {1} written to {2} ({3} of {4} shares open it).</source>
        <translation>证言包 {1} 的第 {0} 份份额已写入 {2}（{4} 份中的 {3} 份可打开它）。</translation>
    </message>
    <message>
        <source>Share {0} of bundle {1} drawn as a QR code in {2} ({3} of {4} shares open it).</source>
        <translation>证言包 {1} 的第 {0} 份份额已绘成二维码，保存在 {2}（{4} 份中的 {3} 份可打开它）。</translation>
    </message>
    <message>
        <source>Share {0} of bundle {1} does not fit one QR code: it was drawn as a numbered set of {2} pictures, {3} to {4}. Keep and give all {2} together ({5} of {6} shares open the bundle).</source>
        <translation>证言包 {1} 的第 {0} 份份额放不进一个二维码：已绘成一组 {2} 张编号图片，从 {3} 到 {4}。请把这 {2} 张一起保管、一起交出（{6} 份中的 {5} 份可打开此证言包）。</translation>
    </message>
    <message>
        <source>The release was recorded in the custody log and the archive&apos;s reveal log.</source>
        <translation>此次释出已记入保管日志和档案馆的揭示日志。</translation>
    </message>
    <message>
        <source>The reveal was recorded in the custody log and the archive&apos;s reveal log.</source>
        <translation>此次揭示已记入保管日志和档案馆的揭示日志。</translation>
    </message>
    <message>
        <source>intake: give --archive DIR, or --profile with --receiver or --tor-socks</source>
        <translation>intake：请提供 --archive DIR，或同时提供 --profile 和 --receiver 或 --tor-socks</translation>
    </message>
    <message>
        <source>All {0} logged share releases and reveals are in the archive&apos;s reveal log.</source>
        <translation>已记录的全部 {0} 次份额释出和揭示都在档案馆的揭示日志中。</translation>
    </message>
    <message>
        <source>The public receipt log anchors {0} head(s) of the reveal log; the reveal log only grew since (the newest anchored head has {1} entries).</source>
        <translation>公开的回执日志锚定了揭示日志的 {0} 个状态；此后揭示日志只有增加（最新锚定的状态有 {1} 条记录）。</translation>
    </message>
    <message>
        <source>{0} newer reveal log entries are not anchored yet: the receiver anchors them when it next runs (intake serve).</source>
        <translation>还有 {0} 条较新的揭示日志记录尚未锚定：接收端下次运行时（intake serve）会锚定它们。</translation>
    </message>
    <message>
        <source>The receiver&apos;s reveal log ({0} entries) extends every reveal checkpoint given and its newest anchor in the public receipt log ({1} entries).</source>
        <translation>接收端的揭示日志（{0} 条记录）是所给每个揭示检查点的延续，也是它在公开回执日志中最新锚定状态（{1} 条记录）的延续。</translation>
    </message>
    <message>
        <source>{0} reveal log entries taken from the copy; the receiver anchors them in the public receipt log when it next runs.</source>
        <translation>已从副本取回 {0} 条揭示日志记录；接收端下次运行时会把它们锚定到公开的回执日志中。</translation>
    </message>
    <message>
        <source>New bundles&apos; identity sides will need {0} of {1} custodians.</source>
        <translation>新证言包的身份资料部分将需要 {1} 名保管人中的 {0} 名才能打开。</translation>
    </message>
    <message>
        <source>Give every device the new profile.json; its fingerprint is unchanged: {0}</source>
        <translation>请把新的 profile.json 交给每台设备；其密钥指纹（核对码）不变：{0}</translation>
    </message>
    <message>
        <source>Older bundles still open with keys/identity.key until you retire it.</source>
        <translation>在您停用 keys/identity.key 之前，较早的证言包仍可用它打开。</translation>
    </message>
    <message>
        <source>{0} bundle(s) here open only with this key; their identity sides would become unreadable for good.</source>
        <translation>此处有 {0} 个证言包只能用这把密钥打开；它们的身份资料部分将永远无法读取。</translation>
    </message>
    <message>
        <source>Nothing was removed. Run again with --yes to retire the key.</source>
        <translation>未删除任何内容。加上 --yes 再运行一次即可停用这把密钥。</translation>
    </message>
    <message>
        <source>The identity key was destroyed; {0} bundle(s) here can no longer be unmasked.</source>
        <translation>身份密钥已销毁；此处 {0} 个证言包的身份资料再也无法揭示。</translation>
    </message>
    <message>
        <source>Identity side of bundle {0} opened into {1}.</source>
        <translation>证言包 {0} 的身份部分已打开到 {1}。</translation>
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
        <source>The archive&apos;s reveal log cannot be read or does not verify.</source>
        <translation>无法读取档案馆的揭示日志，或其核验未通过。</translation>
    </message>
    <message>
        <source>Nothing was released or opened. Check the archive folder and its receipt key.</source>
        <translation>未释出或打开任何内容。请检查档案馆文件夹及其回执密钥。</translation>
    </message>
    <message>
        <source>A logged share release or reveal (entry {0}) is missing from the archive&apos;s reveal log, or the log was rewritten.</source>
        <translation>一次已记录的份额释出或揭示（第 {0} 条）已不在档案馆的揭示日志中，或日志已被改写。</translation>
    </message>
    <message>
        <source>Treat this as tampering: keep the custody logs and report it to the other custodians.</source>
        <translation>请视为遭到篡改：保留保管日志，并告知其他保管人。</translation>
    </message>
    <message>
        <source>Custody event {0} records a share release or reveal that is not in the archive&apos;s reveal log.</source>
        <translation>保管事件 {0} 记录了一次份额释出或揭示，但它不在档案馆的揭示日志中。</translation>
    </message>
    <message>
        <source>The archive&apos;s public receipt log anchored a reveal log of {0} entries (at its entry {1}) that the current reveal log does not extend: the reveal log was rewritten.</source>
        <translation>档案馆公开的回执日志（第 {1} 条记录）锚定了一个有 {0} 条记录的揭示日志，而当前的揭示日志并不是它的延续：揭示日志被改写过。</translation>
    </message>
    <message>
        <source>The copy&apos;s reveal log does not continue this archive&apos;s: another step was logged here after the copy was made, or the copy is of another archive.</source>
        <translation>副本的揭示日志不是本档案馆揭示日志的延续：副本做好之后这里又记录了别的步骤，或者副本来自另一个档案馆。</translation>
    </message>
    <message>
        <source>Nothing was imported. Keep the copy and its custody log; report it to the other custodians.</source>
        <translation>什么都没有导入。请保留副本及其保管日志，并告知其他保管人。</translation>
    </message>
    <message>
        <source>No custodian share was found in this picture.</source>
        <translation>这张图片里没有找到保管人的份额。</translation>
    </message>
    <message>
        <source>Take the picture again with the whole QR code in view, sharp and well lit, or use the share file.</source>
        <translation>请重新拍照，让整个二维码清晰、光线充足地出现在画面中，或改用份额文件。</translation>
    </message>
    <message>
        <source>This share is drawn on {0} pictures; picture(s) {1} are missing. Nothing was opened.</source>
        <translation>这份份额分绘在 {0} 张图片上；缺少第 {1} 张。什么都没有打开。</translation>
    </message>
    <message>
        <source>Give every picture of the numbered set.</source>
        <translation>请提供这组编号图片中的每一张。</translation>
    </message>
    <message>
        <source>These share pictures do not fit together: damaged, or from different shares. Nothing was opened.</source>
        <translation>这些份额图片拼不到一起：已损坏，或来自不同的份额。什么都没有打开。</translation>
    </message>
    <message>
        <source>Take the pictures again, or ask the custodian for a fresh share.</source>
        <translation>请重新拍照，或请保管人重新释出一份份额。</translation>
    </message>
    <message>
        <source>The archive&apos;s receipt log does not match a signed checkpoint of it: it was changed.</source>
        <translation>档案馆的回执日志与它已签名的检查点不符：它被改动过。</translation>
    </message>
    <message>
        <source>This archive already seals identity to custodians.</source>
        <translation>此档案馆已将身份资料密封给保管人。</translation>
    </message>
    <message>
        <source>This archive has no identity key to retire.</source>
        <translation>此档案馆没有可停用的身份密钥。</translation>
    </message>
    <message>
        <source>New bundles are still sealed to this identity key; move the archive to custodians first.</source>
        <translation>新证言包仍密封给这把身份密钥；请先将档案馆改为由保管人共同保管。</translation>
    </message>
    <message>
        <source>The identity key cannot be changed.</source>
        <translation>无法更改身份密钥。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未更改任何内容。</translation>
    </message>
    <message>
        <source>This bundle&apos;s identity side is not sealed to custodians.</source>
        <translation>此证言包的身份部分不是密封给保管人的。</translation>
    </message>
    <message>
        <source>Open it with the archive&apos;s identity key (intake open).</source>
        <translation>请用档案馆的身份密钥打开它（intake open）。</translation>
    </message>
    <message>
        <source>Custodian keys must be post-quantum (age1pq1…), or all of them classic.</source>
        <translation>保管人的密钥必须是后量子密钥（age1pq1…），或者全部为经典密钥。</translation>
    </message>
    <message>
        <source>Give each custodian's public key, separated by commas.</source>
        <translation>请给出每位保管人的公钥，以逗号分隔。</translation>
    </message>
    <message>
        <source>Open it with the archive's identity key on the tab “2. Check, open and export”.</source>
        <translation>请在“2. 核验、打开与导出”页用档案馆的身份密钥打开它。</translation>
    </message>
</context>
</TS>

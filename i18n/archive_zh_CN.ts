<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Archive</name>
    <message>
        <source>Custody key {0} written.</source>
        <translation>保管密钥 {0} 已写入。</translation>
    </message>
    <message>
        <source>Public key (give it to the archive to register): {0}</source>
        <translation>公钥（交给档案馆登记）：{0}</translation>
    </message>
    <message>
        <source>Passphrase of the archive&apos;s profile-signing key: </source>
        <translation>档案馆配置文件签名密钥的密码：</translation>
    </message>
    <message>
        <source>intake: the public key is not a base64 Ed25519 key</source>
        <translation>intake：该公钥不是 base64 格式的 Ed25519 密钥</translation>
    </message>
    <message>
        <source>Custodian register signed: {0} keys.</source>
        <translation>保管人名册已签名：共 {0} 把密钥。</translation>
    </message>
    <message>
        <source>intake: the device key is not a base64 Ed25519 key</source>
        <translation>intake：该设备密钥不是 base64 格式的 Ed25519 密钥</translation>
    </message>
    <message>
        <source>intake: give --out FILE, --qr OUT.png or both</source>
        <translation>intake：请给出 --out FILE、--qr OUT.png 或两者</translation>
    </message>
    <message>
        <source>intake: {0} exists already; it is not replaced</source>
        <translation>intake：{0} 已存在；不会覆盖它</translation>
    </message>
    <message>
        <source>Device {0} enrolled as interviewer {1}: {2}</source>
        <translation>设备 {0} 已登记为访谈员 {1}：{2}</translation>
    </message>
    <message>
        <source>Custody log intact: {0} events.</source>
        <translation>保管日志完好：{0} 个事件。</translation>
    </message>
    <message>
        <source>Every event is signed by a custodian registered by the archive.</source>
        <translation>每个事件都由档案馆登记的保管人签名。</translation>
    </message>
    <message>
        <source>The signers were not checked against the archive&apos;s custodian register: add --archive ARCHIVE_DIR to accept only registered custodians.</source>
        <translation>签名者没有与档案馆的保管人名册核对：加上 --archive ARCHIVE_DIR，即只接受已登记的保管人。</translation>
    </message>
    <message>
        <source>It continues the log in {0} without changing a record.</source>
        <translation>它延续了 {0} 中的日志，没有改动任何一条记录。</translation>
    </message>
    <message>
        <source>Note: the custody signers were not checked: this archive has no custodian register yet (intake archive custodian-add).</source>
        <translation>注意：保管签名者未经核对：此档案馆还没有保管人名册（intake archive custodian-add）。</translation>
    </message>
    <message>
        <source>Note: the custody signers were not checked against the archive&apos;s custodian register: add --archive ARCHIVE_DIR.</source>
        <translation>注意：保管签名者未与档案馆的保管人名册核对：请加上 --archive ARCHIVE_DIR。</translation>
    </message>
    <message>
        <source>Bag written: {0}</source>
        <translation>已写入 Bag：{0}</translation>
    </message>
    <message>
        <source>ClamAV is not installed (Debian: apt install clamav)</source>
        <translation>未安装 ClamAV（Debian：apt install clamav）</translation>
    </message>
    <message>
        <source>ClamAV has no signatures in {0}</source>
        <translation>{0} 中没有 ClamAV 病毒特征库</translation>
    </message>
    <message>
        <source>intake: warning: no virus check was made: {0}. The bag records no virus check; copy current signatures from a machine that runs freshclam, or name them with --virus-db.</source>
        <translation>intake：警告：未进行病毒检查：{0}。该 Bag 中不记录任何病毒检查；请从运行 freshclam 的计算机复制最新的病毒特征库，或用 --virus-db 指定。</translation>
    </message>
    <message>
        <source>Publication index rebuilt: {0} testimonies.</source>
        <translation>发布索引已重建：{0} 份证言。</translation>
    </message>
    <message>
        <source>{0}: fixity OK</source>
        <translation>{0}：固定性检查通过</translation>
    </message>
    <message>
        <source>{0}: FIXITY FAILED</source>
        <translation>{0}：固定性检查失败</translation>
    </message>
    <message>
        <source>New bundles fetched: {0} ({1} already here).</source>
        <translation>已取回 {0} 个新证言包（{1} 个已在此处）。</translation>
    </message>
    <message>
        <source>{0} checkpoints seen by interviewers&apos; devices are the log this archive verified.</source>
        <translation>访谈员设备看到的 {0} 个检查点与本档案馆核实过的日志一致。</translation>
    </message>
    <message>
        <source>Whether each bundle comes from an enrolled device is shown when it is opened.</source>
        <translation>每个证言包是否来自已登记的设备，要在打开时才会显示。</translation>
    </message>
    <message>
        <source>Staff onion: {0}</source>
        <translation>工作人员洋葱地址：{0}</translation>
    </message>
    <message>
        <source>Authorised staff keys: {0}</source>
        <translation>已授权的工作人员密钥：{0}</translation>
    </message>
    <message>
        <source>Restart the receiver&apos;s tor so that it reads the authorised keys.</source>
        <translation>请重启接收服务器的 tor，使其读取已授权的密钥。</translation>
    </message>
    <message>
        <source>Private key written to {0} (keep it on this machine).</source>
        <translation>私钥已写入 {0}（请只保存在这台机器上）。</translation>
    </message>
    <message>
        <source>Give the archive this public key to authorise: {0}</source>
        <translation>请把这个公钥交给档案馆进行授权：{0}</translation>
    </message>
    <message>
        <source>Linked (link id {0}); the act is recorded in both custody logs.</source>
        <translation>已关联（关联编号 {0}）；此操作已记录在两份保管日志中。</translation>
    </message>
    <message>
        <source>Summary written: {0}</source>
        <translation>摘要已写入：{0}</translation>
    </message>
    <message>
        <source>intake: a public copy needs a second custodian&apos;s review: use &apos;intake archive publish&apos;, then &apos;intake archive review&apos; and &apos;intake archive release&apos;.</source>
        <translation>intake：公开副本需要第二位保管人审核：请先用 &apos;intake archive publish&apos;，再用 &apos;intake archive review&apos; 和 &apos;intake archive release&apos;。</translation>
    </message>
    <message>
        <source>Device {0} enrolled as interviewer {1}: QR code picture {2}</source>
        <translation>设备 {0} 已登记为访谈员 {1}：二维码图片 {2}</translation>
    </message>
    <message>
        <source>Give this to the device (intake store enrol FILE, or the app&apos;s settings: the file or a picture of the QR code).</source>
        <translation>请把它交给该设备（intake store enrol FILE，或应用的设置：文件或二维码的图片）。</translation>
    </message>
    <message>
        <source>Proposed public copy written to {0}; {1} testimonies share its published details.</source>
        <translation>拟公开的副本已写入 {0}；档案馆中有 {1} 份证言具有相同的公开细节。</translation>
    </message>
    <message>
        <source>A second custodian must review and sign it (intake archive review) before release.</source>
        <translation>公开之前，必须由第二位保管人审核并签名（intake archive review）。</translation>
    </message>
    <message>
        <source>intake: --redact takes PATH=TEXT</source>
        <translation>intake：--redact 的格式为 PATH=TEXT</translation>
    </message>
    <message>
        <source>Reviewed and signed: {0} redactions; the redacted copy is a new bag in {1}.</source>
        <translation>已审核并签名：{0} 处删改；删改后的副本是 {1} 中的一个新包。</translation>
    </message>
    <message>
        <source>Released: {0}</source>
        <translation>已公开：{0}</translation>
    </message>
    <message>
        <source>k must be a whole number, at least 2</source>
        <translation>k 必须是整数，且至少为 2</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Do not use this record&apos;s history; compare it with a backup copy and report it.</source>
        <translation>请不要使用这份记录的历史；请与备份副本比对并报告此事。</translation>
    </message>
    <message>
        <source>Record {0} of the custody log is signed by key {1}, which is not a custodian registered by the archive.</source>
        <translation>保管日志第 {0} 条记录由密钥 {1} 签名，该密钥不是档案馆登记的保管人。</translation>
    </message>
    <message>
        <source>Do not trust this history: anyone can sign a chain with a key of their own. Compare it with the archive&apos;s copy and report it.</source>
        <translation>不要相信这份记录：任何人都可以用自己的密钥签署一条链。请与档案馆的副本核对并报告。</translation>
    </message>
    <message>
        <source>Your custody key {0} is not registered by this archive, so it cannot sign custody events; nothing was signed.</source>
        <translation>您的保管密钥 {0} 没有在此档案馆登记，因此不能签署保管事件；没有签署任何内容。</translation>
    </message>
    <message>
        <source>Ask whoever holds the archive&apos;s profile-signing key to register your custody key.</source>
        <translation>请持有档案馆配置文件签名密钥的人登记您的保管密钥。</translation>
    </message>
    <message>
        <source>The archive&apos;s custodian register is missing, damaged or not signed by the archive.</source>
        <translation>档案馆的保管人名册缺失、已损坏，或不是由档案馆签名的。</translation>
    </message>
    <message>
        <source>Register the custodians with: intake archive custodian-add (signed with the archive&apos;s profile-signing key).</source>
        <translation>请用以下命令登记保管人：intake archive custodian-add（用档案馆配置文件的签名密钥签名）。</translation>
    </message>
    <message>
        <source>The custody log cannot be used.</source>
        <translation>无法使用该保管日志。</translation>
    </message>
    <message>
        <source>Check the directory and the event type.</source>
        <translation>请检查目录和事件类型。</translation>
    </message>
    <message>
        <source>There is no custody key at {0}.</source>
        <translation>{0} 处没有保管密钥。</translation>
    </message>
    <message>
        <source>Choose your existing custody key file, or give a new passphrase twice to create one.</source>
        <translation>请选择您现有的保管密钥文件，或输入两次新密码来创建一个。</translation>
    </message>
    <message>
        <source>Check the name, the key text and that no key of that name exists yet.</source>
        <translation>请检查名称、密钥文本，并确认还没有同名的密钥。</translation>
    </message>
    <message>
        <source>The opened files are not what the collecting device signed ({0}); nothing was bagged.</source>
        <translation>已打开的文件与采集设备签名的内容不一致（{0}）；未生成任何 Bag。</translation>
    </message>
    <message>
        <source>Open the bundle again from the archive&apos;s copy into a new folder; never edit an opened folder. The refusal is recorded in the custody log.</source>
        <translation>请从档案馆保存的副本重新打开证言包到一个新文件夹；切勿编辑已打开的文件夹。此次拒绝已记录在保管日志中。</translation>
    </message>
    <message>
        <source>The virus check found something in the opened files; nothing was bagged.</source>
        <translation>病毒检查在已打开的文件中发现了问题；没有写入 Bag。</translation>
    </message>
    <message>
        <source>Do not open these files. Report it to whoever looks after the archive&apos;s machines; the finding is recorded in the custody log.</source>
        <translation>请不要打开这些文件。请报告给负责档案馆计算机的人；检查结果已记录在保管日志中。</translation>
    </message>
    <message>
        <source>The virus check could not be made; nothing was bagged.</source>
        <translation>无法进行病毒检查；没有写入 Bag。</translation>
    </message>
    <message>
        <source>Check that ClamAV and its signatures are installed correctly, then try again.</source>
        <translation>请检查 ClamAV 及其病毒特征库是否已正确安装，然后重试。</translation>
    </message>
    <message>
        <source>Report this: the receiver may be compromised. Keep ARCHIVE/log-seen as evidence.</source>
        <translation>请报告此事：接收端可能已被入侵。请保留 ARCHIVE/log-seen 作为证据。</translation>
    </message>
    <message>
        <source>The receiver&apos;s log is not confirmed by enough of the witnesses named in this archive&apos;s profile; nothing was fetched.</source>
        <translation>接收端的回执日志没有得到本档案馆配置文件所列足够多见证方的确认；没有取回任何内容。</translation>
    </message>
    <message>
        <source>Check that the receiver reaches its witnesses. If they refused its log, the receiver may be showing a fork: report it.</source>
        <translation>请检查接收端能否连上它的见证方。如果见证方拒绝了它的日志，接收端可能在展示分叉的日志：请报告此事。</translation>
    </message>
    <message>
        <source>A checkpoint from an interviewer&apos;s device cannot be checked: it is not a checkpoint signed by this archive&apos;s receipt key, or this archive has verified none yet. Nothing was fetched.</source>
        <translation>无法核对来自访谈员设备的检查点：它不是由本档案馆回执密钥签署的检查点，或者本档案馆还没有核实过任何检查点。没有取回任何内容。</translation>
    </message>
    <message>
        <source>Ask the interviewer to print it again from the device, and fetch once without it first.</source>
        <translation>请访谈员从设备上重新打印检查点，并先在不带它的情况下取回一次。</translation>
    </message>
    <message>
        <source>No public copy: the witness&apos;s embargo has not ended.</source>
        <translation>不能生成公开版本：证人的保密期尚未结束。</translation>
    </message>
    <message>
        <source>A public copy can be made once the embargo date has passed. An embargo until the witness&apos;s death is never lifted by the app.</source>
        <translation>保密期截止日期过后才能生成公开版本。保密至证人去世的，本应用永远不会自动解除。</translation>
    </message>
    <message>
        <source>No public copy: the witness did not agree to publish the text.</source>
        <translation>不能生成公开版本：证人没有同意公开证言文字。</translation>
    </message>
    <message>
        <source>Make a preservation bag instead; it is not published.</source>
        <translation>请改为生成保存用 Bag；它不会被公开。</translation>
    </message>
    <message>
        <source>No public copy: none of this testimony&apos;s answers may be published.</source>
        <translation>不能生成公开版本：这份证言的回答中没有可以公开的内容。</translation>
    </message>
    <message>
        <source>Use a new, empty output directory and an opened bundle.</source>
        <translation>请使用一个新的空输出目录和一个已打开的证言包。</translation>
    </message>
    <message>
        <source>This bag failed its fixity check: {0}</source>
        <translation>此 Bag 未通过固定性检查：{0}</translation>
    </message>
    <message>
        <source>Restore the bag from another copy; do not repair it in place.</source>
        <translation>请从另一份副本恢复此 Bag；不要就地修复。</translation>
    </message>
    <message>
        <source>Give the content custodian&apos;s opening first, then the identity custodian&apos;s.</source>
        <translation>请先给出内容保管人的打开目录，再给出身份保管人的。</translation>
    </message>
    <message>
        <source>A downloaded bundle does not match its receipt; it was not kept.</source>
        <translation>下载的证言包与其回执不符；未予保留。</translation>
    </message>
    <message>
        <source>Report this: the receiver or the connection may be compromised.</source>
        <translation>请报告此事：接收端或连接可能已被入侵。</translation>
    </message>
    <message>
        <source>Check the receiver address, tor and the staff credential.</source>
        <translation>请检查接收端地址、tor 和工作人员凭据。</translation>
    </message>
    <message>
        <source>No public copy: too few testimonies in the archive share this one&apos;s published details (k-anonymity), even with every detail withheld.</source>
        <translation>不制作公开副本：即使隐去所有细节，档案馆中与此证言公开细节相同的证言仍然太少（k-匿名）。</translation>
    </message>
    <message>
        <source>Wait until the archive holds more testimonies of this kind, or lower k only after a documented decision.</source>
        <translation>请等到档案馆收到更多此类证言；只有在作出有记录的决定之后才可降低 k。</translation>
    </message>
    <message>
        <source>The output directory is not empty.</source>
        <translation>输出文件夹不是空的。</translation>
    </message>
    <message>
        <source>Use a new, empty output directory.</source>
        <translation>请使用一个新的空文件夹。</translation>
    </message>
    <message>
        <source>The archive has no publication index, so it cannot count how many testimonies share the published details.</source>
        <translation>档案馆没有发布索引，因此无法统计有多少份证言具有相同的公开细节。</translation>
    </message>
    <message>
        <source>Rebuild it from the content openings: intake archive publish-index.</source>
        <translation>请根据已打开的内容部分重建索引：intake archive publish-index。</translation>
    </message>
    <message>
        <source>These openings hold fewer testimonies than the archive&apos;s publication index counts; a partial index would weaken the k-anonymity check.</source>
        <translation>这些已打开的证言少于档案馆发布索引所统计的数量；不完整的索引会削弱 k-匿名检查。</translation>
    </message>
    <message>
        <source>Name every folder of content openings, or replace the index on purpose with --replace.</source>
        <translation>请列出所有存放已打开内容部分的文件夹，或有意使用 --replace 替换索引。</translation>
    </message>
    <message>
        <source>The archive&apos;s publication index is older than its openings.</source>
        <translation>档案馆的发布索引早于其已打开的证言，已过时。</translation>
    </message>
    <message>
        <source>This is not a proposal for a public copy, or its review record is damaged.</source>
        <translation>这不是公开副本的提案，或其审核记录已损坏。</translation>
    </message>
    <message>
        <source>Make a new proposal with intake archive publish.</source>
        <translation>请用 intake archive publish 重新制作提案。</translation>
    </message>
    <message>
        <source>A second custodian, with a different registered key, must review and sign: intake archive review.</source>
        <translation>必须由持有另一把已登记密钥的第二位保管人审核并签名：intake archive review。</translation>
    </message>
    <message>
        <source>A second custodian must review and sign it first: intake archive review.</source>
        <translation>必须先由第二位保管人审核并签名：intake archive review。</translation>
    </message>
    <message>
        <source>Do not release it; prepare and review it again and report this.</source>
        <translation>请勿公开；请重新准备和审核，并报告此事。</translation>
    </message>
    <message>
        <source>The custody log has been altered (record {0}).</source>
        <translation>保管日志已被改动（第 {0} 条记录）。</translation>
    </message>
    <message>
        <source>The staff onion key cannot be used.</source>
        <translation>工作人员洋葱密钥无法使用。</translation>
    </message>
    <message>
        <source>These two openings cannot be linked.</source>
        <translation>这两次开启无法关联。</translation>
    </message>
    <message>
        <source>The receiver&apos;s log does not match the one this archive verified before (a fork or rollback); nothing was fetched.</source>
        <translation>接收端的日志与本档案馆之前核验过的不一致（出现分叉或回滚）；没有取回任何内容。</translation>
    </message>
    <message>
        <source>The receiver could not be used.</source>
        <translation>无法使用接收端。</translation>
    </message>
    <message>
        <source>The bag cannot be made.</source>
        <translation>无法制作该保存包。</translation>
    </message>
    <message>
        <source>A key that prepares, reviews or releases a public copy must be registered by the archive with the role release.</source>
        <translation>准备、审核或公开公开副本的密钥，必须由档案馆以 release 角色登记。</translation>
    </message>
    <message>
        <source>Register it with: intake archive custodian-add --role release.</source>
        <translation>登记方法：intake archive custodian-add --role release。</translation>
    </message>
    <message>
        <source>The public copy cannot be released on one custodian&apos;s word: the reviewer used the same key as the one who prepared it.</source>
        <translation>不能凭一位保管人公开此副本：审核人使用的密钥与准备者相同。</translation>
    </message>
    <message>
        <source>No second custodian has reviewed and signed this public copy.</source>
        <translation>尚无第二位保管人审核并签署此公开副本。</translation>
    </message>
    <message>
        <source>A signature on this public copy&apos;s review does not verify.</source>
        <translation>此公开副本审核记录上的签名无法验证。</translation>
    </message>
    <message>
        <source>This public copy was changed after it was prepared or reviewed.</source>
        <translation>此公开副本在准备或审核之后被改动过。</translation>
    </message>
    <message>
        <source>That redaction cannot be made: the field is not published, or its text does not contain that passage.</source>
        <translation>无法作此删改：该字段未公开，或其文字中没有这段内容。</translation>
    </message>
    <message>
        <source>Check the field path and copy the passage exactly as it is published.</source>
        <translation>请检查字段路径，并按公开文本原样复制这段内容。</translation>
    </message>
    <message>
        <source>Ask whoever holds the archive's profile-signing key to register the custodians.</source>
        <translation>请持有档案馆配置文件签名密钥的人登记保管人。</translation>
    </message>
    <message>
        <source>Choose a new, empty proposal folder and press “1. Propose” again.</source>
        <translation>请选择一个新的空白提案文件夹，然后再按一次“1. 提出”。</translation>
    </message>
    <message>
        <source>Ask whoever holds the archive's profile-signing key to register this key with the role release.</source>
        <translation>请持有档案馆配置文件签名密钥的人以 release 角色登记此密钥。</translation>
    </message>
    <message>
        <source>A second custodian, with a different registered key, must unlock their own key and press “2. Review and sign”.</source>
        <translation>必须由另一位保管人用另一把已登记的密钥解锁自己的密钥，并按“2. 审核并签名”。</translation>
    </message>
    <message>
        <source>A second custodian must first unlock their own key and press “2. Review and sign”.</source>
        <translation>必须先由另一位保管人解锁自己的密钥，并按“2. 审核并签名”。</translation>
    </message>
    <message>
        <source>Press “Rebuild the publication index” on this tab and choose the folder that holds the archive's content openings.</source>
        <translation>请在本页按“重建发布索引”，并选择存放档案馆所有已打开内容部分的文件夹。</translation>
    </message>
    <message>
        <source>Choose the folder that holds every content opening of this archive.</source>
        <translation>请选择存放本档案馆全部已打开内容部分的文件夹。</translation>
    </message>
    <message>
        <source>This folder is not an archive: it holds no archive profile.</source>
        <translation>此文件夹不是档案馆：其中没有档案馆配置文件。</translation>
    </message>
    <message>
        <source>Give the archive's directory with --archive.</source>
        <translation>请用 --archive 给出档案馆的目录。</translation>
    </message>
    <message>
        <source>Choose the archive's folder (“Archive folder”) and try again.</source>
        <translation>请选择档案馆的文件夹（“档案文件夹”）后重试。</translation>
    </message>
    <message>
        <source>The folder of content openings does not exist.</source>
        <translation>存放已打开内容部分的文件夹不存在。</translation>
    </message>
</context>
</TS>

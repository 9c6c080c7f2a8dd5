<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Bundle</name>
    <message>
        <source>Passphrase for the archive&apos;s keys: </source>
        <translation>档案馆密钥的密码：</translation>
    </message>
    <message>
        <source>Archive created in {0}</source>
        <translation>已在 {0} 创建档案馆</translation>
    </message>
    <message>
        <source>Identity sides open only with {0} of {1} custodians&apos; shares; no identity key was made.</source>
        <translation>身份部分只能用 {1} 位保管人中 {0} 位的份额打开；没有生成身份密钥。</translation>
    </message>
    <message>
        <source>Profile: {0}</source>
        <translation>档案馆配置：{0}</translation>
    </message>
    <message>
        <source>No onion address yet: the profile is for a local demo archive.</source>
        <translation>尚无洋葱地址：此配置用于本地演示档案馆。</translation>
    </message>
    <message>
        <source>Fingerprint (read it out to interviewers): {0}</source>
        <translation>密钥指纹（核对码，请念给访谈员核对）：{0}</translation>
    </message>
    <message>
        <source>Warning: the key files are not protected by a passphrase.</source>
        <translation>警告：密钥文件没有密码保护。</translation>
    </message>
    <message>
        <source>classic (X25519)</source>
        <translation>经典（X25519）</translation>
    </message>
    <message>
        <source>post-quantum hybrid (ML-KEM-768 + X25519)</source>
        <translation>抗量子混合（ML-KEM-768 + X25519）</translation>
    </message>
    <message>
        <source>Archive: {0}</source>
        <translation>档案馆：{0}</translation>
    </message>
    <message>
        <source>Fingerprint: {0}</source>
        <translation>密钥指纹（核对码）：{0}</translation>
    </message>
    <message>
        <source>Signature: valid</source>
        <translation>签名：有效</translation>
    </message>
    <message>
        <source>Keys: {0}</source>
        <translation>密钥：{0}</translation>
    </message>
    <message>
        <source>Receiver: {0}</source>
        <translation>接收端：{0}</translation>
    </message>
    <message>
        <source>(none: local demo)</source>
        <translation>（无：本地演示）</translation>
    </message>
    <message>
        <source>Audio: {0}; largest bundle: {1} bytes</source>
        <translation>音频：{0}；证言包上限：{1} 字节</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the archive by phone before sealing anything.</source>
        <translation>密封任何内容之前，请先通过电话与档案馆核对密钥指纹（核对码）。</translation>
    </message>
    <message>
        <source>Passphrase of this installation&apos;s device key: </source>
        <translation>本机设备密钥的密码：</translation>
    </message>
    <message>
        <source>Sealed {0} ({1} bytes) for {2}</source>
        <translation>已为 {2} 密封 {0}（{1} 字节）</translation>
    </message>
    <message>
        <source>SHA-256: {0}</source>
        <translation>SHA-256：{0}</translation>
    </message>
    <message>
        <source>intake: opening with shares is logged: give also {0}</source>
        <translation>intake：用份额打开会被记录，请同时提供 {0}</translation>
    </message>
    <message>
        <source>Passphrase for {0}: </source>
        <translation>{0} 的密码：</translation>
    </message>
    <message>
        <source>Bundle {0}: format version {1}</source>
        <translation>证言包 {0}：格式版本 {1}</translation>
    </message>
    <message>
        <source>content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>  {0}: verified ({1} files, signed by device {2})</source>
        <translation>  {0}：已验证（{1} 个文件，由设备 {2} 签名）</translation>
    </message>
    <message>
        <source>  {0}: not present in this bundle</source>
        <translation>  {0}：此证言包中没有</translation>
    </message>
    <message>
        <source>  {0}: not opened (no key for it was given)</source>
        <translation>  {0}：未打开（未提供对应的密钥）</translation>
    </message>
    <message>
        <source>  both sides carry the same link id</source>
        <translation>  两部分的关联编号一致</translation>
    </message>
    <message>
        <source>  device: enrolled device {0}</source>
        <translation>  设备：已登记设备 {0}</translation>
    </message>
    <message>
        <source>it carries no enrolment</source>
        <translation>它没有登记文件</translation>
    </message>
    <message>
        <source>its enrolment was signed by another archive</source>
        <translation>它的登记文件由另一个档案馆签署</translation>
    </message>
    <message>
        <source>its enrolment belongs to another device key</source>
        <translation>它的登记文件属于另一把设备密钥</translation>
    </message>
    <message>
        <source>  device: UNKNOWN DEVICE ({0}); key {1}</source>
        <translation>  设备：未知设备（{0}）；密钥 {1}</translation>
    </message>
    <message>
        <source>its two sides name different devices</source>
        <translation>它的两部分指向不同的设备</translation>
    </message>
    <message>
        <source>  device: not checked (give --profile with the archive&apos;s profile.json)</source>
        <translation>  设备：未核对（请用 --profile 提供档案馆的 profile.json）</translation>
    </message>
    <message>
        <source>A custody log found beside the bundle is not signed by this archive&apos;s registered custodians: it was kept apart in {0} as an unverified claim, not joined to the bundle&apos;s custody log.</source>
        <translation>在证言包旁边发现的保管日志不是由本档案馆登记的保管人签名的：它已作为未经核实的说法单独保存在 {0}，没有并入该证言包的保管日志。</translation>
    </message>
    <message>
        <source>Written to {0}</source>
        <translation>已写入 {0}</translation>
    </message>
    <message>
        <source>intake: warning: no virus check was made (ClamAV or its signatures are missing): open these files only on an offline machine.</source>
        <translation>intake：警告：未进行病毒检查（缺少 ClamAV 或其病毒特征库）：请只在离线的计算机上打开这些文件。</translation>
    </message>
    <message>
        <source>Virus check ({0}): nothing found.</source>
        <translation>病毒检查（{0}）：未发现问题。</translation>
    </message>
    <message>
        <source>intake: the virus check found something in these files: do not open them; report it to whoever looks after the archive&apos;s machines.
{0}</source>
        <translation>intake：病毒检查在这些文件中发现了问题：请不要打开它们；请报告给负责档案馆计算机的人。
{0}</translation>
    </message>
    <message>
        <source>All checks passed; nothing was written.</source>
        <translation>所有检查均已通过；未写入任何内容。</translation>
    </message>
    <message>
        <source>The files and signatures are intact, but the archive cannot tell who sealed this bundle: treat it as from an unknown device; nothing was written.</source>
        <translation>文件和签名都完好，但档案馆无法判断是谁密封了这个证言包：请把它当作来自未知设备。未写入任何内容。</translation>
    </message>
    <message>
        <source>Added to the archive&apos;s publication index.</source>
        <translation>已加入档案馆的发布索引。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>the content part (content.age)</source>
        <translation>内容部分（content.age）</translation>
    </message>
    <message>
        <source>the identity part (identity.age)</source>
        <translation>身份部分（identity.age）</translation>
    </message>
    <message>
        <source>the bundle</source>
        <translation>证言包</translation>
    </message>
    <message>
        <source>Do not use this copy. Ask for the bundle to be sent again and keep this one for inquiry.</source>
        <translation>请勿使用此副本。请要求重新发送证言包，并保留此副本以备调查。</translation>
    </message>
    <message>
        <source>The bundle could not be processed.</source>
        <translation>无法处理此证言包。</translation>
    </message>
    <message>
        <source>Nothing was written. Please report this to the archive&apos;s support contact.</source>
        <translation>未写入任何内容。请向档案馆的支持联系人报告此问题。</translation>
    </message>
    <message>
        <source>The archive profile cannot be used.</source>
        <translation>无法使用此档案馆配置。</translation>
    </message>
    <message>
        <source>Ask the archive for a fresh copy of its profile.</source>
        <translation>请向档案馆索取一份新的配置文件。</translation>
    </message>
    <message>
        <source>This file is not a valid archive profile.</source>
        <translation>此文件不是有效的档案馆配置。</translation>
    </message>
    <message>
        <source>The archive profile&apos;s signature is not valid: it was changed or damaged.</source>
        <translation>档案馆配置的签名无效：它已被更改或损坏。</translation>
    </message>
    <message>
        <source>Do not use it. Ask the archive for a fresh copy and compare the fingerprint by phone.</source>
        <translation>请勿使用。请向档案馆索取新副本，并通过电话核对密钥指纹（核对码）。</translation>
    </message>
    <message>
        <source>The archive profile was refused: its name holds line breaks, control characters or markup, which could show a false fingerprint.</source>
        <translation>档案馆配置文件被拒绝：其名称含有换行、控制字符或标记代码，可能显示一个假的密钥指纹（核对码）。</translation>
    </message>
    <message>
        <source>The profile&apos;s fingerprint is not the one you gave.</source>
        <translation>该配置文件的密钥指纹（核对码）与您输入的不一致。</translation>
    </message>
    <message>
        <source>Check each digit with the archive by phone. If they differ, do not use this profile.</source>
        <translation>请通过电话与档案馆逐位核对每个数字。如果不一致，请勿使用此配置文件。</translation>
    </message>
    <message>
        <source>The archive profile contains a private key and was refused.</source>
        <translation>档案馆配置中含有私钥，已被拒绝。</translation>
    </message>
    <message>
        <source>Private keys must never be shared. Tell the archive at once; it should make new keys.</source>
        <translation>私钥绝不能外传。请立即通知档案馆，档案馆应生成新的密钥。</translation>
    </message>
    <message>
        <source>A signing key file could not be read.</source>
        <translation>无法读取签名密钥文件。</translation>
    </message>
    <message>
        <source>Check that you chose the right key file.</source>
        <translation>请检查是否选择了正确的密钥文件。</translation>
    </message>
    <message>
        <source>The key file is protected by a passphrase.</source>
        <translation>此密钥文件受密码保护。</translation>
    </message>
    <message>
        <source>Give the passphrase with --passphrase-file or type it when asked.</source>
        <translation>请用 --passphrase-file 提供密码，或在提示时输入。</translation>
    </message>
    <message>
        <source>The passphrase does not open the key file.</source>
        <translation>此密码无法打开密钥文件。</translation>
    </message>
    <message>
        <source>Check the passphrase and try again.</source>
        <translation>请检查密码后重试。</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is not valid.</source>
        <translation>证言包的清单无效。</translation>
    </message>
    <message>
        <source>The bundle is damaged or was changed: {0} is not well-formed.</source>
        <translation>证言包已损坏或被更改：{0} 的结构不正确。</translation>
    </message>
    <message>
        <source>The bundle holds an unsafe entry in {0} and was refused.</source>
        <translation>{0} 中含有不安全的条目，证言包已被拒绝。</translation>
    </message>
    <message>
        <source>The bundle uses a format version this program does not know.</source>
        <translation>此证言包使用了本程序不认识的格式版本。</translation>
    </message>
    <message>
        <source>Update the program, then try again.</source>
        <translation>请更新程序后重试。</translation>
    </message>
    <message>
        <source>A size inside {0} is impossible.</source>
        <translation>{0} 中的某个大小不可能成立。</translation>
    </message>
    <message>
        <source>The contents of {0} do not match its signed manifest: it was changed.</source>
        <translation>{0} 的内容与其已签名的清单不符：它已被更改。</translation>
    </message>
    <message>
        <source>{0} failed its integrity check: the bundle was changed or damaged.</source>
        <translation>{0} 未通过完整性检查：证言包已被更改或损坏。</translation>
    </message>
    <message>
        <source>The bundle is incomplete: {0} ends too early.</source>
        <translation>证言包不完整：{0} 提前结束。</translation>
    </message>
    <message>
        <source>The transfer was probably cut off. Ask for the bundle to be sent again.</source>
        <translation>传输可能被中断。请要求重新发送证言包。</translation>
    </message>
    <message>
        <source>Wrong key: a key you gave opens no part of this bundle.</source>
        <translation>密钥错误：您提供的某个密钥无法打开此证言包的任何部分。</translation>
    </message>
    <message>
        <source>Use the archive&apos;s content key and/or identity key for this bundle.</source>
        <translation>请使用档案馆用于此证言包的内容密钥和／或身份密钥。</translation>
    </message>
    <message>
        <source>The output folder {0} cannot be used: it must be new or empty.</source>
        <translation>无法使用输出文件夹 {0}：它必须是新的或空的。</translation>
    </message>
    <message>
        <source>Choose a new folder.</source>
        <translation>请选择一个新文件夹。</translation>
    </message>
    <message>
        <source>A recording or attachment changed while it was being sealed.</source>
        <translation>某个录音或附件在密封过程中发生了变化。</translation>
    </message>
    <message>
        <source>Nothing was sealed. Try again.</source>
        <translation>未密封任何内容。请重试。</translation>
    </message>
    <message>
        <source>This is not a valid device enrolment from an archive.</source>
        <translation>这不是档案馆发出的有效设备登记文件。</translation>
    </message>
    <message>
        <source>Ask the archive for the enrolment file again.</source>
        <translation>请向档案馆重新索取登记文件。</translation>
    </message>
    <message>
        <source>An interviewer code is 1-4 capital letters, a dash and 1-6 digits, e.g. IV-07.</source>
        <translation>访谈员代号由 1-4 个大写字母、一个连字符和 1-6 个数字组成，例如 IV-07。</translation>
    </message>
    <message>
        <source>Use a pseudonymous code; never a name. Nothing was signed.</source>
        <translation>请使用化名代号，绝不要用姓名。没有签署任何内容。</translation>
    </message>
    <message>
        <source>This device&apos;s enrolment belongs to another archive or another device. Nothing was sealed.</source>
        <translation>此设备的登记文件属于另一个档案馆或另一台设备。没有密封任何内容。</translation>
    </message>
    <message>
        <source>Ask the archive this device seals for to enrol it again.</source>
        <translation>请让此设备为之密封的档案馆重新登记它。</translation>
    </message>
    <message>
        <source>The testimony could not be sealed.</source>
        <translation>无法密封此证言。</translation>
    </message>
    <message>
        <source>Nothing was sealed. Check the answers and files, then try again.</source>
        <translation>未密封任何内容。请检查答案和文件后重试。</translation>
    </message>
    <message>
        <source>The answers do not satisfy the form ({0} problems).</source>
        <translation>答案不符合表格要求（{0} 个问题）。</translation>
    </message>
    <message>
        <source>Check the answers with &apos;intake forms check&apos;, then try again.</source>
        <translation>请用 &apos;intake forms check&apos; 检查答案后重试。</translation>
    </message>
    <message>
        <source>The archive does not accept this form ({0}, version {1}).</source>
        <translation>档案馆不接受此表格（{0}，版本 {1}）。</translation>
    </message>
    <message>
        <source>Use a form the archive&apos;s profile lists.</source>
        <translation>请使用档案馆配置中列出的表格。</translation>
    </message>
    <message>
        <source>The bundle would be larger than the archive accepts ({0} bytes).</source>
        <translation>证言包将超过档案馆接受的大小（{0} 字节）。</translation>
    </message>
    <message>
        <source>Use compact audio (Opus) or split the testimony.</source>
        <translation>请使用压缩音频（Opus）或将证言拆分。</translation>
    </message>
    <message>
        <source>Files of type {0} cannot be cleaned of hidden metadata, so they are refused.</source>
        <translation>类型为 {0} 的文件无法清除隐藏的元数据，因此被拒绝。</translation>
    </message>
    <message>
        <source>Convert it to JPEG, PNG, WebP, plain text, FLAC, Opus, WAV, MP3 or a plain PDF (without attached files, scripts or forms) first.</source>
        <translation>请先将其转换为 JPEG、PNG、WebP、纯文本、FLAC、Opus、WAV、MP3 或普通 PDF（不含附加文件、脚本或表单）。</translation>
    </message>
    <message>
        <source>The file is damaged or not of type {0}.</source>
        <translation>文件已损坏，或不是 {0} 类型。</translation>
    </message>
    <message>
        <source>Check the file and try again.</source>
        <translation>请检查文件后重试。</translation>
    </message>
    <message>
        <source>The archive folder {0} must be new or empty.</source>
        <translation>档案馆文件夹 {0} 必须是新的或空的。</translation>
    </message>
    <message>
        <source>The receiver address {0} is not a v3 .onion address.</source>
        <translation>接收端地址 {0} 不是 v3 洋葱地址。</translation>
    </message>
    <message>
        <source>Check the address, or leave the option out to create a new onion service.</source>
        <translation>请检查地址，或省略此选项以创建新的洋葱服务。</translation>
    </message>
    <message>
        <source>The file {0} cannot be used here.</source>
        <translation>文件 {0} 不能用于此处。</translation>
    </message>
    <message>
        <source>Check the command&apos;s options (intake COMMAND --help).</source>
        <translation>请检查命令的选项（intake COMMAND --help）。</translation>
    </message>
    <message>
        <source>Type the passphrase when asked.</source>
        <translation>请在提示时输入密码。</translation>
    </message>
    <message>
        <source>Correct the answers the app marks, then try again.</source>
        <translation>请更正本程序标出的答案，然后重试。</translation>
    </message>
    <message>
        <source>Choose another file and try again.</source>
        <translation>请选择另一个文件后重试。</translation>
    </message>
</context>
</TS>

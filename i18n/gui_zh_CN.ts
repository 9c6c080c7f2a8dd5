<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppController</name>
    <message>
        <source>Creating the encrypted store…</source>
        <translation>正在建立加密存储…</translation>
    </message>
    <message>
        <source>Checking for recordings cut short…</source>
        <translation>正在检查意外中断的录音…</translation>
    </message>
    <message>
        <source>Creating the demo archive…</source>
        <translation>正在建立演示档案馆…</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <source>Archive: check and open sealed bundles</source>
        <translation>档案馆：核验并打开密封的证言包</translation>
    </message>
    <message>
        <source>&amp;Bundle (.tib):</source>
        <translation>证言包 (.tib)(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>密钥文件(&amp;K)：</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>密钥密码(&amp;P)：</translation>
    </message>
    <message>
        <source>leave empty if the key has no passphrase</source>
        <translation>如果密钥没有密码，请留空</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Your custody key (signs the custody log)</source>
        <translation>您的保管密钥（用于签署保管日志）</translation>
    </message>
    <message>
        <source>Custody key fi&amp;le:</source>
        <translation>保管密钥文件(&amp;L)：</translation>
    </message>
    <message>
        <source>Custody key pa&amp;ssphrase:</source>
        <translation>保管密钥密码(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Repeat (new key only):</source>
        <translation>再次输入(&amp;R)（仅限新密钥）：</translation>
    </message>
    <message>
        <source>Choose a custody key file</source>
        <translation>选择保管密钥文件</translation>
    </message>
    <message>
        <source>Custody key file</source>
        <translation>保管密钥文件</translation>
    </message>
    <message>
        <source>Custody key passphrase</source>
        <translation>保管密钥密码</translation>
    </message>
    <message>
        <source>Repeat the new custody key passphrase</source>
        <translation>再次输入新的保管密钥密码</translation>
    </message>
    <message>
        <source>Choose a bundle file</source>
        <translation>选择证言包文件</translation>
    </message>
    <message>
        <source>Choose a key file</source>
        <translation>选择密钥文件</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>证言包文件</translation>
    </message>
    <message>
        <source>Key file (content or identity key)</source>
        <translation>密钥文件（内容密钥或身份密钥）</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>密钥密码</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>核验(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Open into a folder…</source>
        <translation>打开到文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Export to BagIt…</source>
        <translation>导出为 BagIt(&amp;E)…</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>核验报告</translation>
    </message>
    <message>
        <source>Bundle structure is valid</source>
        <translation>证言包结构正确</translation>
    </message>
    <message>
        <source>This key opens the bundle</source>
        <translation>这把密钥能打开证言包</translation>
    </message>
    <message>
        <source>Encryption intact (not altered)</source>
        <translation>加密完好（没有被改动）</translation>
    </message>
    <message>
        <source>Signed by the collecting device</source>
        <translation>有收集设备的签名</translation>
    </message>
    <message>
        <source>Every file matches its recorded hash</source>
        <translation>每个文件都与记录的校验值相符</translation>
    </message>
    <message>
        <source>Custody events</source>
        <translation>保管记录</translation>
    </message>
    <message>
        <source>Each opening here continues the bundle's signed custody log, started when it was fetched; the BagIt bag carries it with its PREMIS record.</source>
        <translation>在这里的每次打开都会延续该证言包在取回时开始的已签名保管日志；BagIt 包会连同其 PREMIS 记录一并携带该日志。</translation>
    </message>
    <message>
        <source>1. &amp;Fetch from the receiver</source>
        <translation>1. 从接收端取回(&amp;F)</translation>
    </message>
    <message>
        <source>2. &amp;Check, open and export</source>
        <translation>2. 核验、打开与导出(&amp;C)</translation>
    </message>
    <message>
        <source>3. Custodian &amp;shares</source>
        <translation>3. 保管人份额(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Archive folder:</source>
        <translation>档案文件夹(&amp;A)：</translation>
    </message>
    <message>
        <source>Staff &amp;token file:</source>
        <translation>工作人员令牌文件(&amp;T)：</translation>
    </message>
    <message>
        <source>Staff o&amp;nion (optional):</source>
        <translation>工作人员洋葱地址（可选）(&amp;N)：</translation>
    </message>
    <message>
        <source>Onion client ke&amp;y folder (optional):</source>
        <translation>洋葱客户端密钥文件夹（可选）(&amp;Y)：</translation>
    </message>
    <message>
        <source>default: staff-token in the archive folder</source>
        <translation>默认：档案文件夹中的 staff-token</translation>
    </message>
    <message>
        <source>default: the profile's onion address</source>
        <translation>默认：档案馆配置文件中的洋葱地址</translation>
    </message>
    <message>
        <source>needed for a staff onion with client authorisation</source>
        <translation>使用需要客户端授权的工作人员洋葱服务时必填</translation>
    </message>
    <message>
        <source>Choose the archive folder</source>
        <translation>选择档案文件夹</translation>
    </message>
    <message>
        <source>Choose the staff token file</source>
        <translation>选择工作人员令牌文件</translation>
    </message>
    <message>
        <source>Choose the onion client key folder</source>
        <translation>选择洋葱客户端密钥文件夹</translation>
    </message>
    <message>
        <source>Archive folder (profile.json; bundles go to incoming)</source>
        <translation>档案文件夹（含 profile.json；证言包存入 incoming）</translation>
    </message>
    <message>
        <source>Staff token file</source>
        <translation>工作人员令牌文件</translation>
    </message>
    <message>
        <source>Staff onion address</source>
        <translation>工作人员洋葱地址</translation>
    </message>
    <message>
        <source>Onion client key folder</source>
        <translation>洋葱客户端密钥文件夹</translation>
    </message>
    <message>
        <source>Fetch &amp;new bundles</source>
        <translation>取回新证言包(&amp;N)</translation>
    </message>
    <message>
        <source>Check the &amp;selected bundle</source>
        <translation>核验所选证言包(&amp;S)</translation>
    </message>
    <message>
        <source>Fetched bundles, still sealed</source>
        <translation>已取回的证言包（仍为密封状态）</translation>
    </message>
    <message>
        <source>Unlocking the custody key…</source>
        <translation>正在解锁保管密钥…</translation>
    </message>
    <message>
        <source>&amp;Create custody key</source>
        <translation>创建保管密钥(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Unlock custody key</source>
        <translation>解锁保管密钥(&amp;U)</translation>
    </message>
    <message>
        <source>Unlocked: key {0}. Openings and exports are signed with it.</source>
        <translation>已解锁：密钥 {0}。打开和导出操作都将用它签名。</translation>
    </message>
    <message>
        <source>No custody key there yet: give a new passphrase twice to create it.</source>
        <translation>该位置还没有保管密钥：请输入两次新密码来创建。</translation>
    </message>
    <message>
        <source>Locked. Openings and exports need it unlocked.</source>
        <translation>已锁定。打开和导出前需要先解锁。</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>档案文件夹</translation>
    </message>
    <message>
        <source>Fetching new bundles (checking each receipt)…</source>
        <translation>正在取回新证言包（逐一核对回执）…</translation>
    </message>
    <message>
        <source>Bundles stay sealed; each is checked against its receipt and logged.</source>
        <translation>证言包保持密封；每个都会与其回执核对并记入日志。</translation>
    </message>
    <message>
        <source>New bundles fetched: {0} ({1} already here).</source>
        <translation>已取回 {0} 个新证言包（{1} 个已在此处）。</translation>
    </message>
    <message>
        <source>{0}…  {1} KiB</source>
        <translation>{0}…  {1} KiB</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>证言包</translation>
    </message>
    <message>
        <source>Sealed bundle (*.tib)</source>
        <translation>密封的证言包 (*.tib)</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>Open into folder</source>
        <translation>打开到文件夹</translation>
    </message>
    <message>
        <source>Export BagIt bag into folder</source>
        <translation>把 BagIt 包导出到文件夹</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>正在核验证言包…</translation>
    </message>
    <message>
        <source>Opening the bundle…</source>
        <translation>正在打开证言包…</translation>
    </message>
    <message>
        <source>Writing the BagIt bag…</source>
        <translation>正在写入 BagIt 包…</translation>
    </message>
    <message>
        <source>✔ Custody log verified: {0} signed events, chain intact.</source>
        <translation>✔ 保管日志已验证：{0} 个已签名事件，链条完整。</translation>
    </message>
    <message>
        <source>✘ Custody log does not verify.</source>
        <translation>✘ 保管日志验证失败。</translation>
    </message>
    <message>
        <source>✔ passed</source>
        <translation>✔ 通过</translation>
    </message>
    <message>
        <source>✘ failed</source>
        <translation>✘ 未通过</translation>
    </message>
    <message>
        <source>– not checked</source>
        <translation>– 未检查</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source> Written to {0}.</source>
        <translation> 已写入 {0}。</translation>
    </message>
    <message>
        <source>This key opened: {0}.</source>
        <translation>这把密钥打开了：{0}。</translation>
    </message>
    <message>
        <source>All checks passed. Sealed by enrolled device {0}.</source>
        <translation>全部检查通过。由已登记设备 {0} 密封。</translation>
    </message>
    <message>
        <source>The files and signatures are intact, but this bundle comes from an unknown device: the archive did not enrol the key that sealed it.</source>
        <translation>文件和签名都完好，但这个证言包来自未知设备：档案馆没有登记密封它的密钥。</translation>
    </message>
    <message>
        <source>The files and signatures are intact; the sealing device was not checked (the bundle is not in an archive's incoming folder).</source>
        <translation>文件和签名都完好；密封的设备未经核对（证言包不在档案馆的 incoming 文件夹中）。</translation>
    </message>
    <message>
        <source>the testimony (content)</source>
        <translation>证言（内容）</translation>
    </message>
    <message>
        <source>the identity</source>
        <translation>身份资料</translation>
    </message>
    <message>
        <source>4. Publish (t&amp;wo custodians)</source>
        <translation>4. 公开（需两位保管人）(&amp;W)</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Drop photos or documents here</source>
        <translation>把照片或文件拖到这里</translation>
    </message>
    <message>
        <source>Hidden information inside files (camera, place, author, dates) is removed from the copy the archive's content staff see. The untouched original is sealed with the witness's identity.</source>
        <translation>文件里隐藏的信息（相机、地点、作者、日期）会从档案馆负责内容的工作人员看到的副本中删除。未改动的原件和证人的身份资料一起密封。</translation>
    </message>
    <message>
        <source>&amp;Add a file…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>已附加的文件</translation>
    </message>
</context>
<context>
    <name>AudioController</name>
    <message>
        <source>{0} (recording {1})</source>
        <translation>{0}（录音 {1}）</translation>
    </message>
    <message>
        <source>Recording {0} ({1}, {2} KB)</source>
        <translation>录音 {0}（{1}，{2} KB）</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>You said Tor is blocked where you are, but there is no bridge to try.</source>
        <translation>您说所在的地方封锁了 Tor，但没有可以尝试的网桥。</translation>
    </message>
    <message>
        <source>Paste bridge lines from a person you trust (or open a picture of their QR code), then send again. Nothing was sent.</source>
        <translation>请粘贴您信任的人给您的网桥（或打开他们二维码的图片），然后再发送。什么都没有发送。</translation>
    </message>
    <message>
        <source>Paste bridge lines from a person you trust (or scan their QR code), then connect again. Nothing was connected.</source>
        <translation>请粘贴您信任的人给您的网桥（或读取他们的二维码），然后再连接。没有建立任何连接。</translation>
    </message>
    <message>
        <source>No bridge lines were given for the bridges you chose.</source>
        <translation>您选择了网桥，但没有提供网桥行。</translation>
    </message>
    <message>
        <source>Paste at least one bridge line (from Tor Browser or a person you trust), or choose "No bridges". Nothing was connected.</source>
        <translation>请至少粘贴一行网桥（来自 Tor 浏览器或您信任的人），或选择“不使用网桥”。没有进行任何连接。</translation>
    </message>
    <message>
        <source>This action could not be completed.</source>
        <translation>这一步没有完成。</translation>
    </message>
    <message>
        <source>Go back one step and try again.</source>
        <translation>请退回上一步，再试一次。</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>已停止，没有改动任何内容。</translation>
    </message>
    <message>
        <source>You can start again when you are ready.</source>
        <translation>准备好后可以重新开始。</translation>
    </message>
    <message>
        <source>Unlock your custody key first.</source>
        <translation>请先解锁您的保管密钥。</translation>
    </message>
    <message>
        <source>Every opening and export is signed into the bundle's custody log with your custody key. Choose it (or create one) above and unlock it.</source>
        <translation>每次打开和导出都会用您的保管密钥签名并写入该证言包的保管日志。请在上方选择（或创建）密钥并解锁。</translation>
    </message>
    <message>
        <source>State why this share or reveal is needed.</source>
        <translation>请说明为何需要这份份额或揭示身份。</translation>
    </message>
    <message>
        <source>The purpose is recorded in the bundle's signed custody log. Nothing was released.</source>
        <translation>目的会记入证言包已签名的保管日志。未释出任何内容。</translation>
    </message>
    <message>
        <source>This part of the app is not available in this version.</source>
        <translation>这个版本的软件还没有这项功能。</translation>
    </message>
    <message>
        <source>Please use an updated version of the app, or ask the archive for help.</source>
        <translation>请使用更新的版本，或向档案馆求助。</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least {0} characters.</source>
        <translation>密码太短，至少要 {0} 个字符。</translation>
    </message>
    <message>
        <source>A few ordinary words that only you know make a good passphrase.</source>
        <translation>用几个只有您自己知道的普通词语，就是好密码。</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的密码不一样。</translation>
    </message>
    <message>
        <source>Type the same passphrase in both boxes.</source>
        <translation>请在两个框里输入相同的密码。</translation>
    </message>
    <message>
        <source>No archive has been chosen yet.</source>
        <translation>还没有选择档案馆。</translation>
    </message>
    <message>
        <source>Import the archive's profile, or choose the demo archive.</source>
        <translation>请导入档案馆的配置文件，或选择演示档案馆。</translation>
    </message>
    <message>
        <source>The archive profile file was changed after you confirmed it: {0}</source>
        <translation>档案馆配置文件在您确认之后被更改了：{0}</translation>
    </message>
    <message>
        <source>This app does not use the changed file. It keeps sealing for the archive you confirmed (fingerprint {0}). Someone may have replaced the file. If the archive really sent you a new profile, check its fingerprint with the archive by phone, then choose it under Interviewer → Settings → Archive.</source>
        <translation>本应用不会使用被更改的文件，仍然为您确认过的档案馆密封（核对码 {0}）。可能有人替换了这个文件。如果档案馆确实给您发了新的配置文件，请先通过电话与档案馆核对它的核对码，然后在“访谈员 → 设置 → 档案馆”中选择它。</translation>
    </message>
    <message>
        <source>The archive profile offered to witnesses on this computer was changed.</source>
        <translation>本机提供给证人使用的档案馆配置文件已被更改。</translation>
    </message>
    <message>
        <source>It is no longer the archive you confirmed (fingerprint {0}). Someone may have replaced it while the app was locked; a witness who used it since may have sent their testimony elsewhere. Under Settings, turn "Prepare this computer for witnesses" off and on again to restore it.</source>
        <translation>它已不再是您确认过的档案馆（密钥指纹 {0}）。可能有人在本应用锁定期间替换了它；此后使用它的证人，其证言可能被发送到了别处。请在“设置”中将“为证人准备这台电脑”关闭后再打开，以恢复它。</translation>
    </message>
    <message>
        <source>The archive profile file is not the one you confirmed: {0}</source>
        <translation>这个档案馆配置文件不是您确认过的那一个：{0}</translation>
    </message>
    <message>
        <source>This app does not use it, and nothing is sealed until you choose the archive's profile again and check its fingerprint with the archive by phone.</source>
        <translation>本应用不会使用它。在您重新选择档案馆的配置文件并通过电话与档案馆核对其核对码之前，不会密封任何内容。</translation>
    </message>
    <message>
        <source>The identity of this witness is already sealed and cannot be changed here.</source>
        <translation>这位证人的身份资料已经密封，不能在这里修改。</translation>
    </message>
    <message>
        <source>Write the correction in the interviewer notes; the archive's identity custodians will apply it.</source>
        <translation>请把更正写在访谈员备注里，由档案馆的身份保管人处理。</translation>
    </message>
    <message>
        <source>Not connected to Tor yet.</source>
        <translation>还没有连接 Tor。</translation>
    </message>
    <message>
        <source>Press "Connect" in the outbox and wait until it says connected, then send again.</source>
        <translation>请在待发送页按“连接”，等显示已连接后再发送。</translation>
    </message>
    <message>
        <source>Interviews holding material sealed for the current archive, which the new archive could not open: {0}.</source>
        <translation>包含已为当前档案馆密封、新档案馆无法打开的资料的访谈：{0} 个。</translation>
    </message>
    <message>
        <source>Finish them and send them to the current archive first, then change the archive.</source>
        <translation>请先完成这些访谈并发送给当前档案馆，然后再更换档案馆。</translation>
    </message>
    <message>
        <source>The microphone chosen in the settings (“{0}”) is not connected.</source>
        <translation>设置中选择的麦克风（“{0}”）没有连接。</translation>
    </message>
    <message>
        <source>Connect it, or choose another input under Settings → Microphone, then record again.</source>
        <translation>请连接它，或在“设置 → 麦克风”中选择其他输入，然后重新录音。</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Archive profile</source>
        <translation>档案馆配置文件</translation>
    </message>
    <message>
        <source>Archive profile (*.json)</source>
        <translation>档案馆配置文件 (*.json)</translation>
    </message>
    <message>
        <source>The local demo archive on this computer (not for real testimony)</source>
        <translation>本机上的演示档案馆（不可用于真实证言）</translation>
    </message>
    <message>
        <source>Welcome to Testimony Intake</source>
        <translation>欢迎使用证言收集软件</translation>
    </message>
    <message>
        <source>Choose the language for this app. You can change it later at the top of the window.</source>
        <translation>请选择软件使用的语言。以后可以在窗口上方更改。</translation>
    </message>
    <message>
        <source>Are you a witness giving your own testimony? You need no passphrase or setup, and nothing is kept on this computer.</source>
        <translation>您是要自己提供证言的证人吗？不需要密码，也不需要任何设置，本电脑上不会保留任何内容。</translation>
    </message>
    <message>
        <source>&amp;Give my own testimony</source>
        <translation>提供我自己的证言(&amp;G)</translation>
    </message>
    <message>
        <source>Give my own testimony</source>
        <translation>提供我自己的证言</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>请设定密码</translation>
    </message>
    <message>
        <source>Everything this app keeps on this computer is encrypted with this passphrase. Choose one you can remember; nobody can recover it for you. Use at least 8 characters.</source>
        <translation>软件在这台电脑上保存的所有内容都用这个密码加密。请选一个您记得住的密码；忘记了没有人能帮您找回。至少 8 个字符。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再输一次(&amp;A)：</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>&amp;Create encrypted store</source>
        <translation>建立加密存储(&amp;C)</translation>
    </message>
    <message>
        <source>Which archive will receive the testimony?</source>
        <translation>证言要交给哪个档案馆？</translation>
    </message>
    <message>
        <source>Import the profile file the archive gave you. Then call the archive and read the fingerprint aloud together: only continue if every character matches. To try the app without an archive, use the demo archive.</source>
        <translation>请导入档案馆给您的配置文件。然后给档案馆打电话，一起把密钥指纹（核对码）逐字念一遍：每个字符都相同才继续。如果只想试用软件，请选择演示档案馆。</translation>
    </message>
    <message>
        <source>&amp;Import profile file…</source>
        <translation>导入配置文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Use the &amp;demo archive (not for real testimony)</source>
        <translation>使用演示档案馆(&amp;D)（不可用于真实证言）</translation>
    </message>
    <message>
        <source>I read the fingerprint with the archive by phone and it matches</source>
        <translation>我已和档案馆通电话核对密钥指纹（核对码），完全相同</translation>
    </message>
    <message>
        <source>Use &amp;this archive</source>
        <translation>使用这个档案馆(&amp;T)</translation>
    </message>
    <message>
        <source>Demo archive — not for real testimony</source>
        <translation>演示档案馆——不可用于真实证言</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>密钥指纹（核对码）</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>e.g. 1989-06-04, 1989-06, 1989-06-03/1989-06-05, 1989~</source>
        <translation>例如 1989-06-04、1989-06、1989-06-03/1989-06-05、1989~</translation>
    </message>
    <message>
        <source>reference code (32 letters and digits)</source>
        <translation>参考编号（32 个字母和数字）</translation>
    </message>
    <message>
        <source>number, or from</source>
        <translation>数字，或从</translation>
    </message>
    <message>
        <source>to (if not sure)</source>
        <translation>到（不确定时）</translation>
    </message>
    <message>
        <source>{0}: from</source>
        <translation>{0}：从</translation>
    </message>
    <message>
        <source>{0}: to</source>
        <translation>{0}：到</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Please describe</source>
        <translation>请说明</translation>
    </message>
    <message>
        <source>{0}: other</source>
        <translation>{0}：其他</translation>
    </message>
    <message>
        <source>choose, or type a place</source>
        <translation>请选择，或输入地点</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>（未回答）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>我同意</translation>
    </message>
    <message>
        <source>I agree: {0}</source>
        <translation>我同意：{0}</translation>
    </message>
    <message>
        <source>Choose date and time</source>
        <translation>选择日期和时间</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>时刻</translation>
    </message>
    <message>
        <source>e.g. 1989-06-04 01:00 (local time)</source>
        <translation>例如 1989-06-04 01:00（当地时间）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>{0}: choose date and time</source>
        <translation>{0}：选择日期和时间</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>{0}: now</source>
        <translation>{0}：填入现在的时间</translation>
    </message>
    <message>
        <source>{0}: date and time</source>
        <translation>{0}：日期和时间</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>确切</translation>
    </message>
    <message>
        <source>about</source>
        <translation>大约</translation>
    </message>
    <message>
        <source>not sure</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不知道</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>确定程度</translation>
    </message>
    <message>
        <source>Nothing recorded yet to choose from. Record them first on the step &quot;{0}&quot; (the list of steps on the left), then come back here.</source>
        <translation>还没有可供选择的记录。请先在“{0}”那一步记录（左侧的步骤列表），然后回到这里。</translation>
    </message>
    <message>
        <source>Nothing recorded yet to choose from. Record them first on their own step (the list of steps on the left), then come back here.</source>
        <translation>还没有可供选择的记录。请先在它们各自的那一步记录（左侧的步骤列表），然后回到这里。</translation>
    </message>
    <message>
        <source>A record chosen here was removed on its step: check the choice again.</source>
        <translation>这里选定的一项记录已在其所在的那一步删除：请重新检查所选内容。</translation>
    </message>
    <message>
        <source>Photos, scans or PDF ({0})</source>
        <translation>照片、扫描件或 PDF（{0}）</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>This file cannot be used here: choose a photo, a scan or a PDF.</source>
        <translation>这里不能使用这个文件：请选择照片、扫描件或 PDF。</translation>
    </message>
    <message>
        <source>Adding the file to the encrypted store…</source>
        <translation>正在把文件加入加密存储…</translation>
    </message>
    <message>
        <source>Choose a &amp;photo or scan…</source>
        <translation>选择照片或扫描件(&amp;P)…</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>选择文件(&amp;F)…</translation>
    </message>
    <message>
        <source>✔ Attached and sealed.</source>
        <translation>✔ 已添加并密封。</translation>
    </message>
    <message>
        <source>✔ Recorded ({0}). Recording again replaces it.</source>
        <translation>✔ 已录音（{0}）。再录一次会替换这段录音。</translation>
    </message>
    <message>
        <source>✔ Attached: {0}, {1} KB. The hidden information in the file was removed.</source>
        <translation>✔ 已添加：{0}，{1} KB。文件里隐藏的信息已删除。</translation>
    </message>
    <message>
        <source>This cannot be recorded or attached on this screen.</source>
        <translation>此项无法在这个画面录音或添加文件。</translation>
    </message>
    <message>
        <source>Not recorded yet: press Record, then Stop when it is done.</source>
        <translation>尚未录音：请按“录音”，说完后按“停止”。</translation>
    </message>
    <message>
        <source>Recording now: press Stop when it is done.</source>
        <translation>正在录音：说完后请按“停止”。</translation>
    </message>
    <message>
        <source>No file yet.</source>
        <translation>尚未添加文件。</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>删除这一条</translation>
    </message>
    <message>
        <source>Add another</source>
        <translation>再添加一条</translation>
    </message>
    <message>
        <source>Add another: {0}</source>
        <translation>再添加一条：{0}</translation>
    </message>
    <message>
        <source>The next questions may be about violence, injuries, deaths or detention. Before them, tell the witness what they are about: the witness may skip them, take a pause, or stop at any time.</source>
        <translation>接下来的问题可能涉及暴力、受伤、死亡或羁押。提问之前，请先告诉证人这些问题的内容：证人可以跳过这些问题、暂停，或随时停止。</translation>
    </message>
    <message>
        <source>Sealed: only the archive's identity custodians can read this.</source>
        <translation>已密封：只有档案馆的身份保管人能读取。</translation>
    </message>
    <message>
        <source>Other (please describe)</source>
        <translation>其他（请说明）</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不知道</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>不想回答</translation>
    </message>
    <message>
        <source>The list changed since this was chosen: choose again.</source>
        <translation>选定之后列表已有变动：请重新选择。</translation>
    </message>
</context>
<context>
    <name>InputMethodWarning</name>
    <message>
        <source>If you type with a pinyin, zhuyin or other input method, first turn off its cloud input (cloud prediction) or use the system's own input method: some input methods send what you type, your passphrase included, to their servers (for the common Chinese ones, servers in China).</source>
        <translation>如果您用拼音、注音等输入法打字，请先关闭输入法的“云输入”（云联想）功能，或改用系统自带的输入法：有些输入法会把您打的字（包括密码）发到它们的服务器，常见的中文输入法发到中国境内的服务器。</translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <source>Please correct the marked answers before sealing the identity.</source>
        <translation>请先改正标出的答案，再密封身份资料。</translation>
    </message>
    <message>
        <source>Enter who the witness is, or tick "The witness stays anonymous" to go on without it.</source>
        <translation>请填写证人的身份资料，或勾选“证人保持匿名”后继续。</translation>
    </message>
    <message>
        <source>"{0}" has {1} answer(s) to check; they are marked in red. You can go on and come back to it.</source>
        <translation>“{0}”有 {1} 项答案需要检查，已用红色标出。您可以先继续，稍后再回来修改。</translation>
    </message>
    <message>
        <source>Adding files to the encrypted store…</source>
        <translation>正在把文件加入加密存储…</translation>
    </message>
    <message>
        <source>Consent is needed before going on. Read the consent text with the witness and, if they agree, tick the boxes. Verbal consent: record it with "Record" under "Recorded consent" on this page. Written consent: add a photo or scan of the signed page under "Signature" on this page.</source>
        <translation>必须先取得同意才能继续。请和证人一起阅读同意书；如证人同意，请勾选各项。口头同意：在本页“口头同意录音”下按“录音”录下。书面同意：在本页“签名”下添加已签署页面的照片或扫描件。</translation>
    </message>
    <message>
        <source>The draft could not be saved: {0}</source>
        <translation>草稿未能保存：{0}</translation>
    </message>
    <message>
        <source>the witness's identity, sealed for the identity custodians</source>
        <translation>证人的身份资料（已为身份资料保管人单独密封）</translation>
    </message>
    <message>
        <source>no identity (anonymous witness)</source>
        <translation>无身份资料（匿名证人）</translation>
    </message>
    <message>
        <source>no identity recorded</source>
        <translation>未记录身份资料</translation>
    </message>
    <message>
        <source>Will be sealed: {0} answered part(s), {1} recording(s), {2} attachment(s); {3}.</source>
        <translation>将密封：已填写的部分 {0} 个，录音 {1} 段，附件 {2} 个；{3}。</translation>
    </message>
    <message>
        <source>Some answers need attention before finalising. They are listed above.</source>
        <translation>定稿前有些答案需要处理，已列在上方。</translation>
    </message>
    <message>
        <source>Sealing the bundle…</source>
        <translation>正在密封证言包…</translation>
    </message>
    <message>
        <source>{0} (sealed)</source>
        <translation>{0}（已密封）</translation>
    </message>
    <message>
        <source>{0} (anonymous)</source>
        <translation>{0}（匿名）</translation>
    </message>
    <message>
        <source>{0} — {1} to check</source>
        <translation>{0} — {1} 项待检查</translation>
    </message>
    <message>
        <source>Steps of this interview</source>
        <translation>这次访谈的步骤</translation>
    </message>
    <message>
        <source>The witness stays anonymous (identity not recorded)</source>
        <translation>证人保持匿名（不记录身份资料）</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>下一步(&amp;N) →</translation>
    </message>
    <message>
        <source>Save and &amp;close</source>
        <translation>保存并关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>InterviewList</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>In outbox</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Sent, receipt verified</source>
        <translation>已发送，回执已核实</translation>
    </message>
    <message>
        <source>Right-click to copy or export the receipt code</source>
        <translation>右键单击可复制或导出回执码</translation>
    </message>
    <message>
        <source>Receipt code {0} copied. It is removed from the clipboard in two minutes; paste it only where it is safe.</source>
        <translation>回执码 {0} 已复制。两分钟后会从剪贴板中清除；只在安全的地方粘贴。</translation>
    </message>
    <message>
        <source>Copy receipt code</source>
        <translation>复制回执码</translation>
    </message>
    <message>
        <source>Export receipt code…</source>
        <translation>导出回执码…</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>删除草稿…</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>访谈</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Receipt code</source>
        <translation>回执码</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>访谈</translation>
    </message>
    <message>
        <source>&amp;New interview</source>
        <translation>新建访谈(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation>删除草稿(&amp;D)…</translation>
    </message>
    <message>
        <source>Cop&amp;y receipt code</source>
        <translation>复制回执码(&amp;Y)</translation>
    </message>
    <message>
        <source>E&amp;xport receipt code…</source>
        <translation>导出回执码(&amp;X)…</translation>
    </message>
    <message>
        <source>No interviews yet. Press "New interview" to begin.</source>
        <translation>还没有访谈。请按“新建访谈”开始。</translation>
    </message>
</context>
<context>
    <name>InterviewViewer</name>
    <message>
        <source>{0}: {1}. Read only: it was sealed for the archive and can no longer be changed.</source>
        <translation>{0}：{1}。只读：它已为档案馆密封，不能再修改。</translation>
    </message>
    <message>
        <source>Receipt code: {0}</source>
        <translation>回执码：{0}</translation>
    </message>
    <message>
        <source>Nothing entered.</source>
        <translation>未填写。</translation>
    </message>
    <message>
        <source>Answers of this interview (read only)</source>
        <translation>此访谈的回答（只读）</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>InterviewerPage</name>
    <message>
        <source>This interview was started with version {0} of the form; it now follows version {1}. Your answers were kept; answer the new questions before sealing.</source>
        <translation>这次访谈是用表格的 {0} 版开始的，现在改用 {1} 版。您的答案都已保留；密封之前请回答新的问题。</translation>
    </message>
    <message>
        <source>Interview sent</source>
        <translation>访谈已发送</translation>
    </message>
    <message>
        <source>{0} was sent and its receipt verified. As the archive asks, its answers, recordings and files were then deleted from this computer.</source>
        <translation>{0} 已发送，回执已核实。按照档案馆的要求，其回答、录音和文件随后已从这台电脑上删除。</translation>
    </message>
    <message>
        <source>Receipt code: {0}</source>
        <translation>回执码：{0}</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>Delete {0}?</source>
        <translation>删除{0}？</translation>
    </message>
    <message>
        <source>Its answers, recordings and files are deleted from this computer for good. This cannot be undone.</source>
        <translation>其回答、录音和文件将从这台电脑上永久删除。此操作无法撤销。</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>删除草稿(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>Saving the receipt code…</source>
        <translation>正在保存回执码…</translation>
    </message>
    <message>
        <source>Receipt code saved to {0}.</source>
        <translation>回执码已保存到 {0}。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>&amp;Interviews</source>
        <translation>访谈(&amp;I)</translation>
    </message>
    <message>
        <source>O&amp;utbox</source>
        <translation>待发送(&amp;U)</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>设置(&amp;E)</translation>
    </message>
</context>
<context>
    <name>InterviewsController</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Witness identity</source>
        <translation>证人身份资料</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>定稿并密封</translation>
    </message>
    <message>
        <source>The end is before the start. Check both times.</source>
        <translation>结束时间早于开始时间，请检查这两个时间。</translation>
    </message>
    <message>
        <source>Interview {0}</source>
        <translation>访谈 {0}</translation>
    </message>
    <message>
        <source>(sealed for the archive)</source>
        <translation>（已为档案馆密封）</translation>
    </message>
    <message>
        <source>Identity answers</source>
        <translation>身份资料</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>录音</translation>
    </message>
    <message>
        <source>Attachment {0}: {1}, {2} KB</source>
        <translation>附件 {0}：{1}，{2} KB</translation>
    </message>
    <message>
        <source>Sealing the bundle…</source>
        <translation>正在密封证言包…</translation>
    </message>
    <message>
        <source>no name given</source>
        <translation>未提供姓名</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Enter your passphrase to continue.</source>
        <translation>请输入密码继续。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Give my own &amp;testimony</source>
        <translation>提供我自己的证言(&amp;T)</translation>
    </message>
    <message>
        <source>Give my own testimony (witnesses)</source>
        <translation>提供我自己的证言（证人使用）</translation>
    </message>
    <message>
        <source>Panic &amp;wipe…</source>
        <translation>紧急销毁(&amp;W)…</translation>
    </message>
    <message>
        <source>Panic wipe: destroy everything on this computer</source>
        <translation>紧急销毁：销毁这个应用在本机上保存的一切</translation>
    </message>
    <message>
        <source>Do &amp;not wipe</source>
        <translation>不要销毁(&amp;N)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Testimony Intake</source>
        <translation>证言收集</translation>
    </message>
    <message>
        <source>Creating the encrypted store…</source>
        <translation>正在建立加密存储…</translation>
    </message>
    <message>
        <source>Checking the profile…</source>
        <translation>正在检查配置文件…</translation>
    </message>
    <message>
        <source>Creating the demo archive…</source>
        <translation>正在建立演示档案馆…</translation>
    </message>
</context>
<context>
    <name>ModeChooser</name>
    <message>
        <source>What would you like to do?</source>
        <translation>您要做什么？</translation>
    </message>
    <message>
        <source>&amp;Interviewer: record and send interviews</source>
        <translation>访谈员：记录并发送访谈(&amp;I)</translation>
    </message>
    <message>
        <source>For trained interviewers. Interviews are kept encrypted on this computer until they are sent.</source>
        <translation>供受过培训的访谈员使用。访谈在发送前加密保存在这台电脑上。</translation>
    </message>
    <message>
        <source>&amp;Give my own testimony</source>
        <translation>提供我自己的证言(&amp;G)</translation>
    </message>
    <message>
        <source>A guided session for one witness. Nothing is kept on this computer afterwards.</source>
        <translation>一步一步引导证人独自完成。完成后这台电脑上不会留下任何内容。</translation>
    </message>
    <message>
        <source>&amp;Archive staff: open and check bundles</source>
        <translation>档案馆工作人员：打开并核验证言包(&amp;A)</translation>
    </message>
    <message>
        <source>For archive staff who hold a key.</source>
        <translation>供持有密钥的档案馆工作人员使用。</translation>
    </message>
    <message>
        <source>A recording that was not closed properly (for example, the computer lost power) was recovered: {0} s, kept in Interview {1}.</source>
        <translation>一段没有正常结束的录音（例如电脑突然断电）已恢复：{0} 秒，保存在访谈 {1} 中。</translation>
    </message>
    <message>
        <source>No archive chosen yet.</source>
        <translation>还没有选择档案馆。</translation>
    </message>
    <message>
        <source>Archive: the local demo archive on this computer (not for real testimony)</source>
        <translation>档案馆：本机上的演示档案馆（不可用于真实证言）</translation>
    </message>
    <message>
        <source>Archive: {0}</source>
        <translation>档案馆：{0}</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Connection (Tor)</source>
        <translation>连接（Tor）</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Connect to Tor</source>
        <translation>连接 Tor</translation>
    </message>
    <message>
        <source>Tor connection progress</source>
        <translation>Tor 连接进度</translation>
    </message>
    <message>
        <source>Tor is &amp;blocked where I am: never connect without a bridge</source>
        <translation>我所在的地方封锁了 Tor：绝不在没有网桥时连接(&amp;B)</translation>
    </message>
    <message>
        <source>Tick this in mainland China and wherever Tor is blocked or watched: the app then only tries bridges (the archive's own, yours, then the built-in ones) and never a direct connection.</source>
        <translation>在中国大陆以及任何封锁或监视 Tor 的地方请勾选此项：本应用只尝试网桥（先是档案馆自己的，再是您的，最后是内置的），绝不直接连接。</translation>
    </message>
    <message>
        <source>What the connection assistant is doing</source>
        <translation>连接助手正在做什么</translation>
    </message>
    <message>
        <source>Bridges (if Tor is blocked where you are)</source>
        <translation>网桥（如果您所在的地方封锁了 Tor）</translation>
    </message>
    <message>
        <source>No bridges</source>
        <translation>不用网桥</translation>
    </message>
    <message>
        <source>obfs4</source>
        <translation>obfs4</translation>
    </message>
    <message>
        <source>Snowflake</source>
        <translation>Snowflake</translation>
    </message>
    <message>
        <source>Custom lines</source>
        <translation>自定义网桥</translation>
    </message>
    <message>
        <source>Bridges: {0}</source>
        <translation>网桥：{0}</translation>
    </message>
    <message>
        <source>In mainland China Tor is blocked: paste the Snowflake or obfs4 bridge lines you got from Tor Browser or a trusted person, one per line. Connect uses the bridges chosen here, and never connects without them.</source>
        <translation>在中国大陆 Tor 被封锁：请粘贴从 Tor 浏览器或可信的人那里得到的 Snowflake 或 obfs4 网桥，每行一个。“连接”会使用这里选择的网桥，绝不在没有它们时连接。</translation>
    </message>
    <message>
        <source>Bridge lines</source>
        <translation>网桥</translation>
    </message>
    <message>
        <source>Save &amp;bridges</source>
        <translation>保存网桥(&amp;B)</translation>
    </message>
    <message>
        <source>Read a &amp;QR code picture…</source>
        <translation>读取二维码图片(&amp;Q)…</translation>
    </message>
    <message>
        <source>Bridge lines from a photo or saved picture of a QR code a trusted person or the archive gave you</source>
        <translation>从可信的人或档案馆给您的二维码照片或图片中读取网桥</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>访谈</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Bundles waiting to be sent</source>
        <translation>等待发送的证言包</translation>
    </message>
    <message>
        <source>&amp;Send selected</source>
        <translation>发送选中的(&amp;S)</translation>
    </message>
    <message>
        <source>Send &amp;all</source>
        <translation>全部发送(&amp;A)</translation>
    </message>
    <message>
        <source>These bridges are in use. To change them, stop the connection first (Cancel, or lock the app).</source>
        <translation>这些网桥正在使用中。要更改，请先停止连接（按“取消”，或锁定应用）。</translation>
    </message>
    <message>
        <source>No bridges: Tor connects directly.</source>
        <translation>不使用网桥：Tor 直接连接。</translation>
    </message>
    <message>
        <source>Bridges saved. They are used every time you connect.</source>
        <translation>网桥已保存。每次连接都会使用它们。</translation>
    </message>
    <message>
        <source>No way worked: Tor may be blocked where you are. Tick "Tor is blocked where I am", choose Snowflake or obfs4 bridges on the right and paste their lines, then Connect again.</source>
        <translation>所有方式都没有成功：您所在的地方可能封锁了 Tor。请勾选“我所在的地方封锁了 Tor”，在右边选择 Snowflake 或 obfs4 网桥并粘贴，然后再点“连接”。</translation>
    </message>
    <message>
        <source>No way worked: these bridges may be blocked or offline. Paste other bridge lines (or try the other kind), then Connect again.</source>
        <translation>所有方式都没有成功：这些网桥可能已被封锁或不在线。请粘贴其他网桥（或换另一种），然后再点“连接”。</translation>
    </message>
    <message>
        <source>Connecting to Tor… {0}% ({1})</source>
        <translation>正在连接 Tor… {0}%（{1}）</translation>
    </message>
    <message>
        <source>Connecting to Tor… {0}%</source>
        <translation>正在连接 Tor… {0}%</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop connecting to Tor</source>
        <translation>停止连接 Tor</translation>
    </message>
    <message>
        <source>Not connected. Nothing is sent until you connect.</source>
        <translation>未连接。连接之前不会发送任何内容。</translation>
    </message>
    <message>
        <source>Connected to Tor.</source>
        <translation>已连接 Tor。</translation>
    </message>
    <message>
        <source>Demo archive on this computer: sending directly, without Tor (not anonymous).</source>
        <translation>本机上的演示档案馆：直接发送，不经过 Tor（不匿名）。</translation>
    </message>
    <message>
        <source>Could not connect to Tor. Try bridges, then connect again.</source>
        <translation>无法连接 Tor。请试试网桥，然后再连接。</translation>
    </message>
    <message>
        <source>Picture of a QR code with bridge lines</source>
        <translation>含有网桥的二维码图片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>{0} bridge lines read from the QR code. Connect (or Save) uses them.</source>
        <translation>已从二维码读取 {0} 条网桥。“连接”（或“保存”）会使用它们。</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Sent, waiting for the receipt</source>
        <translation>已发送，等待回执</translation>
    </message>
    <message>
        <source>Receipt verified: {0}</source>
        <translation>回执已核实：{0}</translation>
    </message>
    <message>
        <source>100 % (done)</source>
        <translation>100 %（完成）</translation>
    </message>
    <message>
        <source>Upload progress of {0}</source>
        <translation>{0} 的上传进度</translation>
    </message>
    <message>
        <source>Bridge settings</source>
        <translation>网桥设置</translation>
    </message>
    <message>
        <source>Hide the bridge settings</source>
        <translation>隐藏网桥设置</translation>
    </message>
    <message>
        <source>Show the bridge settings</source>
        <translation>显示网桥设置</translation>
    </message>
    <message>
        <source>No bridges, and Tor is blocked where you are: add bridges before connecting.</source>
        <translation>不使用网桥，而您所在的地方封锁了 Tor：请先添加网桥再连接。</translation>
    </message>
    <message>
        <source>Bridges: {0} (lines: {1}).</source>
        <translation>网桥：{0}（共 {1} 行）。</translation>
    </message>
    <message>
        <source>Never connects without a bridge.</source>
        <translation>绝不在没有网桥时连接。</translation>
    </message>
    <message>
        <source>The demo archive is reached without Tor: bridges are not used.</source>
        <translation>演示档案馆不经过 Tor 连接：不使用网桥。</translation>
    </message>
</context>
<context>
    <name>PreferencesController</name>
    <message>
        <source>Changing the passphrase…</source>
        <translation>正在更改密码…</translation>
    </message>
</context>
<context>
    <name>PublishTab</name>
    <message>
        <source>A public copy needs two custodians: one proposes it, a second reviews, cuts what must not be published and signs, then it can be released. Unlock your own custody key above for each step.</source>
        <translation>公开副本需要两位保管人：一位提出，第二位审核、删去不得公开的内容并签名，之后才能公开。每一步都请在上方解锁您自己的保管密钥。</translation>
    </message>
    <message>
        <source>Opened testi&amp;mony folder:</source>
        <translation>已打开的证言文件夹(&amp;M)：</translation>
    </message>
    <message>
        <source>Proposal (workin&amp;g folder):</source>
        <translation>提案（工作文件夹）(&amp;G)：</translation>
    </message>
    <message>
        <source>S&amp;hared by at least k testimonies:</source>
        <translation>至少 k 份证言相同(&amp;H)：</translation>
    </message>
    <message>
        <source>Passages to cut (one per l&amp;ine):</source>
        <translation>要删去的段落（每行一段）(&amp;I)：</translation>
    </message>
    <message>
        <source>Public copy fol&amp;der:</source>
        <translation>公开副本文件夹(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;1. Propose</source>
        <translation>1. 提出(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;2. Review and sign</source>
        <translation>2. 审核并签名(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;3. Release</source>
        <translation>3. 公开(&amp;3)</translation>
    </message>
    <message>
        <source>Proposing a public copy…</source>
        <translation>正在提出公开副本…</translation>
    </message>
    <message>
        <source>Proposed. A second custodian must now unlock their key, review and sign.</source>
        <translation>已提出。现在须由第二位保管人解锁其密钥，审核并签名。</translation>
    </message>
    <message>
        <source>Reviewing…</source>
        <translation>正在审核…</translation>
    </message>
    <message>
        <source>Reviewed and signed. The public copy can now be released.</source>
        <translation>已审核并签名。现在可以公开此副本。</translation>
    </message>
    <message>
        <source>Releasing…</source>
        <translation>正在公开…</translation>
    </message>
    <message>
        <source>Released.</source>
        <translation>已公开。</translation>
    </message>
    <message>
        <source>The publication index counts how many of the archive's testimonies share each published detail. Every testimony opened from the archive's incoming folder on the tab “2. Check, open and export” is added to it. To count testimonies opened elsewhere, choose the folder that holds all of the archive's content openings.</source>
        <translation>发布索引统计档案馆中有多少份证言具有相同的各项公开细节。在“2. 核验、打开与导出”页从档案馆的 incoming 文件夹打开的每份证言都会自动加入索引。如要统计在别处打开的证言，请选择存放档案馆全部已打开内容部分的文件夹。</translation>
    </message>
    <message>
        <source>Folder of the content openings:</source>
        <translation>已打开内容部分所在的文件夹：</translation>
    </message>
    <message>
        <source>Rebuild the publication inde&amp;x</source>
        <translation>重建发布索引(&amp;X)</translation>
    </message>
    <message>
        <source>Counting the content openings…</source>
        <translation>正在统计已打开的内容部分…</translation>
    </message>
    <message>
        <source>The publication index was rebuilt: it counts {0} testimonies.</source>
        <translation>发布索引已重建：共统计 {0} 份证言。</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Testimony Intake</source>
        <extracomment>Forms and text are easier to read in a column of at most this width (in device-independent pixels) on wide screens: inputs 1,170 px wide at 1920x1080 were hard to follow.</extracomment>
        <translation>证言收集</translation>
    </message>
</context>
<context>
    <name>ReceiptExportDialog</name>
    <message>
        <source>Export receipt code</source>
        <translation>导出回执码</translation>
    </message>
    <message>
        <source>Receipt code of {0}: {1}

Anyone who finds this code next to you can link you to an upload to the archive. On a laptop or USB stick that is seized or lost, a file with it is evidence. Keep it encrypted, or write it down and keep the paper safe.</source>
        <translation>{0} 的回执码：{1}

任何在您身边找到这个回执码的人，都能把您和一次上传到档案馆的记录联系起来。如果笔记本电脑或U盘被没收或丢失，存有回执码的文件就是证据。请加密保存，或抄在纸上并妥善保管。</translation>
    </message>
    <message>
        <source>&amp;Encrypted with a passphrase (recommended; opens with age or this app)</source>
        <translation>用密码加密(&amp;E)（推荐；可用 age 或本应用打开）</translation>
    </message>
    <message>
        <source>&amp;Plain text: anyone who finds the file can read the code</source>
        <translation>纯文本(&amp;P)：任何找到此文件的人都能读到回执码</translation>
    </message>
    <message>
        <source>Passphrase for the file</source>
        <translation>文件的密码</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>再次输入同一密码</translation>
    </message>
    <message>
        <source>Warning: the code will be saved unencrypted. Only save it to a place you control and delete the file when you no longer need it.</source>
        <translation>警告：回执码将以未加密的形式保存。只保存到您能控制的地方，不再需要时请删除该文件。</translation>
    </message>
    <message>
        <source>File to save to</source>
        <translation>保存到的文件</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose a file to save to.</source>
        <translation>请选择要保存到的文件。</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least {0} characters.</source>
        <translation>密码太短：请至少使用 {0} 个字符。</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>RecordingPanel</name>
    <message>
        <source>Recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <source>Sound level</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Time recorded</source>
        <translation>已录时间</translation>
    </message>
    <message>
        <source>● &amp;Record</source>
        <translation>● 录音(&amp;R)</translation>
    </message>
    <message>
        <source>Start recording</source>
        <translation>开始录音</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>■ &amp;Stop</source>
        <translation>■ 停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>停止录音</translation>
    </message>
    <message>
        <source>Marker, e.g. "question 3"</source>
        <translation>标记，例如“第 3 题”</translation>
    </message>
    <message>
        <source>Marker text</source>
        <translation>标记文字</translation>
    </message>
    <message>
        <source>Add &amp;marker</source>
        <translation>添加标记(&amp;M)</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>录音</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ 播放</translation>
    </message>
    <message>
        <source>Play the chosen recording</source>
        <translation>播放选中的录音</translation>
    </message>
    <message>
        <source>Stop playing</source>
        <translation>停止播放</translation>
    </message>
    <message>
        <source>Input: {0}</source>
        <translation>输入：{0}</translation>
    </message>
    <message>
        <source>&amp;Delete recording…</source>
        <translation>删除录音(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the chosen recording</source>
        <translation>删除选中的录音</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>已暂停。</translation>
    </message>
    <message>
        <source>● Recording: the time runs while sound is recorded.</source>
        <translation>● 正在录音：录到声音时计时会走动。</translation>
    </message>
    <message>
        <source>Starting the microphone… Please wait until the time starts running.</source>
        <translation>正在启动麦克风……请等计时开始走动后再说话。</translation>
    </message>
    <message>
        <source>Delete recording</source>
        <translation>删除录音</translation>
    </message>
    <message>
        <source>Delete "{0}"? It cannot be brought back.</source>
        <translation>删除“{0}”？删除后无法恢复。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>SelfSubmitWizard</name>
    <message>
        <source>Sealing and sending…</source>
        <translation>正在密封并发送…</translation>
    </message>
    <message>
        <source>Which language would you like to use?</source>
        <translation>您想用哪种语言？</translation>
    </message>
    <message>
        <source>Before you begin</source>
        <translation>开始之前</translation>
    </message>
    <message>
        <source>I understand — &amp;continue</source>
        <translation>我明白了——继续(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Leave without sending</source>
        <translation>不发送，离开(&amp;L)</translation>
    </message>
    <message>
        <source>Which archive will receive your testimony?</source>
        <translation>哪个档案馆将接收您的证言？</translation>
    </message>
    <message>
        <source>Open the profile file the archive published. Then compare its fingerprint with the one the archive published in another place (its website, a printed card): only continue if every character matches. Nothing about your choice is kept on this computer.</source>
        <translation>请打开档案馆公布的档案馆配置文件。然后把它的密钥指纹（一串核对码）与档案馆在其他地方（网站、印刷卡片）公布的核对码逐字比对：每个字符都相同才继续。您的选择不会保留在本电脑上。</translation>
    </message>
    <message>
        <source>&amp;Open the archive's profile file…</source>
        <translation>打开档案馆配置文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Use the &amp;demo archive (not for real testimony)</source>
        <translation>使用演示档案馆（不可用于真实证言）(&amp;D)</translation>
    </message>
    <message>
        <source>The local demo archive on this computer (not for real testimony)</source>
        <translation>本电脑上的演示档案馆（不可用于真实证言）</translation>
    </message>
    <message>
        <source>Fingerprint: {0}</source>
        <translation>密钥指纹（核对码）：{0}</translation>
    </message>
    <message>
        <source>The fingerprint matches the one the archive published</source>
        <translation>核对码与档案馆公布的完全相同</translation>
    </message>
    <message>
        <source>Your voice (if you wish)</source>
        <translation>用声音讲述（如果您愿意）</translation>
    </message>
    <message>
        <source>You can speak instead of writing, or as well. Press Record and talk; press Stop when you are done. The recording stays only in this computer's memory until it is sent. Your voice can identify you: the archive treats it as sensitive. To write only, just press Next.</source>
        <translation>您可以用说话代替书写，也可以两样都用。按“录音”后开始讲述，讲完按“停止”。录音在发送之前只保存在这台电脑的内存里。您的声音可能让人认出您，档案馆会把它当作敏感资料处理。如果只想用文字，直接按“下一步”即可。</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>下一步(&amp;N) →</translation>
    </message>
    <message>
        <source>Archive profile</source>
        <translation>档案馆配置文件</translation>
    </message>
    <message>
        <source>Archive profile (*.json)</source>
        <translation>档案馆配置文件 (*.json)</translation>
    </message>
    <message>
        <source>Checking the profile…</source>
        <translation>正在检查档案馆配置文件…</translation>
    </message>
    <message>
        <source>Consent: {0} of {1} — {2}</source>
        <translation>您的同意：第 {0} 页，共 {1} 页——{2}</translation>
    </message>
    <message>
        <source>What you should know</source>
        <translation>您需要了解的事项</translation>
    </message>
    <message>
        <source>Keeping your testimony</source>
        <translation>保存您的证言</translation>
    </message>
    <message>
        <source>Researchers</source>
        <translation>研究人员</translation>
    </message>
    <message>
        <source>Publishing the text</source>
        <translation>公开文字稿</translation>
    </message>
    <message>
        <source>Publishing your voice</source>
        <translation>公开您的声音</translation>
    </message>
    <message>
        <source>Publishing your face</source>
        <translation>公开您的面部影像</translation>
    </message>
    <message>
        <source>How you are named</source>
        <translation>署名方式</translation>
    </message>
    <message>
        <source>Use as evidence in court</source>
        <translation>作为法律证据使用</translation>
    </message>
    <message>
        <source>The civic tribunal</source>
        <translation>民间法庭</translation>
    </message>
    <message>
        <source>Your identity and the tribunal</source>
        <translation>向法庭披露您的身份</translation>
    </message>
    <message>
        <source>Testifying in person</source>
        <translation>亲自作证</translation>
    </message>
    <message>
        <source>The UN and human-rights organisations</source>
        <translation>联合国及人权组织</translation>
    </message>
    <message>
        <source>Exhibitions, teaching and documentaries</source>
        <translation>展览、教学及纪录片</translation>
    </message>
    <message>
        <source>UNESCO Memory of the World</source>
        <translation>联合国教科文组织“世界记忆”</translation>
    </message>
    <message>
        <source>Closed period</source>
        <translation>保密期</translation>
    </message>
    <message>
        <source>Contacting you again</source>
        <translation>再次与您联系</translation>
    </message>
    <message>
        <source>After your death</source>
        <translation>您去世之后</translation>
    </message>
    <message>
        <source>Names of other people</source>
        <translation>其他人的姓名</translation>
    </message>
    <message>
        <source>Withdrawing your consent</source>
        <translation>撤回您的同意</translation>
    </message>
    <message>
        <source>Limits of confidentiality</source>
        <translation>保密的限度</translation>
    </message>
    <message>
        <source>Automatic transcription and translation</source>
        <translation>自动转写及翻译</translation>
    </message>
    <message>
        <source>Consenting for someone else</source>
        <translation>代他人同意</translation>
    </message>
    <message>
        <source>More about your consent</source>
        <translation>关于您的同意的其他问题</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>我同意</translation>
    </message>
    <message>
        <source>Starting the microphone… please wait until the time starts counting.</source>
        <translation>正在打开麦克风……请等计时开始后再说话。</translation>
    </message>
    <message>
        <source>Recording: speak now.</source>
        <translation>正在录音：现在可以说了。</translation>
    </message>
    <message>
        <source>Removing hidden information from the copy…</source>
        <translation>正在从副本中去除隐藏信息…</translation>
    </message>
    <message>
        <source>Picture of a QR code with bridge lines</source>
        <translation>含有网桥的二维码图片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>第 {0} 步，共 {1} 步</translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation>您的选择</translation>
    </message>
    <message>
        <source>Back to the &amp;summary →</source>
        <translation>返回选择总览(&amp;S) →</translation>
    </message>
    <message>
        <source>Please read your choices. To change one, press "Change" beside it; you come back here afterwards.</source>
        <translation>请核对您的选择。如需修改，请按旁边的“修改”，改完后会回到这里。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Change: {0}</source>
        <translation>修改：{0}</translation>
    </message>
    <message>
        <source>Your testimony</source>
        <translation>您的证言</translation>
    </message>
    <message>
        <source>Recordings: {0}</source>
        <translation>录音：{0} 段</translation>
    </message>
    <message>
        <source>Skipped: {0}</source>
        <translation>已跳过：{0}</translation>
    </message>
    <message>
        <source>You chose to skip this part. The archive will see that it was skipped.</source>
        <translation>您选择了跳过这一部分。档案馆会看到这一部分是被跳过的。</translation>
    </message>
    <message>
        <source>Photos or documents: {0}</source>
        <translation>照片或文件：{0} 个</translation>
    </message>
    <message>
        <source>Yes, I agree</source>
        <translation>是，我同意</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>That is not the end of the code. Please look again.</source>
        <translation>这不是回执码的最后几位。请再看一遍。</translation>
    </message>
    <message>
        <source>Are you still there? The receipt code is shown only until you finish and is not stored anywhere. If nobody continues within {0} seconds, it is cleared, for your safety.</source>
        <translation>您还在吗？回执码只显示到您按“完成”为止，不会保存在任何地方。如果 {0} 秒内无人继续，为了您的安全，它将被清除。</translation>
    </message>
    <message>
        <source>Are you still there? Your answers are kept only in this computer's memory. If nobody continues within {0} seconds, everything you entered is cleared, for your safety.</source>
        <translation>您还在吗？您的回答只保存在这台电脑的内存中。如果 {0} 秒内无人继续，为了您的安全，您输入的所有内容都将被清除。</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <source>DEMO — not for real testimony</source>
        <translation>演示——不可用于真实证言</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>This computer was prepared for witnesses with the archive below. Compare its fingerprint with the one the archive published in another place (its website, a printed card): only continue if every character matches. If it does not, do not continue: open the archive's own profile file instead.</source>
        <translation>这台电脑已为证人准备好，使用下面的档案馆。请将它的密钥指纹（核对码）与档案馆在别处公布的指纹（其网站、印制的卡片）比对：只有每个字符都相同时才继续。如果不同，请不要继续，改为打开档案馆自己的配置文件。</translation>
    </message>
    <message>
        <source>&lt;p&gt;This lets you give your own testimony about 1989 to the archive.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What happens:&lt;/b&gt; you answer a few questions about your consent, then tell what you saw or know, by speaking or in writing, and may add photos or documents. Your testimony is locked (encrypted) on this computer and sent through Tor, so that people who watch the network cannot read it or easily see where it goes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The risks:&lt;/b&gt; no method is perfectly safe. If someone is watching this computer itself (for example with hidden software or a camera), they could see what you type. If you type Chinese with an input method, turn off its cloud or online suggestions: otherwise what you type may be sent to the input method company's servers. Your name and how to reach you are kept apart from your story, and only a few people at the archive can put them together. The archive may be required by law to hand over information; it cannot promise absolute confidentiality.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your choice:&lt;/b&gt; you decide what to share and how it may be used. You may stop at any time before sending with "Leave without sending"; then nothing is kept.&lt;/p&gt;&lt;p&gt;Some questions are about violence. You may skip any question you do not want to answer.&lt;/p&gt;&lt;p&gt;After sending you get a &lt;b&gt;receipt code&lt;/b&gt;. Write it down: with it you can later ask the archive about your testimony. Nothing stays on this computer afterwards.&lt;/p&gt;</source>
        <translation>&lt;p&gt;您可以在这里向档案馆提供您自己关于1989年的证言。&lt;/p&gt;&lt;p&gt;&lt;b&gt;过程：&lt;/b&gt;您先回答几个关于同意的问题，然后用说话或书写的方式讲述您看到或知道的事，也可以添加照片或文件。您的证言会在本电脑上加密，再通过 Tor 发送，监视网络的人无法读取，也不容易看出发往何处。&lt;/p&gt;&lt;p&gt;&lt;b&gt;风险：&lt;/b&gt;没有绝对安全的方法。如果有人在监视这台电脑本身（例如通过隐藏的软件或摄像头），就可能看到您输入的内容。如果您用输入法打中文，请关闭“云输入”或联网联想功能，否则您输入的文字可能被发送到输入法公司的服务器。您的姓名和联系方式与您的陈述分开保存，档案馆只有少数人能把两者对应起来。档案馆可能依法被要求交出资料，因此不能承诺绝对保密。&lt;/p&gt;&lt;p&gt;&lt;b&gt;由您决定：&lt;/b&gt;分享什么、如何使用，都由您决定。发送之前，您可以随时点“不发送，离开”停止；那样什么都不会保留。&lt;/p&gt;&lt;p&gt;有些问题涉及暴力。您不想回答的问题都可以跳过。&lt;/p&gt;&lt;p&gt;发送后您会得到一个&lt;b&gt;回执码&lt;/b&gt;。请把它抄下来：以后可以凭它向档案馆查询您的证言。之后本电脑上不会留下任何内容。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The next part is about what happened</source>
        <translation>接下来的部分是关于发生了什么事</translation>
    </message>
    <message>
        <source>&lt;p&gt;The next questions ask what you saw or lived through. Remembering it may be painful: it may be about violence, injuries, deaths, arrests or detention.&lt;/p&gt;&lt;p&gt;You decide. You may &lt;b&gt;skip this part&lt;/b&gt;: you can still send the rest of your testimony, and the archive will see that you chose to skip it. You may also take a pause, or stop at any time with "Leave without sending"; then nothing is kept.&lt;/p&gt;&lt;p&gt;If nobody touches the computer for a few minutes, it asks whether you are still there; if nobody answers, everything you entered is cleared, for your safety.&lt;/p&gt;</source>
        <translation>&lt;p&gt;接下来的问题会问您看到或亲身经历的事。回忆这些可能会让您痛苦：其中可能涉及暴力、受伤、死亡、逮捕或羁押。&lt;/p&gt;&lt;p&gt;由您决定。您可以&lt;b&gt;跳过这一部分&lt;/b&gt;：其余的证言仍然可以发送，档案馆会看到您选择了跳过这一部分。您也可以暂停一下，或随时点“不发送，离开”停止；那样什么都不会保留。&lt;/p&gt;&lt;p&gt;如果几分钟内没有人碰这台电脑，它会询问您是否还在；如果没有人回应，为了您的安全，您输入的所有内容都会被清除。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Skip this part</source>
        <translation>跳过这一部分(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Continue with this part</source>
        <translation>继续回答这一部分(&amp;C)</translation>
    </message>
    <message>
        <source>If these are your choices, type "{0}" here to confirm them (not your name):</source>
        <translation>如果这些是您的选择，请在这里输入“{0}”来确认（不要输入您的姓名）：</translation>
    </message>
    <message>
        <source>Confirmation phrase</source>
        <translation>确认用语</translation>
    </message>
    <message>
        <source>Photos or documents (if you wish)</source>
        <translation>照片或文件（如您愿意）</translation>
    </message>
    <message>
        <source>&amp;Remove the chosen file</source>
        <translation>移除所选文件(&amp;R)</translation>
    </message>
    <message>
        <source>Please check before sending</source>
        <translation>发送前请核对</translation>
    </message>
    <message>
        <source>If Tor is blocked where you are</source>
        <translation>如果您所在的地方封锁了 Tor</translation>
    </message>
    <message>
        <source>Tor is &amp;blocked where I am: never connect without a bridge</source>
        <translation>我所在的地方封锁了 Tor：绝不在没有网桥时连接(&amp;B)</translation>
    </message>
    <message>
        <source>The bridges saved on this computer ({0}) will be tried. </source>
        <translation>会尝试这台电脑上保存的网桥（{0} 条）。</translation>
    </message>
    <message>
        <source>If someone you trust gave you bridge lines, paste them here, one per line, or open a picture of their QR code. They are used for this sending only and not kept.</source>
        <translation>如果您信任的人给了您网桥，请粘贴在这里，每行一个，或打开他们二维码的图片。它们只用于这次发送，不会保留。</translation>
    </message>
    <message>
        <source>Bridge lines</source>
        <translation>网桥</translation>
    </message>
    <message>
        <source>Open a &amp;QR code picture…</source>
        <translation>打开二维码图片(&amp;Q)…</translation>
    </message>
    <message>
        <source>What the connection assistant is doing</source>
        <translation>连接助手正在做什么</translation>
    </message>
    <message>
        <source>This is your receipt code. Please write it down now: it is not stored on this computer. With it you (or someone you trust) can ask the archive whether your testimony arrived, and change or withdraw your consent. It does not show what you said and does not contain your name, but anyone who finds it can tell that you gave testimony: keep it somewhere safe, or learn it by heart. When you press Finish, everything you entered is cleared.</source>
        <translation>这是您的回执码。请现在就把它抄下来：本电脑不会保存它。凭回执码，您（或您信任的人）可以向档案馆查询证言是否已送达，也可以更改或撤回您的同意。回执码不会显示您说了什么，也不包含您的姓名；但任何人看到它，都能知道您提供过证言：请把它放在安全的地方，或者背下来。按“完成”后，您输入的一切都会被清除。</translation>
    </message>
    <message>
        <source>I cannot write it down — finish without the code</source>
        <translation>我无法抄写——不保留回执码，直接完成</translation>
    </message>
    <message>
        <source>This is the demo archive on this computer: your answers are sent directly, without Tor. Do not use it for real testimony.</source>
        <translation>这是本机上的演示档案馆：您的回答直接发送，不经过 Tor。请不要用它提交真实证言。</translation>
    </message>
    <message>
        <source>Your testimony will be sealed and sent through Tor. This can take a few minutes; please keep the computer on.</source>
        <translation>您的证言会被密封并通过 Tor 发送。可能需要几分钟，请不要关闭电脑。</translation>
    </message>
    <message>
        <source>&amp;Send my testimony</source>
        <translation>发送我的证言(&amp;S)</translation>
    </message>
    <message>
        <source>Sent. Thank you.</source>
        <translation>已发送。谢谢您。</translation>
    </message>
    <message>
        <source>Receipt code</source>
        <translation>回执码</translation>
    </message>
    <message>
        <source>Type the &amp;last 4 characters of the code:</source>
        <translation>请输入回执码的最后 4 个字符(&amp;L)：</translation>
    </message>
    <message>
        <source>Last 4 characters of the receipt code</source>
        <translation>回执码的最后 4 个字符</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>File {0} ({1}, {2} KB)</source>
        <translation>文件 {0}（{1}，{2} KB）</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Changing the passphrase…</source>
        <translation>正在更改密码…</translation>
    </message>
    <message>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>密码已更改。从现在起请使用新密码。</translation>
    </message>
    <message>
        <source>Looking for microphones…</source>
        <translation>正在查找麦克风…</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>{0} (system default)</source>
        <translation>{0}（系统默认）</translation>
    </message>
    <message>
        <source>{0} (not connected now)</source>
        <translation>{0}（目前没有连接）</translation>
    </message>
    <message>
        <source>Saved. New recordings use this input.</source>
        <translation>已保存。新的录音将使用这个输入。</translation>
    </message>
    <message>
        <source>{0} kHz, 24-bit (standard)</source>
        <translation>{0} kHz，24 位（标准）</translation>
    </message>
    <message>
        <source>{0} kHz, 24-bit (twice the size)</source>
        <translation>{0} kHz，24 位（文件大一倍）</translation>
    </message>
    <message>
        <source>Saved. New recordings use this quality.</source>
        <translation>已保存。新的录音将使用这个质量。</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>质量(&amp;Q)：</translation>
    </message>
    <message>
        <source>Recording quality</source>
        <translation>录音质量</translation>
    </message>
    <message>
        <source>Recordings are kept as lossless FLAC. 96 kHz keeps more detail and makes files twice as large. If the archive asks for compact audio (Opus), recordings use 48 kHz.</source>
        <translation>录音以无损 FLAC 格式保存。96 kHz 保留更多细节，文件大一倍。如果档案馆要求紧凑音频（Opus），录音使用 48 kHz。</translation>
    </message>
    <message>
        <source>No archive chosen yet.</source>
        <translation>还没有选择档案馆。</translation>
    </message>
    <message>
        <source>Now: the local demo archive on this computer (not for real testimony)
Fingerprint: {0}</source>
        <translation>当前：本机上的演示档案馆（不可用于真实证言）
密钥指纹（核对码）：{0}</translation>
    </message>
    <message>
        <source>Now: {0}
Fingerprint: {1}</source>
        <translation>当前：{0}
密钥指纹（核对码）：{1}</translation>
    </message>
    <message>
        <source>Archive profile</source>
        <translation>档案馆配置文件</translation>
    </message>
    <message>
        <source>Archive profile (*.json)</source>
        <translation>档案馆配置文件 (*.json)</translation>
    </message>
    <message>
        <source>Checking the profile…</source>
        <translation>正在检查配置文件…</translation>
    </message>
    <message>
        <source>Creating the demo archive…</source>
        <translation>正在建立演示档案馆…</translation>
    </message>
    <message>
        <source>The local demo archive on this computer (not for real testimony)</source>
        <translation>本机上的演示档案馆（不可用于真实证言）</translation>
    </message>
    <message>
        <source>Fingerprint: {0}</source>
        <translation>密钥指纹（核对码）：{0}</translation>
    </message>
    <message>
        <source>From now on interviews are sealed for this archive.</source>
        <translation>从现在起，访谈将为这个档案馆密封。</translation>
    </message>
    <message>
        <source>This device is enrolled by the archive as interviewer {0}. Every bundle it seals says so.</source>
        <translation>档案馆已把此设备登记为访谈员 {0}。它密封的每个证言包都会注明这一点。</translation>
    </message>
    <message>
        <source>This device is not enrolled: the archive will see its bundles as coming from an unknown device. They are sealed and sent all the same.</source>
        <translation>此设备尚未登记：档案馆会把它的证言包视为来自未知设备。证言包照样会被密封和发送。</translation>
    </message>
    <message>
        <source>Enrolment file or QR picture</source>
        <translation>登记文件或二维码图片</translation>
    </message>
    <message>
        <source>Enrolment file or picture of its QR code (*)</source>
        <translation>登记文件或其二维码图片 (*)</translation>
    </message>
    <message>
        <source>Enrolled as interviewer {0}.</source>
        <translation>已登记为访谈员 {0}。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The passphrase opens the encrypted store and the key that signs your bundles. Nobody can recover it for you.</source>
        <translation>密码用来打开加密存储和为证言包签名的密钥。没有人能替您找回密码。</translation>
    </message>
    <message>
        <source>Cu&amp;rrent passphrase:</source>
        <translation>当前密码(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>New passphrase a&amp;gain:</source>
        <translation>再次输入新密码(&amp;G)：</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>更改密码(&amp;C)</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <source>The audio input used for new recordings. If you plug in a microphone, press "Look again".</source>
        <translation>新录音使用的音频输入。如果您刚插上麦克风，请按“重新查找”。</translation>
    </message>
    <message>
        <source>In&amp;put:</source>
        <translation>输入(&amp;P)：</translation>
    </message>
    <message>
        <source>Audio input for recordings</source>
        <translation>录音使用的音频输入</translation>
    </message>
    <message>
        <source>Look &amp;again</source>
        <translation>重新查找(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save input</source>
        <translation>保存输入(&amp;S)</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>档案馆</translation>
    </message>
    <message>
        <source>To change the archive that receives the testimony, import its profile file and read the fingerprint aloud with the archive by phone. Interviews already sealed for the current archive must be sent to it first.</source>
        <translation>要更换接收证言的档案馆，请导入它的配置文件，并和档案馆通电话一起念出密钥指纹（核对码）核对。已经为当前档案馆密封的访谈，必须先发送给当前档案馆。</translation>
    </message>
    <message>
        <source>Import another pro&amp;file file…</source>
        <translation>导入另一个配置文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Use the demo archive (not for real testimony)</source>
        <translation>使用演示档案馆（不可用于真实证言）</translation>
    </message>
    <message>
        <source>I read the fingerprint with the archive by phone and it matches</source>
        <translation>我已和档案馆通电话核对密钥指纹（核对码），完全相同</translation>
    </message>
    <message>
        <source>Use &amp;this archive</source>
        <translation>使用这个档案馆(&amp;T)</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>密钥指纹（核对码）</translation>
    </message>
    <message>
        <source>Prepare this computer for &amp;witnesses</source>
        <translation>为证人准备这台电脑(&amp;W)</translation>
    </message>
    <message>
        <source>Then the lock screen offers "Give my own testimony": a witness can give testimony on their own, sealed for this archive, without your passphrase and without seeing anything of yours. A copy of this archive's profile is kept unencrypted on this computer for it, so anyone who looks at the computer's files can see which archive it sends to. The witness is asked to compare the fingerprint; if the copy is changed, you are told at the next unlock.</source>
        <translation>之后锁定画面会提供“提供我自己的证言”：证人可以自行提供证言，以此档案馆的密钥密封，无需您的密码，也看不到您的任何内容。为此，本档案馆配置文件的一份副本会以未加密的形式保存在这台电脑上，因此任何查看这台电脑文件的人都能看出它向哪个档案馆发送。证人会被要求比对密钥指纹；如果副本被更改，您会在下次解锁时得到提示。</translation>
    </message>
    <message>
        <source>Device enrolment</source>
        <translation>设备登记</translation>
    </message>
    <message>
        <source>To be enrolled, give the archive this device&apos;s public key below (it names nobody). The archive returns an enrolment file, or a QR code, with your interviewer code; import the file or a picture of the QR code here.</source>
        <translation>要登记此设备，请把下面这台设备的公钥交给档案馆（公钥不含任何人的姓名）。档案馆会发回一个带有您访谈员代号的登记文件或二维码；请在这里导入该文件或二维码的图片。</translation>
    </message>
    <message>
        <source>Import &amp;enrolment (file or QR picture)…</source>
        <translation>导入登记（文件或二维码图片）(&amp;E)…</translation>
    </message>
    <message>
        <source>This device&apos;s public key</source>
        <translation>此设备的公钥</translation>
    </message>
</context>
<context>
    <name>SharesTab</name>
    <message>
        <source>For an archive whose witnesses' identities need several custodians: release your share of one bundle, or reveal one bundle's identity from enough shares. Each step is first recorded in the archive's public reveal log, then signed into the bundle's custody log.</source>
        <translation>用于证人身份资料需多名保管人共同打开的档案馆：释出您对某一个证言包的份额，或以足够的份额揭示某一个证言包的身份资料。每一步都先记入档案馆公开的揭示日志，再签名记入该证言包的保管日志。</translation>
    </message>
    <message>
        <source>Bu&amp;ndle (.tib):</source>
        <translation>证言包 (.tib)(&amp;N)：</translation>
    </message>
    <message>
        <source>Purp&amp;ose (recorded):</source>
        <translation>目的（会被记录）(&amp;O)：</translation>
    </message>
    <message>
        <source>Archive keys passphrase:</source>
        <translation>档案馆密钥的密码：</translation>
    </message>
    <message>
        <source>leave empty if the archive's keys have no passphrase</source>
        <translation>如档案馆密钥没有密码，请留空</translation>
    </message>
    <message>
        <source>e.g. the request or decision that asks for this</source>
        <translation>例如：要求此事的请求或决定</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose a bundle file</source>
        <translation>选择证言包文件</translation>
    </message>
    <message>
        <source>Release my share (custodian)</source>
        <translation>释出我的份额（保管人）</translation>
    </message>
    <message>
        <source>My custodian &amp;key file:</source>
        <translation>我的保管人密钥文件(&amp;K)：</translation>
    </message>
    <message>
        <source>Its passphrase:</source>
        <translation>其密码：</translation>
    </message>
    <message>
        <source>Requester's public key:</source>
        <translation>请求人的公钥：</translation>
    </message>
    <message>
        <source>age1… (the share is readable only with that key)</source>
        <translation>age1…（只有该密钥能读取这份份额）</translation>
    </message>
    <message>
        <source>Choose your custodian key file</source>
        <translation>选择您的保管人密钥文件</translation>
    </message>
    <message>
        <source>Release my share &amp;into a file…</source>
        <translation>将我的份额释出到文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Release my share as &amp;QR pictures…</source>
        <translation>以二维码图片释出我的份额(&amp;Q)…</translation>
    </message>
    <message>
        <source>Reveal the identity (requester)</source>
        <translation>揭示身份资料（请求人）</translation>
    </message>
    <message>
        <source>Share files or QR pictures:</source>
        <translation>份额文件或二维码图片：</translation>
    </message>
    <message>
        <source>&amp;Add share files or pictures…</source>
        <translation>添加份额文件或图片(&amp;A)…</translation>
    </message>
    <message>
        <source>Share files or QR pictures</source>
        <translation>份额文件或二维码图片</translation>
    </message>
    <message>
        <source>Shares (*.age *.share *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>份额 (*.age *.share *.png *.jpg *.jpeg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>My key file (the shares' recipient):</source>
        <translation>我的密钥文件（份额的接收方）：</translation>
    </message>
    <message>
        <source>Choose your key file</source>
        <translation>选择您的密钥文件</translation>
    </message>
    <message>
        <source>Re&amp;veal into a folder…</source>
        <translation>揭示到文件夹(&amp;V)…</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>证言包</translation>
    </message>
    <message>
        <source>Sealed bundle (*.tib)</source>
        <translation>已密封的证言包 (*.tib)</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>Save the share as</source>
        <translation>将份额另存为</translation>
    </message>
    <message>
        <source>Save the share as QR pictures</source>
        <translation>将份额保存为二维码图片</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Reveal into folder</source>
        <translation>揭示到文件夹</translation>
    </message>
    <message>
        <source>Releasing your share…</source>
        <translation>正在释出您的份额…</translation>
    </message>
    <message>
        <source>Share {0} does not fit one QR code: it was saved as {1} numbered pictures, {2} to {3}. Print or give all of them together ({4} of {5} shares open this bundle). The release is in the reveal log and the custody log.</source>
        <translation>第 {0} 份份额放不进一个二维码：已保存为 {1} 张编号图片，从 {2} 到 {3}。请全部一起打印或交出（{5} 份中的 {4} 份可打开此证言包）。此次释出已记入揭示日志和保管日志。</translation>
    </message>
    <message>
        <source>Share {0} written ({1} of {2} shares open this bundle). The release is in the reveal log and the custody log.</source>
        <translation>第 {0} 份份额已写入（{2} 份中的 {1} 份可打开此证言包）。此次释出已记入揭示日志和保管日志。</translation>
    </message>
    <message>
        <source>Opening the identity side…</source>
        <translation>正在打开身份资料部分…</translation>
    </message>
    <message>
        <source>The identity side was opened into {0}. The reveal is in the reveal log and the custody log.</source>
        <translation>身份资料部分已打开到 {0}。此次揭示已记入揭示日志和保管日志。</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel this task</source>
        <translation>取消这项工作</translation>
    </message>
</context>
<context>
    <name>WipeBox</name>
    <message>
        <source>Panic wipe</source>
        <translation>紧急销毁</translation>
    </message>
    <message>
        <source>Destroys everything this app keeps on this computer at once: all interviews, recordings, bundles not yet sent, receipts, keys and settings. It cannot be undone. Testimony already received by the archive is not affected. No passphrase is needed.</source>
        <translation>立即销毁这个应用在本机上保存的一切：所有访谈、录音、尚未发送的证言包、回执、密钥和设置。无法撤销。档案馆已经收到的证言不受影响。不需要密码。</translation>
    </message>
    <message>
        <source>I understand that everything this app keeps on this computer will be destroyed</source>
        <translation>我明白：这个软件在本机上保存的一切都会被销毁</translation>
    </message>
    <message>
        <source>To confirm, type this number: {0}</source>
        <translation>请输入这个数字以确认：{0}</translation>
    </message>
    <message>
        <source>Confirmation number</source>
        <translation>确认数字</translation>
    </message>
    <message>
        <source>Destroy everything now</source>
        <translation>立即销毁一切</translation>
    </message>
    <message>
        <source>Destroy everything this app keeps on this computer</source>
        <translation>销毁这个应用在本机上保存的一切</translation>
    </message>
</context>
<context>
    <name>_Finalise</name>
    <message>
        <source>Finalising seals everything in this interview into one encrypted bundle for the archive and puts it in the outbox. After that it can no longer be changed.</source>
        <translation>“定稿并密封”会把这次访谈的全部内容密封成一个给档案馆的加密证言包，放进待发送区。之后就不能再修改了。</translation>
    </message>
    <message>
        <source>Answers that need attention before finalising ({0}). Click one, or press Enter on it, to go to the question.</source>
        <translation>定稿前需要处理的答案（{0} 项）。点击其中一项，或选中后按 Enter 键，即可跳到该问题。</translation>
    </message>
    <message>
        <source>Answers that need attention</source>
        <translation>需要处理的答案</translation>
    </message>
    <message>
        <source>&amp;Finalise and put in the outbox</source>
        <translation>定稿并密封，放入待发送区(&amp;F)</translation>
    </message>
</context>
<context>
    <name>_Sealed</name>
    <message>
        <source>{0}: sealed.

These answers were encrypted for the archive's identity custodians. This computer can no longer read them.</source>
        <translation>{0}：已密封。

这些答案已为档案馆的身份资料保管人加密。本电脑已无法再读取。</translation>
    </message>
</context>
<context>
    <name>_TopBar</name>
    <message>
        <source>Testimony Intake</source>
        <translation>证言收集</translation>
    </message>
    <message>
        <source>DEMO — not for real testimony</source>
        <translation>演示——不可用于真实证言</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>首页(&amp;H)</translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation>回到开始画面</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>立即锁定</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+Shift+L or F12)</source>
        <translation>立即锁定（Ctrl+Shift+L 或 F12）</translation>
    </message>
</context>
<context>
    <name>_WitnessFiles</name>
    <message>
        <source>Hidden information inside photos (camera, place, dates) is removed from the copy the archive's staff see. The untouched original is sealed with your identity, which only a few people at the archive can open. Photos (JPEG, PNG, WebP) and plain text files can be added.</source>
        <translation>档案馆工作人员看到的副本会去除照片中的隐藏信息（相机、地点、日期）。未经改动的原件与您的身份资料一起单独密封，档案馆只有少数人能打开。可添加照片（JPEG、PNG、WebP）和纯文本文件。</translation>
    </message>
</context>
</TS>

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
        <source>The profile holds {0} private bridge lines.</source>
        <translation>档案馆配置文件中有 {0} 条私有网桥。</translation>
    </message>
    <message>
        <source>Profile signed again; its fingerprint is unchanged: {0}</source>
        <translation>档案馆配置文件已重新签名；指纹（核对码）不变：{0}</translation>
    </message>
    <message>
        <source>Hand this profile only to people you trust and never publish it: anyone who reads it can have these bridges blocked.</source>
        <translation>只把这个档案馆配置文件交给您信任的人，切勿公开：任何读到它的人都可能让这些网桥被封锁。</translation>
    </message>
    <message>
        <source>intake: the profile holds no bridge lines: nothing to put on a QR card.</source>
        <translation>intake：档案馆配置文件中没有网桥，无法生成二维码卡片。</translation>
    </message>
    <message>
        <source>QR card written to {0}. Hand it only to people you trust, and destroy copies you no longer need.</source>
        <translation>二维码卡片已写入 {0}。只把它交给您信任的人，不再需要的副本请销毁。</translation>
    </message>
</context>
<context>
    <name>BridgeCard</name>
    <message>
        <source>Private Tor bridges: settings for reaching Tor where it is blocked.</source>
        <translation>私人 Tor 网桥：在 Tor 被封锁的地方连接 Tor 所用的设置。</translation>
    </message>
    <message>
        <source>Only for the person this card was handed to. Read it with the app&apos;s QR code button, or enter the lines in its bridge settings.</source>
        <translation>仅供收到这张卡片的人使用。请用本应用中读取二维码的按钮读取，或把其中的各行填入网桥设置。</translation>
    </message>
    <message>
        <source>Keep this card private: do not share, post or photograph it. Anyone who sees it can have these bridges blocked. Destroy it when you no longer need it.</source>
        <translation>请妥善保管这张卡片：不要转给他人、发布或拍照。任何看到它的人都能让这些网桥被封锁。不再需要时请销毁。</translation>
    </message>
</context>
<context>
    <name>Connect</name>
    <message>
        <source>direct Tor connection</source>
        <translation>直接连接 Tor</translation>
    </message>
    <message>
        <source>the archive&apos;s private bridges ({0})</source>
        <translation>档案馆的私有网桥（{0}）</translation>
    </message>
    <message>
        <source>your bridges ({0})</source>
        <translation>您提供的网桥（{0}）</translation>
    </message>
    <message>
        <source>the built-in bridges ({0})</source>
        <translation>内置网桥（{0}）</translation>
    </message>
    <message>
        <source>the system did not allow Tor to use a file or a port</source>
        <translation>系统不允许 Tor 使用某个文件或端口（权限被拒绝）</translation>
    </message>
    <message>
        <source>another program on this computer is already using a port Tor needs</source>
        <translation>这台电脑上的另一个程序已经占用了 Tor 需要的端口</translation>
    </message>
    <message>
        <source>a bridge line is not valid</source>
        <translation>有一行网桥无效</translation>
    </message>
    <message>
        <source>the program for these bridges (pluggable transport) is missing</source>
        <translation>缺少这些网桥所需的程序（可插拔传输）</translation>
    </message>
    <message>
        <source>Tor did not accept its settings</source>
        <translation>Tor 不接受它的设置</translation>
    </message>
    <message>
        <source>Tor stopped unexpectedly</source>
        <translation>Tor 意外停止了</translation>
    </message>
    <message>
        <source>Tor did not answer in time after starting</source>
        <translation>Tor 启动后没有及时响应</translation>
    </message>
    <message>
        <source>the reason is in the technical details</source>
        <translation>原因见下面的技术细节</translation>
    </message>
    <message>
        <source>Way {0} of {1}:</source>
        <translation>第 {0} 种方式（共 {1} 种）：</translation>
    </message>
    <message>
        <source>If it makes no progress for {0} s, it is given up and the next way is tried.</source>
        <translation>如果 {0} 秒内没有进展，就放弃这种方式，尝试下一种。</translation>
    </message>
    <message>
        <source>{0}% ({1}).</source>
        <translation>{0}%（{1}）。</translation>
    </message>
    <message>
        <source>No progress for a while (stuck at {0}%): giving this way up, trying the next.</source>
        <translation>一段时间没有进展（停在 {0}%）：放弃这种方式，尝试下一种。</translation>
    </message>
    <message>
        <source>This way did not work ({0}): trying the next.</source>
        <translation>这种方式不可用（{0}）：尝试下一种。</translation>
    </message>
    <message>
        <source>This way did not work: trying the next.</source>
        <translation>这种方式不可用：尝试下一种。</translation>
    </message>
    <message>
        <source>This way is not available in this installation: skipping it.</source>
        <translation>此安装中没有这种方式：跳过。</translation>
    </message>
    <message>
        <source>Connected to Tor; asking the archive...</source>
        <translation>已连接到 Tor；正在联系档案馆……</translation>
    </message>
    <message>
        <source>Another way reached the archive first: this one is stopped.</source>
        <translation>另一种方式已先连接到档案馆：停止这种方式。</translation>
    </message>
    <message>
        <source>{0} of the archive&apos;s bridge lines are of a kind this app cannot use: skipped.</source>
        <translation>档案馆的网桥中有 {0} 条是本应用无法使用的类型：已跳过。</translation>
    </message>
    <message>
        <source>intake: nothing to try: give bridge lines (--bridge or --bridges-file), or allow the built-in bridges or a direct connection.</source>
        <translation>intake：没有可尝试的方式：请提供网桥（--bridge 或 --bridges-file），或允许使用内置网桥或直接连接。</translation>
    </message>
    <message>
        <source>The archive answered. This way works: {0}.</source>
        <translation>档案馆已回应。可用的方式：{0}。</translation>
    </message>
    <message>
        <source>Connecting to the Tor network directly (works where Tor is not blocked).</source>
        <translation>正在直接连接 Tor 网络（适用于 Tor 未被封锁的地方）。</translation>
    </message>
    <message>
        <source>Trying the archive&apos;s own private bridges ({0}), from its signed profile.</source>
        <translation>正在尝试档案馆自己的私有网桥（{0}），来自其已签名的档案馆配置文件。</translation>
    </message>
    <message>
        <source>Trying the bridges you gave ({0}).</source>
        <translation>正在尝试您提供的网桥（{0}）。</translation>
    </message>
    <message>
        <source>Trying the bridges built into this app ({0}); they may be blocked in some places.</source>
        <translation>正在尝试本应用内置的网桥（{0}）；在某些地方它们可能已被封锁。</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>reaching a relay</source>
        <translation>正在连接中继</translation>
    </message>
    <message>
        <source>greeting a relay</source>
        <translation>正在与中继握手</translation>
    </message>
    <message>
        <source>loading the network directory</source>
        <translation>正在加载网络目录</translation>
    </message>
    <message>
        <source>building a circuit</source>
        <translation>正在建立链路</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This bridge line is not valid ({0}): {1}</source>
        <translation>此网桥行无效（{0}）：{1}</translation>
    </message>
    <message>
        <source>Copy the bridge line again exactly as you received it, in one line.</source>
        <translation>请按收到时的原样重新复制网桥行，并保持在同一行。</translation>
    </message>
    <message>
        <source>Close the other program (another Tor or Tor Browser) or remove the port from the extra Tor settings, then try again.</source>
        <translation>请关闭占用端口的程序（另一个 Tor 或 Tor 浏览器），或从额外的 Tor 设置中删去这个端口，然后重试。</translation>
    </message>
    <message>
        <source>Use a port above 1024 in the extra Tor settings, and check that the app&apos;s folder belongs to you, then try again.</source>
        <translation>请在额外的 Tor 设置中使用大于 1024 的端口，并确认本应用的文件夹属于您，然后重试。</translation>
    </message>
    <message>
        <source>Tor could not start: {0}.</source>
        <translation>Tor 无法启动：{0}。</translation>
    </message>
    <message>
        <source>This file could not be opened as a picture.</source>
        <translation>无法把这个文件作为图片打开。</translation>
    </message>
    <message>
        <source>Choose a photo or a saved picture of the QR code (PNG or JPEG).</source>
        <translation>请选择二维码的照片或保存的图片（PNG 或 JPEG）。</translation>
    </message>
    <message>
        <source>No QR code was found in this picture.</source>
        <translation>这张图片里没有找到二维码。</translation>
    </message>
    <message>
        <source>Take the picture again with the whole QR code in view, sharp and well lit, or paste the bridge lines instead.</source>
        <translation>请重新拍照，让整个二维码清晰、光线充足地出现在画面中，或者直接粘贴网桥。</translation>
    </message>
    <message>
        <source>The QR code in this picture holds no bridge line.</source>
        <translation>这张图片里的二维码不含网桥。</translation>
    </message>
    <message>
        <source>Ask the person who gave it to you for the QR code of their bridges.</source>
        <translation>请向给您图片的人索取他们网桥的二维码。</translation>
    </message>
    <message>
        <source>No enrolment QR code was found in this picture.</source>
        <translation>这张图片里没有找到登记二维码。</translation>
    </message>
    <message>
        <source>Take the picture again with the whole QR code in view, sharp and well lit, or use the enrolment file the archive gave you.</source>
        <translation>请重新拍摄，让整个二维码清晰、光线充足地出现在画面中；或者使用档案馆给您的登记文件。</translation>
    </message>
    <message>
        <source>These bridge lines do not fit in one QR code.</source>
        <translation>这些网桥放不进一个二维码。</translation>
    </message>
    <message>
        <source>Print a card for fewer bridge lines (a few are enough), or hand the lines over as a file.</source>
        <translation>请为较少的网桥打印卡片（几条就够了），或者以文件形式交付这些网桥。</translation>
    </message>
    <message>
        <source>This app cannot use bridges of type &quot;{0}&quot;.</source>
        <translation>本应用无法使用“{0}”类型的网桥。</translation>
    </message>
    <message>
        <source>Ask for obfs4 or snowflake bridges, or use a plain bridge.</source>
        <translation>请索取 obfs4 或 snowflake 网桥，或使用普通网桥。</translation>
    </message>
    <message>
        <source>The program for these bridges is not installed.</source>
        <translation>这些网桥所需的程序没有安装。</translation>
    </message>
    <message>
        <source>The archive refused the bundle.</source>
        <translation>档案馆拒收了该证言包。</translation>
    </message>
    <message>
        <source>The receipt could not be verified.</source>
        <translation>无法验证回执。</translation>
    </message>
    <message>
        <source>The onion-service key is not usable.</source>
        <translation>洋葱服务密钥无法使用。</translation>
    </message>
    <message>
        <source>Reinstall the app, or install obfs4proxy and snowflake-client.</source>
        <translation>请重新安装本应用，或安装 obfs4proxy 和 snowflake-client。</translation>
    </message>
    <message>
        <source>its address or port is wrong</source>
        <translation>地址或端口不对</translation>
    </message>
    <message>
        <source>its fingerprint is wrong</source>
        <translation>指纹不对</translation>
    </message>
    <message>
        <source>a setting at its end is missing or wrong</source>
        <translation>行末的某项设置缺失或不对</translation>
    </message>
    <message>
        <source>it does not have the shape of a bridge line</source>
        <translation>格式不像网桥行</translation>
    </message>
    <message>
        <source>This key cannot sign the archive&apos;s profile: it is not the archive&apos;s profile-signing key.</source>
        <translation>此密钥不能为档案馆配置文件签名：它不是档案馆配置文件的签名密钥。</translation>
    </message>
    <message>
        <source>Use the archive directory whose profile.json belongs to this key.</source>
        <translation>请使用其 profile.json 与此密钥对应的档案馆目录。</translation>
    </message>
    <message>
        <source>None of the {0} ways tried reached the archive.</source>
        <translation>尝试的 {0} 种方式都未能连上档案馆。</translation>
    </message>
    <message>
        <source>Ask someone you trust for bridge lines (obfs4 works best where Tor is blocked), or scan their QR code, then try again with those lines.</source>
        <translation>请向您信任的人索取网桥（在封锁 Tor 的地方 obfs4 最有效），或读取他们的二维码，然后用这些网桥再试一次。</translation>
    </message>
    <message>
        <source>A connection without a bridge was refused, because you said Tor is blocked here.</source>
        <translation>已拒绝不经网桥的连接，因为您说明此处 Tor 被封锁。</translation>
    </message>
    <message>
        <source>Give bridge lines with --bridge or --bridges-file.</source>
        <translation>请用 --bridge 或 --bridges-file 提供网桥。</translation>
    </message>
    <message>
        <source>This archive profile names no onion address (a local demo archive), so there is nothing to connect to.</source>
        <translation>这个档案馆配置文件没有洋葱地址（是本地演示档案馆），因此没有可连接的对象。</translation>
    </message>
    <message>
        <source>Ask the archive for its current profile.</source>
        <translation>请向档案馆索取其当前的档案馆配置文件。</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>请再试一次。</translation>
    </message>
    <message>
        <source>Tor is not installed on this computer.</source>
        <translation>这台电脑没有安装 Tor。</translation>
    </message>
    <message>
        <source>Install tor, or start Tor Browser and use --tor-socks 127.0.0.1:9150.</source>
        <translation>请安装 tor，或启动 Tor 浏览器并使用 --tor-socks 127.0.0.1:9150。</translation>
    </message>
    <message>
        <source>Check the bridge lines and the extra tor settings, then try again.</source>
        <translation>请检查网桥行和额外的 tor 设置，然后重试。</translation>
    </message>
    <message>
        <source>The QR card was not written: no font for its Chinese caption is installed.</source>
        <translation>二维码卡片没有写入：没有安装能显示其中文说明的字体。</translation>
    </message>
    <message>
        <source>Install the Noto CJK fonts (Debian package fonts-noto-cjk), then try again.</source>
        <translation>请安装 Noto CJK 字体（Debian 软件包 fonts-noto-cjk），然后再试一次。</translation>
    </message>
    <message>
        <source>The connection assistant stopped.</source>
        <translation>连接助手已停止。</translation>
    </message>
    <message>
        <source>Tor could not connect (stopped at {0}%: {1}).</source>
        <translation>Tor 无法连接（停在 {0}%：{1}）。</translation>
    </message>
    <message>
        <source>Tor may be blocked here. Try bridges (snowflake or obfs4), then try again.</source>
        <translation>此处可能封锁了 Tor。请尝试网桥（snowflake 或 obfs4）后重试。</translation>
    </message>
    <message>
        <source>Could not use the running Tor&apos;s control port.</source>
        <translation>无法使用正在运行的 Tor 的控制端口。</translation>
    </message>
    <message>
        <source>Check --tor-control and the Tor&apos;s control-port settings, or leave it out.</source>
        <translation>请检查 --tor-control 和 Tor 的控制端口设置，或不使用该选项。</translation>
    </message>
    <message>
        <source>Could not reach the archive: {0}</source>
        <translation>无法连接到档案馆：{0}</translation>
    </message>
    <message>
        <source>Nothing was lost: the bundle is still in the outbox and the upload resumes where it stopped.</source>
        <translation>没有丢失任何内容：证言包仍在“待发送”列表中，上传会从中断处继续。</translation>
    </message>
    <message>
        <source>The bundle stays in the outbox. Contact the archive if this repeats.</source>
        <translation>证言包保留在“待发送”列表中。如果反复出现，请联系档案馆。</translation>
    </message>
    <message>
        <source>The archive&apos;s receipt could not be verified, so the bundle does not count as delivered.</source>
        <translation>无法验证档案馆的回执，因此该证言包不算已送达。</translation>
    </message>
    <message>
        <source>The bundle stays in the outbox. Check that the profile is the archive&apos;s current one.</source>
        <translation>证言包保留在“待发送”列表中。请确认所用档案馆配置文件是档案馆当前的版本。</translation>
    </message>
    <message>
        <source>The witness setting is not usable: {0}</source>
        <translation>独立见证方的设置无法使用：{0}</translation>
    </message>
    <message>
        <source>Check the witness key, its name and its address.</source>
        <translation>请检查见证方的密钥、名称和地址。</translation>
    </message>
    <message>
        <source>The archive&apos;s receipt was not confirmed by enough of the independent witnesses its profile names, so the bundle does not count as delivered.</source>
        <translation>档案馆的回执没有得到其配置文件所列足够多独立见证方的确认，因此这个证言包不算已送达。</translation>
    </message>
    <message>
        <source>The bundle stays in the outbox. Try again later; if this repeats, tell the archive&apos;s staff through another channel.</source>
        <translation>证言包仍留在待发送列表中。请稍后再试；如果反复出现，请通过其他渠道告知档案馆工作人员。</translation>
    </message>
    <message>
        <source>The archive&apos;s receipt log does not match what it showed before; the receipt is not accepted.</source>
        <translation>档案馆的回执日志与它之前显示的不一致；此回执不被接受。</translation>
    </message>
    <message>
        <source>The bundle stays in the outbox. Tell the archive&apos;s staff through another channel.</source>
        <translation>证言包保留在“待发送”列表中。请通过其他渠道告知档案馆工作人员。</translation>
    </message>
    <message>
        <source>--insecure-direct only accepts http:// addresses on this computer (loopback).</source>
        <translation>--insecure-direct 只接受本机（回环地址）上的 http:// 地址。</translation>
    </message>
    <message>
        <source>Use Tor to reach a real archive.</source>
        <translation>请通过 Tor 连接真正的档案馆。</translation>
    </message>
    <message>
        <source>Do not treat the bundle as delivered; send it again.</source>
        <translation>请不要认为证言包已送达；请重新发送。</translation>
    </message>
    <message>
        <source>The archive already has an onion-service key.</source>
        <translation>档案馆已有洋葱服务密钥。</translation>
    </message>
    <message>
        <source>Keep the existing key: the profile names its address.</source>
        <translation>请保留现有密钥：档案馆配置文件中写明了它的地址。</translation>
    </message>
    <message>
        <source>Restore the archive&apos;s onion directory from its backup.</source>
        <translation>请从备份中恢复档案馆的洋葱服务目录。</translation>
    </message>
    <message>
        <source>the archive&apos;s onion service was not found (it may be offline)</source>
        <translation>找不到档案馆的洋葱服务（它可能暂时离线）</translation>
    </message>
    <message>
        <source>the archive&apos;s onion service published an invalid descriptor</source>
        <translation>档案馆的洋葱服务发布的描述信息无效</translation>
    </message>
    <message>
        <source>the introduction to the archive&apos;s onion service failed</source>
        <translation>与档案馆洋葱服务的引介连接失败</translation>
    </message>
    <message>
        <source>the meeting point with the archive&apos;s onion service failed</source>
        <translation>与档案馆洋葱服务的会合点连接失败</translation>
    </message>
    <message>
        <source>the archive&apos;s onion service asks for client authorisation</source>
        <translation>档案馆的洋葱服务要求客户端授权</translation>
    </message>
    <message>
        <source>the client authorisation for the archive&apos;s onion service is wrong</source>
        <translation>档案馆洋葱服务的客户端授权不正确</translation>
    </message>
    <message>
        <source>the archive&apos;s onion address is not valid</source>
        <translation>档案馆的洋葱地址无效</translation>
    </message>
    <message>
        <source>the introduction to the archive&apos;s onion service timed out</source>
        <translation>与档案馆洋葱服务的引介连接超时</translation>
    </message>
    <message>
        <source>the connection failed or timed out</source>
        <translation>连接失败或超时</translation>
    </message>
    <message>
        <source>Paste bridge lines from a person you trust, then try again.</source>
        <translation>请粘贴您信任的人提供的网桥，然后重试。</translation>
    </message>
    <message>
        <source>Install tor on this computer, then try again.</source>
        <translation>请在本电脑上安装 tor，然后重试。</translation>
    </message>
    <message>
        <source>Check the Tor settings, or leave the control port out.</source>
        <translation>请检查 Tor 的设置，或不使用控制端口。</translation>
    </message>
    <message>
        <source>A connection without Tor is only allowed to http:// addresses on this computer (loopback).</source>
        <translation>不经 Tor 的连接只允许连到本机（回环地址）上的 http:// 地址。</translation>
    </message>
</context>
<context>
    <name>StoreCli</name>
    <message>
        <source>Store passphrase: </source>
        <translation>存储库密码：</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>{0}: {1}% sent</source>
        <translation>{0}：已发送 {1}%</translation>
    </message>
    <message>
        <source>Connecting to the archive</source>
        <translation>正在连接档案馆</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>正在上传</translation>
    </message>
    <message>
        <source>Connection lost, trying again</source>
        <translation>连接中断，正在重试</translation>
    </message>
    <message>
        <source>Checking the receipt</source>
        <translation>正在核验回执</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Tor: {0}% ({1})</source>
        <translation>Tor：{0}%（{1}）</translation>
    </message>
    <message>
        <source>intake: no such bundle: {0}</source>
        <translation>intake：找不到证言包：{0}</translation>
    </message>
    <message>
        <source>WARNING: --insecure-direct sends WITHOUT Tor. This is NOT anonymous. Use it only for development on this computer.</source>
        <translation>警告：--insecure-direct 不经过 Tor 发送。这不是匿名的。仅可在本机开发时使用。</translation>
    </message>
    <message>
        <source>The archive confirmed the bundle. Keep this receipt code:</source>
        <translation>档案馆已确认收到证言包。请保存此回执码：</translation>
    </message>
    <message>
        <source>Passphrase of the receipt key: </source>
        <translation>回执密钥的密码：</translation>
    </message>
    <message>
        <source>intake: the receipt key does not match the archive&apos;s profile</source>
        <translation>intake：回执密钥与档案馆配置文件不符</translation>
    </message>
    <message>
        <source>intake: --listen takes a loopback address and port, e.g. 127.0.0.1:8080</source>
        <translation>intake：--listen 需要一个本机回环地址和端口，例如 127.0.0.1:8080</translation>
    </message>
    <message>
        <source>WARNING: the profile requires {0} witness cosignatures and no --witness is given: clients will not accept this receiver&apos;s receipts.</source>
        <translation>警告：配置文件要求 {0} 个见证方共同签名，但没有给出 --witness：客户端不会接受这个接收端的回执。</translation>
    </message>
    <message>
        <source>Receiving at {0}</source>
        <translation>正在接收：{0}</translation>
    </message>
    <message>
        <source>WARNING: serving without Tor, on loopback only, for development.</source>
        <translation>警告：不经 Tor 提供服务，仅限回环地址，仅供开发使用。</translation>
    </message>
    <message>
        <source>intake: --receipt-out must name a new file in an existing folder: {0}</source>
        <translation>intake：--receipt-out 必须指向现有文件夹中的一个新文件：{0}</translation>
    </message>
    <message>
        <source>The receipt is kept in the encrypted store; check it later with &quot;intake verify-receipt BUNDLE --profile P --store&quot;.</source>
        <translation>回执已保存在加密存储库中；以后可用“intake verify-receipt BUNDLE --profile P --store”核验。</translation>
    </message>
    <message>
        <source>WARNING: {0} is not encrypted. It holds the receipt code, the day the archive received the bundle and the salt that ties the bundle to its public log entry: whoever finds it with the bundle, or with the code, can link them. Keep it encrypted or apart from the bundle, or use --store.</source>
        <translation>警告：{0} 未加密。其中有回执码、档案馆收到证言包的日期，以及把证言包与其公开日志条目联系起来的盐值：任何人如果同时找到它和证言包（或回执码），就能把两者联系起来。请加密保存，或与证言包分开存放，或改用 --store。</translation>
    </message>
    <message>
        <source>intake: give either --store or --receipt FILE.</source>
        <translation>intake：请指定 --store 或 --receipt FILE 其中之一。</translation>
    </message>
    <message>
        <source>intake: the store keeps no receipt for this bundle.</source>
        <translation>intake：存储库中没有这个证言包的回执。</translation>
    </message>
    <message>
        <source>The receipt holds for this bundle: the archive received it on {0} (log entry {1}, in a log of {2} entries). Receipt code: {3}</source>
        <translation>回执与这个证言包相符：档案馆于 {0} 收到（日志第 {1} 条，日志共 {2} 条）。回执码：{3}</translation>
    </message>
    <message>
        <source>Store passphrase: </source>
        <translation>存储库密码：</translation>
    </message>
</context>
</TS>

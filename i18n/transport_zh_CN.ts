<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Reinstall the app, or install obfs4proxy and snowflake-client.</source>
        <translation>请重新安装本应用，或安装 obfs4proxy 和 snowflake-client。</translation>
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
        <source>Tor could not start: {0}</source>
        <translation>Tor 无法启动：{0}</translation>
    </message>
    <message>
        <source>Check the bridge lines and the extra tor settings, then try again.</source>
        <translation>请检查网桥行和额外的 tor 设置，然后重试。</translation>
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
        <source>The archive refused the bundle ({0}): {1}</source>
        <translation>档案馆拒收了该证言包（{0}）：{1}</translation>
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
        <source>The receipt could not be verified: {0}</source>
        <translation>无法验证回执：{0}</translation>
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
        <source>The onion-service key is not usable: {0}</source>
        <translation>洋葱服务密钥不可用：{0}</translation>
    </message>
    <message>
        <source>Restore the archive&apos;s onion directory from its backup.</source>
        <translation>请从备份中恢复档案馆的 onion 目录。</translation>
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
        <source>Receiving at {0}</source>
        <translation>正在接收：{0}</translation>
    </message>
    <message>
        <source>WARNING: serving without Tor, on loopback only, for development.</source>
        <translation>警告：不经 Tor 提供服务，仅限回环地址，仅供开发使用。</translation>
    </message>
</context>
</TS>

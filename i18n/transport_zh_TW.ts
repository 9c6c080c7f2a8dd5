<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Errors</name>
    <message>
        <source>This bridge line is not valid ({0}): {1}</source>
        <translation>此橋接行無效（{0}）：{1}</translation>
    </message>
    <message>
        <source>Copy the bridge line again exactly as you received it, in one line.</source>
        <translation>請按收到時的原樣重新複製橋接行，並保持在同一行。</translation>
    </message>
    <message>
        <source>This app cannot use bridges of type &quot;{0}&quot;.</source>
        <translation>本應用程式無法使用「{0}」類型的橋接。</translation>
    </message>
    <message>
        <source>Ask for obfs4 or snowflake bridges, or use a plain bridge.</source>
        <translation>請索取 obfs4 或 snowflake 橋接，或使用普通橋接。</translation>
    </message>
    <message>
        <source>The program for these bridges is not installed.</source>
        <translation>這些橋接所需的程式沒有安裝。</translation>
    </message>
    <message>
        <source>Reinstall the app, or install obfs4proxy and snowflake-client.</source>
        <translation>請重新安裝本應用程式，或安裝 obfs4proxy 和 snowflake-client。</translation>
    </message>
    <message>
        <source>Tor is not installed on this computer.</source>
        <translation>這臺電腦沒有安裝 Tor。</translation>
    </message>
    <message>
        <source>Install tor, or start Tor Browser and use --tor-socks 127.0.0.1:9150.</source>
        <translation>請安裝 tor，或啟動 Tor 瀏覽器並使用 --tor-socks 127.0.0.1:9150。</translation>
    </message>
    <message>
        <source>Tor could not start: {0}</source>
        <translation>Tor 無法啟動：{0}</translation>
    </message>
    <message>
        <source>Check the bridge lines and the extra tor settings, then try again.</source>
        <translation>請檢查橋接行和額外的 tor 設定，然後重試。</translation>
    </message>
    <message>
        <source>Tor could not connect (stopped at {0}%: {1}).</source>
        <translation>Tor 無法連線（停在 {0}%：{1}）。</translation>
    </message>
    <message>
        <source>Tor may be blocked here. Try bridges (snowflake or obfs4), then try again.</source>
        <translation>此處可能封鎖了 Tor。請嘗試橋接（snowflake 或 obfs4）後重試。</translation>
    </message>
    <message>
        <source>Could not use the running Tor&apos;s control port.</source>
        <translation>無法使用正在執行的 Tor 的控制埠。</translation>
    </message>
    <message>
        <source>Check --tor-control and the Tor&apos;s control-port settings, or leave it out.</source>
        <translation>請檢查 --tor-control 和 Tor 的控制埠設定，或不使用該選項。</translation>
    </message>
    <message>
        <source>Could not reach the archive: {0}</source>
        <translation>無法連線到檔案館：{0}</translation>
    </message>
    <message>
        <source>Nothing was lost: the bundle is still in the outbox and the upload resumes where it stopped.</source>
        <translation>沒有遺失任何內容：證言包仍在「待傳送」清單中，上傳會從中斷處繼續。</translation>
    </message>
    <message>
        <source>The archive refused the bundle ({0}): {1}</source>
        <translation>檔案館拒收了該證言包（{0}）：{1}</translation>
    </message>
    <message>
        <source>The bundle stays in the outbox. Contact the archive if this repeats.</source>
        <translation>證言包保留在「待傳送」清單中。如果反覆出現，請聯絡檔案館。</translation>
    </message>
    <message>
        <source>The archive&apos;s receipt could not be verified, so the bundle does not count as delivered.</source>
        <translation>無法驗證檔案館的回執，因此該證言包不算已送達。</translation>
    </message>
    <message>
        <source>The bundle stays in the outbox. Check that the profile is the archive&apos;s current one.</source>
        <translation>證言包保留在「待傳送」清單中。請確認所用檔案館設定檔是檔案館目前的版本。</translation>
    </message>
    <message>
        <source>The archive&apos;s receipt log does not match what it showed before; the receipt is not accepted.</source>
        <translation>檔案館的回執日誌與它之前顯示的不一致；此回執不被接受。</translation>
    </message>
    <message>
        <source>The bundle stays in the outbox. Tell the archive&apos;s staff through another channel.</source>
        <translation>證言包保留在「待傳送」清單中。請透過其他管道告知檔案館工作人員。</translation>
    </message>
    <message>
        <source>--insecure-direct only accepts http:// addresses on this computer (loopback).</source>
        <translation>--insecure-direct 只接受本機（回送位址）上的 http:// 位址。</translation>
    </message>
    <message>
        <source>Use Tor to reach a real archive.</source>
        <translation>請通過 Tor 連線真正的檔案館。</translation>
    </message>
    <message>
        <source>The receipt could not be verified: {0}</source>
        <translation>無法驗證回執：{0}</translation>
    </message>
    <message>
        <source>Do not treat the bundle as delivered; send it again.</source>
        <translation>請不要認為證言包已送達；請重新傳送。</translation>
    </message>
    <message>
        <source>The archive already has an onion-service key.</source>
        <translation>檔案館已有洋蔥服務金鑰。</translation>
    </message>
    <message>
        <source>Keep the existing key: the profile names its address.</source>
        <translation>請保留現有金鑰：檔案館設定檔中已寫明它的位址。</translation>
    </message>
    <message>
        <source>The onion-service key is not usable: {0}</source>
        <translation>洋蔥服務金鑰不可用：{0}</translation>
    </message>
    <message>
        <source>Restore the archive&apos;s onion directory from its backup.</source>
        <translation>請從備份中恢復檔案館的 onion 目錄。</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>{0}: {1}% sent</source>
        <translation>{0}：已傳送 {1}%</translation>
    </message>
    <message>
        <source>Connecting to the archive</source>
        <translation>正在連線檔案館</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>正在上傳</translation>
    </message>
    <message>
        <source>Connection lost, trying again</source>
        <translation>連線中斷，正在重試</translation>
    </message>
    <message>
        <source>Checking the receipt</source>
        <translation>正在核驗回執</translation>
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
        <translation>intake：找不到證言包：{0}</translation>
    </message>
    <message>
        <source>WARNING: --insecure-direct sends WITHOUT Tor. This is NOT anonymous. Use it only for development on this computer.</source>
        <translation>警告：--insecure-direct 不經過 Tor 傳送。這不是匿名的。僅可在本機開發時使用。</translation>
    </message>
    <message>
        <source>The archive confirmed the bundle. Keep this receipt code:</source>
        <translation>檔案館已確認收到證言包。請儲存此回執碼：</translation>
    </message>
    <message>
        <source>Passphrase of the receipt key: </source>
        <translation>回執金鑰的密碼：</translation>
    </message>
    <message>
        <source>intake: the receipt key does not match the archive&apos;s profile</source>
        <translation>intake：回執金鑰與檔案館設定檔不符</translation>
    </message>
    <message>
        <source>intake: --listen takes a loopback address and port, e.g. 127.0.0.1:8080</source>
        <translation>intake：--listen 需要一個本機迴路位址和連接埠，例如 127.0.0.1:8080</translation>
    </message>
    <message>
        <source>Receiving at {0}</source>
        <translation>正在接收：{0}</translation>
    </message>
    <message>
        <source>WARNING: serving without Tor, on loopback only, for development.</source>
        <translation>警告：不經 Tor 提供服務，僅限回送位址，僅供開發使用。</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Archive</name>
    <message>
        <source>Passphrase of the archive&apos;s profile-signing key: </source>
        <translation>檔案館設定檔簽章金鑰的密碼：</translation>
    </message>
    <message>
        <source>The profile holds {0} private bridge lines.</source>
        <translation>檔案館設定檔中有 {0} 條私有橋接。</translation>
    </message>
    <message>
        <source>Profile signed again; its fingerprint is unchanged: {0}</source>
        <translation>檔案館設定檔已重新簽章；指紋（核對碼）不變：{0}</translation>
    </message>
    <message>
        <source>Hand this profile only to people you trust and never publish it: anyone who reads it can have these bridges blocked.</source>
        <translation>只把這個檔案館設定檔交給您信任的人，切勿公開：任何讀到它的人都可能讓這些橋接被封鎖。</translation>
    </message>
    <message>
        <source>intake: the profile holds no bridge lines: nothing to put on a QR card.</source>
        <translation>intake：檔案館設定檔中沒有橋接，無法產生 QR 碼卡片。</translation>
    </message>
    <message>
        <source>QR card written to {0}. Hand it only to people you trust, and destroy copies you no longer need.</source>
        <translation>QR 碼卡片已寫入 {0}。只把它交給您信任的人，不再需要的副本請銷毀。</translation>
    </message>
</context>
<context>
    <name>BridgeCard</name>
    <message>
        <source>Private Tor bridges: settings for reaching Tor where it is blocked.</source>
        <translation>私人 Tor 橋接：在 Tor 被封鎖的地方連線到 Tor 所用的設定。</translation>
    </message>
    <message>
        <source>Only for the person this card was handed to. Read it with the app&apos;s QR code button, or enter the lines in its bridge settings.</source>
        <translation>僅供收到這張卡片的人使用。請以本應用程式中讀取 QR 碼的按鈕讀取，或把其中的各行填入橋接設定。</translation>
    </message>
    <message>
        <source>Keep this card private: do not share, post or photograph it. Anyone who sees it can have these bridges blocked. Destroy it when you no longer need it.</source>
        <translation>請妥善保管這張卡片：不要轉給他人、發布或拍照。任何看到它的人都能讓這些橋接被封鎖。不再需要時請銷毀。</translation>
    </message>
</context>
<context>
    <name>Connect</name>
    <message>
        <source>direct Tor connection</source>
        <translation>直接連線 Tor</translation>
    </message>
    <message>
        <source>the archive&apos;s private bridges ({0})</source>
        <translation>檔案館的私有橋接（{0}）</translation>
    </message>
    <message>
        <source>your bridges ({0})</source>
        <translation>您提供的橋接（{0}）</translation>
    </message>
    <message>
        <source>the built-in bridges ({0})</source>
        <translation>內建橋接（{0}）</translation>
    </message>
    <message>
        <source>the system did not allow Tor to use a file or a port</source>
        <translation>系統不允許 Tor 使用某個檔案或連接埠（權限遭拒）</translation>
    </message>
    <message>
        <source>another program on this computer is already using a port Tor needs</source>
        <translation>這臺電腦上的另一個程式已經占用了 Tor 需要的連接埠</translation>
    </message>
    <message>
        <source>a bridge line is not valid</source>
        <translation>有一行橋接無效</translation>
    </message>
    <message>
        <source>the program for these bridges (pluggable transport) is missing</source>
        <translation>缺少這些橋接所需的程式（可插式傳輸）</translation>
    </message>
    <message>
        <source>Tor did not accept its settings</source>
        <translation>Tor 不接受它的設定</translation>
    </message>
    <message>
        <source>Tor stopped unexpectedly</source>
        <translation>Tor 意外地結束了</translation>
    </message>
    <message>
        <source>Tor did not answer in time after starting</source>
        <translation>Tor 啟動後沒有及時回應</translation>
    </message>
    <message>
        <source>the reason is in the technical details</source>
        <translation>原因見下方的技術細節</translation>
    </message>
    <message>
        <source>Way {0} of {1}:</source>
        <translation>第 {0} 種方式（共 {1} 種）：</translation>
    </message>
    <message>
        <source>If it makes no progress for {0} s, it is given up and the next way is tried.</source>
        <translation>如果 {0} 秒內沒有進展，就放棄這種方式，嘗試下一種。</translation>
    </message>
    <message>
        <source>{0}% ({1}).</source>
        <translation>{0}%（{1}）。</translation>
    </message>
    <message>
        <source>No progress for a while (stuck at {0}%): giving this way up, trying the next.</source>
        <translation>一段時間沒有進展（停在 {0}%）：放棄這種方式，嘗試下一種。</translation>
    </message>
    <message>
        <source>This way did not work ({0}): trying the next.</source>
        <translation>這種方式不可用（{0}）：嘗試下一種。</translation>
    </message>
    <message>
        <source>This way did not work: trying the next.</source>
        <translation>這種方式不可用：嘗試下一種。</translation>
    </message>
    <message>
        <source>This way is not available in this installation: skipping it.</source>
        <translation>此安裝中沒有這種方式：略過。</translation>
    </message>
    <message>
        <source>Connected to Tor; asking the archive...</source>
        <translation>已連線到 Tor；正在聯絡檔案館……</translation>
    </message>
    <message>
        <source>Another way reached the archive first: this one is stopped.</source>
        <translation>另一種方式已先連線到檔案館：停止這種方式。</translation>
    </message>
    <message>
        <source>{0} of the archive&apos;s bridge lines are of a kind this app cannot use: skipped.</source>
        <translation>檔案館的橋接中有 {0} 條是本應用程式無法使用的類型：已略過。</translation>
    </message>
    <message>
        <source>intake: nothing to try: give bridge lines (--bridge or --bridges-file), or allow the built-in bridges or a direct connection.</source>
        <translation>intake：沒有可嘗試的方式：請提供橋接（--bridge 或 --bridges-file），或允許使用內建橋接或直接連線。</translation>
    </message>
    <message>
        <source>The archive answered. This way works: {0}.</source>
        <translation>檔案館已回應。可用的方式：{0}。</translation>
    </message>
    <message>
        <source>Connecting to the Tor network directly (works where Tor is not blocked).</source>
        <translation>正在直接連線 Tor 網路（適用於 Tor 未被封鎖的地方）。</translation>
    </message>
    <message>
        <source>Trying the archive&apos;s own private bridges ({0}), from its signed profile.</source>
        <translation>正在嘗試檔案館自己的私有橋接（{0}），來自其已簽章的檔案館設定檔。</translation>
    </message>
    <message>
        <source>Trying the bridges you gave ({0}).</source>
        <translation>正在嘗試您提供的橋接（{0}）。</translation>
    </message>
    <message>
        <source>Trying the bridges built into this app ({0}); they may be blocked in some places.</source>
        <translation>正在嘗試本應用程式內建的橋接（{0}）；在某些地方它們可能已被封鎖。</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>正在啟動</translation>
    </message>
    <message>
        <source>reaching a relay</source>
        <translation>正在連線到中繼</translation>
    </message>
    <message>
        <source>greeting a relay</source>
        <translation>正在與中繼協商</translation>
    </message>
    <message>
        <source>loading the network directory</source>
        <translation>正在載入網路目錄</translation>
    </message>
    <message>
        <source>building a circuit</source>
        <translation>正在建立迴路</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已連線</translation>
    </message>
</context>
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
        <source>Close the other program (another Tor or Tor Browser) or remove the port from the extra Tor settings, then try again.</source>
        <translation>請關閉占用連接埠的程式（另一個 Tor 或 Tor 瀏覽器），或從額外的 Tor 設定中刪去這個連接埠，然後重試。</translation>
    </message>
    <message>
        <source>Use a port above 1024 in the extra Tor settings, and check that the app&apos;s folder belongs to you, then try again.</source>
        <translation>請在額外的 Tor 設定中使用大於 1024 的連接埠，並確認本應用程式的資料夾屬於您，然後重試。</translation>
    </message>
    <message>
        <source>Tor could not start: {0}.</source>
        <translation>Tor 無法啟動：{0}。</translation>
    </message>
    <message>
        <source>This file could not be opened as a picture.</source>
        <translation>無法把這個檔案當作圖片開啟。</translation>
    </message>
    <message>
        <source>Choose a photo or a saved picture of the QR code (PNG or JPEG).</source>
        <translation>請選擇 QR 碼的照片或儲存的圖片（PNG 或 JPEG）。</translation>
    </message>
    <message>
        <source>No QR code was found in this picture.</source>
        <translation>這張圖片裡沒有找到 QR 碼。</translation>
    </message>
    <message>
        <source>Take the picture again with the whole QR code in view, sharp and well lit, or paste the bridge lines instead.</source>
        <translation>請重新拍照，讓整個 QR 碼清晰、光線充足地出現在畫面中，或者直接貼上橋接。</translation>
    </message>
    <message>
        <source>The QR code in this picture holds no bridge line.</source>
        <translation>這張圖片裡的 QR 碼不含橋接。</translation>
    </message>
    <message>
        <source>Ask the person who gave it to you for the QR code of their bridges.</source>
        <translation>請向給您圖片的人索取他們橋接的 QR 碼。</translation>
    </message>
    <message>
        <source>No enrolment QR code was found in this picture.</source>
        <translation>這張圖片裡沒有找到登記 QR 碼。</translation>
    </message>
    <message>
        <source>Take the picture again with the whole QR code in view, sharp and well lit, or use the enrolment file the archive gave you.</source>
        <translation>請重新拍攝，讓整個 QR 碼清晰、光線充足地出現在畫面中；或者使用檔案館給您的登記檔案。</translation>
    </message>
    <message>
        <source>These bridge lines do not fit in one QR code.</source>
        <translation>這些橋接放不進一個 QR 碼。</translation>
    </message>
    <message>
        <source>Print a card for fewer bridge lines (a few are enough), or hand the lines over as a file.</source>
        <translation>請為較少的橋接列印卡片（幾條就夠了），或者以檔案形式交付這些橋接。</translation>
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
        <source>The archive refused the bundle.</source>
        <translation>檔案館拒收了該證言包。</translation>
    </message>
    <message>
        <source>The receipt could not be verified.</source>
        <translation>無法驗證回執。</translation>
    </message>
    <message>
        <source>The onion-service key is not usable.</source>
        <translation>洋蔥服務金鑰無法使用。</translation>
    </message>
    <message>
        <source>Reinstall the app, or install obfs4proxy and snowflake-client.</source>
        <translation>請重新安裝本應用程式，或安裝 obfs4proxy 和 snowflake-client。</translation>
    </message>
    <message>
        <source>its address or port is wrong</source>
        <translation>位址或連接埠不正確</translation>
    </message>
    <message>
        <source>its fingerprint is wrong</source>
        <translation>指紋不正確</translation>
    </message>
    <message>
        <source>a setting at its end is missing or wrong</source>
        <translation>行末的某項設定缺少或不正確</translation>
    </message>
    <message>
        <source>it does not have the shape of a bridge line</source>
        <translation>格式不像橋接行</translation>
    </message>
    <message>
        <source>This key cannot sign the archive&apos;s profile: it is not the archive&apos;s profile-signing key.</source>
        <translation>此金鑰不能為檔案館設定檔簽章：它不是檔案館設定檔的簽章金鑰。</translation>
    </message>
    <message>
        <source>Use the archive directory whose profile.json belongs to this key.</source>
        <translation>請使用其 profile.json 與此金鑰對應的檔案館目錄。</translation>
    </message>
    <message>
        <source>None of the {0} ways tried reached the archive.</source>
        <translation>嘗試的 {0} 種方式都未能連上檔案館。</translation>
    </message>
    <message>
        <source>Ask someone you trust for bridge lines (obfs4 works best where Tor is blocked), or scan their QR code, then try again with those lines.</source>
        <translation>請向您信任的人索取橋接（在封鎖 Tor 的地方 obfs4 最有效），或讀取他們的 QR 碼，然後用這些橋接再試一次。</translation>
    </message>
    <message>
        <source>A connection without a bridge was refused, because you said Tor is blocked here.</source>
        <translation>已拒絕不經橋接的連線，因為您說明此處 Tor 被封鎖。</translation>
    </message>
    <message>
        <source>Give bridge lines with --bridge or --bridges-file.</source>
        <translation>請用 --bridge 或 --bridges-file 提供橋接。</translation>
    </message>
    <message>
        <source>This archive profile names no onion address (a local demo archive), so there is nothing to connect to.</source>
        <translation>這個檔案館設定檔沒有洋蔥位址（是本機示範檔案館），因此沒有可連線的對象。</translation>
    </message>
    <message>
        <source>Ask the archive for its current profile.</source>
        <translation>請向檔案館索取其目前的檔案館設定檔。</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>請再試一次。</translation>
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
        <source>Check the bridge lines and the extra tor settings, then try again.</source>
        <translation>請檢查橋接行和額外的 tor 設定，然後重試。</translation>
    </message>
    <message>
        <source>The QR card was not written: no font for its Chinese caption is installed.</source>
        <translation>QR 碼卡片沒有寫入：沒有安裝能顯示其中文說明的字型。</translation>
    </message>
    <message>
        <source>Install the Noto CJK fonts (Debian package fonts-noto-cjk), then try again.</source>
        <translation>請安裝 Noto CJK 字型（Debian 套件 fonts-noto-cjk），然後再試一次。</translation>
    </message>
    <message>
        <source>The connection assistant stopped.</source>
        <translation>連線助手已停止。</translation>
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
        <source>The witness setting is not usable: {0}</source>
        <translation>獨立見證方的設定無法使用：{0}</translation>
    </message>
    <message>
        <source>Check the witness key, its name and its address.</source>
        <translation>請檢查見證方的金鑰、名稱和位址。</translation>
    </message>
    <message>
        <source>The archive&apos;s receipt was not confirmed by enough of the independent witnesses its profile names, so the bundle does not count as delivered.</source>
        <translation>檔案館的回執沒有得到其設定檔所列足夠多獨立見證方的確認，因此這個證言包不算已送達。</translation>
    </message>
    <message>
        <source>The bundle stays in the outbox. Try again later; if this repeats, tell the archive&apos;s staff through another channel.</source>
        <translation>證言包仍留在待傳送清單中。請稍後再試；如果反覆出現，請透過其他管道告知檔案館工作人員。</translation>
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
        <source>Restore the archive&apos;s onion directory from its backup.</source>
        <translation>請從備份中恢復檔案館的洋蔥服務目錄。</translation>
    </message>
    <message>
        <source>the archive&apos;s onion service was not found (it may be offline)</source>
        <translation>找不到檔案館的洋蔥服務（它可能暫時離線）</translation>
    </message>
    <message>
        <source>the archive&apos;s onion service published an invalid descriptor</source>
        <translation>檔案館的洋蔥服務發布的描述資訊無效</translation>
    </message>
    <message>
        <source>the introduction to the archive&apos;s onion service failed</source>
        <translation>與檔案館洋蔥服務的引介連線失敗</translation>
    </message>
    <message>
        <source>the meeting point with the archive&apos;s onion service failed</source>
        <translation>與檔案館洋蔥服務的會合點連線失敗</translation>
    </message>
    <message>
        <source>the archive&apos;s onion service asks for client authorisation</source>
        <translation>檔案館的洋蔥服務要求用戶端授權</translation>
    </message>
    <message>
        <source>the client authorisation for the archive&apos;s onion service is wrong</source>
        <translation>檔案館洋蔥服務的用戶端授權不正確</translation>
    </message>
    <message>
        <source>the archive&apos;s onion address is not valid</source>
        <translation>檔案館的洋蔥位址無效</translation>
    </message>
    <message>
        <source>the introduction to the archive&apos;s onion service timed out</source>
        <translation>與檔案館洋蔥服務的引介連線逾時</translation>
    </message>
    <message>
        <source>the connection failed or timed out</source>
        <translation>連線失敗或逾時</translation>
    </message>
    <message>
        <source>Paste bridge lines from a person you trust, then try again.</source>
        <translation>請貼上您信任的人提供的橋接，然後重試。</translation>
    </message>
    <message>
        <source>Install tor on this computer, then try again.</source>
        <translation>請在本電腦上安裝 tor，然後重試。</translation>
    </message>
    <message>
        <source>Check the Tor settings, or leave the control port out.</source>
        <translation>請檢查 Tor 的設定，或不使用控制埠。</translation>
    </message>
    <message>
        <source>A connection without Tor is only allowed to http:// addresses on this computer (loopback).</source>
        <translation>不經 Tor 的連線只允許連到本機（回送位址）上的 http:// 位址。</translation>
    </message>
</context>
<context>
    <name>StoreCli</name>
    <message>
        <source>Store passphrase: </source>
        <translation>儲存庫密碼：</translation>
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
        <translation>intake：--listen 需要一個本機回送位址和連接埠，例如 127.0.0.1:8080</translation>
    </message>
    <message>
        <source>WARNING: the profile requires {0} witness cosignatures and no --witness is given: clients will not accept this receiver&apos;s receipts.</source>
        <translation>警告：設定檔要求 {0} 個見證方共同簽署，但沒有給出 --witness：用戶端不會接受這個接收端的回執。</translation>
    </message>
    <message>
        <source>Receiving at {0}</source>
        <translation>正在接收：{0}</translation>
    </message>
    <message>
        <source>WARNING: serving without Tor, on loopback only, for development.</source>
        <translation>警告：不經 Tor 提供服務，僅限回送位址，僅供開發使用。</translation>
    </message>
    <message>
        <source>intake: --receipt-out must name a new file in an existing folder: {0}</source>
        <translation>intake：--receipt-out 必須指向現有資料夾中的一個新檔案：{0}</translation>
    </message>
    <message>
        <source>The receipt is kept in the encrypted store; check it later with &quot;intake verify-receipt BUNDLE --profile P --store&quot;.</source>
        <translation>回執已保存在加密儲存庫中；日後可用「intake verify-receipt BUNDLE --profile P --store」核驗。</translation>
    </message>
    <message>
        <source>WARNING: {0} is not encrypted. It holds the receipt code, the day the archive received the bundle and the salt that ties the bundle to its public log entry: whoever finds it with the bundle, or with the code, can link them. Keep it encrypted or apart from the bundle, or use --store.</source>
        <translation>警告：{0} 未加密。其中有回執碼、檔案館收到證言包的日期，以及把證言包與其公開日誌條目連結起來的鹽值：任何人如果同時找到它和證言包（或回執碼），就能把兩者連結起來。請加密保存，或與證言包分開存放，或改用 --store。</translation>
    </message>
    <message>
        <source>intake: give either --store or --receipt FILE.</source>
        <translation>intake：請指定 --store 或 --receipt FILE 其中之一。</translation>
    </message>
    <message>
        <source>intake: the store keeps no receipt for this bundle.</source>
        <translation>intake：儲存庫中沒有這個證言包的回執。</translation>
    </message>
    <message>
        <source>The receipt holds for this bundle: the archive received it on {0} (log entry {1}, in a log of {2} entries). Receipt code: {3}</source>
        <translation>回執與這個證言包相符：檔案館於 {0} 收到（日誌第 {1} 條，日誌共 {2} 條）。回執碼：{3}</translation>
    </message>
    <message>
        <source>Store passphrase: </source>
        <translation>儲存庫密碼：</translation>
    </message>
</context>
</TS>

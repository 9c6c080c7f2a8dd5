<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Bundle</name>
    <message>
        <source>Archive key passphrase: </source>
        <translation>檔案館金鑰的密碼：</translation>
    </message>
    <message>
        <source>Passphrase for {0}: </source>
        <translation>{0} 的密碼：</translation>
    </message>
    <message>
        <source>Custody key passphrase: </source>
        <translation>保管金鑰的密碼：</translation>
    </message>
    <message>
        <source>intake: give --out SHARE.age, --qr OUT.png, or both</source>
        <translation>intake：請提供 --out SHARE.age 或 --qr OUT.png，或兩者都提供</translation>
    </message>
    <message>
        <source>Share {0} of bundle {1} written to {2} ({3} of {4} shares open it).</source>
        <translation>證言包 {1} 的第 {0} 份份額已寫入 {2}（{4} 份中的 {3} 份可開啟它）。</translation>
    </message>
    <message>
        <source>Share {0} of bundle {1} drawn as a QR code in {2} ({3} of {4} shares open it).</source>
        <translation>證言包 {1} 的第 {0} 份份額已繪成 QR 碼，儲存在 {2}（{4} 份中的 {3} 份可開啟它）。</translation>
    </message>
    <message>
        <source>Share {0} of bundle {1} does not fit one QR code: it was drawn as a numbered set of {2} pictures, {3} to {4}. Keep and give all {2} together ({5} of {6} shares open the bundle).</source>
        <translation>證言包 {1} 的第 {0} 份份額放不進一個 QR 碼：已繪成一組 {2} 張編號圖片，從 {3} 到 {4}。請把這 {2} 張一起保管、一起交出（{6} 份中的 {5} 份可開啟此證言包）。</translation>
    </message>
    <message>
        <source>The release was recorded in the custody log and the archive&apos;s reveal log.</source>
        <translation>此次釋出已記入保管日誌和檔案館的揭示日誌。</translation>
    </message>
    <message>
        <source>The reveal was recorded in the custody log and the archive&apos;s reveal log.</source>
        <translation>此次揭示已記入保管日誌和檔案館的揭示日誌。</translation>
    </message>
    <message>
        <source>intake: give --archive DIR, or --profile with --receiver or --tor-socks</source>
        <translation>intake：請提供 --archive DIR，或同時提供 --profile 和 --receiver 或 --tor-socks</translation>
    </message>
    <message>
        <source>All {0} logged share releases and reveals are in the archive&apos;s reveal log.</source>
        <translation>已記錄的全部 {0} 次份額釋出和揭示都在檔案館的揭示日誌中。</translation>
    </message>
    <message>
        <source>The public receipt log anchors {0} head(s) of the reveal log; the reveal log only grew since (the newest anchored head has {1} entries).</source>
        <translation>公開的回執日誌錨定了揭示日誌的 {0} 個狀態；此後揭示日誌只有增加（最新錨定的狀態有 {1} 筆記錄）。</translation>
    </message>
    <message>
        <source>{0} newer reveal log entries are not anchored yet: the receiver anchors them when it next runs (intake serve).</source>
        <translation>還有 {0} 筆較新的揭示日誌記錄尚未錨定：接收端下次執行時（intake serve）會錨定它們。</translation>
    </message>
    <message>
        <source>The receiver&apos;s reveal log ({0} entries) extends every reveal checkpoint given and its newest anchor in the public receipt log ({1} entries).</source>
        <translation>接收端的揭示日誌（{0} 筆記錄）是所給每個揭示檢查點的延續，也是它在公開回執日誌中最新錨定狀態（{1} 筆記錄）的延續。</translation>
    </message>
    <message>
        <source>{0} reveal log entries taken from the copy; the receiver anchors them in the public receipt log when it next runs.</source>
        <translation>已從副本取回 {0} 筆揭示日誌記錄；接收端下次執行時會把它們錨定到公開的回執日誌中。</translation>
    </message>
    <message>
        <source>New bundles&apos; identity sides will need {0} of {1} custodians.</source>
        <translation>新證言包的身分資料部分將需要 {1} 名保管人中的 {0} 名才能開啟。</translation>
    </message>
    <message>
        <source>Give every device the new profile.json; its fingerprint is unchanged: {0}</source>
        <translation>請把新的 profile.json 交給每台裝置；其金鑰指紋（核對碼）不變：{0}</translation>
    </message>
    <message>
        <source>Older bundles still open with keys/identity.key until you retire it.</source>
        <translation>在您停用 keys/identity.key 之前，較早的證言包仍可用它開啟。</translation>
    </message>
    <message>
        <source>{0} bundle(s) here open only with this key; their identity sides would become unreadable for good.</source>
        <translation>此處有 {0} 個證言包只能用這把金鑰開啟；它們的身分資料部分將永遠無法讀取。</translation>
    </message>
    <message>
        <source>Nothing was removed. Run again with --yes to retire the key.</source>
        <translation>未刪除任何內容。加上 --yes 再執行一次即可停用這把金鑰。</translation>
    </message>
    <message>
        <source>The identity key was destroyed; {0} bundle(s) here can no longer be unmasked.</source>
        <translation>身分金鑰已銷毀；此處 {0} 個證言包的身分資料再也無法揭示。</translation>
    </message>
    <message>
        <source>Identity side of bundle {0} opened into {1}.</source>
        <translation>證言包 {0} 的身分部分已開啟到 {1}。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The threshold must be at least 2 and at most the number of custodians.</source>
        <translation>門檻至少為 2，且不能多於保管人數。</translation>
    </message>
    <message>
        <source>A custodian is listed twice.</source>
        <translation>有一位保管人被列了兩次。</translation>
    </message>
    <message>
        <source>Custodian keys must be post-quantum (age1pq1…), or all classic with --classic.</source>
        <translation>保管人的金鑰必須是後量子金鑰（age1pq1…），或在使用 --classic 時全部為傳統金鑰。</translation>
    </message>
    <message>
        <source>A custodian key is not an age recipient.</source>
        <translation>有一把保管人金鑰不是 age 收件人公鑰。</translation>
    </message>
    <message>
        <source>Give each custodian&apos;s public key from &apos;intake keygen&apos;, separated by commas.</source>
        <translation>請給出每位保管人用「intake keygen」產生的公鑰，以逗號分隔。</translation>
    </message>
    <message>
        <source>The custodian shares of this bundle cannot be used.</source>
        <translation>此證言包的保管人份額無法使用。</translation>
    </message>
    <message>
        <source>Check that the files are the right bundle and share files.</source>
        <translation>請檢查這些檔案是否為正確的證言包和份額檔案。</translation>
    </message>
    <message>
        <source>A share file or the bundle&apos;s custodian header is malformed.</source>
        <translation>份額檔案或證言包的保管人標頭格式有誤。</translation>
    </message>
    <message>
        <source>Ask the custodian for a fresh share of this bundle.</source>
        <translation>請向保管人重新索取此證言包的份額。</translation>
    </message>
    <message>
        <source>Share {0} is forged, damaged or for another bundle; nothing was opened.</source>
        <translation>第 {0} 份份額是偽造的、已損壞或屬於另一個證言包；沒有開啟任何內容。</translation>
    </message>
    <message>
        <source>Ask custodian {0} for a fresh share of this bundle, and report this one.</source>
        <translation>請向第 {0} 位保管人重新索取此證言包的份額，並回報這一份。</translation>
    </message>
    <message>
        <source>Not enough shares: {0} valid of the {1} needed; nothing was opened.</source>
        <translation>份額不足：所需 {1} 份中只有 {0} 份有效；沒有開啟任何內容。</translation>
    </message>
    <message>
        <source>{0} more custodian share(s) are needed.</source>
        <translation>還需要 {0} 份保管人份額。</translation>
    </message>
    <message>
        <source>Your key is not one of this bundle&apos;s custodians.</source>
        <translation>您的金鑰不屬於此證言包的保管人。</translation>
    </message>
    <message>
        <source>Use the custodian key named in the archive&apos;s profile.</source>
        <translation>請使用檔案館設定檔中列出的保管人金鑰。</translation>
    </message>
    <message>
        <source>The archive&apos;s reveal log cannot be read or does not verify.</source>
        <translation>無法讀取檔案館的揭示日誌，或其核驗未通過。</translation>
    </message>
    <message>
        <source>Nothing was released or opened. Check the archive folder and its receipt key.</source>
        <translation>未釋出或開啟任何內容。請檢查檔案館資料夾及其回執金鑰。</translation>
    </message>
    <message>
        <source>A logged share release or reveal (entry {0}) is missing from the archive&apos;s reveal log, or the log was rewritten.</source>
        <translation>一次已記錄的份額釋出或揭示（第 {0} 條）已不在檔案館的揭示日誌中，或日誌已被改寫。</translation>
    </message>
    <message>
        <source>Treat this as tampering: keep the custody logs and report it to the other custodians.</source>
        <translation>請視為遭到竄改：保留保管日誌，並告知其他保管人。</translation>
    </message>
    <message>
        <source>Custody event {0} records a share release or reveal that is not in the archive&apos;s reveal log.</source>
        <translation>保管事件 {0} 記錄了一次份額釋出或揭示，但它不在檔案館的揭示日誌中。</translation>
    </message>
    <message>
        <source>The archive&apos;s public receipt log anchored a reveal log of {0} entries (at its entry {1}) that the current reveal log does not extend: the reveal log was rewritten.</source>
        <translation>檔案館公開的回執日誌（第 {1} 筆記錄）錨定了一個有 {0} 筆記錄的揭示日誌，而目前的揭示日誌並不是它的延續：揭示日誌被改寫過。</translation>
    </message>
    <message>
        <source>The copy&apos;s reveal log does not continue this archive&apos;s: another step was logged here after the copy was made, or the copy is of another archive.</source>
        <translation>副本的揭示日誌不是本檔案館揭示日誌的延續：副本做好之後這裡又記錄了別的步驟，或者副本來自另一個檔案館。</translation>
    </message>
    <message>
        <source>Nothing was imported. Keep the copy and its custody log; report it to the other custodians.</source>
        <translation>什麼都沒有匯入。請保留副本及其保管日誌，並告知其他保管人。</translation>
    </message>
    <message>
        <source>No custodian share was found in this picture.</source>
        <translation>這張圖片裡沒有找到保管人的份額。</translation>
    </message>
    <message>
        <source>Take the picture again with the whole QR code in view, sharp and well lit, or use the share file.</source>
        <translation>請重新拍照，讓整個 QR 碼清晰、光線充足地出現在畫面中，或改用份額檔案。</translation>
    </message>
    <message>
        <source>This share is drawn on {0} pictures; picture(s) {1} are missing. Nothing was opened.</source>
        <translation>這份份額分繪在 {0} 張圖片上；缺少第 {1} 張。什麼都沒有開啟。</translation>
    </message>
    <message>
        <source>Give every picture of the numbered set.</source>
        <translation>請提供這組編號圖片中的每一張。</translation>
    </message>
    <message>
        <source>These share pictures do not fit together: damaged, or from different shares. Nothing was opened.</source>
        <translation>這些份額圖片拼不到一起：已損壞，或來自不同的份額。什麼都沒有開啟。</translation>
    </message>
    <message>
        <source>Take the pictures again, or ask the custodian for a fresh share.</source>
        <translation>請重新拍照，或請保管人重新釋出一份份額。</translation>
    </message>
    <message>
        <source>The archive&apos;s receipt log does not match a signed checkpoint of it: it was changed.</source>
        <translation>檔案館的回執日誌與它已簽名的檢查點不符：它被改動過。</translation>
    </message>
    <message>
        <source>This archive already seals identity to custodians.</source>
        <translation>此檔案館已將身分資料密封給保管人。</translation>
    </message>
    <message>
        <source>This archive has no identity key to retire.</source>
        <translation>此檔案館沒有可停用的身分金鑰。</translation>
    </message>
    <message>
        <source>New bundles are still sealed to this identity key; move the archive to custodians first.</source>
        <translation>新證言包仍密封給這把身分金鑰；請先將檔案館改為由保管人共同保管。</translation>
    </message>
    <message>
        <source>The identity key cannot be changed.</source>
        <translation>無法更改身分金鑰。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未更改任何內容。</translation>
    </message>
    <message>
        <source>This bundle&apos;s identity side is not sealed to custodians.</source>
        <translation>此證言包的身分部分不是密封給保管人的。</translation>
    </message>
    <message>
        <source>Open it with the archive&apos;s identity key (intake open).</source>
        <translation>請用檔案館的身分金鑰開啟它（intake open）。</translation>
    </message>
    <message>
        <source>Custodian keys must be post-quantum (age1pq1…), or all of them classic.</source>
        <translation>保管人的金鑰必須是後量子金鑰（age1pq1…），或者全部為傳統金鑰。</translation>
    </message>
    <message>
        <source>Give each custodian's public key, separated by commas.</source>
        <translation>請給出每位保管人的公鑰，以逗號分隔。</translation>
    </message>
    <message>
        <source>Open it with the archive's identity key on the tab “2. Check, open and export”.</source>
        <translation>請在「2. 核驗、開啟與匯出」頁用檔案館的身分金鑰開啟它。</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Bundle</name>
    <message>
        <source>Passphrase for the archive&apos;s keys: </source>
        <translation>檔案館金鑰的密碼：</translation>
    </message>
    <message>
        <source>Archive created in {0}</source>
        <translation>已在 {0} 建立檔案館</translation>
    </message>
    <message>
        <source>Identity sides open only with {0} of {1} custodians&apos; shares; no identity key was made.</source>
        <translation>身分部分只能用 {1} 位保管人中 {0} 位的份額開啟；沒有產生身分金鑰。</translation>
    </message>
    <message>
        <source>Profile: {0}</source>
        <translation>檔案館設定檔：{0}</translation>
    </message>
    <message>
        <source>No onion address yet: the profile is for a local demo archive.</source>
        <translation>尚無洋蔥位址：此設定檔用於本機示範檔案館。</translation>
    </message>
    <message>
        <source>Fingerprint (read it out to interviewers): {0}</source>
        <translation>金鑰指紋（核對碼，請唸給訪談員核對）：{0}</translation>
    </message>
    <message>
        <source>Warning: the key files are not protected by a passphrase.</source>
        <translation>警告：金鑰檔案沒有密碼保護。</translation>
    </message>
    <message>
        <source>classic (X25519)</source>
        <translation>傳統（X25519）</translation>
    </message>
    <message>
        <source>post-quantum hybrid (ML-KEM-768 + X25519)</source>
        <translation>抗量子混合（ML-KEM-768 + X25519）</translation>
    </message>
    <message>
        <source>Archive: {0}</source>
        <translation>檔案館：{0}</translation>
    </message>
    <message>
        <source>Fingerprint: {0}</source>
        <translation>金鑰指紋（核對碼）：{0}</translation>
    </message>
    <message>
        <source>Signature: valid</source>
        <translation>簽章：有效</translation>
    </message>
    <message>
        <source>Keys: {0}</source>
        <translation>金鑰：{0}</translation>
    </message>
    <message>
        <source>Receiver: {0}</source>
        <translation>接收端：{0}</translation>
    </message>
    <message>
        <source>(none: local demo)</source>
        <translation>（無：本機示範）</translation>
    </message>
    <message>
        <source>Audio: {0}; largest bundle: {1} bytes</source>
        <translation>音訊：{0}；證言包上限：{1} 位元組</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the archive by phone before sealing anything.</source>
        <translation>密封任何內容之前，請先透過電話與檔案館核對金鑰指紋（核對碼）。</translation>
    </message>
    <message>
        <source>Passphrase of this installation&apos;s device key: </source>
        <translation>本機裝置金鑰的密碼：</translation>
    </message>
    <message>
        <source>Sealed {0} ({1} bytes) for {2}</source>
        <translation>已為 {2} 密封 {0}（{1} 位元組）</translation>
    </message>
    <message>
        <source>SHA-256: {0}</source>
        <translation>SHA-256：{0}</translation>
    </message>
    <message>
        <source>intake: opening with shares is logged: give also {0}</source>
        <translation>intake：用份額開啟會被記錄，請同時提供 {0}</translation>
    </message>
    <message>
        <source>Passphrase for {0}: </source>
        <translation>{0} 的密碼：</translation>
    </message>
    <message>
        <source>Bundle {0}: format version {1}</source>
        <translation>證言包 {0}：格式版本 {1}</translation>
    </message>
    <message>
        <source>content</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>身分</translation>
    </message>
    <message>
        <source>  {0}: verified ({1} files, signed by device {2})</source>
        <translation>  {0}：已驗證（{1} 個檔案，由裝置 {2} 簽章）</translation>
    </message>
    <message>
        <source>  {0}: not present in this bundle</source>
        <translation>  {0}：此證言包中沒有</translation>
    </message>
    <message>
        <source>  {0}: not opened (no key for it was given)</source>
        <translation>  {0}：未開啟（未提供對應的金鑰）</translation>
    </message>
    <message>
        <source>  both sides carry the same link id</source>
        <translation>  兩部分的關聯編號一致</translation>
    </message>
    <message>
        <source>  device: enrolled device {0}</source>
        <translation>  裝置：已登記裝置 {0}</translation>
    </message>
    <message>
        <source>it carries no enrolment</source>
        <translation>它沒有登記檔案</translation>
    </message>
    <message>
        <source>its enrolment was signed by another archive</source>
        <translation>它的登記檔案由另一個檔案館簽署</translation>
    </message>
    <message>
        <source>its enrolment belongs to another device key</source>
        <translation>它的登記檔案屬於另一把裝置金鑰</translation>
    </message>
    <message>
        <source>  device: UNKNOWN DEVICE ({0}); key {1}</source>
        <translation>  裝置：未知裝置（{0}）；金鑰 {1}</translation>
    </message>
    <message>
        <source>its two sides name different devices</source>
        <translation>它的兩部分指向不同的裝置</translation>
    </message>
    <message>
        <source>  device: not checked (give --profile with the archive&apos;s profile.json)</source>
        <translation>  裝置：未核對（請用 --profile 提供檔案館的 profile.json）</translation>
    </message>
    <message>
        <source>A custody log found beside the bundle is not signed by this archive&apos;s registered custodians: it was kept apart in {0} as an unverified claim, not joined to the bundle&apos;s custody log.</source>
        <translation>在證言包旁邊發現的保管日誌不是由本檔案館登記的保管人簽署的：它已作為未經核實的說法單獨保存在 {0}，沒有併入該證言包的保管日誌。</translation>
    </message>
    <message>
        <source>Written to {0}</source>
        <translation>已寫入 {0}</translation>
    </message>
    <message>
        <source>intake: warning: no virus check was made (ClamAV or its signatures are missing): open these files only on an offline machine.</source>
        <translation>intake：警告：未進行病毒檢查（缺少 ClamAV 或其病毒特徵庫）：請只在離線的電腦上開啟這些檔案。</translation>
    </message>
    <message>
        <source>Virus check ({0}): nothing found.</source>
        <translation>病毒檢查（{0}）：未發現問題。</translation>
    </message>
    <message>
        <source>intake: the virus check found something in these files: do not open them; report it to whoever looks after the archive&apos;s machines.
{0}</source>
        <translation>intake：病毒檢查在這些檔案中發現了問題：請不要開啟它們；請報告給負責檔案館電腦的人。
{0}</translation>
    </message>
    <message>
        <source>All checks passed; nothing was written.</source>
        <translation>所有檢查均已通過；未寫入任何內容。</translation>
    </message>
    <message>
        <source>The files and signatures are intact, but the archive cannot tell who sealed this bundle: treat it as from an unknown device; nothing was written.</source>
        <translation>檔案和簽章都完好，但檔案館無法判斷是誰密封了這個證言包：請把它當作來自未知裝置。未寫入任何內容。</translation>
    </message>
    <message>
        <source>Added to the archive&apos;s publication index.</source>
        <translation>已加入檔案館的發布索引。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>the content part (content.age)</source>
        <translation>內容部分（content.age）</translation>
    </message>
    <message>
        <source>the identity part (identity.age)</source>
        <translation>身分部分（identity.age）</translation>
    </message>
    <message>
        <source>the bundle</source>
        <translation>證言包</translation>
    </message>
    <message>
        <source>Do not use this copy. Ask for the bundle to be sent again and keep this one for inquiry.</source>
        <translation>請勿使用此副本。請要求重新傳送證言包，並保留此副本以備調查。</translation>
    </message>
    <message>
        <source>The bundle could not be processed.</source>
        <translation>無法處理此證言包。</translation>
    </message>
    <message>
        <source>Nothing was written. Please report this to the archive&apos;s support contact.</source>
        <translation>未寫入任何內容。請向檔案館的支援聯絡人回報此問題。</translation>
    </message>
    <message>
        <source>The archive profile cannot be used.</source>
        <translation>無法使用此檔案館設定檔。</translation>
    </message>
    <message>
        <source>Ask the archive for a fresh copy of its profile.</source>
        <translation>請向檔案館索取一份新的設定檔。</translation>
    </message>
    <message>
        <source>This file is not a valid archive profile.</source>
        <translation>此檔案不是有效的檔案館設定檔。</translation>
    </message>
    <message>
        <source>The archive profile&apos;s signature is not valid: it was changed or damaged.</source>
        <translation>檔案館設定檔的簽章無效：它已被更改或損壞。</translation>
    </message>
    <message>
        <source>Do not use it. Ask the archive for a fresh copy and compare the fingerprint by phone.</source>
        <translation>請勿使用。請向檔案館索取新副本，並透過電話核對金鑰指紋（核對碼）。</translation>
    </message>
    <message>
        <source>The archive profile was refused: its name holds line breaks, control characters or markup, which could show a false fingerprint.</source>
        <translation>檔案館設定檔被拒絕：其名稱含有換行、控制字元或標記語法，可能顯示一個假的金鑰指紋（核對碼）。</translation>
    </message>
    <message>
        <source>The profile&apos;s fingerprint is not the one you gave.</source>
        <translation>此設定檔的金鑰指紋（核對碼）與您輸入的不一致。</translation>
    </message>
    <message>
        <source>Check each digit with the archive by phone. If they differ, do not use this profile.</source>
        <translation>請透過電話與檔案館逐位核對每個數字。如果不一致，請勿使用此設定檔。</translation>
    </message>
    <message>
        <source>The archive profile contains a private key and was refused.</source>
        <translation>檔案館設定檔中含有私鑰，已被拒絕。</translation>
    </message>
    <message>
        <source>Private keys must never be shared. Tell the archive at once; it should make new keys.</source>
        <translation>私鑰絕不能外流。請立即通知檔案館，檔案館應產生新的金鑰。</translation>
    </message>
    <message>
        <source>A signing key file could not be read.</source>
        <translation>無法讀取簽章金鑰檔案。</translation>
    </message>
    <message>
        <source>Check that you chose the right key file.</source>
        <translation>請檢查是否選擇了正確的金鑰檔案。</translation>
    </message>
    <message>
        <source>The key file is protected by a passphrase.</source>
        <translation>此金鑰檔案受密碼保護。</translation>
    </message>
    <message>
        <source>Give the passphrase with --passphrase-file or type it when asked.</source>
        <translation>請用 --passphrase-file 提供密碼，或在提示時輸入。</translation>
    </message>
    <message>
        <source>The passphrase does not open the key file.</source>
        <translation>此密碼無法開啟金鑰檔案。</translation>
    </message>
    <message>
        <source>Check the passphrase and try again.</source>
        <translation>請檢查密碼後重試。</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is not valid.</source>
        <translation>證言包的清單無效。</translation>
    </message>
    <message>
        <source>The bundle is damaged or was changed: {0} is not well-formed.</source>
        <translation>證言包已損壞或被更改：{0} 的結構不正確。</translation>
    </message>
    <message>
        <source>The bundle holds an unsafe entry in {0} and was refused.</source>
        <translation>{0} 中含有不安全的項目，證言包已被拒絕。</translation>
    </message>
    <message>
        <source>The bundle uses a format version this program does not know.</source>
        <translation>此證言包使用了本程式不認得的格式版本。</translation>
    </message>
    <message>
        <source>Update the program, then try again.</source>
        <translation>請更新程式後重試。</translation>
    </message>
    <message>
        <source>A size inside {0} is impossible.</source>
        <translation>{0} 中的某個大小不可能成立。</translation>
    </message>
    <message>
        <source>The contents of {0} do not match its signed manifest: it was changed.</source>
        <translation>{0} 的內容與其已簽章的清單不符：它已被更改。</translation>
    </message>
    <message>
        <source>{0} failed its integrity check: the bundle was changed or damaged.</source>
        <translation>{0} 未通過完整性檢查：證言包已被更改或損壞。</translation>
    </message>
    <message>
        <source>The bundle is incomplete: {0} ends too early.</source>
        <translation>證言包不完整：{0} 提前結束。</translation>
    </message>
    <message>
        <source>The transfer was probably cut off. Ask for the bundle to be sent again.</source>
        <translation>傳輸可能被中斷。請要求重新傳送證言包。</translation>
    </message>
    <message>
        <source>Wrong key: a key you gave opens no part of this bundle.</source>
        <translation>金鑰錯誤：您提供的某個金鑰無法開啟此證言包的任何部分。</translation>
    </message>
    <message>
        <source>Use the archive&apos;s content key and/or identity key for this bundle.</source>
        <translation>請使用檔案館用於此證言包的內容金鑰和／或身分金鑰。</translation>
    </message>
    <message>
        <source>The output folder {0} cannot be used: it must be new or empty.</source>
        <translation>無法使用輸出資料夾 {0}：它必須是新的或空的。</translation>
    </message>
    <message>
        <source>Choose a new folder.</source>
        <translation>請選擇一個新資料夾。</translation>
    </message>
    <message>
        <source>A recording or attachment changed while it was being sealed.</source>
        <translation>某個錄音或附件在密封過程中發生了變化。</translation>
    </message>
    <message>
        <source>Nothing was sealed. Try again.</source>
        <translation>未密封任何內容。請重試。</translation>
    </message>
    <message>
        <source>This is not a valid device enrolment from an archive.</source>
        <translation>這不是檔案館發出的有效裝置登記檔案。</translation>
    </message>
    <message>
        <source>Ask the archive for the enrolment file again.</source>
        <translation>請向檔案館重新索取登記檔案。</translation>
    </message>
    <message>
        <source>An interviewer code is 1-4 capital letters, a dash and 1-6 digits, e.g. IV-07.</source>
        <translation>訪談員代號由 1-4 個大寫字母、一個連字號和 1-6 個數字組成，例如 IV-07。</translation>
    </message>
    <message>
        <source>Use a pseudonymous code; never a name. Nothing was signed.</source>
        <translation>請使用化名代號，絕不要用姓名。沒有簽署任何內容。</translation>
    </message>
    <message>
        <source>This device&apos;s enrolment belongs to another archive or another device. Nothing was sealed.</source>
        <translation>此裝置的登記檔案屬於另一個檔案館或另一台裝置。沒有密封任何內容。</translation>
    </message>
    <message>
        <source>Ask the archive this device seals for to enrol it again.</source>
        <translation>請讓此裝置為之密封的檔案館重新登記它。</translation>
    </message>
    <message>
        <source>The testimony could not be sealed.</source>
        <translation>無法密封此證言。</translation>
    </message>
    <message>
        <source>Nothing was sealed. Check the answers and files, then try again.</source>
        <translation>未密封任何內容。請檢查答案和檔案後重試。</translation>
    </message>
    <message>
        <source>The answers do not satisfy the form ({0} problems).</source>
        <translation>答案不符合表格要求（{0} 個問題）。</translation>
    </message>
    <message>
        <source>Check the answers with &apos;intake forms check&apos;, then try again.</source>
        <translation>請用 &apos;intake forms check&apos; 檢查答案後重試。</translation>
    </message>
    <message>
        <source>The archive does not accept this form ({0}, version {1}).</source>
        <translation>檔案館不接受此表格（{0}，版本 {1}）。</translation>
    </message>
    <message>
        <source>Use a form the archive&apos;s profile lists.</source>
        <translation>請使用檔案館設定檔中列出的表格。</translation>
    </message>
    <message>
        <source>The bundle would be larger than the archive accepts ({0} bytes).</source>
        <translation>證言包將超過檔案館接受的大小（{0} 位元組）。</translation>
    </message>
    <message>
        <source>Use compact audio (Opus) or split the testimony.</source>
        <translation>請使用壓縮音訊（Opus）或將證言拆分。</translation>
    </message>
    <message>
        <source>Files of type {0} cannot be cleaned of hidden metadata, so they are refused.</source>
        <translation>類型為 {0} 的檔案無法清除隱藏的中繼資料，因此被拒絕。</translation>
    </message>
    <message>
        <source>Convert it to JPEG, PNG, WebP, plain text, FLAC, Opus, WAV, MP3 or a plain PDF (without attached files, scripts or forms) first.</source>
        <translation>請先將其轉換為 JPEG、PNG、WebP、純文字、FLAC、Opus、WAV、MP3 或一般 PDF（不含附加檔案、指令碼或表單）。</translation>
    </message>
    <message>
        <source>The file is damaged or not of type {0}.</source>
        <translation>檔案已損壞，或不是 {0} 類型。</translation>
    </message>
    <message>
        <source>Check the file and try again.</source>
        <translation>請檢查檔案後重試。</translation>
    </message>
    <message>
        <source>The archive folder {0} must be new or empty.</source>
        <translation>檔案館資料夾 {0} 必須是新的或空的。</translation>
    </message>
    <message>
        <source>The receiver address {0} is not a v3 .onion address.</source>
        <translation>接收端位址 {0} 不是 v3 洋蔥位址。</translation>
    </message>
    <message>
        <source>Check the address, or leave the option out to create a new onion service.</source>
        <translation>請檢查位址，或省略此選項以建立新的洋蔥服務。</translation>
    </message>
    <message>
        <source>The file {0} cannot be used here.</source>
        <translation>檔案 {0} 不能用於此處。</translation>
    </message>
    <message>
        <source>Check the command&apos;s options (intake COMMAND --help).</source>
        <translation>請檢查指令的選項（intake COMMAND --help）。</translation>
    </message>
    <message>
        <source>Type the passphrase when asked.</source>
        <translation>請在提示時輸入密碼。</translation>
    </message>
    <message>
        <source>Correct the answers the app marks, then try again.</source>
        <translation>請更正本程式標出的答案，然後重試。</translation>
    </message>
    <message>
        <source>Choose another file and try again.</source>
        <translation>請選擇另一個檔案後重試。</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AppController</name>
    <message>
        <source>Creating the encrypted store…</source>
        <translation>正在建立加密儲存…</translation>
    </message>
    <message>
        <source>Checking for recordings cut short…</source>
        <translation>正在檢查意外中斷的錄音…</translation>
    </message>
    <message>
        <source>Creating the demo archive…</source>
        <translation>正在建立示範檔案館…</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <source>Archive: check and open sealed bundles</source>
        <translation>檔案館：核驗並開啟密封的證言包</translation>
    </message>
    <message>
        <source>&amp;Bundle (.tib):</source>
        <translation>證言包 (.tib)(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>金鑰檔案(&amp;K)：</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>金鑰密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>leave empty if the key has no passphrase</source>
        <translation>如果金鑰沒有密碼，請留空</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Your custody key (signs the custody log)</source>
        <translation>您的保管金鑰（用於簽署保管日誌）</translation>
    </message>
    <message>
        <source>Custody key fi&amp;le:</source>
        <translation>保管金鑰檔案(&amp;L)：</translation>
    </message>
    <message>
        <source>Custody key pa&amp;ssphrase:</source>
        <translation>保管金鑰密碼(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Repeat (new key only):</source>
        <translation>再次輸入(&amp;R)（僅限新金鑰）：</translation>
    </message>
    <message>
        <source>Choose a custody key file</source>
        <translation>選擇保管金鑰檔案</translation>
    </message>
    <message>
        <source>Custody key file</source>
        <translation>保管金鑰檔案</translation>
    </message>
    <message>
        <source>Custody key passphrase</source>
        <translation>保管金鑰密碼</translation>
    </message>
    <message>
        <source>Repeat the new custody key passphrase</source>
        <translation>再次輸入新的保管金鑰密碼</translation>
    </message>
    <message>
        <source>Choose a bundle file</source>
        <translation>選擇證言包檔案</translation>
    </message>
    <message>
        <source>Choose a key file</source>
        <translation>選擇金鑰檔案</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>證言包檔案</translation>
    </message>
    <message>
        <source>Key file (content or identity key)</source>
        <translation>金鑰檔案（內容金鑰或身分金鑰）</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>金鑰密碼</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>核驗(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Open into a folder…</source>
        <translation>開啟到資料夾(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Export to BagIt…</source>
        <translation>匯出為 BagIt(&amp;E)…</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>核驗報告</translation>
    </message>
    <message>
        <source>Bundle structure is valid</source>
        <translation>證言包結構正確</translation>
    </message>
    <message>
        <source>This key opens the bundle</source>
        <translation>這把金鑰能開啟證言包</translation>
    </message>
    <message>
        <source>Encryption intact (not altered)</source>
        <translation>加密完好（沒有被改動）</translation>
    </message>
    <message>
        <source>Signed by the collecting device</source>
        <translation>有收集裝置的簽名</translation>
    </message>
    <message>
        <source>Every file matches its recorded hash</source>
        <translation>每個檔案都與記錄的校驗值相符</translation>
    </message>
    <message>
        <source>Custody events</source>
        <translation>保管記錄</translation>
    </message>
    <message>
        <source>Each opening here continues the bundle's signed custody log, started when it was fetched; the BagIt bag carries it with its PREMIS record.</source>
        <translation>在這裡的每次開啟都會延續該證言包在取回時開始的已簽署保管日誌；BagIt 包會連同其 PREMIS 紀錄一併攜帶該日誌。</translation>
    </message>
    <message>
        <source>1. &amp;Fetch from the receiver</source>
        <translation>1. 從接收端取回(&amp;F)</translation>
    </message>
    <message>
        <source>2. &amp;Check, open and export</source>
        <translation>2. 核驗、開啟與匯出(&amp;C)</translation>
    </message>
    <message>
        <source>3. Custodian &amp;shares</source>
        <translation>3. 保管人份額(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Archive folder:</source>
        <translation>檔案資料夾(&amp;A)：</translation>
    </message>
    <message>
        <source>Staff &amp;token file:</source>
        <translation>工作人員權杖檔案(&amp;T)：</translation>
    </message>
    <message>
        <source>Staff o&amp;nion (optional):</source>
        <translation>工作人員洋蔥位址（選填）(&amp;N)：</translation>
    </message>
    <message>
        <source>Onion client ke&amp;y folder (optional):</source>
        <translation>洋蔥用戶端金鑰資料夾（選填）(&amp;Y)：</translation>
    </message>
    <message>
        <source>default: staff-token in the archive folder</source>
        <translation>預設：檔案資料夾中的 staff-token</translation>
    </message>
    <message>
        <source>default: the profile's onion address</source>
        <translation>預設：檔案設定中的洋蔥位址</translation>
    </message>
    <message>
        <source>needed for a staff onion with client authorisation</source>
        <translation>使用需要用戶端授權的工作人員洋蔥服務時必填</translation>
    </message>
    <message>
        <source>Choose the archive folder</source>
        <translation>選擇檔案資料夾</translation>
    </message>
    <message>
        <source>Choose the staff token file</source>
        <translation>選擇工作人員權杖檔案</translation>
    </message>
    <message>
        <source>Choose the onion client key folder</source>
        <translation>選擇洋蔥用戶端金鑰資料夾</translation>
    </message>
    <message>
        <source>Archive folder (profile.json; bundles go to incoming)</source>
        <translation>檔案資料夾（含 profile.json；證言包存入 incoming）</translation>
    </message>
    <message>
        <source>Staff token file</source>
        <translation>工作人員權杖檔案</translation>
    </message>
    <message>
        <source>Staff onion address</source>
        <translation>工作人員洋蔥位址</translation>
    </message>
    <message>
        <source>Onion client key folder</source>
        <translation>洋蔥用戶端金鑰資料夾</translation>
    </message>
    <message>
        <source>Fetch &amp;new bundles</source>
        <translation>取回新證言包(&amp;N)</translation>
    </message>
    <message>
        <source>Check the &amp;selected bundle</source>
        <translation>核驗所選證言包(&amp;S)</translation>
    </message>
    <message>
        <source>Fetched bundles, still sealed</source>
        <translation>已取回的證言包（仍為密封狀態）</translation>
    </message>
    <message>
        <source>Unlocking the custody key…</source>
        <translation>正在解鎖保管金鑰…</translation>
    </message>
    <message>
        <source>&amp;Create custody key</source>
        <translation>建立保管金鑰(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Unlock custody key</source>
        <translation>解鎖保管金鑰(&amp;U)</translation>
    </message>
    <message>
        <source>Unlocked: key {0}. Openings and exports are signed with it.</source>
        <translation>已解鎖：金鑰 {0}。開啟和匯出操作都將用它簽署。</translation>
    </message>
    <message>
        <source>No custody key there yet: give a new passphrase twice to create it.</source>
        <translation>該位置還沒有保管金鑰：請輸入兩次新密碼來建立。</translation>
    </message>
    <message>
        <source>Locked. Openings and exports need it unlocked.</source>
        <translation>已鎖定。開啟和匯出前需要先解鎖。</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>檔案資料夾</translation>
    </message>
    <message>
        <source>Fetching new bundles (checking each receipt)…</source>
        <translation>正在取回新證言包（逐一核對回執）…</translation>
    </message>
    <message>
        <source>Bundles stay sealed; each is checked against its receipt and logged.</source>
        <translation>證言包保持密封；每個都會與其回執核對並記入日誌。</translation>
    </message>
    <message>
        <source>New bundles fetched: {0} ({1} already here).</source>
        <translation>已取回 {0} 個新證言包（{1} 個已在此處）。</translation>
    </message>
    <message>
        <source>{0}…  {1} KiB</source>
        <translation>{0}…  {1} KiB</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>證言包</translation>
    </message>
    <message>
        <source>Sealed bundle (*.tib)</source>
        <translation>密封的證言包 (*.tib)</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>金鑰檔案</translation>
    </message>
    <message>
        <source>Open into folder</source>
        <translation>開啟到資料夾</translation>
    </message>
    <message>
        <source>Export BagIt bag into folder</source>
        <translation>把 BagIt 包匯出到資料夾</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>正在核驗證言包…</translation>
    </message>
    <message>
        <source>Opening the bundle…</source>
        <translation>正在開啟證言包…</translation>
    </message>
    <message>
        <source>Writing the BagIt bag…</source>
        <translation>正在寫入 BagIt 包…</translation>
    </message>
    <message>
        <source>✔ Custody log verified: {0} signed events, chain intact.</source>
        <translation>✔ 保管日誌已驗證：{0} 個已簽署事件，鏈條完整。</translation>
    </message>
    <message>
        <source>✘ Custody log does not verify.</source>
        <translation>✘ 保管日誌驗證失敗。</translation>
    </message>
    <message>
        <source>✔ passed</source>
        <translation>✔ 通過</translation>
    </message>
    <message>
        <source>✘ failed</source>
        <translation>✘ 未通過</translation>
    </message>
    <message>
        <source>– not checked</source>
        <translation>– 未檢查</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>無</translation>
    </message>
    <message>
        <source> Written to {0}.</source>
        <translation> 已寫入 {0}。</translation>
    </message>
    <message>
        <source>This key opened: {0}.</source>
        <translation>這把金鑰開啟了：{0}。</translation>
    </message>
    <message>
        <source>All checks passed. Sealed by enrolled device {0}.</source>
        <translation>全部檢查通過。由已登記裝置 {0} 密封。</translation>
    </message>
    <message>
        <source>The files and signatures are intact, but this bundle comes from an unknown device: the archive did not enrol the key that sealed it.</source>
        <translation>檔案和簽章都完好，但這個證言包來自未知裝置：檔案館沒有登記密封它的金鑰。</translation>
    </message>
    <message>
        <source>The files and signatures are intact; the sealing device was not checked (the bundle is not in an archive's incoming folder).</source>
        <translation>檔案和簽章都完好；密封的裝置未經核對（證言包不在檔案館的 incoming 資料夾中）。</translation>
    </message>
    <message>
        <source>the testimony (content)</source>
        <translation>證言（內容）</translation>
    </message>
    <message>
        <source>the identity</source>
        <translation>身分資料</translation>
    </message>
    <message>
        <source>4. Publish (t&amp;wo custodians)</source>
        <translation>4. 公開（需兩位保管人）(&amp;W)</translation>
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
        <translation>把照片或檔案拖到這裡</translation>
    </message>
    <message>
        <source>Hidden information inside files (camera, place, author, dates) is removed from the copy the archive's content staff see. The untouched original is sealed with the witness's identity.</source>
        <translation>檔案裡隱藏的資訊（相機、地點、作者、日期）會從檔案館負責內容的工作人員看到的副本中刪除。未改動的原件和證人的身分資料一起密封。</translation>
    </message>
    <message>
        <source>&amp;Add a file…</source>
        <translation>新增檔案(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>新增檔案</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>已附加的檔案</translation>
    </message>
</context>
<context>
    <name>AudioController</name>
    <message>
        <source>{0} (recording {1})</source>
        <translation>{0}（錄音 {1}）</translation>
    </message>
    <message>
        <source>Recording {0} ({1}, {2} KB)</source>
        <translation>錄音 {0}（{1}，{2} KB）</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>You said Tor is blocked where you are, but there is no bridge to try.</source>
        <translation>您說所在的地方封鎖了 Tor，但沒有可以嘗試的橋接。</translation>
    </message>
    <message>
        <source>Paste bridge lines from a person you trust (or open a picture of their QR code), then send again. Nothing was sent.</source>
        <translation>請貼上您信任的人給您的橋接（或開啟他們 QR 碼的圖片），然後再傳送。什麼都沒有傳送。</translation>
    </message>
    <message>
        <source>Paste bridge lines from a person you trust (or scan their QR code), then connect again. Nothing was connected.</source>
        <translation>請貼上您信任的人給您的橋接（或讀取他們的 QR 碼），然後再連線。沒有建立任何連線。</translation>
    </message>
    <message>
        <source>No bridge lines were given for the bridges you chose.</source>
        <translation>您選擇了橋接，但沒有提供橋接行。</translation>
    </message>
    <message>
        <source>Paste at least one bridge line (from Tor Browser or a person you trust), or choose "No bridges". Nothing was connected.</source>
        <translation>請至少貼上一行橋接（來自 Tor 瀏覽器或您信任的人），或選擇「不使用橋接」。沒有進行任何連線。</translation>
    </message>
    <message>
        <source>This action could not be completed.</source>
        <translation>這一步沒有完成。</translation>
    </message>
    <message>
        <source>Go back one step and try again.</source>
        <translation>請退回上一步，再試一次。</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>已停止，沒有改動任何內容。</translation>
    </message>
    <message>
        <source>You can start again when you are ready.</source>
        <translation>準備好後可以重新開始。</translation>
    </message>
    <message>
        <source>Unlock your custody key first.</source>
        <translation>請先解鎖您的保管金鑰。</translation>
    </message>
    <message>
        <source>Every opening and export is signed into the bundle's custody log with your custody key. Choose it (or create one) above and unlock it.</source>
        <translation>每次開啟和匯出都會用您的保管金鑰簽署並寫入該證言包的保管日誌。請在上方選擇（或建立）金鑰並解鎖。</translation>
    </message>
    <message>
        <source>State why this share or reveal is needed.</source>
        <translation>請說明為何需要這份份額或揭示身分。</translation>
    </message>
    <message>
        <source>The purpose is recorded in the bundle's signed custody log. Nothing was released.</source>
        <translation>目的會記入證言包已簽名的保管日誌。未釋出任何內容。</translation>
    </message>
    <message>
        <source>This part of the app is not available in this version.</source>
        <translation>這個版本的軟體還沒有這項功能。</translation>
    </message>
    <message>
        <source>Please use an updated version of the app, or ask the archive for help.</source>
        <translation>請使用更新的版本，或向檔案館求助。</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least {0} characters.</source>
        <translation>密碼太短，至少要 {0} 個字元。</translation>
    </message>
    <message>
        <source>A few ordinary words that only you know make a good passphrase.</source>
        <translation>用幾個只有您自己知道的普通詞語，就是好密碼。</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>兩次輸入的密碼不一樣。</translation>
    </message>
    <message>
        <source>Type the same passphrase in both boxes.</source>
        <translation>請在兩個框裡輸入相同的密碼。</translation>
    </message>
    <message>
        <source>No archive has been chosen yet.</source>
        <translation>還沒有選擇檔案館。</translation>
    </message>
    <message>
        <source>Import the archive's profile, or choose the demo archive.</source>
        <translation>請匯入檔案館的設定檔，或選擇示範檔案館。</translation>
    </message>
    <message>
        <source>The archive profile file was changed after you confirmed it: {0}</source>
        <translation>檔案館設定檔在您確認之後被更改了：{0}</translation>
    </message>
    <message>
        <source>This app does not use the changed file. It keeps sealing for the archive you confirmed (fingerprint {0}). Someone may have replaced the file. If the archive really sent you a new profile, check its fingerprint with the archive by phone, then choose it under Interviewer → Settings → Archive.</source>
        <translation>本應用程式不會使用被更改的檔案，仍然為您確認過的檔案館密封（核對碼 {0}）。可能有人替換了這個檔案。如果檔案館確實傳給您新的設定檔，請先透過電話與檔案館核對它的核對碼，然後在「訪談員 → 設定 → 檔案館」中選擇它。</translation>
    </message>
    <message>
        <source>The archive profile offered to witnesses on this computer was changed.</source>
        <translation>本機提供給證人使用的檔案館設定檔已被更改。</translation>
    </message>
    <message>
        <source>It is no longer the archive you confirmed (fingerprint {0}). Someone may have replaced it while the app was locked; a witness who used it since may have sent their testimony elsewhere. Under Settings, turn "Prepare this computer for witnesses" off and on again to restore it.</source>
        <translation>它已不再是您確認過的檔案館（金鑰指紋 {0}）。可能有人在本應用程式鎖定期間替換了它；此後使用它的證人，其證言可能被傳送到了別處。請在「設定」中將「為證人準備這台電腦」關閉後再開啟，以恢復它。</translation>
    </message>
    <message>
        <source>The archive profile file is not the one you confirmed: {0}</source>
        <translation>這個檔案館設定檔不是您確認過的那一個：{0}</translation>
    </message>
    <message>
        <source>This app does not use it, and nothing is sealed until you choose the archive's profile again and check its fingerprint with the archive by phone.</source>
        <translation>本應用程式不會使用它。在您重新選擇檔案館的設定檔並透過電話與檔案館核對其核對碼之前，不會密封任何內容。</translation>
    </message>
    <message>
        <source>The identity of this witness is already sealed and cannot be changed here.</source>
        <translation>這位證人的身分資料已經密封，不能在這裡修改。</translation>
    </message>
    <message>
        <source>Write the correction in the interviewer notes; the archive's identity custodians will apply it.</source>
        <translation>請把更正寫在訪談員備註裡，由檔案館的身分保管人處理。</translation>
    </message>
    <message>
        <source>Not connected to Tor yet.</source>
        <translation>還沒有連線 Tor。</translation>
    </message>
    <message>
        <source>Press "Connect" in the outbox and wait until it says connected, then send again.</source>
        <translation>請在待傳送頁按「連線」，等顯示已連線後再傳送。</translation>
    </message>
    <message>
        <source>Interviews holding material sealed for the current archive, which the new archive could not open: {0}.</source>
        <translation>包含已為目前檔案館密封、新檔案館無法開啟的資料的訪談：{0} 個。</translation>
    </message>
    <message>
        <source>Finish them and send them to the current archive first, then change the archive.</source>
        <translation>請先完成這些訪談並傳送給目前的檔案館，然後再更換檔案館。</translation>
    </message>
    <message>
        <source>The microphone chosen in the settings (“{0}”) is not connected.</source>
        <translation>設定中選擇的麥克風（「{0}」）沒有連接。</translation>
    </message>
    <message>
        <source>Connect it, or choose another input under Settings → Microphone, then record again.</source>
        <translation>請連接它，或在「設定 → 麥克風」中選擇其他輸入，然後重新錄音。</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Archive profile</source>
        <translation>檔案館設定檔</translation>
    </message>
    <message>
        <source>Archive profile (*.json)</source>
        <translation>檔案館設定檔 (*.json)</translation>
    </message>
    <message>
        <source>The local demo archive on this computer (not for real testimony)</source>
        <translation>本機上的示範檔案館（不可用於真實證言）</translation>
    </message>
    <message>
        <source>Welcome to Testimony Intake</source>
        <translation>歡迎使用證言收集軟體</translation>
    </message>
    <message>
        <source>Choose the language for this app. You can change it later at the top of the window.</source>
        <translation>請選擇軟體使用的語言。以後可以在視窗上方更改。</translation>
    </message>
    <message>
        <source>Are you a witness giving your own testimony? You need no passphrase or setup, and nothing is kept on this computer.</source>
        <translation>您是要自己提供證言的證人嗎？不需要密碼，也不需要任何設定，本電腦上不會保留任何內容。</translation>
    </message>
    <message>
        <source>&amp;Give my own testimony</source>
        <translation>提供我自己的證言(&amp;G)</translation>
    </message>
    <message>
        <source>Give my own testimony</source>
        <translation>提供我自己的證言</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>請設定密碼</translation>
    </message>
    <message>
        <source>Everything this app keeps on this computer is encrypted with this passphrase. Choose one you can remember; nobody can recover it for you. Use at least 8 characters.</source>
        <translation>軟體在這臺電腦上儲存的所有內容都用這個密碼加密。請選一個您記得住的密碼；忘記了沒有人能幫您找回。至少 8 個字元。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再輸一次(&amp;A)：</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新密碼</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>再次輸入新密碼</translation>
    </message>
    <message>
        <source>&amp;Create encrypted store</source>
        <translation>建立加密儲存(&amp;C)</translation>
    </message>
    <message>
        <source>Which archive will receive the testimony?</source>
        <translation>證言要交給哪個檔案館？</translation>
    </message>
    <message>
        <source>Import the profile file the archive gave you. Then call the archive and read the fingerprint aloud together: only continue if every character matches. To try the app without an archive, use the demo archive.</source>
        <translation>請匯入檔案館給您的設定檔。然後給檔案館打電話，一起把金鑰指紋（核對碼）逐字念一遍：每個字元都相同才繼續。如果只想試用軟體，請選擇示範檔案館。</translation>
    </message>
    <message>
        <source>&amp;Import profile file…</source>
        <translation>匯入設定檔(&amp;I)…</translation>
    </message>
    <message>
        <source>Use the &amp;demo archive (not for real testimony)</source>
        <translation>使用示範檔案館(&amp;D)（不可用於真實證言）</translation>
    </message>
    <message>
        <source>I read the fingerprint with the archive by phone and it matches</source>
        <translation>我已和檔案館通電話核對金鑰指紋（核對碼），完全相同</translation>
    </message>
    <message>
        <source>Use &amp;this archive</source>
        <translation>使用這個檔案館(&amp;T)</translation>
    </message>
    <message>
        <source>Demo archive — not for real testimony</source>
        <translation>示範檔案館——不可用於真實證言</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>金鑰指紋（核對碼）</translation>
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
        <translation>參考編號（32 個字母和數字）</translation>
    </message>
    <message>
        <source>number, or from</source>
        <translation>數字，或從</translation>
    </message>
    <message>
        <source>to (if not sure)</source>
        <translation>到（不確定時）</translation>
    </message>
    <message>
        <source>{0}: from</source>
        <translation>{0}：從</translation>
    </message>
    <message>
        <source>{0}: to</source>
        <translation>{0}：到</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（請選擇）</translation>
    </message>
    <message>
        <source>Please describe</source>
        <translation>請說明</translation>
    </message>
    <message>
        <source>{0}: other</source>
        <translation>{0}：其他</translation>
    </message>
    <message>
        <source>choose, or type a place</source>
        <translation>請選擇，或輸入地點</translation>
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
        <translation>選擇日期和時間</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>e.g. 1989-06-04 01:00 (local time)</source>
        <translation>例如 1989-06-04 01:00（當地時間）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>{0}: choose date and time</source>
        <translation>{0}：選擇日期和時間</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>{0}: now</source>
        <translation>{0}：填入現在的時間</translation>
    </message>
    <message>
        <source>{0}: date and time</source>
        <translation>{0}：日期和時間</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>確切</translation>
    </message>
    <message>
        <source>about</source>
        <translation>大約</translation>
    </message>
    <message>
        <source>not sure</source>
        <translation>不確定</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不知道</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>時區</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>確定程度</translation>
    </message>
    <message>
        <source>Nothing recorded yet to choose from. Record them first on the step &quot;{0}&quot; (the list of steps on the left), then come back here.</source>
        <translation>還沒有可供選擇的記錄。請先在「{0}」那一步記錄（左側的步驟列表），然後回到這裡。</translation>
    </message>
    <message>
        <source>Nothing recorded yet to choose from. Record them first on their own step (the list of steps on the left), then come back here.</source>
        <translation>還沒有可供選擇的記錄。請先在它們各自的那一步記錄（左側的步驟列表），然後回到這裡。</translation>
    </message>
    <message>
        <source>A record chosen here was removed on its step: check the choice again.</source>
        <translation>這裡選定的一項記錄已在其所在的那一步刪除：請重新檢查所選內容。</translation>
    </message>
    <message>
        <source>Photos, scans or PDF ({0})</source>
        <translation>照片、掃描檔或 PDF（{0}）</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>This file cannot be used here: choose a photo, a scan or a PDF.</source>
        <translation>這裡不能使用這個檔案：請選擇照片、掃描檔或 PDF。</translation>
    </message>
    <message>
        <source>Adding the file to the encrypted store…</source>
        <translation>正在把檔案加入加密儲存…</translation>
    </message>
    <message>
        <source>Choose a &amp;photo or scan…</source>
        <translation>選擇照片或掃描檔(&amp;P)…</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>選擇檔案(&amp;F)…</translation>
    </message>
    <message>
        <source>✔ Attached and sealed.</source>
        <translation>✔ 已新增並密封。</translation>
    </message>
    <message>
        <source>✔ Recorded ({0}). Recording again replaces it.</source>
        <translation>✔ 已錄音（{0}）。再錄一次會取代這段錄音。</translation>
    </message>
    <message>
        <source>✔ Attached: {0}, {1} KB. The hidden information in the file was removed.</source>
        <translation>✔ 已新增：{0}，{1} KB。檔案裡隱藏的資訊已刪除。</translation>
    </message>
    <message>
        <source>This cannot be recorded or attached on this screen.</source>
        <translation>此項無法在這個畫面錄音或新增檔案。</translation>
    </message>
    <message>
        <source>Not recorded yet: press Record, then Stop when it is done.</source>
        <translation>尚未錄音：請按「錄音」，說完後按「停止」。</translation>
    </message>
    <message>
        <source>Recording now: press Stop when it is done.</source>
        <translation>正在錄音：說完後請按「停止」。</translation>
    </message>
    <message>
        <source>No file yet.</source>
        <translation>尚未新增檔案。</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>刪除這一條</translation>
    </message>
    <message>
        <source>Add another</source>
        <translation>再新增一條</translation>
    </message>
    <message>
        <source>Add another: {0}</source>
        <translation>再新增一條：{0}</translation>
    </message>
    <message>
        <source>The next questions may be about violence, injuries, deaths or detention. Before them, tell the witness what they are about: the witness may skip them, take a pause, or stop at any time.</source>
        <translation>接下來的問題可能涉及暴力、受傷、死亡或羈押。提問之前，請先告訴證人這些問題的內容：證人可以跳過這些問題、暫停，或隨時停止。</translation>
    </message>
    <message>
        <source>Sealed: only the archive's identity custodians can read this.</source>
        <translation>已密封：只有檔案館的身分保管人能讀取。</translation>
    </message>
    <message>
        <source>Other (please describe)</source>
        <translation>其他（請說明）</translation>
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
        <translation>選定之後列表已有變動：請重新選擇。</translation>
    </message>
</context>
<context>
    <name>InputMethodWarning</name>
    <message>
        <source>If you type with a pinyin, zhuyin or other input method, first turn off its cloud input (cloud prediction) or use the system's own input method: some input methods send what you type, your passphrase included, to their servers (for the common Chinese ones, servers in China).</source>
        <translation>如果您用注音、拼音等輸入法打字，請先關閉輸入法的「雲端輸入」（雲端聯想）功能，或改用系統內建的輸入法：有些輸入法會把您打的字（包括密碼）傳到它們的伺服器，常見的中文輸入法傳到中國境內的伺服器。</translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <source>Please correct the marked answers before sealing the identity.</source>
        <translation>請先改正標出的答案，再密封身分資料。</translation>
    </message>
    <message>
        <source>Enter who the witness is, or tick "The witness stays anonymous" to go on without it.</source>
        <translation>請填寫證人的身分資料，或勾選「證人保持匿名」後繼續。</translation>
    </message>
    <message>
        <source>"{0}" has {1} answer(s) to check; they are marked in red. You can go on and come back to it.</source>
        <translation>「{0}」有 {1} 項答案需要檢查，已用紅色標出。您可以先繼續，稍後再回來修改。</translation>
    </message>
    <message>
        <source>Adding files to the encrypted store…</source>
        <translation>正在把檔案加入加密儲存…</translation>
    </message>
    <message>
        <source>Consent is needed before going on. Read the consent text with the witness and, if they agree, tick the boxes. Verbal consent: record it with "Record" under "Recorded consent" on this page. Written consent: add a photo or scan of the signed page under "Signature" on this page.</source>
        <translation>必須先取得同意才能繼續。請和證人一起閱讀同意書；如證人同意，請勾選各項。口頭同意：在本頁「口頭同意錄音」下按「錄音」錄下。書面同意：在本頁「簽名」下新增已簽署頁面的照片或掃描檔。</translation>
    </message>
    <message>
        <source>The draft could not be saved: {0}</source>
        <translation>草稿未能儲存：{0}</translation>
    </message>
    <message>
        <source>the witness's identity, sealed for the identity custodians</source>
        <translation>證人的身分資料（已為身分資料保管人單獨密封）</translation>
    </message>
    <message>
        <source>no identity (anonymous witness)</source>
        <translation>無身分資料（匿名證人）</translation>
    </message>
    <message>
        <source>no identity recorded</source>
        <translation>未記錄身分資料</translation>
    </message>
    <message>
        <source>Will be sealed: {0} answered part(s), {1} recording(s), {2} attachment(s); {3}.</source>
        <translation>將密封：已填寫的部分 {0} 個，錄音 {1} 段，附件 {2} 個；{3}。</translation>
    </message>
    <message>
        <source>Some answers need attention before finalising. They are listed above.</source>
        <translation>定稿前有些答案需要處理，已列在上方。</translation>
    </message>
    <message>
        <source>Sealing the bundle…</source>
        <translation>正在密封證言包…</translation>
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
        <translation>{0} — {1} 項待檢查</translation>
    </message>
    <message>
        <source>Steps of this interview</source>
        <translation>這次訪談的步驟</translation>
    </message>
    <message>
        <source>The witness stays anonymous (identity not recorded)</source>
        <translation>證人保持匿名（不記錄身分資料）</translation>
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
        <translation>儲存並關閉(&amp;C)</translation>
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
        <translation>待傳送</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已傳送</translation>
    </message>
    <message>
        <source>Sent, receipt verified</source>
        <translation>已傳送，回執已核實</translation>
    </message>
    <message>
        <source>Right-click to copy or export the receipt code</source>
        <translation>按右鍵可複製或匯出回執碼</translation>
    </message>
    <message>
        <source>Receipt code {0} copied. It is removed from the clipboard in two minutes; paste it only where it is safe.</source>
        <translation>回執碼 {0} 已複製。兩分鐘後會從剪貼簿中清除；只在安全的地方貼上。</translation>
    </message>
    <message>
        <source>Copy receipt code</source>
        <translation>複製回執碼</translation>
    </message>
    <message>
        <source>Export receipt code…</source>
        <translation>匯出回執碼…</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>刪除草稿…</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>訪談</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Receipt code</source>
        <translation>回執碼</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最後修改</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>訪談</translation>
    </message>
    <message>
        <source>&amp;New interview</source>
        <translation>新增訪談(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation>刪除草稿(&amp;D)…</translation>
    </message>
    <message>
        <source>Cop&amp;y receipt code</source>
        <translation>複製回執碼(&amp;Y)</translation>
    </message>
    <message>
        <source>E&amp;xport receipt code…</source>
        <translation>匯出回執碼(&amp;X)…</translation>
    </message>
    <message>
        <source>No interviews yet. Press "New interview" to begin.</source>
        <translation>還沒有訪談。請按「新增訪談」開始。</translation>
    </message>
</context>
<context>
    <name>InterviewViewer</name>
    <message>
        <source>{0}: {1}. Read only: it was sealed for the archive and can no longer be changed.</source>
        <translation>{0}：{1}。唯讀：它已為檔案館密封，不能再修改。</translation>
    </message>
    <message>
        <source>Receipt code: {0}</source>
        <translation>回執碼：{0}</translation>
    </message>
    <message>
        <source>Nothing entered.</source>
        <translation>未填寫。</translation>
    </message>
    <message>
        <source>Answers of this interview (read only)</source>
        <translation>此訪談的回答（唯讀）</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
</context>
<context>
    <name>InterviewerPage</name>
    <message>
        <source>This interview was started with version {0} of the form; it now follows version {1}. Your answers were kept; answer the new questions before sealing.</source>
        <translation>這次訪談是用表格的 {0} 版開始的，現在改用 {1} 版。您的答案都已保留；密封之前請回答新的問題。</translation>
    </message>
    <message>
        <source>Interview sent</source>
        <translation>訪談已傳送</translation>
    </message>
    <message>
        <source>{0} was sent and its receipt verified. As the archive asks, its answers, recordings and files were then deleted from this computer.</source>
        <translation>{0} 已傳送，回執已核實。依照檔案館的要求，其回答、錄音和檔案隨後已從這臺電腦上刪除。</translation>
    </message>
    <message>
        <source>Receipt code: {0}</source>
        <translation>回執碼：{0}</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>刪除草稿</translation>
    </message>
    <message>
        <source>Delete {0}?</source>
        <translation>刪除{0}？</translation>
    </message>
    <message>
        <source>Its answers, recordings and files are deleted from this computer for good. This cannot be undone.</source>
        <translation>其回答、錄音和檔案將從這臺電腦上永久刪除。此操作無法復原。</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>刪除草稿(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>Saving the receipt code…</source>
        <translation>正在儲存回執碼…</translation>
    </message>
    <message>
        <source>Receipt code saved to {0}.</source>
        <translation>回執碼已儲存到 {0}。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在傳送…</translation>
    </message>
    <message>
        <source>&amp;Interviews</source>
        <translation>訪談(&amp;I)</translation>
    </message>
    <message>
        <source>O&amp;utbox</source>
        <translation>待傳送(&amp;U)</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>設定(&amp;E)</translation>
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
        <translation>證人身分資料</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>錄音</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>定稿並密封</translation>
    </message>
    <message>
        <source>The end is before the start. Check both times.</source>
        <translation>結束時間早於開始時間，請檢查這兩個時間。</translation>
    </message>
    <message>
        <source>Interview {0}</source>
        <translation>訪談 {0}</translation>
    </message>
    <message>
        <source>(sealed for the archive)</source>
        <translation>（已為檔案館密封）</translation>
    </message>
    <message>
        <source>Identity answers</source>
        <translation>身分資料</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>錄音</translation>
    </message>
    <message>
        <source>Attachment {0}: {1}, {2} KB</source>
        <translation>附件 {0}：{1}，{2} KB</translation>
    </message>
    <message>
        <source>Sealing the bundle…</source>
        <translation>正在密封證言包…</translation>
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
        <translation>已鎖定</translation>
    </message>
    <message>
        <source>Enter your passphrase to continue.</source>
        <translation>請輸入密碼繼續。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解鎖(&amp;U)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <source>Give my own &amp;testimony</source>
        <translation>提供我自己的證言(&amp;T)</translation>
    </message>
    <message>
        <source>Give my own testimony (witnesses)</source>
        <translation>提供我自己的證言（證人使用）</translation>
    </message>
    <message>
        <source>Panic &amp;wipe…</source>
        <translation>緊急銷毀(&amp;W)…</translation>
    </message>
    <message>
        <source>Panic wipe: destroy everything on this computer</source>
        <translation>緊急銷毀：銷毀這個應用程式在本機上儲存的一切</translation>
    </message>
    <message>
        <source>Do &amp;not wipe</source>
        <translation>不要銷毀(&amp;N)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Testimony Intake</source>
        <translation>證言收集</translation>
    </message>
    <message>
        <source>Creating the encrypted store…</source>
        <translation>正在建立加密儲存…</translation>
    </message>
    <message>
        <source>Checking the profile…</source>
        <translation>正在檢查設定檔…</translation>
    </message>
    <message>
        <source>Creating the demo archive…</source>
        <translation>正在建立示範檔案館…</translation>
    </message>
</context>
<context>
    <name>ModeChooser</name>
    <message>
        <source>What would you like to do?</source>
        <translation>您要做什麼？</translation>
    </message>
    <message>
        <source>&amp;Interviewer: record and send interviews</source>
        <translation>訪談員：記錄並傳送訪談(&amp;I)</translation>
    </message>
    <message>
        <source>For trained interviewers. Interviews are kept encrypted on this computer until they are sent.</source>
        <translation>供受過培訓的訪談員使用。訪談在傳送前加密儲存在這臺電腦上。</translation>
    </message>
    <message>
        <source>&amp;Give my own testimony</source>
        <translation>提供我自己的證言(&amp;G)</translation>
    </message>
    <message>
        <source>A guided session for one witness. Nothing is kept on this computer afterwards.</source>
        <translation>一步一步引導證人獨自完成。完成後這臺電腦上不會留下任何內容。</translation>
    </message>
    <message>
        <source>&amp;Archive staff: open and check bundles</source>
        <translation>檔案館工作人員：開啟並核驗證言包(&amp;A)</translation>
    </message>
    <message>
        <source>For archive staff who hold a key.</source>
        <translation>供持有金鑰的檔案館工作人員使用。</translation>
    </message>
    <message>
        <source>A recording that was not closed properly (for example, the computer lost power) was recovered: {0} s, kept in Interview {1}.</source>
        <translation>一段沒有正常結束的錄音（例如電腦突然斷電）已恢復：{0} 秒，保存在訪談 {1} 中。</translation>
    </message>
    <message>
        <source>No archive chosen yet.</source>
        <translation>還沒有選擇檔案館。</translation>
    </message>
    <message>
        <source>Archive: the local demo archive on this computer (not for real testimony)</source>
        <translation>檔案館：本機上的示範檔案館（不可用於真實證言）</translation>
    </message>
    <message>
        <source>Archive: {0}</source>
        <translation>檔案館：{0}</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Connection (Tor)</source>
        <translation>連線（Tor）</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>連線(&amp;C)</translation>
    </message>
    <message>
        <source>Connect to Tor</source>
        <translation>連線 Tor</translation>
    </message>
    <message>
        <source>Tor connection progress</source>
        <translation>Tor 連線進度</translation>
    </message>
    <message>
        <source>Tor is &amp;blocked where I am: never connect without a bridge</source>
        <translation>我所在的地方封鎖了 Tor：絕不在沒有橋接時連線(&amp;B)</translation>
    </message>
    <message>
        <source>Tick this in mainland China and wherever Tor is blocked or watched: the app then only tries bridges (the archive's own, yours, then the built-in ones) and never a direct connection.</source>
        <translation>在中國大陸以及任何封鎖或監視 Tor 的地方請勾選此項：本應用程式只嘗試橋接（先是檔案館自己的，再是您的，最後是內建的），絕不直接連線。</translation>
    </message>
    <message>
        <source>What the connection assistant is doing</source>
        <translation>連線助手正在做什麼</translation>
    </message>
    <message>
        <source>Bridges (if Tor is blocked where you are)</source>
        <translation>橋接（如果您所在的地方封鎖了 Tor）</translation>
    </message>
    <message>
        <source>No bridges</source>
        <translation>不用橋接</translation>
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
        <translation>自訂橋接</translation>
    </message>
    <message>
        <source>Bridges: {0}</source>
        <translation>橋接：{0}</translation>
    </message>
    <message>
        <source>In mainland China Tor is blocked: paste the Snowflake or obfs4 bridge lines you got from Tor Browser or a trusted person, one per line. Connect uses the bridges chosen here, and never connects without them.</source>
        <translation>在中國大陸 Tor 被封鎖：請貼上從 Tor 瀏覽器或可信的人那裡得到的 Snowflake 或 obfs4 橋接，每行一個。「連線」會使用這裡選擇的橋接，絕不在沒有它們時連線。</translation>
    </message>
    <message>
        <source>Bridge lines</source>
        <translation>橋接</translation>
    </message>
    <message>
        <source>Save &amp;bridges</source>
        <translation>儲存橋接(&amp;B)</translation>
    </message>
    <message>
        <source>Read a &amp;QR code picture…</source>
        <translation>讀取 QR 碼圖片(&amp;Q)…</translation>
    </message>
    <message>
        <source>Bridge lines from a photo or saved picture of a QR code a trusted person or the archive gave you</source>
        <translation>從可信的人或檔案館給您的 QR 碼照片或圖片中讀取橋接</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>訪談</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>Bundles waiting to be sent</source>
        <translation>等待傳送的證言包</translation>
    </message>
    <message>
        <source>&amp;Send selected</source>
        <translation>傳送選中的(&amp;S)</translation>
    </message>
    <message>
        <source>Send &amp;all</source>
        <translation>全部傳送(&amp;A)</translation>
    </message>
    <message>
        <source>These bridges are in use. To change them, stop the connection first (Cancel, or lock the app).</source>
        <translation>這些橋接正在使用中。要變更，請先停止連線（按「取消」，或鎖定應用程式）。</translation>
    </message>
    <message>
        <source>No bridges: Tor connects directly.</source>
        <translation>不使用橋接：Tor 直接連線。</translation>
    </message>
    <message>
        <source>Bridges saved. They are used every time you connect.</source>
        <translation>橋接已儲存。每次連線都會使用它們。</translation>
    </message>
    <message>
        <source>No way worked: Tor may be blocked where you are. Tick "Tor is blocked where I am", choose Snowflake or obfs4 bridges on the right and paste their lines, then Connect again.</source>
        <translation>所有方式都沒有成功：您所在的地方可能封鎖了 Tor。請勾選「我所在的地方封鎖了 Tor」，在右邊選擇 Snowflake 或 obfs4 橋接並貼上，然後再按「連線」。</translation>
    </message>
    <message>
        <source>No way worked: these bridges may be blocked or offline. Paste other bridge lines (or try the other kind), then Connect again.</source>
        <translation>所有方式都沒有成功：這些橋接可能已被封鎖或不在線上。請貼上其他橋接（或換另一種），然後再按「連線」。</translation>
    </message>
    <message>
        <source>Connecting to Tor… {0}% ({1})</source>
        <translation>正在連線 Tor… {0}%（{1}）</translation>
    </message>
    <message>
        <source>Connecting to Tor… {0}%</source>
        <translation>正在連線 Tor… {0}%</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop connecting to Tor</source>
        <translation>停止連線 Tor</translation>
    </message>
    <message>
        <source>Not connected. Nothing is sent until you connect.</source>
        <translation>未連線。連線之前不會傳送任何內容。</translation>
    </message>
    <message>
        <source>Connected to Tor.</source>
        <translation>已連線 Tor。</translation>
    </message>
    <message>
        <source>Demo archive on this computer: sending directly, without Tor (not anonymous).</source>
        <translation>本機上的示範檔案館：直接傳送，不經過 Tor（不匿名）。</translation>
    </message>
    <message>
        <source>Could not connect to Tor. Try bridges, then connect again.</source>
        <translation>無法連線 Tor。請試試橋接，然後再連線。</translation>
    </message>
    <message>
        <source>Picture of a QR code with bridge lines</source>
        <translation>含有橋接的 QR 碼圖片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>圖片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>{0} bridge lines read from the QR code. Connect (or Save) uses them.</source>
        <translation>已從 QR 碼讀取 {0} 條橋接。「連線」（或「儲存」）會使用它們。</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>等待傳送</translation>
    </message>
    <message>
        <source>Sent, waiting for the receipt</source>
        <translation>已傳送，等待回執</translation>
    </message>
    <message>
        <source>Receipt verified: {0}</source>
        <translation>回執已核實：{0}</translation>
    </message>
    <message>
        <source>100 % (done)</source>
        <translation>100 %（完成）</translation>
    </message>
    <message>
        <source>Upload progress of {0}</source>
        <translation>{0} 的上傳進度</translation>
    </message>
    <message>
        <source>Bridge settings</source>
        <translation>橋接設定</translation>
    </message>
    <message>
        <source>Hide the bridge settings</source>
        <translation>隱藏橋接設定</translation>
    </message>
    <message>
        <source>Show the bridge settings</source>
        <translation>顯示橋接設定</translation>
    </message>
    <message>
        <source>No bridges, and Tor is blocked where you are: add bridges before connecting.</source>
        <translation>不使用橋接，而您所在的地方封鎖了 Tor：請先加入橋接再連線。</translation>
    </message>
    <message>
        <source>Bridges: {0} (lines: {1}).</source>
        <translation>橋接：{0}（共 {1} 行）。</translation>
    </message>
    <message>
        <source>Never connects without a bridge.</source>
        <translation>絕不在沒有橋接時連線。</translation>
    </message>
    <message>
        <source>The demo archive is reached without Tor: bridges are not used.</source>
        <translation>示範檔案館不經過 Tor 連線：不使用橋接。</translation>
    </message>
</context>
<context>
    <name>PreferencesController</name>
    <message>
        <source>Changing the passphrase…</source>
        <translation>正在變更密碼…</translation>
    </message>
</context>
<context>
    <name>PublishTab</name>
    <message>
        <source>A public copy needs two custodians: one proposes it, a second reviews, cuts what must not be published and signs, then it can be released. Unlock your own custody key above for each step.</source>
        <translation>公開副本需要兩位保管人：一位提出，第二位審核、刪去不得公開的內容並簽名，之後才能公開。每一步都請在上方解鎖您自己的保管金鑰。</translation>
    </message>
    <message>
        <source>Opened testi&amp;mony folder:</source>
        <translation>已開啟的證言資料夾(&amp;M)：</translation>
    </message>
    <message>
        <source>Proposal (workin&amp;g folder):</source>
        <translation>提案（工作資料夾）(&amp;G)：</translation>
    </message>
    <message>
        <source>S&amp;hared by at least k testimonies:</source>
        <translation>至少 k 份證言相同(&amp;H)：</translation>
    </message>
    <message>
        <source>Passages to cut (one per l&amp;ine):</source>
        <translation>要刪去的段落（每行一段）(&amp;I)：</translation>
    </message>
    <message>
        <source>Public copy fol&amp;der:</source>
        <translation>公開副本資料夾(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;1. Propose</source>
        <translation>1. 提出(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;2. Review and sign</source>
        <translation>2. 審核並簽名(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;3. Release</source>
        <translation>3. 公開(&amp;3)</translation>
    </message>
    <message>
        <source>Proposing a public copy…</source>
        <translation>正在提出公開副本…</translation>
    </message>
    <message>
        <source>Proposed. A second custodian must now unlock their key, review and sign.</source>
        <translation>已提出。現在須由第二位保管人解鎖其金鑰，審核並簽名。</translation>
    </message>
    <message>
        <source>Reviewing…</source>
        <translation>正在審核…</translation>
    </message>
    <message>
        <source>Reviewed and signed. The public copy can now be released.</source>
        <translation>已審核並簽名。現在可以公開此副本。</translation>
    </message>
    <message>
        <source>Releasing…</source>
        <translation>正在公開…</translation>
    </message>
    <message>
        <source>Released.</source>
        <translation>已公開。</translation>
    </message>
    <message>
        <source>The publication index counts how many of the archive's testimonies share each published detail. Every testimony opened from the archive's incoming folder on the tab “2. Check, open and export” is added to it. To count testimonies opened elsewhere, choose the folder that holds all of the archive's content openings.</source>
        <translation>發布索引統計檔案館中有多少份證言具有相同的各項公開細節。在「2. 核驗、開啟與匯出」頁從檔案館的 incoming 資料夾開啟的每份證言都會自動加入索引。如要統計在別處開啟的證言，請選擇存放檔案館全部已開啟內容部分的資料夾。</translation>
    </message>
    <message>
        <source>Folder of the content openings:</source>
        <translation>已開啟內容部分所在的資料夾：</translation>
    </message>
    <message>
        <source>Rebuild the publication inde&amp;x</source>
        <translation>重建發布索引(&amp;X)</translation>
    </message>
    <message>
        <source>Counting the content openings…</source>
        <translation>正在統計已開啟的內容部分…</translation>
    </message>
    <message>
        <source>The publication index was rebuilt: it counts {0} testimonies.</source>
        <translation>發布索引已重建：共統計 {0} 份證言。</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Testimony Intake</source>
        <extracomment>Forms and text are easier to read in a column of at most this width (in device-independent pixels) on wide screens: inputs 1,170 px wide at 1920x1080 were hard to follow.</extracomment>
        <translation>證言收集</translation>
    </message>
</context>
<context>
    <name>ReceiptExportDialog</name>
    <message>
        <source>Export receipt code</source>
        <translation>匯出回執碼</translation>
    </message>
    <message>
        <source>Receipt code of {0}: {1}

Anyone who finds this code next to you can link you to an upload to the archive. On a laptop or USB stick that is seized or lost, a file with it is evidence. Keep it encrypted, or write it down and keep the paper safe.</source>
        <translation>{0} 的回執碼：{1}

任何在您身邊找到這個回執碼的人，都能把您和一次上傳到檔案館的紀錄連結起來。如果筆電或隨身碟被沒收或遺失，存有回執碼的檔案就是證據。請加密保存，或抄在紙上並妥善保管。</translation>
    </message>
    <message>
        <source>&amp;Encrypted with a passphrase (recommended; opens with age or this app)</source>
        <translation>用密碼加密(&amp;E)（建議；可用 age 或本應用程式開啟）</translation>
    </message>
    <message>
        <source>&amp;Plain text: anyone who finds the file can read the code</source>
        <translation>純文字(&amp;P)：任何找到此檔案的人都能讀到回執碼</translation>
    </message>
    <message>
        <source>Passphrase for the file</source>
        <translation>檔案的密碼</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>再次輸入同一密碼</translation>
    </message>
    <message>
        <source>Warning: the code will be saved unencrypted. Only save it to a place you control and delete the file when you no longer need it.</source>
        <translation>警告：回執碼將以未加密的形式儲存。只儲存到您能控制的地方，不再需要時請刪除該檔案。</translation>
    </message>
    <message>
        <source>File to save to</source>
        <translation>儲存到的檔案</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>選擇(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose a file to save to.</source>
        <translation>請選擇要儲存到的檔案。</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least {0} characters.</source>
        <translation>密碼太短：請至少使用 {0} 個字元。</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
</context>
<context>
    <name>RecordingPanel</name>
    <message>
        <source>Recording</source>
        <translation>錄音</translation>
    </message>
    <message>
        <source>Sound level</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Time recorded</source>
        <translation>已錄時間</translation>
    </message>
    <message>
        <source>● &amp;Record</source>
        <translation>● 錄音(&amp;R)</translation>
    </message>
    <message>
        <source>Start recording</source>
        <translation>開始錄音</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>繼續(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暫停(&amp;P)</translation>
    </message>
    <message>
        <source>■ &amp;Stop</source>
        <translation>■ 停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>停止錄音</translation>
    </message>
    <message>
        <source>Marker, e.g. "question 3"</source>
        <translation>標記，例如「第 3 題」</translation>
    </message>
    <message>
        <source>Marker text</source>
        <translation>標記文字</translation>
    </message>
    <message>
        <source>Add &amp;marker</source>
        <translation>新增標記(&amp;M)</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>標記</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>錄音</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ 播放</translation>
    </message>
    <message>
        <source>Play the chosen recording</source>
        <translation>播放選中的錄音</translation>
    </message>
    <message>
        <source>Stop playing</source>
        <translation>停止播放</translation>
    </message>
    <message>
        <source>Input: {0}</source>
        <translation>輸入：{0}</translation>
    </message>
    <message>
        <source>&amp;Delete recording…</source>
        <translation>刪除錄音(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the chosen recording</source>
        <translation>刪除選取的錄音</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>已暫停。</translation>
    </message>
    <message>
        <source>● Recording: the time runs while sound is recorded.</source>
        <translation>● 正在錄音：錄到聲音時計時會走動。</translation>
    </message>
    <message>
        <source>Starting the microphone… Please wait until the time starts running.</source>
        <translation>正在啟動麥克風……請等計時開始走動後再說話。</translation>
    </message>
    <message>
        <source>Delete recording</source>
        <translation>刪除錄音</translation>
    </message>
    <message>
        <source>Delete "{0}"? It cannot be brought back.</source>
        <translation>刪除「{0}」？刪除後無法復原。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
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
        <translation>正在密封並傳送…</translation>
    </message>
    <message>
        <source>Which language would you like to use?</source>
        <translation>您想用哪種語言？</translation>
    </message>
    <message>
        <source>Before you begin</source>
        <translation>開始之前</translation>
    </message>
    <message>
        <source>I understand — &amp;continue</source>
        <translation>我明白了——繼續(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Leave without sending</source>
        <translation>不傳送，離開(&amp;L)</translation>
    </message>
    <message>
        <source>Which archive will receive your testimony?</source>
        <translation>哪個檔案館將接收您的證言？</translation>
    </message>
    <message>
        <source>Open the profile file the archive published. Then compare its fingerprint with the one the archive published in another place (its website, a printed card): only continue if every character matches. Nothing about your choice is kept on this computer.</source>
        <translation>請開啟檔案館公布的檔案館設定檔。然後把它的金鑰指紋（一串核對碼）與檔案館在其他地方（網站、印刷卡片）公布的核對碼逐字比對：每個字元都相同才繼續。您的選擇不會保留在本電腦上。</translation>
    </message>
    <message>
        <source>&amp;Open the archive's profile file…</source>
        <translation>開啟檔案館設定檔(&amp;O)…</translation>
    </message>
    <message>
        <source>Use the &amp;demo archive (not for real testimony)</source>
        <translation>使用示範檔案館（不可用於真實證言）(&amp;D)</translation>
    </message>
    <message>
        <source>The local demo archive on this computer (not for real testimony)</source>
        <translation>本電腦上的示範檔案館（不可用於真實證言）</translation>
    </message>
    <message>
        <source>Fingerprint: {0}</source>
        <translation>金鑰指紋（核對碼）：{0}</translation>
    </message>
    <message>
        <source>The fingerprint matches the one the archive published</source>
        <translation>核對碼與檔案館公布的完全相同</translation>
    </message>
    <message>
        <source>Your voice (if you wish)</source>
        <translation>用聲音講述（如果您願意）</translation>
    </message>
    <message>
        <source>You can speak instead of writing, or as well. Press Record and talk; press Stop when you are done. The recording stays only in this computer's memory until it is sent. Your voice can identify you: the archive treats it as sensitive. To write only, just press Next.</source>
        <translation>您可以用說話代替書寫，也可以兩樣都用。按「錄音」後開始講述，講完按「停止」。錄音在傳送之前只儲存在這臺電腦的記憶體裡。您的聲音可能讓人認出您，檔案館會把它當作敏感資料處理。如果只想用文字，直接按「下一步」即可。</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>下一步(&amp;N) →</translation>
    </message>
    <message>
        <source>Archive profile</source>
        <translation>檔案館設定檔</translation>
    </message>
    <message>
        <source>Archive profile (*.json)</source>
        <translation>檔案館設定檔 (*.json)</translation>
    </message>
    <message>
        <source>Checking the profile…</source>
        <translation>正在檢查檔案館設定檔…</translation>
    </message>
    <message>
        <source>Consent: {0} of {1} — {2}</source>
        <translation>您的同意：第 {0} 頁，共 {1} 頁——{2}</translation>
    </message>
    <message>
        <source>What you should know</source>
        <translation>您需要了解的事項</translation>
    </message>
    <message>
        <source>Keeping your testimony</source>
        <translation>保存您的證言</translation>
    </message>
    <message>
        <source>Researchers</source>
        <translation>研究人員</translation>
    </message>
    <message>
        <source>Publishing the text</source>
        <translation>公開逐字稿</translation>
    </message>
    <message>
        <source>Publishing your voice</source>
        <translation>公開您的聲音</translation>
    </message>
    <message>
        <source>Publishing your face</source>
        <translation>公開您的面部影像</translation>
    </message>
    <message>
        <source>How you are named</source>
        <translation>署名方式</translation>
    </message>
    <message>
        <source>Use as evidence in court</source>
        <translation>作為法律證據使用</translation>
    </message>
    <message>
        <source>The civic tribunal</source>
        <translation>民間法庭</translation>
    </message>
    <message>
        <source>Your identity and the tribunal</source>
        <translation>向法庭披露您的身分</translation>
    </message>
    <message>
        <source>Testifying in person</source>
        <translation>親自作證</translation>
    </message>
    <message>
        <source>The UN and human-rights organisations</source>
        <translation>聯合國及人權組織</translation>
    </message>
    <message>
        <source>Exhibitions, teaching and documentaries</source>
        <translation>展覽、教學及紀錄片</translation>
    </message>
    <message>
        <source>UNESCO Memory of the World</source>
        <translation>聯合國教科文組織「世界記憶」</translation>
    </message>
    <message>
        <source>Closed period</source>
        <translation>保密期</translation>
    </message>
    <message>
        <source>Contacting you again</source>
        <translation>再次與您聯繫</translation>
    </message>
    <message>
        <source>After your death</source>
        <translation>您去世之後</translation>
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
        <translation>自動轉寫及翻譯</translation>
    </message>
    <message>
        <source>Consenting for someone else</source>
        <translation>代他人同意</translation>
    </message>
    <message>
        <source>More about your consent</source>
        <translation>關於您的同意的其他問題</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>我同意</translation>
    </message>
    <message>
        <source>Starting the microphone… please wait until the time starts counting.</source>
        <translation>正在開啟麥克風……請等計時開始後再說話。</translation>
    </message>
    <message>
        <source>Recording: speak now.</source>
        <translation>正在錄音：現在可以說了。</translation>
    </message>
    <message>
        <source>Removing hidden information from the copy…</source>
        <translation>正在從副本中去除隱藏資訊…</translation>
    </message>
    <message>
        <source>Picture of a QR code with bridge lines</source>
        <translation>含有橋接的 QR 碼圖片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>圖片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>第 {0} 步，共 {1} 步</translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation>您的選擇</translation>
    </message>
    <message>
        <source>Back to the &amp;summary →</source>
        <translation>返回選擇總覽(&amp;S) →</translation>
    </message>
    <message>
        <source>Please read your choices. To change one, press "Change" beside it; you come back here afterwards.</source>
        <translation>請核對您的選擇。如需修改，請按旁邊的「修改」，改完後會回到這裡。</translation>
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
        <translation>您的證言</translation>
    </message>
    <message>
        <source>Recordings: {0}</source>
        <translation>錄音：{0} 段</translation>
    </message>
    <message>
        <source>Skipped: {0}</source>
        <translation>已跳過：{0}</translation>
    </message>
    <message>
        <source>You chose to skip this part. The archive will see that it was skipped.</source>
        <translation>您選擇了跳過這一部分。檔案館會看到這一部分是被跳過的。</translation>
    </message>
    <message>
        <source>Photos or documents: {0}</source>
        <translation>照片或文件：{0} 個</translation>
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
        <translation>這不是回執碼的最後幾位。請再看一遍。</translation>
    </message>
    <message>
        <source>Are you still there? The receipt code is shown only until you finish and is not stored anywhere. If nobody continues within {0} seconds, it is cleared, for your safety.</source>
        <translation>您還在嗎？回執碼只顯示到您按「完成」為止，不會保存在任何地方。如果 {0} 秒內無人繼續，為了您的安全，它將被清除。</translation>
    </message>
    <message>
        <source>Are you still there? Your answers are kept only in this computer's memory. If nobody continues within {0} seconds, everything you entered is cleared, for your safety.</source>
        <translation>您還在嗎？您的回答只保存在這台電腦的記憶體中。如果 {0} 秒內無人繼續，為了您的安全，您輸入的所有內容都將被清除。</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>繼續(&amp;C)</translation>
    </message>
    <message>
        <source>DEMO — not for real testimony</source>
        <translation>示範——不可用於真實證言</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>This computer was prepared for witnesses with the archive below. Compare its fingerprint with the one the archive published in another place (its website, a printed card): only continue if every character matches. If it does not, do not continue: open the archive's own profile file instead.</source>
        <translation>這台電腦已為證人準備好，使用下面的檔案館。請將它的金鑰指紋（核對碼）與檔案館在別處公布的指紋（其網站、印製的卡片）比對：只有每個字元都相同時才繼續。如果不同，請不要繼續，改為開啟檔案館自己的設定檔。</translation>
    </message>
    <message>
        <source>&lt;p&gt;This lets you give your own testimony about 1989 to the archive.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What happens:&lt;/b&gt; you answer a few questions about your consent, then tell what you saw or know, by speaking or in writing, and may add photos or documents. Your testimony is locked (encrypted) on this computer and sent through Tor, so that people who watch the network cannot read it or easily see where it goes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The risks:&lt;/b&gt; no method is perfectly safe. If someone is watching this computer itself (for example with hidden software or a camera), they could see what you type. If you type Chinese with an input method, turn off its cloud or online suggestions: otherwise what you type may be sent to the input method company's servers. Your name and how to reach you are kept apart from your story, and only a few people at the archive can put them together. The archive may be required by law to hand over information; it cannot promise absolute confidentiality.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your choice:&lt;/b&gt; you decide what to share and how it may be used. You may stop at any time before sending with "Leave without sending"; then nothing is kept.&lt;/p&gt;&lt;p&gt;Some questions are about violence. You may skip any question you do not want to answer.&lt;/p&gt;&lt;p&gt;After sending you get a &lt;b&gt;receipt code&lt;/b&gt;. Write it down: with it you can later ask the archive about your testimony. Nothing stays on this computer afterwards.&lt;/p&gt;</source>
        <translation>&lt;p&gt;您可以在這裡向檔案館提供您自己關於1989年的證言。&lt;/p&gt;&lt;p&gt;&lt;b&gt;過程：&lt;/b&gt;您先回答幾個關於同意的問題，然後用說話或書寫的方式講述您看到或知道的事，也可以加入照片或文件。您的證言會在本電腦上加密，再透過 Tor 傳送，監視網路的人無法讀取，也不容易看出傳往何處。&lt;/p&gt;&lt;p&gt;&lt;b&gt;風險：&lt;/b&gt;沒有絕對安全的方法。如果有人在監視這臺電腦本身（例如透過隱藏的軟體或攝影機），就可能看到您輸入的內容。如果您用輸入法打中文，請關閉「雲端輸入」或連網聯想功能，否則您輸入的文字可能被傳送到輸入法公司的伺服器。您的姓名和聯絡方式與您的陳述分開保存，檔案館只有少數人能把兩者對應起來。檔案館可能依法被要求交出資料，因此不能承諾絕對保密。&lt;/p&gt;&lt;p&gt;&lt;b&gt;由您決定：&lt;/b&gt;分享什麼、如何使用，都由您決定。傳送之前，您可以隨時按「不傳送，離開」停止；那樣什麼都不會保留。&lt;/p&gt;&lt;p&gt;有些問題涉及暴力。您不想回答的問題都可以跳過。&lt;/p&gt;&lt;p&gt;傳送後您會得到一個&lt;b&gt;回執碼&lt;/b&gt;。請把它抄下來：以後可以憑它向檔案館查詢您的證言。之後本電腦上不會留下任何內容。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The next part is about what happened</source>
        <translation>接下來的部分是關於發生了什麼事</translation>
    </message>
    <message>
        <source>&lt;p&gt;The next questions ask what you saw or lived through. Remembering it may be painful: it may be about violence, injuries, deaths, arrests or detention.&lt;/p&gt;&lt;p&gt;You decide. You may &lt;b&gt;skip this part&lt;/b&gt;: you can still send the rest of your testimony, and the archive will see that you chose to skip it. You may also take a pause, or stop at any time with "Leave without sending"; then nothing is kept.&lt;/p&gt;&lt;p&gt;If nobody touches the computer for a few minutes, it asks whether you are still there; if nobody answers, everything you entered is cleared, for your safety.&lt;/p&gt;</source>
        <translation>&lt;p&gt;接下來的問題會問您看到或親身經歷的事。回憶這些可能會讓您痛苦：其中可能涉及暴力、受傷、死亡、逮捕或羈押。&lt;/p&gt;&lt;p&gt;由您決定。您可以&lt;b&gt;跳過這一部分&lt;/b&gt;：其餘的證言仍然可以傳送，檔案館會看到您選擇了跳過這一部分。您也可以暫停一下，或隨時按「不傳送，離開」停止；那樣什麼都不會保留。&lt;/p&gt;&lt;p&gt;如果幾分鐘內沒有人碰這臺電腦，它會詢問您是否還在；如果沒有人回應，為了您的安全，您輸入的所有內容都會被清除。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Skip this part</source>
        <translation>跳過這一部分(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Continue with this part</source>
        <translation>繼續回答這一部分(&amp;C)</translation>
    </message>
    <message>
        <source>If these are your choices, type "{0}" here to confirm them (not your name):</source>
        <translation>如果這些是您的選擇，請在這裡輸入「{0}」來確認（不要輸入您的姓名）：</translation>
    </message>
    <message>
        <source>Confirmation phrase</source>
        <translation>確認用語</translation>
    </message>
    <message>
        <source>Photos or documents (if you wish)</source>
        <translation>照片或文件（如您願意）</translation>
    </message>
    <message>
        <source>&amp;Remove the chosen file</source>
        <translation>移除所選檔案(&amp;R)</translation>
    </message>
    <message>
        <source>Please check before sending</source>
        <translation>傳送前請核對</translation>
    </message>
    <message>
        <source>If Tor is blocked where you are</source>
        <translation>如果您所在的地方封鎖了 Tor</translation>
    </message>
    <message>
        <source>Tor is &amp;blocked where I am: never connect without a bridge</source>
        <translation>我所在的地方封鎖了 Tor：絕不在沒有橋接時連線(&amp;B)</translation>
    </message>
    <message>
        <source>The bridges saved on this computer ({0}) will be tried. </source>
        <translation>會嘗試這台電腦上儲存的橋接（{0} 條）。</translation>
    </message>
    <message>
        <source>If someone you trust gave you bridge lines, paste them here, one per line, or open a picture of their QR code. They are used for this sending only and not kept.</source>
        <translation>如果您信任的人給了您橋接，請貼在這裡，每行一個，或開啟他們 QR 碼的圖片。它們只用於這次傳送，不會保留。</translation>
    </message>
    <message>
        <source>Bridge lines</source>
        <translation>橋接</translation>
    </message>
    <message>
        <source>Open a &amp;QR code picture…</source>
        <translation>開啟 QR 碼圖片(&amp;Q)…</translation>
    </message>
    <message>
        <source>What the connection assistant is doing</source>
        <translation>連線助手正在做什麼</translation>
    </message>
    <message>
        <source>This is your receipt code. Please write it down now: it is not stored on this computer. With it you (or someone you trust) can ask the archive whether your testimony arrived, and change or withdraw your consent. It does not show what you said and does not contain your name, but anyone who finds it can tell that you gave testimony: keep it somewhere safe, or learn it by heart. When you press Finish, everything you entered is cleared.</source>
        <translation>這是您的回執碼。請現在就把它抄下來：本電腦不會儲存它。憑回執碼，您（或您信任的人）可以向檔案館查詢證言是否已送達，也可以更改或撤回您的同意。回執碼不會顯示您說了什麼，也不包含您的姓名；但任何人看到它，都能知道您提供過證言：請把它放在安全的地方，或者背下來。按「完成」後，您輸入的一切都會被清除。</translation>
    </message>
    <message>
        <source>I cannot write it down — finish without the code</source>
        <translation>我無法抄寫——不保留回執碼，直接完成</translation>
    </message>
    <message>
        <source>This is the demo archive on this computer: your answers are sent directly, without Tor. Do not use it for real testimony.</source>
        <translation>這是本機上的示範檔案館：您的回答直接傳送，不經過 Tor。請不要用它提交真實證言。</translation>
    </message>
    <message>
        <source>Your testimony will be sealed and sent through Tor. This can take a few minutes; please keep the computer on.</source>
        <translation>您的證言會被密封並通過 Tor 傳送。可能需要幾分鐘，請不要關閉電腦。</translation>
    </message>
    <message>
        <source>&amp;Send my testimony</source>
        <translation>傳送我的證言(&amp;S)</translation>
    </message>
    <message>
        <source>Sent. Thank you.</source>
        <translation>已傳送。謝謝您。</translation>
    </message>
    <message>
        <source>Receipt code</source>
        <translation>回執碼</translation>
    </message>
    <message>
        <source>Type the &amp;last 4 characters of the code:</source>
        <translation>請輸入回執碼的最後 4 個字元(&amp;L)：</translation>
    </message>
    <message>
        <source>Last 4 characters of the receipt code</source>
        <translation>回執碼的最後 4 個字元</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>File {0} ({1}, {2} KB)</source>
        <translation>檔案 {0}（{1}，{2} KB）</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Changing the passphrase…</source>
        <translation>正在變更密碼…</translation>
    </message>
    <message>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>密碼已變更。從現在起請使用新密碼。</translation>
    </message>
    <message>
        <source>Looking for microphones…</source>
        <translation>正在尋找麥克風…</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系統預設</translation>
    </message>
    <message>
        <source>{0} (system default)</source>
        <translation>{0}（系統預設）</translation>
    </message>
    <message>
        <source>{0} (not connected now)</source>
        <translation>{0}（目前沒有連接）</translation>
    </message>
    <message>
        <source>Saved. New recordings use this input.</source>
        <translation>已儲存。新的錄音將使用這個輸入。</translation>
    </message>
    <message>
        <source>{0} kHz, 24-bit (standard)</source>
        <translation>{0} kHz，24 位元（標準）</translation>
    </message>
    <message>
        <source>{0} kHz, 24-bit (twice the size)</source>
        <translation>{0} kHz，24 位元（檔案大一倍）</translation>
    </message>
    <message>
        <source>Saved. New recordings use this quality.</source>
        <translation>已儲存。新的錄音將使用這個品質。</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>品質(&amp;Q)：</translation>
    </message>
    <message>
        <source>Recording quality</source>
        <translation>錄音品質</translation>
    </message>
    <message>
        <source>Recordings are kept as lossless FLAC. 96 kHz keeps more detail and makes files twice as large. If the archive asks for compact audio (Opus), recordings use 48 kHz.</source>
        <translation>錄音以無損 FLAC 格式保存。96 kHz 保留更多細節，檔案大一倍。如果檔案館要求精簡音訊（Opus），錄音使用 48 kHz。</translation>
    </message>
    <message>
        <source>No archive chosen yet.</source>
        <translation>還沒有選擇檔案館。</translation>
    </message>
    <message>
        <source>Now: the local demo archive on this computer (not for real testimony)
Fingerprint: {0}</source>
        <translation>目前：本機上的示範檔案館（不可用於真實證言）
金鑰指紋（核對碼）：{0}</translation>
    </message>
    <message>
        <source>Now: {0}
Fingerprint: {1}</source>
        <translation>目前：{0}
金鑰指紋（核對碼）：{1}</translation>
    </message>
    <message>
        <source>Archive profile</source>
        <translation>檔案館設定檔</translation>
    </message>
    <message>
        <source>Archive profile (*.json)</source>
        <translation>檔案館設定檔 (*.json)</translation>
    </message>
    <message>
        <source>Checking the profile…</source>
        <translation>正在檢查設定檔…</translation>
    </message>
    <message>
        <source>Creating the demo archive…</source>
        <translation>正在建立示範檔案館…</translation>
    </message>
    <message>
        <source>The local demo archive on this computer (not for real testimony)</source>
        <translation>本機上的示範檔案館（不可用於真實證言）</translation>
    </message>
    <message>
        <source>Fingerprint: {0}</source>
        <translation>金鑰指紋（核對碼）：{0}</translation>
    </message>
    <message>
        <source>From now on interviews are sealed for this archive.</source>
        <translation>從現在起，訪談將為這個檔案館密封。</translation>
    </message>
    <message>
        <source>This device is enrolled by the archive as interviewer {0}. Every bundle it seals says so.</source>
        <translation>檔案館已把此裝置登記為訪談員 {0}。它密封的每個證言包都會註明這一點。</translation>
    </message>
    <message>
        <source>This device is not enrolled: the archive will see its bundles as coming from an unknown device. They are sealed and sent all the same.</source>
        <translation>此裝置尚未登記：檔案館會把它的證言包視為來自未知裝置。證言包照樣會被密封和傳送。</translation>
    </message>
    <message>
        <source>Enrolment file or QR picture</source>
        <translation>登記檔案或 QR 碼圖片</translation>
    </message>
    <message>
        <source>Enrolment file or picture of its QR code (*)</source>
        <translation>登記檔案或其 QR 碼圖片 (*)</translation>
    </message>
    <message>
        <source>Enrolled as interviewer {0}.</source>
        <translation>已登記為訪談員 {0}。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>The passphrase opens the encrypted store and the key that signs your bundles. Nobody can recover it for you.</source>
        <translation>密碼用來開啟加密儲存和為證言包簽章的金鑰。沒有人能替您找回密碼。</translation>
    </message>
    <message>
        <source>Cu&amp;rrent passphrase:</source>
        <translation>目前密碼(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>新密碼(&amp;N)：</translation>
    </message>
    <message>
        <source>New passphrase a&amp;gain:</source>
        <translation>再次輸入新密碼(&amp;G)：</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>目前密碼</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新密碼</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>再次輸入新密碼</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>變更密碼(&amp;C)</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麥克風</translation>
    </message>
    <message>
        <source>The audio input used for new recordings. If you plug in a microphone, press "Look again".</source>
        <translation>新錄音使用的音訊輸入。如果您剛插上麥克風，請按「重新尋找」。</translation>
    </message>
    <message>
        <source>In&amp;put:</source>
        <translation>輸入(&amp;P)：</translation>
    </message>
    <message>
        <source>Audio input for recordings</source>
        <translation>錄音使用的音訊輸入</translation>
    </message>
    <message>
        <source>Look &amp;again</source>
        <translation>重新尋找(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save input</source>
        <translation>儲存輸入(&amp;S)</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>檔案館</translation>
    </message>
    <message>
        <source>To change the archive that receives the testimony, import its profile file and read the fingerprint aloud with the archive by phone. Interviews already sealed for the current archive must be sent to it first.</source>
        <translation>要更換接收證言的檔案館，請匯入它的設定檔，並和檔案館通電話一起唸出金鑰指紋（核對碼）核對。已經為目前檔案館密封的訪談，必須先傳送給目前的檔案館。</translation>
    </message>
    <message>
        <source>Import another pro&amp;file file…</source>
        <translation>匯入另一個設定檔(&amp;F)…</translation>
    </message>
    <message>
        <source>Use the demo archive (not for real testimony)</source>
        <translation>使用示範檔案館（不可用於真實證言）</translation>
    </message>
    <message>
        <source>I read the fingerprint with the archive by phone and it matches</source>
        <translation>我已和檔案館通電話核對金鑰指紋（核對碼），完全相同</translation>
    </message>
    <message>
        <source>Use &amp;this archive</source>
        <translation>使用這個檔案館(&amp;T)</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>金鑰指紋（核對碼）</translation>
    </message>
    <message>
        <source>Prepare this computer for &amp;witnesses</source>
        <translation>為證人準備這台電腦(&amp;W)</translation>
    </message>
    <message>
        <source>Then the lock screen offers "Give my own testimony": a witness can give testimony on their own, sealed for this archive, without your passphrase and without seeing anything of yours. A copy of this archive's profile is kept unencrypted on this computer for it, so anyone who looks at the computer's files can see which archive it sends to. The witness is asked to compare the fingerprint; if the copy is changed, you are told at the next unlock.</source>
        <translation>之後鎖定畫面會提供「提供我自己的證言」：證人可以自行提供證言，以此檔案館的金鑰密封，無需您的密碼，也看不到您的任何內容。為此，本檔案館設定檔的一份副本會以未加密的形式保存在這台電腦上，因此任何查看這台電腦檔案的人都能看出它向哪個檔案館傳送。證人會被要求比對金鑰指紋；如果副本被更改，您會在下次解鎖時得到提示。</translation>
    </message>
    <message>
        <source>Device enrolment</source>
        <translation>裝置登記</translation>
    </message>
    <message>
        <source>To be enrolled, give the archive this device&apos;s public key below (it names nobody). The archive returns an enrolment file, or a QR code, with your interviewer code; import the file or a picture of the QR code here.</source>
        <translation>要登記此裝置，請把下面這台裝置的公鑰交給檔案館（公鑰不含任何人的姓名）。檔案館會發回一個帶有您訪談員代號的登記檔案或 QR 碼；請在這裡匯入該檔案或 QR 碼的圖片。</translation>
    </message>
    <message>
        <source>Import &amp;enrolment (file or QR picture)…</source>
        <translation>匯入登記（檔案或 QR 碼圖片）(&amp;E)…</translation>
    </message>
    <message>
        <source>This device&apos;s public key</source>
        <translation>此裝置的公鑰</translation>
    </message>
</context>
<context>
    <name>SharesTab</name>
    <message>
        <source>For an archive whose witnesses' identities need several custodians: release your share of one bundle, or reveal one bundle's identity from enough shares. Each step is first recorded in the archive's public reveal log, then signed into the bundle's custody log.</source>
        <translation>用於證人身分資料需多名保管人共同開啟的檔案館：釋出您對某一個證言包的份額，或以足夠的份額揭示某一個證言包的身分資料。每一步都先記入檔案館公開的揭示日誌，再簽名記入該證言包的保管日誌。</translation>
    </message>
    <message>
        <source>Bu&amp;ndle (.tib):</source>
        <translation>證言包 (.tib)(&amp;N)：</translation>
    </message>
    <message>
        <source>Purp&amp;ose (recorded):</source>
        <translation>目的（會被記錄）(&amp;O)：</translation>
    </message>
    <message>
        <source>Archive keys passphrase:</source>
        <translation>檔案館金鑰的密碼：</translation>
    </message>
    <message>
        <source>leave empty if the archive's keys have no passphrase</source>
        <translation>如檔案館金鑰沒有密碼，請留空</translation>
    </message>
    <message>
        <source>e.g. the request or decision that asks for this</source>
        <translation>例如：要求此事的請求或決定</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Choose a bundle file</source>
        <translation>選擇證言包檔案</translation>
    </message>
    <message>
        <source>Release my share (custodian)</source>
        <translation>釋出我的份額（保管人）</translation>
    </message>
    <message>
        <source>My custodian &amp;key file:</source>
        <translation>我的保管人金鑰檔案(&amp;K)：</translation>
    </message>
    <message>
        <source>Its passphrase:</source>
        <translation>其密碼：</translation>
    </message>
    <message>
        <source>Requester's public key:</source>
        <translation>請求人的公鑰：</translation>
    </message>
    <message>
        <source>age1… (the share is readable only with that key)</source>
        <translation>age1…（只有該金鑰能讀取這份份額）</translation>
    </message>
    <message>
        <source>Choose your custodian key file</source>
        <translation>選擇您的保管人金鑰檔案</translation>
    </message>
    <message>
        <source>Release my share &amp;into a file…</source>
        <translation>將我的份額釋出到檔案(&amp;I)…</translation>
    </message>
    <message>
        <source>Release my share as &amp;QR pictures…</source>
        <translation>以 QR 碼圖片釋出我的份額(&amp;Q)…</translation>
    </message>
    <message>
        <source>Reveal the identity (requester)</source>
        <translation>揭示身分資料（請求人）</translation>
    </message>
    <message>
        <source>Share files or QR pictures:</source>
        <translation>份額檔案或 QR 碼圖片：</translation>
    </message>
    <message>
        <source>&amp;Add share files or pictures…</source>
        <translation>加入份額檔案或圖片(&amp;A)…</translation>
    </message>
    <message>
        <source>Share files or QR pictures</source>
        <translation>份額檔案或 QR 碼圖片</translation>
    </message>
    <message>
        <source>Shares (*.age *.share *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>份額 (*.age *.share *.png *.jpg *.jpeg);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>My key file (the shares' recipient):</source>
        <translation>我的金鑰檔案（份額的接收方）：</translation>
    </message>
    <message>
        <source>Choose your key file</source>
        <translation>選擇您的金鑰檔案</translation>
    </message>
    <message>
        <source>Re&amp;veal into a folder…</source>
        <translation>揭示到資料夾(&amp;V)…</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>證言包</translation>
    </message>
    <message>
        <source>Sealed bundle (*.tib)</source>
        <translation>已密封的證言包 (*.tib)</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>金鑰檔案</translation>
    </message>
    <message>
        <source>Save the share as</source>
        <translation>將份額另存為</translation>
    </message>
    <message>
        <source>Save the share as QR pictures</source>
        <translation>將份額儲存為 QR 碼圖片</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>Reveal into folder</source>
        <translation>揭示到資料夾</translation>
    </message>
    <message>
        <source>Releasing your share…</source>
        <translation>正在釋出您的份額…</translation>
    </message>
    <message>
        <source>Share {0} does not fit one QR code: it was saved as {1} numbered pictures, {2} to {3}. Print or give all of them together ({4} of {5} shares open this bundle). The release is in the reveal log and the custody log.</source>
        <translation>第 {0} 份份額放不進一個 QR 碼：已儲存為 {1} 張編號圖片，從 {2} 到 {3}。請全部一起列印或交出（{5} 份中的 {4} 份可開啟此證言包）。此次釋出已記入揭示日誌和保管日誌。</translation>
    </message>
    <message>
        <source>Share {0} written ({1} of {2} shares open this bundle). The release is in the reveal log and the custody log.</source>
        <translation>第 {0} 份份額已寫入（{2} 份中的 {1} 份可開啟此證言包）。此次釋出已記入揭示日誌和保管日誌。</translation>
    </message>
    <message>
        <source>Opening the identity side…</source>
        <translation>正在開啟身分資料部分…</translation>
    </message>
    <message>
        <source>The identity side was opened into {0}. The reveal is in the reveal log and the custody log.</source>
        <translation>身分資料部分已開啟到 {0}。此次揭示已記入揭示日誌和保管日誌。</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel this task</source>
        <translation>取消這項工作</translation>
    </message>
</context>
<context>
    <name>WipeBox</name>
    <message>
        <source>Panic wipe</source>
        <translation>緊急銷毀</translation>
    </message>
    <message>
        <source>Destroys everything this app keeps on this computer at once: all interviews, recordings, bundles not yet sent, receipts, keys and settings. It cannot be undone. Testimony already received by the archive is not affected. No passphrase is needed.</source>
        <translation>立即銷毀這個應用程式在本機上儲存的一切：所有訪談、錄音、尚未傳送的證言包、回執、金鑰和設定。無法復原。檔案館已經收到的證言不受影響。不需要密碼。</translation>
    </message>
    <message>
        <source>I understand that everything this app keeps on this computer will be destroyed</source>
        <translation>我明白：這個應用程式在本機上儲存的一切都會被銷毀</translation>
    </message>
    <message>
        <source>To confirm, type this number: {0}</source>
        <translation>請輸入這個數字以確認：{0}</translation>
    </message>
    <message>
        <source>Confirmation number</source>
        <translation>確認數字</translation>
    </message>
    <message>
        <source>Destroy everything now</source>
        <translation>立即銷毀一切</translation>
    </message>
    <message>
        <source>Destroy everything this app keeps on this computer</source>
        <translation>銷毀這個應用程式在本機上儲存的一切</translation>
    </message>
</context>
<context>
    <name>_Finalise</name>
    <message>
        <source>Finalising seals everything in this interview into one encrypted bundle for the archive and puts it in the outbox. After that it can no longer be changed.</source>
        <translation>「定稿並密封」會把這次訪談的全部內容密封成一個給檔案館的加密證言包，放進待傳送區。之後就不能再修改了。</translation>
    </message>
    <message>
        <source>Answers that need attention before finalising ({0}). Click one, or press Enter on it, to go to the question.</source>
        <translation>定稿前需要處理的答案（{0} 項）。點選其中一項，或選取後按 Enter 鍵，即可跳到該問題。</translation>
    </message>
    <message>
        <source>Answers that need attention</source>
        <translation>需要處理的答案</translation>
    </message>
    <message>
        <source>&amp;Finalise and put in the outbox</source>
        <translation>定稿並密封，放入待傳送區(&amp;F)</translation>
    </message>
</context>
<context>
    <name>_Sealed</name>
    <message>
        <source>{0}: sealed.

These answers were encrypted for the archive's identity custodians. This computer can no longer read them.</source>
        <translation>{0}：已密封。

這些答案已為檔案館的身分資料保管人加密。本電腦已無法再讀取。</translation>
    </message>
</context>
<context>
    <name>_TopBar</name>
    <message>
        <source>Testimony Intake</source>
        <translation>證言收集</translation>
    </message>
    <message>
        <source>DEMO — not for real testimony</source>
        <translation>示範——不可用於真實證言</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>首頁(&amp;H)</translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation>回到開始畫面</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>鎖定(&amp;L)</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>立即鎖定</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+Shift+L or F12)</source>
        <translation>立即鎖定（Ctrl+Shift+L 或 F12）</translation>
    </message>
</context>
<context>
    <name>_WitnessFiles</name>
    <message>
        <source>Hidden information inside photos (camera, place, dates) is removed from the copy the archive's staff see. The untouched original is sealed with your identity, which only a few people at the archive can open. Photos (JPEG, PNG, WebP) and plain text files can be added.</source>
        <translation>檔案館工作人員看到的副本會去除照片中的隱藏資訊（相機、地點、日期）。未經改動的原件與您的身分資料一起單獨密封，檔案館只有少數人能打開。可加入照片（JPEG、PNG、WebP）和純文字檔案。</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Archive</name>
    <message>
        <source>Custody key {0} written.</source>
        <translation>保管金鑰 {0} 已寫入。</translation>
    </message>
    <message>
        <source>Public key (give it to the archive to register): {0}</source>
        <translation>公鑰（交給檔案館登記）：{0}</translation>
    </message>
    <message>
        <source>Passphrase of the archive&apos;s profile-signing key: </source>
        <translation>檔案館設定檔簽署金鑰的密碼：</translation>
    </message>
    <message>
        <source>intake: the public key is not a base64 Ed25519 key</source>
        <translation>intake：該公鑰不是 base64 格式的 Ed25519 金鑰</translation>
    </message>
    <message>
        <source>Custodian register signed: {0} keys.</source>
        <translation>保管人名冊已簽署：共 {0} 把金鑰。</translation>
    </message>
    <message>
        <source>intake: the device key is not a base64 Ed25519 key</source>
        <translation>intake：該裝置金鑰不是 base64 格式的 Ed25519 金鑰</translation>
    </message>
    <message>
        <source>intake: give --out FILE, --qr OUT.png or both</source>
        <translation>intake：請給出 --out FILE、--qr OUT.png 或兩者</translation>
    </message>
    <message>
        <source>intake: {0} exists already; it is not replaced</source>
        <translation>intake：{0} 已存在；不會覆蓋它</translation>
    </message>
    <message>
        <source>Device {0} enrolled as interviewer {1}: {2}</source>
        <translation>裝置 {0} 已登記為訪談員 {1}：{2}</translation>
    </message>
    <message>
        <source>Custody log intact: {0} events.</source>
        <translation>保管日誌完好：{0} 個事件。</translation>
    </message>
    <message>
        <source>Every event is signed by a custodian registered by the archive.</source>
        <translation>每個事件都由檔案館登記的保管人簽署。</translation>
    </message>
    <message>
        <source>The signers were not checked against the archive&apos;s custodian register: add --archive ARCHIVE_DIR to accept only registered custodians.</source>
        <translation>簽署者沒有與檔案館的保管人名冊核對：加上 --archive ARCHIVE_DIR，即只接受已登記的保管人。</translation>
    </message>
    <message>
        <source>It continues the log in {0} without changing a record.</source>
        <translation>它延續了 {0} 中的日誌，沒有改動任何一條記錄。</translation>
    </message>
    <message>
        <source>Note: the custody signers were not checked: this archive has no custodian register yet (intake archive custodian-add).</source>
        <translation>注意：保管簽署者未經核對：此檔案館還沒有保管人名冊（intake archive custodian-add）。</translation>
    </message>
    <message>
        <source>Note: the custody signers were not checked against the archive&apos;s custodian register: add --archive ARCHIVE_DIR.</source>
        <translation>注意：保管簽署者未與檔案館的保管人名冊核對：請加上 --archive ARCHIVE_DIR。</translation>
    </message>
    <message>
        <source>Bag written: {0}</source>
        <translation>已寫入 Bag：{0}</translation>
    </message>
    <message>
        <source>ClamAV is not installed (Debian: apt install clamav)</source>
        <translation>未安裝 ClamAV（Debian：apt install clamav）</translation>
    </message>
    <message>
        <source>ClamAV has no signatures in {0}</source>
        <translation>{0} 中沒有 ClamAV 病毒特徵庫</translation>
    </message>
    <message>
        <source>intake: warning: no virus check was made: {0}. The bag records no virus check; copy current signatures from a machine that runs freshclam, or name them with --virus-db.</source>
        <translation>intake：警告：未進行病毒檢查：{0}。該 Bag 中不記錄任何病毒檢查；請從執行 freshclam 的電腦複製最新的病毒特徵庫，或用 --virus-db 指定。</translation>
    </message>
    <message>
        <source>Publication index rebuilt: {0} testimonies.</source>
        <translation>發布索引已重建：{0} 份證言。</translation>
    </message>
    <message>
        <source>{0}: fixity OK</source>
        <translation>{0}：固定性檢查通過</translation>
    </message>
    <message>
        <source>{0}: FIXITY FAILED</source>
        <translation>{0}：固定性檢查失敗</translation>
    </message>
    <message>
        <source>New bundles fetched: {0} ({1} already here).</source>
        <translation>已取回 {0} 個新證言包（{1} 個已在此處）。</translation>
    </message>
    <message>
        <source>{0} checkpoints seen by interviewers&apos; devices are the log this archive verified.</source>
        <translation>訪談員裝置看到的 {0} 個檢查點與本檔案館核實過的日誌一致。</translation>
    </message>
    <message>
        <source>Whether each bundle comes from an enrolled device is shown when it is opened.</source>
        <translation>每個證言包是否來自已登記的裝置，要在開啟時才會顯示。</translation>
    </message>
    <message>
        <source>Staff onion: {0}</source>
        <translation>工作人員洋蔥位址：{0}</translation>
    </message>
    <message>
        <source>Authorised staff keys: {0}</source>
        <translation>已授權的工作人員金鑰：{0}</translation>
    </message>
    <message>
        <source>Restart the receiver&apos;s tor so that it reads the authorised keys.</source>
        <translation>請重新啟動接收伺服器的 tor，使其讀取已授權的金鑰。</translation>
    </message>
    <message>
        <source>Private key written to {0} (keep it on this machine).</source>
        <translation>私鑰已寫入 {0}（請只保存在這臺機器上）。</translation>
    </message>
    <message>
        <source>Give the archive this public key to authorise: {0}</source>
        <translation>請把這個公鑰交給檔案館進行授權：{0}</translation>
    </message>
    <message>
        <source>Linked (link id {0}); the act is recorded in both custody logs.</source>
        <translation>已關聯（關聯編號 {0}）；此操作已記錄在兩份保管日誌中。</translation>
    </message>
    <message>
        <source>Summary written: {0}</source>
        <translation>摘要已寫入：{0}</translation>
    </message>
    <message>
        <source>intake: a public copy needs a second custodian&apos;s review: use &apos;intake archive publish&apos;, then &apos;intake archive review&apos; and &apos;intake archive release&apos;.</source>
        <translation>intake：公開副本需要第二位保管人審核：請先用 &apos;intake archive publish&apos;，再用 &apos;intake archive review&apos; 和 &apos;intake archive release&apos;。</translation>
    </message>
    <message>
        <source>Device {0} enrolled as interviewer {1}: QR code picture {2}</source>
        <translation>裝置 {0} 已登記為訪談員 {1}：QR 碼圖片 {2}</translation>
    </message>
    <message>
        <source>Give this to the device (intake store enrol FILE, or the app&apos;s settings: the file or a picture of the QR code).</source>
        <translation>請把它交給該裝置（intake store enrol FILE，或應用程式的設定：檔案或 QR 碼的圖片）。</translation>
    </message>
    <message>
        <source>Proposed public copy written to {0}; {1} testimonies share its published details.</source>
        <translation>擬公開的副本已寫入 {0}；檔案館中有 {1} 份證言具有相同的公開細節。</translation>
    </message>
    <message>
        <source>A second custodian must review and sign it (intake archive review) before release.</source>
        <translation>公開之前，必須由第二位保管人審核並簽名（intake archive review）。</translation>
    </message>
    <message>
        <source>intake: --redact takes PATH=TEXT</source>
        <translation>intake：--redact 的格式為 PATH=TEXT</translation>
    </message>
    <message>
        <source>Reviewed and signed: {0} redactions; the redacted copy is a new bag in {1}.</source>
        <translation>已審核並簽名：{0} 處刪改；刪改後的副本是 {1} 中的一個新包。</translation>
    </message>
    <message>
        <source>Released: {0}</source>
        <translation>已公開：{0}</translation>
    </message>
    <message>
        <source>k must be a whole number, at least 2</source>
        <translation>k 必須是整數，且至少為 2</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Do not use this record&apos;s history; compare it with a backup copy and report it.</source>
        <translation>請不要使用這份紀錄的歷史；請與備份副本比對並回報此事。</translation>
    </message>
    <message>
        <source>Record {0} of the custody log is signed by key {1}, which is not a custodian registered by the archive.</source>
        <translation>保管日誌第 {0} 筆記錄由金鑰 {1} 簽署，該金鑰不是檔案館登記的保管人。</translation>
    </message>
    <message>
        <source>Do not trust this history: anyone can sign a chain with a key of their own. Compare it with the archive&apos;s copy and report it.</source>
        <translation>不要相信這份記錄：任何人都可以用自己的金鑰簽署一條鏈。請與檔案館的副本核對並回報。</translation>
    </message>
    <message>
        <source>Your custody key {0} is not registered by this archive, so it cannot sign custody events; nothing was signed.</source>
        <translation>您的保管金鑰 {0} 沒有在此檔案館登記，因此不能簽署保管事件；沒有簽署任何內容。</translation>
    </message>
    <message>
        <source>Ask whoever holds the archive&apos;s profile-signing key to register your custody key.</source>
        <translation>請持有檔案館設定檔簽署金鑰的人登記您的保管金鑰。</translation>
    </message>
    <message>
        <source>The archive&apos;s custodian register is missing, damaged or not signed by the archive.</source>
        <translation>檔案館的保管人名冊缺失、已損壞，或不是由檔案館簽署的。</translation>
    </message>
    <message>
        <source>Register the custodians with: intake archive custodian-add (signed with the archive&apos;s profile-signing key).</source>
        <translation>請用以下指令登記保管人：intake archive custodian-add（用檔案館設定檔的簽署金鑰簽署）。</translation>
    </message>
    <message>
        <source>The custody log cannot be used.</source>
        <translation>無法使用該保管日誌。</translation>
    </message>
    <message>
        <source>Check the directory and the event type.</source>
        <translation>請檢查目錄和事件類型。</translation>
    </message>
    <message>
        <source>There is no custody key at {0}.</source>
        <translation>{0} 處沒有保管金鑰。</translation>
    </message>
    <message>
        <source>Choose your existing custody key file, or give a new passphrase twice to create one.</source>
        <translation>請選擇您現有的保管金鑰檔案，或輸入兩次新密碼來建立一個。</translation>
    </message>
    <message>
        <source>Check the name, the key text and that no key of that name exists yet.</source>
        <translation>請檢查名稱、金鑰文字，並確認還沒有同名的金鑰。</translation>
    </message>
    <message>
        <source>The opened files are not what the collecting device signed ({0}); nothing was bagged.</source>
        <translation>已開啟的檔案與採集裝置簽署的內容不一致（{0}）；未產生任何 Bag。</translation>
    </message>
    <message>
        <source>Open the bundle again from the archive&apos;s copy into a new folder; never edit an opened folder. The refusal is recorded in the custody log.</source>
        <translation>請從檔案館保存的副本重新開啟證言包到一個新資料夾；切勿編輯已開啟的資料夾。此次拒絕已記錄在保管日誌中。</translation>
    </message>
    <message>
        <source>The virus check found something in the opened files; nothing was bagged.</source>
        <translation>病毒檢查在已開啟的檔案中發現了問題；沒有寫入 Bag。</translation>
    </message>
    <message>
        <source>Do not open these files. Report it to whoever looks after the archive&apos;s machines; the finding is recorded in the custody log.</source>
        <translation>請不要開啟這些檔案。請報告給負責檔案館電腦的人；檢查結果已記錄在保管日誌中。</translation>
    </message>
    <message>
        <source>The virus check could not be made; nothing was bagged.</source>
        <translation>無法進行病毒檢查；沒有寫入 Bag。</translation>
    </message>
    <message>
        <source>Check that ClamAV and its signatures are installed correctly, then try again.</source>
        <translation>請檢查 ClamAV 及其病毒特徵庫是否已正確安裝，然後重試。</translation>
    </message>
    <message>
        <source>Report this: the receiver may be compromised. Keep ARCHIVE/log-seen as evidence.</source>
        <translation>請報告此事：接收端可能已被入侵。請保留 ARCHIVE/log-seen 作為證據。</translation>
    </message>
    <message>
        <source>The receiver&apos;s log is not confirmed by enough of the witnesses named in this archive&apos;s profile; nothing was fetched.</source>
        <translation>接收端的回執日誌沒有得到本檔案館設定檔所列足夠多見證方的確認；未取回任何內容。</translation>
    </message>
    <message>
        <source>Check that the receiver reaches its witnesses. If they refused its log, the receiver may be showing a fork: report it.</source>
        <translation>請檢查接收端能否連上它的見證方。如果見證方拒絕了它的日誌，接收端可能在展示分叉的日誌：請回報此事。</translation>
    </message>
    <message>
        <source>A checkpoint from an interviewer&apos;s device cannot be checked: it is not a checkpoint signed by this archive&apos;s receipt key, or this archive has verified none yet. Nothing was fetched.</source>
        <translation>無法核對來自訪談員裝置的檢查點：它不是由本檔案館回執金鑰簽署的檢查點，或者本檔案館還沒有核實過任何檢查點。沒有取回任何內容。</translation>
    </message>
    <message>
        <source>Ask the interviewer to print it again from the device, and fetch once without it first.</source>
        <translation>請訪談員從裝置上重新列印檢查點，並先在不帶它的情況下取回一次。</translation>
    </message>
    <message>
        <source>No public copy: the witness&apos;s embargo has not ended.</source>
        <translation>不能產生公開版本：證人的保密期尚未結束。</translation>
    </message>
    <message>
        <source>A public copy can be made once the embargo date has passed. An embargo until the witness&apos;s death is never lifted by the app.</source>
        <translation>保密期截止日期過後才能產生公開版本。保密至證人過世的，本應用程式永遠不會自動解除。</translation>
    </message>
    <message>
        <source>No public copy: the witness did not agree to publish the text.</source>
        <translation>不能產生公開版本：證人沒有同意公開證言文字。</translation>
    </message>
    <message>
        <source>Make a preservation bag instead; it is not published.</source>
        <translation>請改為產生保存用 Bag；它不會被公開。</translation>
    </message>
    <message>
        <source>No public copy: none of this testimony&apos;s answers may be published.</source>
        <translation>不能產生公開版本：這份證言的回答中沒有可以公開的內容。</translation>
    </message>
    <message>
        <source>Use a new, empty output directory and an opened bundle.</source>
        <translation>請使用一個新的空輸出目錄和一個已開啟的證言包。</translation>
    </message>
    <message>
        <source>This bag failed its fixity check: {0}</source>
        <translation>此 Bag 未通過固定性檢查：{0}</translation>
    </message>
    <message>
        <source>Restore the bag from another copy; do not repair it in place.</source>
        <translation>請從另一份副本還原此 Bag；不要就地修復。</translation>
    </message>
    <message>
        <source>Give the content custodian&apos;s opening first, then the identity custodian&apos;s.</source>
        <translation>請先提供內容保管人的開啟目錄，再提供身分保管人的。</translation>
    </message>
    <message>
        <source>A downloaded bundle does not match its receipt; it was not kept.</source>
        <translation>下載的證言包與其回執不符；未予保留。</translation>
    </message>
    <message>
        <source>Report this: the receiver or the connection may be compromised.</source>
        <translation>請回報此事：接收端或連線可能已遭入侵。</translation>
    </message>
    <message>
        <source>Check the receiver address, tor and the staff credential.</source>
        <translation>請檢查接收端位址、tor 與工作人員憑證。</translation>
    </message>
    <message>
        <source>No public copy: too few testimonies in the archive share this one&apos;s published details (k-anonymity), even with every detail withheld.</source>
        <translation>不製作公開副本：即使隱去所有細節，檔案館中與此證言公開細節相同的證言仍然太少（k-匿名）。</translation>
    </message>
    <message>
        <source>Wait until the archive holds more testimonies of this kind, or lower k only after a documented decision.</source>
        <translation>請等到檔案館收到更多此類證言；只有在作出有記錄的決定之後才可降低 k。</translation>
    </message>
    <message>
        <source>The output directory is not empty.</source>
        <translation>輸出資料夾不是空的。</translation>
    </message>
    <message>
        <source>Use a new, empty output directory.</source>
        <translation>請使用一個新的空資料夾。</translation>
    </message>
    <message>
        <source>The archive has no publication index, so it cannot count how many testimonies share the published details.</source>
        <translation>檔案館沒有發布索引，因此無法統計有多少份證言具有相同的公開細節。</translation>
    </message>
    <message>
        <source>Rebuild it from the content openings: intake archive publish-index.</source>
        <translation>請根據已開啟的內容部分重建索引：intake archive publish-index。</translation>
    </message>
    <message>
        <source>These openings hold fewer testimonies than the archive&apos;s publication index counts; a partial index would weaken the k-anonymity check.</source>
        <translation>這些已開啟的證言少於檔案館發布索引所統計的數量；不完整的索引會削弱 k-匿名檢查。</translation>
    </message>
    <message>
        <source>Name every folder of content openings, or replace the index on purpose with --replace.</source>
        <translation>請列出所有存放已開啟內容部分的資料夾，或有意使用 --replace 取代索引。</translation>
    </message>
    <message>
        <source>The archive&apos;s publication index is older than its openings.</source>
        <translation>檔案館的發布索引早於其已開啟的證言，已過時。</translation>
    </message>
    <message>
        <source>This is not a proposal for a public copy, or its review record is damaged.</source>
        <translation>這不是公開副本的提案，或其審核記錄已損壞。</translation>
    </message>
    <message>
        <source>Make a new proposal with intake archive publish.</source>
        <translation>請用 intake archive publish 重新製作提案。</translation>
    </message>
    <message>
        <source>A second custodian, with a different registered key, must review and sign: intake archive review.</source>
        <translation>必須由持有另一把已登記金鑰的第二位保管人審核並簽名：intake archive review。</translation>
    </message>
    <message>
        <source>A second custodian must review and sign it first: intake archive review.</source>
        <translation>必須先由第二位保管人審核並簽名：intake archive review。</translation>
    </message>
    <message>
        <source>Do not release it; prepare and review it again and report this.</source>
        <translation>請勿公開；請重新準備和審核，並報告此事。</translation>
    </message>
    <message>
        <source>The custody log has been altered (record {0}).</source>
        <translation>保管日誌已被改動（第 {0} 筆紀錄）。</translation>
    </message>
    <message>
        <source>The staff onion key cannot be used.</source>
        <translation>工作人員洋蔥金鑰無法使用。</translation>
    </message>
    <message>
        <source>These two openings cannot be linked.</source>
        <translation>這兩次開啟無法關聯。</translation>
    </message>
    <message>
        <source>The receiver&apos;s log does not match the one this archive verified before (a fork or rollback); nothing was fetched.</source>
        <translation>接收端的日誌與本檔案館之前核驗過的不一致（出現分叉或回滾）；沒有取回任何內容。</translation>
    </message>
    <message>
        <source>The receiver could not be used.</source>
        <translation>無法使用接收端。</translation>
    </message>
    <message>
        <source>The bag cannot be made.</source>
        <translation>無法製作該保存包。</translation>
    </message>
    <message>
        <source>A key that prepares, reviews or releases a public copy must be registered by the archive with the role release.</source>
        <translation>準備、審核或公開公開副本的金鑰，必須由檔案館以 release 角色登記。</translation>
    </message>
    <message>
        <source>Register it with: intake archive custodian-add --role release.</source>
        <translation>登記方法：intake archive custodian-add --role release。</translation>
    </message>
    <message>
        <source>The public copy cannot be released on one custodian&apos;s word: the reviewer used the same key as the one who prepared it.</source>
        <translation>不能憑一位保管人公開此副本：審核人使用的金鑰與準備者相同。</translation>
    </message>
    <message>
        <source>No second custodian has reviewed and signed this public copy.</source>
        <translation>尚無第二位保管人審核並簽署此公開副本。</translation>
    </message>
    <message>
        <source>A signature on this public copy&apos;s review does not verify.</source>
        <translation>此公開副本審核記錄上的簽名無法驗證。</translation>
    </message>
    <message>
        <source>This public copy was changed after it was prepared or reviewed.</source>
        <translation>此公開副本在準備或審核之後被改動過。</translation>
    </message>
    <message>
        <source>That redaction cannot be made: the field is not published, or its text does not contain that passage.</source>
        <translation>無法作此刪改：該欄位未公開，或其文字中沒有這段內容。</translation>
    </message>
    <message>
        <source>Check the field path and copy the passage exactly as it is published.</source>
        <translation>請檢查欄位路徑，並按公開文本原樣複製這段內容。</translation>
    </message>
    <message>
        <source>Ask whoever holds the archive's profile-signing key to register the custodians.</source>
        <translation>請持有檔案館設定檔簽署金鑰的人登記保管人。</translation>
    </message>
    <message>
        <source>Choose a new, empty proposal folder and press “1. Propose” again.</source>
        <translation>請選擇一個新的空白提案資料夾，然後再按一次「1. 提出」。</translation>
    </message>
    <message>
        <source>Ask whoever holds the archive's profile-signing key to register this key with the role release.</source>
        <translation>請持有檔案館設定檔簽署金鑰的人以 release 角色登記此金鑰。</translation>
    </message>
    <message>
        <source>A second custodian, with a different registered key, must unlock their own key and press “2. Review and sign”.</source>
        <translation>必須由另一位保管人用另一把已登記的金鑰解鎖自己的金鑰，並按「2. 審核並簽名」。</translation>
    </message>
    <message>
        <source>A second custodian must first unlock their own key and press “2. Review and sign”.</source>
        <translation>必須先由另一位保管人解鎖自己的金鑰，並按「2. 審核並簽名」。</translation>
    </message>
    <message>
        <source>Press “Rebuild the publication index” on this tab and choose the folder that holds the archive's content openings.</source>
        <translation>請在本頁按「重建發布索引」，並選擇存放檔案館所有已開啟內容部分的資料夾。</translation>
    </message>
    <message>
        <source>Choose the folder that holds every content opening of this archive.</source>
        <translation>請選擇存放本檔案館全部已開啟內容部分的資料夾。</translation>
    </message>
    <message>
        <source>This folder is not an archive: it holds no archive profile.</source>
        <translation>此資料夾不是檔案館：其中沒有檔案館設定檔。</translation>
    </message>
    <message>
        <source>Give the archive's directory with --archive.</source>
        <translation>請用 --archive 給出檔案館的目錄。</translation>
    </message>
    <message>
        <source>Choose the archive's folder (“Archive folder”) and try again.</source>
        <translation>請選擇檔案館的資料夾（「檔案資料夾」）後重試。</translation>
    </message>
    <message>
        <source>The folder of content openings does not exist.</source>
        <translation>存放已開啟內容部分的資料夾不存在。</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Errors</name>
    <message>
        <source>Check the passphrase (and the keyboard layout) and try again.</source>
        <translation>請檢查密碼（注意輸入法是否為英文模式、大寫鎖定鍵是否開啟，以及鍵盤配置），然後重試。</translation>
    </message>
    <message>
        <source>After {0} failed attempts the store waits {1} seconds before the next try.</source>
        <translation>已失敗 {0} 次，儲存庫將等待 {1} 秒後才允許再次嘗試。</translation>
    </message>
    <message>
        <source>The passphrase does not unlock this store.</source>
        <translation>此密碼無法解鎖這個儲存庫。</translation>
    </message>
    <message>
        <source>The disk is full; the file could not be stored.</source>
        <translation>磁碟已滿，檔案無法儲存。</translation>
    </message>
    <message>
        <source>Everything stored earlier is intact. Free some space and try again.</source>
        <translation>先前儲存的內容都完好無損。請釋放一些空間後重試。</translation>
    </message>
    <message>
        <source>A file could not be written to the store.</source>
        <translation>無法將檔案寫入儲存庫。</translation>
    </message>
    <message>
        <source>Everything stored earlier is intact. Check the disk and try again.</source>
        <translation>先前儲存的內容都完好無損。請檢查磁碟後重試。</translation>
    </message>
    <message>
        <source>The local store reported a problem.</source>
        <translation>本機儲存庫回報了一個問題。</translation>
    </message>
    <message>
        <source>Nothing stored earlier was changed. Please try again.</source>
        <translation>先前儲存的內容沒有任何變動。請重試。</translation>
    </message>
    <message>
        <source>There is no store here yet.</source>
        <translation>這裡還沒有儲存庫。</translation>
    </message>
    <message>
        <source>Create one with: intake store init</source>
        <translation>請用以下指令建立：intake store init</translation>
    </message>
    <message>
        <source>A store already exists here.</source>
        <translation>這裡已經有一個儲存庫。</translation>
    </message>
    <message>
        <source>Use the existing store, or wipe it first if you really mean to start over.</source>
        <translation>請使用現有的儲存庫；如果確實要重新開始，請先將其清除。</translation>
    </message>
    <message>
        <source>The store is locked.</source>
        <translation>儲存庫已鎖定。</translation>
    </message>
    <message>
        <source>Unlock it with your passphrase to continue.</source>
        <translation>請輸入密碼解鎖後繼續。</translation>
    </message>
    <message>
        <source>The store&apos;s database is damaged or is not a store.</source>
        <translation>儲存庫的資料庫已損壞，或者不是儲存庫。</translation>
    </message>
    <message>
        <source>Do not delete anything. Contact the archive&apos;s support for help with recovery.</source>
        <translation>請不要刪除任何東西。請聯絡檔案館的支援聯絡人協助復原。</translation>
    </message>
    <message>
        <source>This store was written by a newer version of the app.</source>
        <translation>這個儲存庫是由較新版本的應用程式寫入的。</translation>
    </message>
    <message>
        <source>Install the newest version of the app to open it.</source>
        <translation>請安裝最新版本的應用程式來開啟它。</translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved.</source>
        <translation>磁碟已滿，變更未儲存。</translation>
    </message>
    <message>
        <source>There is no record with that id in the store.</source>
        <translation>儲存庫中沒有該編號的記錄。</translation>
    </message>
    <message>
        <source>List the records with: intake store list</source>
        <translation>請用以下指令列出記錄：intake store list</translation>
    </message>
    <message>
        <source>This record cannot be changed that way now (it is {0}).</source>
        <translation>這筆記錄目前不能這樣修改（狀態：{0}）。</translation>
    </message>
    <message>
        <source>Finalised testimonies cannot be edited; add a note or start a new version.</source>
        <translation>已定稿的證言不能編輯；請新增備註或開始一個新版本。</translation>
    </message>
    <message>
        <source>Identity details cannot be saved without an archive profile.</source>
        <translation>沒有檔案館設定檔，無法儲存身分資料。</translation>
    </message>
    <message>
        <source>Import the archive&apos;s profile first, so identity details can be sealed to it.</source>
        <translation>請先匯入檔案館的設定檔，以便身分資料可以用它的金鑰加密密封。</translation>
    </message>
    <message>
        <source>A stored file could not be read.</source>
        <translation>無法讀取一個已儲存的檔案。</translation>
    </message>
    <message>
        <source>Other records are not affected. Contact the archive&apos;s support.</source>
        <translation>其他記錄不受影響。請聯絡檔案館的支援聯絡人。</translation>
    </message>
    <message>
        <source>A stored file is missing from the store.</source>
        <translation>儲存庫中缺少一個已儲存的檔案。</translation>
    </message>
    <message>
        <source>Other records are not affected. Restore the store from a backup if you have one.</source>
        <translation>其他記錄不受影響。如有備份，請從備份復原儲存庫。</translation>
    </message>
    <message>
        <source>A stored file is damaged or was altered.</source>
        <translation>一個已儲存的檔案已損壞或遭竄改。</translation>
    </message>
    <message>
        <source>A recording or file was interrupted before it was finished.</source>
        <translation>一段錄音或一個檔案在完成之前被中斷了。</translation>
    </message>
    <message>
        <source>Open the store again to recover everything up to the interruption.</source>
        <translation>請重新開啟儲存庫，以復原中斷之前的全部內容。</translation>
    </message>
    <message>
        <source>This profile is for another archive: this store is bound to “{0}” (fingerprint {1}), the profile given has fingerprint {2}. Nothing was sealed.</source>
        <translation>此設定檔屬於另一個檔案館：本儲存庫已綁定到「{0}」（核對碼 {1}），您提供的設定檔核對碼為 {2}。沒有密封任何內容。</translation>
    </message>
    <message>
        <source>Use the profile of the archive this store was set up for. To move the store to another archive, check the new fingerprint with that archive by phone, then run: intake store rebind --profile FILE --fingerprint &quot;DIGITS&quot;</source>
        <translation>請使用本儲存庫所屬檔案館的設定檔。如要改為另一個檔案館，請先透過電話與該檔案館核對新的核對碼，然後執行：intake store rebind --profile FILE --fingerprint &quot;DIGITS&quot;</translation>
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
        <source>This enrolment was signed by another archive, not the one this device seals for. It was not kept.</source>
        <translation>此登記檔案由另一個檔案館簽署，而不是此裝置為之密封的檔案館。它沒有被保存。</translation>
    </message>
    <message>
        <source>This enrolment is for another device. It was not kept.</source>
        <translation>此登記檔案屬於另一台裝置。它沒有被保存。</translation>
    </message>
    <message>
        <source>This device is not set up for an archive yet, so an enrolment cannot be checked. It was not kept.</source>
        <translation>此裝置還沒有設定檔案館，因此無法核對登記檔案。它沒有被保存。</translation>
    </message>
    <message>
        <source>Give the archive this device&apos;s public key and ask for its enrolment file again.</source>
        <translation>請把此裝置的公鑰交給檔案館，並重新索取登記檔案。</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>finalised</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>sent, with a verified receipt</source>
        <translation>已傳送，回執已核驗</translation>
    </message>
    <message>
        <source>in another state</source>
        <translation>其他狀態</translation>
    </message>
    <message>
        <source>Set up the app first: its first start creates the store.</source>
        <translation>請先設定本程式：首次啟動時會建立儲存庫。</translation>
    </message>
    <message>
        <source>Go back to the list and choose a testimony from it.</source>
        <translation>請返回清單，從中選擇一份證言。</translation>
    </message>
    <message>
        <source>Use the profile of the archive this store was set up for. To move the store to another archive, ask the archive's support contact.</source>
        <translation>請使用本儲存庫所屬檔案館的設定檔。如要改為另一個檔案館，請詢問檔案館的支援聯絡人。</translation>
    </message>
</context>
<context>
    <name>StoreCli</name>
    <message>
        <source>Store passphrase: </source>
        <translation>儲存庫密碼：</translation>
    </message>
    <message>
        <source>Created the encrypted store in {0}</source>
        <translation>已在 {0} 建立加密儲存庫</translation>
    </message>
    <message>
        <source>intake: the answers file must hold a JSON object</source>
        <translation>intake：答案檔案必須包含一個 JSON 物件</translation>
    </message>
    <message>
        <source>intake: cannot read the file {0}</source>
        <translation>intake：無法讀取檔案 {0}</translation>
    </message>
    <message>
        <source>The store holds no testimonies.</source>
        <translation>儲存庫中沒有證言。</translation>
    </message>
    <message>
        <source>Sealed bundle {0} is in the outbox ({1} bytes, SHA-256 {2})</source>
        <translation>證言包 {0} 已放入「待傳送」清單（{1} 位元組，SHA-256 {2}）</translation>
    </message>
    <message>
        <source>This device&apos;s public key (give it to the archive to enrol this device):</source>
        <translation>此裝置的公鑰（交給檔案館以登記此裝置）：</translation>
    </message>
    <message>
        <source>This device is enrolled as interviewer {0}.</source>
        <translation>此裝置已登記為訪談員 {0}。</translation>
    </message>
    <message>
        <source>This device is not enrolled: the archive will see its bundles as from an unknown device.</source>
        <translation>此裝置尚未登記：檔案館會把它的證言包視為來自未知裝置。</translation>
    </message>
    <message>
        <source>intake: the enrolment file cannot be read</source>
        <translation>intake：無法讀取登記檔案</translation>
    </message>
    <message>
        <source>This device is enrolled as interviewer {0}; every bundle it seals says so.</source>
        <translation>此裝置已登記為訪談員 {0}；它密封的每個證言包都會註明這一點。</translation>
    </message>
    <message>
        <source>intake: this device has no checkpoint of the archive&apos;s log yet (nothing was sent)</source>
        <translation>intake：此裝置還沒有檔案館日誌的檢查點（尚未傳送過任何內容）</translation>
    </message>
    <message>
        <source>The store was bound to {0} (fingerprint {1}).</source>
        <translation>本儲存庫原先綁定到 {0}（核對碼 {1}）。</translation>
    </message>
    <message>
        <source>From now on this store seals for {0} (fingerprint {1}).</source>
        <translation>從現在起，本儲存庫為 {0} 密封（核對碼 {1}）。</translation>
    </message>
    <message>
        <source>Wrote bundle {0} to {1}</source>
        <translation>已將證言包 {0} 寫入 {1}</translation>
    </message>
    <message>
        <source>Locked: open windows of the app lock within seconds; the command line keeps nothing unlocked.</source>
        <translation>已鎖定：開啟的應用程式視窗將在幾秒內鎖定；命令列不會保持任何內容處於解鎖狀態。</translation>
    </message>
    <message>
        <source>intake: wipe destroys every testimony in this store; add --yes to confirm</source>
        <translation>intake：清除將銷毀此儲存庫中的所有證言；請加上 --yes 確認</translation>
    </message>
    <message>
        <source>The store was destroyed.</source>
        <translation>儲存庫已銷毀。</translation>
    </message>
    <message>
        <source>There was no store to destroy.</source>
        <translation>沒有可銷毀的儲存庫。</translation>
    </message>
    <message>
        <source>intake: {0} must name a record by its number in this testimony (1 for the first), not by an id. Answers made with an older form version: move them with &quot;intake forms migrate&quot;. Nothing was stored.</source>
        <translation>intake：{0} 必須以記錄在本證言中的序號（第一項為1）指明記錄，而不是記錄編號。用舊版表格填寫的答案：請用「intake forms migrate」轉換。未儲存任何內容。</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AppController</name>
    <message>
        <source>Creating the encrypted store…</source>
        <translation>正在建立加密儲存…</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <source>Archive</source>
        <translation>檔案館</translation>
    </message>
</context>
<context>
    <name>Errors</name>
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
        <source>Import the archive's profile, or choose the demo archive, in Settings.</source>
        <translation>請匯入檔案館的設定檔，或選擇演示檔案館。</translation>
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
        <source>Welcome to Testimony Intake</source>
        <translation>歡迎使用證言收集軟體</translation>
    </message>
    <message>
        <source>Choose the language for this app. You can change it later at the top of the window.</source>
        <translation>請選擇軟體使用的語言。以後可以在視窗上方更改。</translation>
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
        <translation>請匯入檔案館給您的設定檔。然後給檔案館打電話，一起把指紋逐字念一遍：每個字元都相同才繼續。如果只想試用軟體，請選擇演示檔案館。</translation>
    </message>
    <message>
        <source>&amp;Import profile file…</source>
        <translation>匯入設定檔(&amp;I)…</translation>
    </message>
    <message>
        <source>Use the &amp;demo archive (not for real testimony)</source>
        <translation>使用演示檔案館(&amp;D)（不可用於真實證言）</translation>
    </message>
    <message>
        <source>I read the fingerprint with the archive by phone and it matches</source>
        <translation>我已和檔案館通電話核對指紋，完全相同</translation>
    </message>
    <message>
        <source>Use &amp;this archive</source>
        <translation>使用這個檔案館(&amp;T)</translation>
    </message>
    <message>
        <source>Demo archive — not for real testimony</source>
        <translation>演示檔案館——不可用於真實證言</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指紋</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>Use the recording and attachment panels for this.</source>
        <translation>請用錄音和附件區來填寫這一項。</translation>
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
</context>
<context>
    <name>InterviewerPage</name>
    <message>
        <source>Interviews</source>
        <translation>訪談</translation>
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
        <translation>正在建立演示檔案館…</translation>
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
        <translation>訪談員：記錄併發送訪談(&amp;I)</translation>
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
        <source>No archive chosen yet.</source>
        <translation>還沒有選擇檔案館。</translation>
    </message>
    <message>
        <source>Archive: {0} (demo — not for real testimony)</source>
        <translation>檔案館：{0}（演示——不可用於真實證言）</translation>
    </message>
    <message>
        <source>Archive: {0}</source>
        <translation>檔案館：{0}</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Testimony Intake</source>
        <translation>證言收集</translation>
    </message>
</context>
<context>
    <name>SelfSubmitWizard</name>
    <message>
        <source>Give my own testimony</source>
        <translation>提供我自己的證言</translation>
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
    <name>_TopBar</name>
    <message>
        <source>Testimony Intake</source>
        <translation>證言收集</translation>
    </message>
    <message>
        <source>DEMO — not for real testimony</source>
        <translation>演示——不可用於真實證言</translation>
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
</TS>

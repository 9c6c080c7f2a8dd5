<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppController</name>
    <message>
        <source>Creating the encrypted store…</source>
        <translation>正在建立加密存储…</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <source>Archive</source>
        <translation>档案馆</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This action could not be completed.</source>
        <translation>这一步没有完成。</translation>
    </message>
    <message>
        <source>Go back one step and try again.</source>
        <translation>请退回上一步，再试一次。</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>已停止，没有改动任何内容。</translation>
    </message>
    <message>
        <source>You can start again when you are ready.</source>
        <translation>准备好后可以重新开始。</translation>
    </message>
    <message>
        <source>This part of the app is not available in this version.</source>
        <translation>这个版本的软件还没有这项功能。</translation>
    </message>
    <message>
        <source>Please use an updated version of the app, or ask the archive for help.</source>
        <translation>请使用更新的版本，或向档案馆求助。</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least {0} characters.</source>
        <translation>密码太短，至少要 {0} 个字符。</translation>
    </message>
    <message>
        <source>A few ordinary words that only you know make a good passphrase.</source>
        <translation>用几个只有您自己知道的普通词语，就是好密码。</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的密码不一样。</translation>
    </message>
    <message>
        <source>Type the same passphrase in both boxes.</source>
        <translation>请在两个框里输入相同的密码。</translation>
    </message>
    <message>
        <source>No archive has been chosen yet.</source>
        <translation>还没有选择档案馆。</translation>
    </message>
    <message>
        <source>Import the archive's profile, or choose the demo archive, in Settings.</source>
        <translation>请导入档案馆的配置文件，或选择演示档案馆。</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Archive profile</source>
        <translation>档案馆配置文件</translation>
    </message>
    <message>
        <source>Archive profile (*.json)</source>
        <translation>档案馆配置文件 (*.json)</translation>
    </message>
    <message>
        <source>Welcome to Testimony Intake</source>
        <translation>欢迎使用证言收集软件</translation>
    </message>
    <message>
        <source>Choose the language for this app. You can change it later at the top of the window.</source>
        <translation>请选择软件使用的语言。以后可以在窗口上方更改。</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>请设定密码</translation>
    </message>
    <message>
        <source>Everything this app keeps on this computer is encrypted with this passphrase. Choose one you can remember; nobody can recover it for you. Use at least 8 characters.</source>
        <translation>软件在这台电脑上保存的所有内容都用这个密码加密。请选一个您记得住的密码；忘记了没有人能帮您找回。至少 8 个字符。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再输一次(&amp;A)：</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>&amp;Create encrypted store</source>
        <translation>建立加密存储(&amp;C)</translation>
    </message>
    <message>
        <source>Which archive will receive the testimony?</source>
        <translation>证言要交给哪个档案馆？</translation>
    </message>
    <message>
        <source>Import the profile file the archive gave you. Then call the archive and read the fingerprint aloud together: only continue if every character matches. To try the app without an archive, use the demo archive.</source>
        <translation>请导入档案馆给您的配置文件。然后给档案馆打电话，一起把指纹逐字念一遍：每个字符都相同才继续。如果只想试用软件，请选择演示档案馆。</translation>
    </message>
    <message>
        <source>&amp;Import profile file…</source>
        <translation>导入配置文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Use the &amp;demo archive (not for real testimony)</source>
        <translation>使用演示档案馆(&amp;D)（不可用于真实证言）</translation>
    </message>
    <message>
        <source>I read the fingerprint with the archive by phone and it matches</source>
        <translation>我已和档案馆通电话核对指纹，完全相同</translation>
    </message>
    <message>
        <source>Use &amp;this archive</source>
        <translation>使用这个档案馆(&amp;T)</translation>
    </message>
    <message>
        <source>Demo archive — not for real testimony</source>
        <translation>演示档案馆——不可用于真实证言</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>Use the recording and attachment panels for this.</source>
        <translation>请用录音和附件区来填写这一项。</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>删除这一条</translation>
    </message>
    <message>
        <source>Add another</source>
        <translation>再添加一条</translation>
    </message>
    <message>
        <source>Add another: {0}</source>
        <translation>再添加一条：{0}</translation>
    </message>
</context>
<context>
    <name>InterviewerPage</name>
    <message>
        <source>Interviews</source>
        <translation>访谈</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Enter your passphrase to continue.</source>
        <translation>请输入密码继续。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Testimony Intake</source>
        <translation>证言收集</translation>
    </message>
    <message>
        <source>Creating the encrypted store…</source>
        <translation>正在建立加密存储…</translation>
    </message>
    <message>
        <source>Checking the profile…</source>
        <translation>正在检查配置文件…</translation>
    </message>
    <message>
        <source>Creating the demo archive…</source>
        <translation>正在建立演示档案馆…</translation>
    </message>
</context>
<context>
    <name>ModeChooser</name>
    <message>
        <source>What would you like to do?</source>
        <translation>您要做什么？</translation>
    </message>
    <message>
        <source>&amp;Interviewer: record and send interviews</source>
        <translation>访谈员：记录并发送访谈(&amp;I)</translation>
    </message>
    <message>
        <source>For trained interviewers. Interviews are kept encrypted on this computer until they are sent.</source>
        <translation>供受过培训的访谈员使用。访谈在发送前加密保存在这台电脑上。</translation>
    </message>
    <message>
        <source>&amp;Give my own testimony</source>
        <translation>提供我自己的证言(&amp;G)</translation>
    </message>
    <message>
        <source>A guided session for one witness. Nothing is kept on this computer afterwards.</source>
        <translation>一步一步引导证人独自完成。完成后这台电脑上不会留下任何内容。</translation>
    </message>
    <message>
        <source>&amp;Archive staff: open and check bundles</source>
        <translation>档案馆工作人员：打开并核验证言包(&amp;A)</translation>
    </message>
    <message>
        <source>For archive staff who hold a key.</source>
        <translation>供持有密钥的档案馆工作人员使用。</translation>
    </message>
    <message>
        <source>No archive chosen yet.</source>
        <translation>还没有选择档案馆。</translation>
    </message>
    <message>
        <source>Archive: {0} (demo — not for real testimony)</source>
        <translation>档案馆：{0}（演示——不可用于真实证言）</translation>
    </message>
    <message>
        <source>Archive: {0}</source>
        <translation>档案馆：{0}</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Testimony Intake</source>
        <translation>证言收集</translation>
    </message>
</context>
<context>
    <name>SelfSubmitWizard</name>
    <message>
        <source>Give my own testimony</source>
        <translation>提供我自己的证言</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel this task</source>
        <translation>取消这项工作</translation>
    </message>
</context>
<context>
    <name>_TopBar</name>
    <message>
        <source>Testimony Intake</source>
        <translation>证言收集</translation>
    </message>
    <message>
        <source>DEMO — not for real testimony</source>
        <translation>演示——不可用于真实证言</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>首页(&amp;H)</translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation>回到开始画面</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>立即锁定</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+Shift+L or F12)</source>
        <translation>立即锁定（Ctrl+Shift+L 或 F12）</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppController</name>
    <message>
        <source>Creating the encrypted store…</source>
        <translation>Creating the encrypted store…</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This action could not be completed.</source>
        <translation>This action could not be completed.</translation>
    </message>
    <message>
        <source>Go back one step and try again.</source>
        <translation>Go back one step and try again.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Stopped. Nothing was changed.</translation>
    </message>
    <message>
        <source>You can start again when you are ready.</source>
        <translation>You can start again when you are ready.</translation>
    </message>
    <message>
        <source>This part of the app is not available in this version.</source>
        <translation>This part of the app is not available in this version.</translation>
    </message>
    <message>
        <source>Please use an updated version of the app, or ask the archive for help.</source>
        <translation>Please use an updated version of the app, or ask the archive for help.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least {0} characters.</source>
        <translation>The passphrase is too short: use at least {0} characters.</translation>
    </message>
    <message>
        <source>A few ordinary words that only you know make a good passphrase.</source>
        <translation>A few ordinary words that only you know make a good passphrase.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <source>Type the same passphrase in both boxes.</source>
        <translation>Type the same passphrase in both boxes.</translation>
    </message>
    <message>
        <source>No archive has been chosen yet.</source>
        <translation>No archive has been chosen yet.</translation>
    </message>
    <message>
        <source>Import the archive's profile, or choose the demo archive, in Settings.</source>
        <translation>Import the archive's profile, or choose the demo archive, in Settings.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Archive profile</source>
        <translation>Archive profile</translation>
    </message>
    <message>
        <source>Archive profile (*.json)</source>
        <translation>Archive profile (*.json)</translation>
    </message>
    <message>
        <source>Welcome to Testimony Intake</source>
        <translation>Welcome to Testimony Intake</translation>
    </message>
    <message>
        <source>Choose the language for this app. You can change it later at the top of the window.</source>
        <translation>Choose the language for this app. You can change it later at the top of the window.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <source>Everything this app keeps on this computer is encrypted with this passphrase. Choose one you can remember; nobody can recover it for you. Use at least 8 characters.</source>
        <translation>Everything this app keeps on this computer is encrypted with this passphrase. Choose one you can remember; nobody can recover it for you. Use at least 8 characters.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <source>&amp;Create encrypted store</source>
        <translation>&amp;Create encrypted store</translation>
    </message>
    <message>
        <source>Which archive will receive the testimony?</source>
        <translation>Which archive will receive the testimony?</translation>
    </message>
    <message>
        <source>Import the profile file the archive gave you. Then call the archive and read the fingerprint aloud together: only continue if every character matches. To try the app without an archive, use the demo archive.</source>
        <translation>Import the profile file the archive gave you. Then call the archive and read the fingerprint aloud together: only continue if every character matches. To try the app without an archive, use the demo archive.</translation>
    </message>
    <message>
        <source>&amp;Import profile file…</source>
        <translation>&amp;Import profile file…</translation>
    </message>
    <message>
        <source>Use the &amp;demo archive (not for real testimony)</source>
        <translation>Use the &amp;demo archive (not for real testimony)</translation>
    </message>
    <message>
        <source>I read the fingerprint with the archive by phone and it matches</source>
        <translation>I read the fingerprint with the archive by phone and it matches</translation>
    </message>
    <message>
        <source>Use &amp;this archive</source>
        <translation>Use &amp;this archive</translation>
    </message>
    <message>
        <source>Demo archive — not for real testimony</source>
        <translation>Demo archive — not for real testimony</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>Use the recording and attachment panels for this.</source>
        <translation>Use the recording and attachment panels for this.</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Remove this entry</translation>
    </message>
    <message>
        <source>Add another</source>
        <translation>Add another</translation>
    </message>
    <message>
        <source>Add another: {0}</source>
        <translation>Add another: {0}</translation>
    </message>
</context>
<context>
    <name>InterviewerPage</name>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Enter your passphrase to continue.</source>
        <translation>Enter your passphrase to continue.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Testimony Intake</source>
        <translation>Testimony Intake</translation>
    </message>
    <message>
        <source>Creating the encrypted store…</source>
        <translation>Creating the encrypted store…</translation>
    </message>
    <message>
        <source>Checking the profile…</source>
        <translation>Checking the profile…</translation>
    </message>
    <message>
        <source>Creating the demo archive…</source>
        <translation>Creating the demo archive…</translation>
    </message>
</context>
<context>
    <name>ModeChooser</name>
    <message>
        <source>What would you like to do?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <source>&amp;Interviewer: record and send interviews</source>
        <translation>&amp;Interviewer: record and send interviews</translation>
    </message>
    <message>
        <source>For trained interviewers. Interviews are kept encrypted on this computer until they are sent.</source>
        <translation>For trained interviewers. Interviews are kept encrypted on this computer until they are sent.</translation>
    </message>
    <message>
        <source>&amp;Give my own testimony</source>
        <translation>&amp;Give my own testimony</translation>
    </message>
    <message>
        <source>A guided session for one witness. Nothing is kept on this computer afterwards.</source>
        <translation>A guided session for one witness. Nothing is kept on this computer afterwards.</translation>
    </message>
    <message>
        <source>&amp;Archive staff: open and check bundles</source>
        <translation>&amp;Archive staff: open and check bundles</translation>
    </message>
    <message>
        <source>For archive staff who hold a key.</source>
        <translation>For archive staff who hold a key.</translation>
    </message>
    <message>
        <source>No archive chosen yet.</source>
        <translation>No archive chosen yet.</translation>
    </message>
    <message>
        <source>Archive: {0} (demo — not for real testimony)</source>
        <translation>Archive: {0} (demo — not for real testimony)</translation>
    </message>
    <message>
        <source>Archive: {0}</source>
        <translation>Archive: {0}</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Testimony Intake</source>
        <translation>Testimony Intake</translation>
    </message>
</context>
<context>
    <name>SelfSubmitWizard</name>
    <message>
        <source>Give my own testimony</source>
        <translation>Give my own testimony</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel this task</source>
        <translation>Cancel this task</translation>
    </message>
</context>
<context>
    <name>_TopBar</name>
    <message>
        <source>Testimony Intake</source>
        <translation>Testimony Intake</translation>
    </message>
    <message>
        <source>DEMO — not for real testimony</source>
        <translation>DEMO — not for real testimony</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Home</translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation>Back to the start screen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Lock now</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+Shift+L or F12)</source>
        <translation>Lock now (Ctrl+Shift+L or F12)</translation>
    </message>
</context>
</TS>

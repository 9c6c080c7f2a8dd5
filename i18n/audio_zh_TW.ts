<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Audio</name>
    <message>
        <source>No audio inputs were found.</source>
        <translation>沒有找到音訊輸入裝置。</translation>
    </message>
    <message>
        <source>{0} {1}  ({2}, {3} channels, {4} Hz)</source>
        <translation>{0} {1}  （{2}，{3} 聲道，{4} Hz）</translation>
    </message>
    <message>
        <source>* = the system default input</source>
        <translation>* = 系統預設輸入裝置</translation>
    </message>
    <message>
        <source>--seconds must be more than 0.</source>
        <translation>--seconds 必須大於 0。</translation>
    </message>
    <message>
        <source>Store passphrase: </source>
        <translation>儲存庫密碼：</translation>
    </message>
    <message>
        <source>Recovered {0:.1f} s of audio cut short earlier, in testimony {1}.</source>
        <translation>已恢復先前中斷的 {0:.1f} 秒錄音，屬於證言 {1}。</translation>
    </message>
    <message>
        <source>Warning: the disk is nearly full ({0} MB free); recording continues.</source>
        <translation>警告：磁碟快滿了（剩餘 {0} MB）；錄音繼續進行。</translation>
    </message>
    <message>
        <source>Recorded {0:.1f} s ({1}, {2} Hz, {3} channels) into testimony {4}: recording {5}</source>
        <translation>已錄製 {0:.1f} 秒（{1}，{2} Hz，{3} 聲道）到證言 {4}：錄音 {5}</translation>
    </message>
    <message>
        <source>Warning: {0} input overflows and {1} dropped samples during recording.</source>
        <translation>警告：錄音期間發生 {0} 次輸入溢位，遺失 {1} 個取樣。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>There was a problem with the audio.</source>
        <translation>音訊出現問題。</translation>
    </message>
    <message>
        <source>Check the microphone and try again.</source>
        <translation>請檢查麥克風，然後重試。</translation>
    </message>
    <message>
        <source>No microphone or other audio input was found.</source>
        <translation>沒有找到麥克風或其他音訊輸入裝置。</translation>
    </message>
    <message>
        <source>Connect a microphone, check that the sound system is running, then try again.</source>
        <translation>請連接麥克風，確認聲音系統正在執行，然後重試。</translation>
    </message>
    <message>
        <source>There is no audio input called “{0}”.</source>
        <translation>沒有名為「{0}」的音訊輸入裝置。</translation>
    </message>
    <message>
        <source>Run “intake audio devices” to see the inputs; available: {0}</source>
        <translation>執行「intake audio devices」查看輸入裝置；可用的有：{0}</translation>
    </message>
    <message>
        <source>The audio input “{0}” could not be opened.</source>
        <translation>無法開啟音訊輸入裝置「{0}」。</translation>
    </message>
    <message>
        <source>Another program may be using it, or it does not support these settings.</source>
        <translation>可能有其他程式正在使用它，或者它不支援這些設定。</translation>
    </message>
    <message>
        <source>The microphone was disconnected during recording. The first {0} seconds are kept.</source>
        <translation>錄音時麥克風中斷了。前 {0} 秒已保存。</translation>
    </message>
    <message>
        <source>Reconnect the microphone and start a new recording to continue.</source>
        <translation>請重新連接麥克風，並開始新的錄音以繼續。</translation>
    </message>
    <message>
        <source>The disk is full, so recording stopped. The first {0} seconds are kept.</source>
        <translation>磁碟已滿，錄音已停止。前 {0} 秒已保存。</translation>
    </message>
    <message>
        <source>Free some disk space (or send finished testimonies), then record again.</source>
        <translation>請釋放一些磁碟空間（或傳送已完成的證言），然後再錄音。</translation>
    </message>
    <message>
        <source>The recording could not be saved. The first {0} seconds are kept.</source>
        <translation>錄音無法儲存。前 {0} 秒已保存。</translation>
    </message>
    <message>
        <source>The disk may be failing. Send or back up finished testimonies soon.</source>
        <translation>磁碟可能出現故障。請盡快傳送或備份已完成的證言。</translation>
    </message>
    <message>
        <source>This audio format or setting is not supported.</source>
        <translation>不支援這種音訊格式或設定。</translation>
    </message>
    <message>
        <source>Use FLAC or Opus at 48000 Hz.</source>
        <translation>請使用 48000 Hz 的 FLAC 或 Opus。</translation>
    </message>
    <message>
        <source>The recording could not be played; it may be damaged.</source>
        <translation>錄音無法播放，可能已損壞。</translation>
    </message>
    <message>
        <source>The encrypted original is unchanged. Report this to the archive&apos;s support contact.</source>
        <translation>加密的原始檔案沒有改變。請向檔案館的支援聯絡人報告此問題。</translation>
    </message>
    <message>
        <source>That cannot be done with the recording right now.</source>
        <translation>現在無法對錄音執行此操作。</translation>
    </message>
    <message>
        <source>Start or resume the recording first.</source>
        <translation>請先開始或繼續錄音。</translation>
    </message>
    <message>
        <source>Choose one of this computer's audio inputs: {0}</source>
        <translation>請選擇本電腦上的一個音訊輸入：{0}</translation>
    </message>
</context>
</TS>

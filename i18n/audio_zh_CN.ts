<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Audio</name>
    <message>
        <source>No audio inputs were found.</source>
        <translation>没有找到音频输入设备。</translation>
    </message>
    <message>
        <source>{0} {1}  ({2}, {3} channels, {4} Hz)</source>
        <translation>{0} {1}  （{2}，{3} 声道，{4} Hz）</translation>
    </message>
    <message>
        <source>* = the system default input</source>
        <translation>* = 系统默认输入设备</translation>
    </message>
    <message>
        <source>--seconds must be more than 0.</source>
        <translation>--seconds 必须大于 0。</translation>
    </message>
    <message>
        <source>Store passphrase: </source>
        <translation>存储库密码：</translation>
    </message>
    <message>
        <source>Recovered {0:.1f} s of audio cut short earlier, in testimony {1}.</source>
        <translation>已恢复之前中断的 {0:.1f} 秒录音，属于证言 {1}。</translation>
    </message>
    <message>
        <source>Warning: the disk is nearly full ({0} MB free); recording continues.</source>
        <translation>警告：磁盘快满了（剩余 {0} MB）；录音继续进行。</translation>
    </message>
    <message>
        <source>Recorded {0:.1f} s ({1}, {2} Hz, {3} channels) into testimony {4}: recording {5}</source>
        <translation>已录制 {0:.1f} 秒（{1}，{2} Hz，{3} 声道）到证言 {4}：录音 {5}</translation>
    </message>
    <message>
        <source>Warning: {0} input overflows and {1} dropped samples during recording.</source>
        <translation>警告：录音期间发生 {0} 次输入溢出，丢失 {1} 个采样。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>There was a problem with the audio.</source>
        <translation>音频出现问题。</translation>
    </message>
    <message>
        <source>Check the microphone and try again.</source>
        <translation>请检查麦克风，然后重试。</translation>
    </message>
    <message>
        <source>No microphone or other audio input was found.</source>
        <translation>没有找到麦克风或其他音频输入设备。</translation>
    </message>
    <message>
        <source>Connect a microphone, check that the sound system is running, then try again.</source>
        <translation>请连接麦克风，确认声音系统正在运行，然后重试。</translation>
    </message>
    <message>
        <source>There is no audio input called “{0}”.</source>
        <translation>没有名为“{0}”的音频输入设备。</translation>
    </message>
    <message>
        <source>Run “intake audio devices” to see the inputs; available: {0}</source>
        <translation>运行“intake audio devices”查看输入设备；可用的有：{0}</translation>
    </message>
    <message>
        <source>The audio input “{0}” could not be opened.</source>
        <translation>无法打开音频输入设备“{0}”。</translation>
    </message>
    <message>
        <source>Another program may be using it, or it does not support these settings.</source>
        <translation>可能有其他程序正在使用它，或者它不支持这些设置。</translation>
    </message>
    <message>
        <source>The microphone was disconnected during recording. The first {0} seconds are kept.</source>
        <translation>录音时麦克风断开了。前 {0} 秒已保存。</translation>
    </message>
    <message>
        <source>Reconnect the microphone and start a new recording to continue.</source>
        <translation>请重新连接麦克风，并开始新的录音以继续。</translation>
    </message>
    <message>
        <source>The disk is full, so recording stopped. The first {0} seconds are kept.</source>
        <translation>磁盘已满，录音已停止。前 {0} 秒已保存。</translation>
    </message>
    <message>
        <source>Free some disk space (or send finished testimonies), then record again.</source>
        <translation>请释放一些磁盘空间（或发送已完成的证言），然后再录音。</translation>
    </message>
    <message>
        <source>The recording could not be saved. The first {0} seconds are kept.</source>
        <translation>录音无法保存。前 {0} 秒已保存。</translation>
    </message>
    <message>
        <source>The disk may be failing. Send or back up finished testimonies soon.</source>
        <translation>磁盘可能出现故障。请尽快发送或备份已完成的证言。</translation>
    </message>
    <message>
        <source>This audio format or setting is not supported.</source>
        <translation>不支持这种音频格式或设置。</translation>
    </message>
    <message>
        <source>Use FLAC or Opus at 48000 Hz.</source>
        <translation>请使用 48000 Hz 的 FLAC 或 Opus。</translation>
    </message>
    <message>
        <source>The recording could not be played; it may be damaged.</source>
        <translation>录音无法播放，可能已损坏。</translation>
    </message>
    <message>
        <source>The encrypted original is unchanged. Report this to the archive&apos;s support contact.</source>
        <translation>加密的原始文件没有改变。请向档案馆的支持联系人报告此问题。</translation>
    </message>
    <message>
        <source>That cannot be done with the recording right now.</source>
        <translation>现在无法对录音执行此操作。</translation>
    </message>
    <message>
        <source>Start or resume the recording first.</source>
        <translation>请先开始或继续录音。</translation>
    </message>
    <message>
        <source>Choose one of this computer's audio inputs: {0}</source>
        <translation>请选择本电脑上的一个音频输入：{0}</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Audio</name>
    <message>
        <source>No audio inputs were found.</source>
        <translation>No audio inputs were found.</translation>
    </message>
    <message>
        <source>{0} {1}  ({2}, {3} channels, {4} Hz)</source>
        <translation>{0} {1}  ({2}, {3} channels, {4} Hz)</translation>
    </message>
    <message>
        <source>* = the system default input</source>
        <translation>* = the system default input</translation>
    </message>
    <message>
        <source>--seconds must be more than 0.</source>
        <translation>--seconds must be more than 0.</translation>
    </message>
    <message>
        <source>Store passphrase: </source>
        <translation>Store passphrase: </translation>
    </message>
    <message>
        <source>Recovered {0:.1f} s of audio cut short earlier, in testimony {1}.</source>
        <translation>Recovered {0:.1f} s of audio cut short earlier, in testimony {1}.</translation>
    </message>
    <message>
        <source>Warning: the disk is nearly full ({0} MB free); recording continues.</source>
        <translation>Warning: the disk is nearly full ({0} MB free); recording continues.</translation>
    </message>
    <message>
        <source>Recorded {0:.1f} s ({1}, {2} Hz, {3} channels) into testimony {4}: recording {5}</source>
        <translation>Recorded {0:.1f} s ({1}, {2} Hz, {3} channels) into testimony {4}: recording {5}</translation>
    </message>
    <message>
        <source>Warning: {0} input overflows and {1} dropped samples during recording.</source>
        <translation>Warning: {0} input overflows and {1} dropped samples during recording.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>There was a problem with the audio.</source>
        <translation>There was a problem with the audio.</translation>
    </message>
    <message>
        <source>Check the microphone and try again.</source>
        <translation>Check the microphone and try again.</translation>
    </message>
    <message>
        <source>No microphone or other audio input was found.</source>
        <translation>No microphone or other audio input was found.</translation>
    </message>
    <message>
        <source>Connect a microphone, check that the sound system is running, then try again.</source>
        <translation>Connect a microphone, check that the sound system is running, then try again.</translation>
    </message>
    <message>
        <source>There is no audio input called “{0}”.</source>
        <translation>There is no audio input called “{0}”.</translation>
    </message>
    <message>
        <source>Run “intake audio devices” to see the inputs; available: {0}</source>
        <translation>Run “intake audio devices” to see the inputs; available: {0}</translation>
    </message>
    <message>
        <source>The audio input “{0}” could not be opened.</source>
        <translation>The audio input “{0}” could not be opened.</translation>
    </message>
    <message>
        <source>Another program may be using it, or it does not support these settings.</source>
        <translation>Another program may be using it, or it does not support these settings.</translation>
    </message>
    <message>
        <source>The microphone was disconnected during recording. The first {0} seconds are kept.</source>
        <translation>The microphone was disconnected during recording. The first {0} seconds are kept.</translation>
    </message>
    <message>
        <source>Reconnect the microphone and start a new recording to continue.</source>
        <translation>Reconnect the microphone and start a new recording to continue.</translation>
    </message>
    <message>
        <source>The disk is full, so recording stopped. The first {0} seconds are kept.</source>
        <translation>The disk is full, so recording stopped. The first {0} seconds are kept.</translation>
    </message>
    <message>
        <source>Free some disk space (or send finished testimonies), then record again.</source>
        <translation>Free some disk space (or send finished testimonies), then record again.</translation>
    </message>
    <message>
        <source>The recording could not be saved. The first {0} seconds are kept.</source>
        <translation>The recording could not be saved. The first {0} seconds are kept.</translation>
    </message>
    <message>
        <source>The disk may be failing. Send or back up finished testimonies soon.</source>
        <translation>The disk may be failing. Send or back up finished testimonies soon.</translation>
    </message>
    <message>
        <source>This audio format or setting is not supported.</source>
        <translation>This audio format or setting is not supported.</translation>
    </message>
    <message>
        <source>Use FLAC or Opus at 48000 Hz.</source>
        <translation>Use FLAC or Opus at 48000 Hz.</translation>
    </message>
    <message>
        <source>The recording could not be played; it may be damaged.</source>
        <translation>The recording could not be played; it may be damaged.</translation>
    </message>
    <message>
        <source>The encrypted original is unchanged. Report this to the archive&apos;s support contact.</source>
        <translation>The encrypted original is unchanged. Report this to the archive&apos;s support contact.</translation>
    </message>
    <message>
        <source>That cannot be done with the recording right now.</source>
        <translation>That cannot be done with the recording right now.</translation>
    </message>
    <message>
        <source>Start or resume the recording first.</source>
        <translation>Start or resume the recording first.</translation>
    </message>
    <message>
        <source>Choose one of this computer's audio inputs: {0}</source>
        <translation>Choose one of this computer's audio inputs: {0}</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message>
        <source>Interrupted; nothing was lost.</source>
        <translation>Interrupted; nothing was lost.</translation>
    </message>
    <message>
        <source>{0} is not a role; choose one of: {1}</source>
        <translation>{0} is not a role; choose one of: {1}</translation>
    </message>
    <message>
        <source>{0} is not a date and time; write it as 2024-06-04T10:00+08:00</source>
        <translation>{0} is not a date and time; write it as 2024-06-04T10:00+08:00</translation>
    </message>
    <message>
        <source>{0} has no time zone; add it, e.g. 2024-06-04T10:00+08:00</source>
        <translation>{0} has no time zone; add it, e.g. 2024-06-04T10:00+08:00</translation>
    </message>
    <message>
        <source>{0} is in the future</source>
        <translation>{0} is in the future</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Technical details (for support): {0}</source>
        <translation>Technical details (for support): {0}</translation>
    </message>
    <message>
        <source>The operating system reported a problem.</source>
        <translation>The operating system reported a problem.</translation>
    </message>
    <message>
        <source>Check that the disk has free space and the file can be read, then try again.</source>
        <translation>Check that the disk has free space and the file can be read, then try again.</translation>
    </message>
    <message>
        <source>Something went wrong that the app did not expect.</source>
        <translation>Something went wrong that the app did not expect.</translation>
    </message>
    <message>
        <source>Nothing was sent. Please report this to the archive&apos;s support contact.</source>
        <translation>Nothing was sent. Please report this to the archive&apos;s support contact.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <source>Interrupted; nothing was lost.</source>
        <translation>已中断；没有丢失任何内容。</translation>
    </message>
    <message>
        <source>{0} is not a role; choose one of: {1}</source>
        <translation>{0} 不是可用的角色；请从以下选择：{1}</translation>
    </message>
    <message>
        <source>{0} is not a date and time; write it as 2024-06-04T10:00+08:00</source>
        <translation>{0} 不是日期和时间；请写成 2024-06-04T10:00+08:00 的形式</translation>
    </message>
    <message>
        <source>{0} has no time zone; add it, e.g. 2024-06-04T10:00+08:00</source>
        <translation>{0} 没有时区；请加上时区，例如 2024-06-04T10:00+08:00</translation>
    </message>
    <message>
        <source>{0} is in the future</source>
        <translation>{0} 是将来的时间</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Technical details (for support): {0}</source>
        <translation>技术细节（供支持联系人参考）：{0}</translation>
    </message>
    <message>
        <source>The operating system reported a problem.</source>
        <translation>操作系统报告了一个问题。</translation>
    </message>
    <message>
        <source>Check that the disk has free space and the file can be read, then try again.</source>
        <translation>请检查磁盘是否有剩余空间、文件是否可读，然后重试。</translation>
    </message>
    <message>
        <source>Something went wrong that the app did not expect.</source>
        <translation>出现了程序未预料到的问题。</translation>
    </message>
    <message>
        <source>Nothing was sent. Please report this to the archive&apos;s support contact.</source>
        <translation>没有发送任何内容。请将此问题告知档案馆的支持联系人。</translation>
    </message>
</context>
</TS>

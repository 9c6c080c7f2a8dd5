<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Cli</name>
    <message>
        <source>Interrupted; nothing was lost.</source>
        <translation>已中斷；沒有遺失任何內容。</translation>
    </message>
    <message>
        <source>{0} is not a role; choose one of: {1}</source>
        <translation>{0} 不是可用的角色；請從以下選擇：{1}</translation>
    </message>
    <message>
        <source>{0} is not a date and time; write it as 2024-06-04T10:00+08:00</source>
        <translation>{0} 不是日期和時間；請寫成 2024-06-04T10:00+08:00 的形式</translation>
    </message>
    <message>
        <source>{0} has no time zone; add it, e.g. 2024-06-04T10:00+08:00</source>
        <translation>{0} 沒有時區；請加上時區，例如 2024-06-04T10:00+08:00</translation>
    </message>
    <message>
        <source>{0} is in the future</source>
        <translation>{0} 是未來的時間</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Technical details (for support): {0}</source>
        <translation>技術細節（供支援聯絡人參考）：{0}</translation>
    </message>
    <message>
        <source>The operating system reported a problem.</source>
        <translation>作業系統回報了一個問題。</translation>
    </message>
    <message>
        <source>Check that the disk has free space and the file can be read, then try again.</source>
        <translation>請檢查磁碟是否有剩餘空間、檔案是否可讀，然後重試。</translation>
    </message>
    <message>
        <source>Something went wrong that the app did not expect.</source>
        <translation>發生了程式未預料到的問題。</translation>
    </message>
    <message>
        <source>Nothing was sent. Please report this to the archive&apos;s support contact.</source>
        <translation>沒有傳送任何內容。請將此問題告知檔案館的支援聯絡人。</translation>
    </message>
</context>
</TS>

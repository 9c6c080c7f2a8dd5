<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Cli</name>
    <message>
        <source>Interrupted; nothing was lost.</source>
        <translation>已中斷；沒有遺失任何內容。</translation>
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

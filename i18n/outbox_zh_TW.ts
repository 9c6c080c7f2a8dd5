<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Errors</name>
    <message>
        <source>The receipt code could not be saved there.</source>
        <translation>回執碼無法儲存到那裡。</translation>
    </message>
    <message>
        <source>Choose another folder (for example an encrypted USB stick) and try again.</source>
        <translation>請選擇另一個資料夾（例如加密的隨身碟），然後再試一次。</translation>
    </message>
</context>
</TS>

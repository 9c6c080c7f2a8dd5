<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Errors</name>
    <message>
        <source>No bridge lines were given for the bridges you chose.</source>
        <translation>您選擇了橋接，但沒有提供橋接行。</translation>
    </message>
    <message>
        <source>Paste at least one bridge line (from Tor Browser or a person you trust), or choose "No bridges". Nothing was connected.</source>
        <translation>請至少貼上一行橋接（來自 Tor 瀏覽器或您信任的人），或選擇「不使用橋接」。沒有進行任何連線。</translation>
    </message>
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
